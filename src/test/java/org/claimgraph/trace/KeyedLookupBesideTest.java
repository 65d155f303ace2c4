package org.claimgraph.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/**
 * The index's entries, listed in the walk's order, merged with the batch's as they are walked give
 * what walking the two as maps gave (the index's grouped by day first).
 */
class KeyedLookupBesideTest {

    private static final int WINDOW = 14;

    /** The index's entries as {@link KeyedLookup} lists them: whole days nearest first, the earlier of two as near, until the cap; then the undated. */
    private static List<KeyedLookup.Entry> inWalkOrder(NavigableMap<Long, List<Node>> traced, long day, int cap) {
        List<KeyedLookup.Entry> out = new ArrayList<>();
        for (int distance = 0; distance <= WINDOW && out.size() < cap; distance++) {
            for (long d : distance == 0 ? new long[] {day} : new long[] {day - distance, day + distance}) {
                if (out.size() < cap && traced.containsKey(d)) {
                    traced.get(d).forEach(c -> out.add(new KeyedLookup.Entry(d, c)));
                }
            }
        }
        traced.getOrDefault(DatedIndex.UNDATED, List.of()).stream().limit(cap).forEach(c -> out.add(new KeyedLookup.Entry(DatedIndex.UNDATED, c)));
        return out;
    }

    private static NavigableMap<Long, List<Node>> byDay(List<KeyedLookup.Entry> entries) {
        NavigableMap<Long, List<Node>> out = new TreeMap<>();
        entries.forEach(e -> out.computeIfAbsent(e.day(), d -> new ArrayList<>()).add(e.cluster()));
        return out;
    }

    private static NavigableMap<Long, List<Node>> entries(Random random, String prefix, long day) {
        NavigableMap<Long, List<Node>> out = new TreeMap<>();
        int days = random.nextInt(8);
        for (int k = 0; k < days; k++) {
            long d = random.nextInt(5) == 0 ? DatedIndex.UNDATED : day - 20 + random.nextInt(41);
            int n = 1 + random.nextInt(4);
            for (int j = 0; j < n; j++) {
                out.computeIfAbsent(d, x -> new ArrayList<>()).add(NodeFactory.createURI("https://example.org/" + prefix + "/" + d + "/" + j));
            }
        }
        return out;
    }

    @Test
    void mergedAsWalkedGivesTheWalkOverBothMaps() {
        Random random = new Random(13);
        long day = DatedIndex.day("2025-03-10");
        for (int round = 0; round < 3000; round++) {
            NavigableMap<Long, List<Node>> traced = entries(random, "index", day);
            NavigableMap<Long, List<Node>> batch = entries(random, "batch", day);
            long from = day - 3 + random.nextInt(7);
            int cap = 1 + random.nextInt(12);
            List<KeyedLookup.Entry> old = inWalkOrder(traced, from, cap);
            assertEquals(DatedIndex.walk(byDay(old), batch, from, WINDOW, cap), KeyedLookup.beside(old, batch, from, WINDOW, cap),
                    "round " + round);
        }
    }

    @Test
    void eachDaysIndexEntriesComeBeforeTheBatchsAndTheUndatedLast() {
        long day = DatedIndex.day("2025-03-10");
        List<KeyedLookup.Entry> old = List.of(new KeyedLookup.Entry(day, uri("i0")), new KeyedLookup.Entry(day - 1, uri("i-1")),
                new KeyedLookup.Entry(DatedIndex.UNDATED, uri("i-undated")));
        NavigableMap<Long, List<Node>> batch = new TreeMap<>();
        batch.put(day, List.of(uri("b0")));
        batch.put(day + 1, List.of(uri("b+1")));
        batch.put(day + 30, List.of(uri("b+30")));
        batch.put(DatedIndex.UNDATED, List.of(uri("b-undated")));
        assertEquals(List.of(uri("i0"), uri("b0"), uri("i-1"), uri("b+1"), uri("i-undated"), uri("b-undated")),
                KeyedLookup.beside(old, batch, day, WINDOW, 10));
        assertEquals(List.of(uri("i0"), uri("b0"), uri("i-1")), KeyedLookup.beside(old, batch, day, WINDOW, 3));
    }

    private static Node uri(String s) {
        return NodeFactory.createURI("https://example.org/" + s);
    }
}
