package org.claimgraph.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An earlier article's shingles kept packed give the same overlap as the set they came from. */
class PackedShinglesTest {

    @Test
    void aPackedSetIsSortedAndDistinct() {
        assertArrayEquals(new int[] {-7, 3, 42}, Syndication.packed(Set.of(42, -7, 3)));
    }

    @Test
    void aCopysPackedShinglesAreTheSetItWasGiven() {
        Set<Integer> set = Syndication.shingles("The ferry harbour reopens on Monday, the harbour master said on Friday evening.");
        Set<Integer> packed = Syndication.Copy.packed(org.apache.jena.graph.NodeFactory.createURI("urn:article:x"), set).shingles();
        assertEquals(set, packed);
        assertEquals(set.size(), packed.size());
        set.forEach(sh -> assertEquals(true, packed.contains(sh)));
        assertEquals(false, packed.contains(12345));
        assertEquals(set.stream().sorted().toList(), packed.stream().toList()); // as the index stores them
    }

    @Test
    void theOverlapWithAPackedSetIsTheSetsOverlap() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            Set<Integer> a = new HashSet<>();
            Set<Integer> b = new HashSet<>();
            int range = 1 + random.nextInt(300);
            for (int i = random.nextInt(120); i > 0; i--) {
                a.add(random.nextInt(range) - range / 2);
            }
            for (int i = random.nextInt(120); i > 0; i--) {
                b.add(random.nextInt(range) - range / 2);
            }
            assertEquals(Words.jaccard(a, b), Syndication.jaccard(a, Syndication.packed(b)), 0.0, () -> a + " / " + b);
        }
    }
}
