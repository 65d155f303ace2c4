package org.claimgraph.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyndicationTest {

    /** The shingles as they were first computed (split and join): the index keeps these hashes, so they must not change. */
    private static Set<Integer> bySplitAndJoin(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i + 5 <= words.length; i++) {
            out.add(String.join(" ", Arrays.copyOfRange(words, i, i + 5)).hashCode());
        }
        return out;
    }

    @Test
    void shinglesHashAsTheSplitAndJoinedWordsDo() {
        for (String text : List.of(
                "The mediators met in Doha on Tuesday and said talks would resume next week.",
                "\u201cWe will not accept,\u201d the spokesman said, adding that 1,200 people had left.",
                "  Leading spaces, then words: one two three four five six.",
                "Ünïcode wörds — Straße, İstanbul, 𝔸𝕓𝕔 letters and ٣ digits in العربية text here.",
                "short text", "", "...", "a b c d e")) {
            assertEquals(bySplitAndJoin(text), Syndication.shingles(text), text);
        }
    }
}
