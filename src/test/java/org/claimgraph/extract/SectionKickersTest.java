package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionKickersTest {

    private static List<String> kickers(String text) {
        return SectionKickers.in(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void shortLinesAboveTheHeadlineAreKickers() {
        String text = "EUROPE\nValdor News\nMinisters of Ostrelia and Dorvan meet in Geneva\nThe two ministers met on Monday.\nTalks\n";
        assertEquals(List.of("EUROPE", "Valdor News"), kickers(text));
    }

    @Test
    void aDatelineOrAOneLineTextIsNoKicker() {
        assertEquals(List.of(), kickers("OSTRELIA CITY, May 4 (Valdor) - Ministers met.\nThey agreed."));
        assertEquals(List.of(), kickers("Ostrelia"));
    }
}
