package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The triggers indexed by first word are the ones a scan of all triggers finds, in the same order. */
class TriggerMatcherTest {

    @Test
    void indexGivesTheScansTriggersInDataOrder() {
        DevelopmentCues cues = DevelopmentCues.load();
        TriggerMatcher matcher = new TriggerMatcher(cues);
        assertFalse(cues.triggers().isEmpty());
        for (DevelopmentCues.Trigger t : cues.triggers()) {
            String first = t.words().get(0);
            for (String word : List.of(first, first.toUpperCase(Locale.ROOT),
                    Character.toUpperCase(first.charAt(0)) + first.substring(1))) {
                List<DevelopmentCues.Trigger> scanned = cues.triggers().stream()
                        .filter(x -> word.equalsIgnoreCase(x.words().get(0))).toList();
                assertEquals(scanned, matcher.startingWith(word), word);
            }
        }
        assertEquals(List.of(), matcher.startingWith("Zorblat"));
    }

    @Test
    void caseFoldEqualsExactlyWhenEqualsIgnoreCaseDoes() {
        List<String> words = List.of("talks", "TALKS", "Talks", "talk", "ſ", "S", "s", "K", "\u212a", "k", "İ", "i", "ı", "I");
        for (String a : words) {
            for (String b : words) {
                assertEquals(a.equalsIgnoreCase(b), TriggerMatcher.caseFold(a).equals(TriggerMatcher.caseFold(b)), a + " / " + b);
            }
        }
    }
}
