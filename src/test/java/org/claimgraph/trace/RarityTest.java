package org.claimgraph.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RarityTest {

    /** A word set that counts how often it is walked. */
    private static final class Counted extends HashSet<String> {
        int walks;

        Counted(Set<String> words) {
            super(words);
        }

        @Override
        public Iterator<String> iterator() {
            walks++;
            return super.iterator();
        }
    }

    /** The overlaps as they were worked out before a wording's summed weight was kept: every word weighed at every comparison. */
    private static double reference(Rarity r, Set<String> a, Set<String> b, java.util.function.DoubleBinaryOperator of) {
        double both = 0;
        double wa = 0;
        double wb = 0;
        for (String w : a) {
            wa += r.weight(w);
            if (b.contains(w)) {
                both += r.weight(w);
            }
        }
        for (String w : b) {
            wb += r.weight(w);
        }
        return wa == 0 || wb == 0 ? 0 : both / of.applyAsDouble(wa, wb);
    }

    @Test
    void aWordingsSummedWeightIsWorkedOutOncePerBatch() {
        Map<String, Integer> traced = Map.of("harbour", 40, "ferry", 3, "storm", 12);
        Rarity r = new Rarity(List.of(), 100, w -> traced.getOrDefault(w, 0));
        Counted candidate = new Counted(Set.of("harbour", "ferry", "storm", "delayed"));
        Set<String> a = Set.of("harbour", "ferry", "cancelled");
        Set<String> b = Set.of("storm", "harbour", "closed", "morning");
        for (int i = 0; i < 3; i++) {
            assertEquals(reference(r, a, candidate, Math::min), r.overlap(a, candidate));
            assertEquals(reference(r, b, candidate, Math::max), r.mutualOverlap(b, candidate));
            assertEquals(reference(r, candidate, b, (x, y) -> Math.sqrt(x * y)), r.meanOverlap(candidate, b));
        }
        int before = candidate.walks;
        r.overlap(a, candidate);
        r.mutualOverlap(b, candidate);
        // compared again, the candidate's words are not walked: its weight is known, only the other's words are looked up in it
        assertEquals(before, candidate.walks);
        assertEquals(0.0, r.overlap(Set.of(), candidate));
    }
}
