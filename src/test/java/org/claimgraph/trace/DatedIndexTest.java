package org.claimgraph.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** Clusters found by key within a window of days; undated claims are near everything. */
class DatedIndexTest {

    private static Node node(String name) {
        return NodeFactory.createURI("urn:" + name);
    }

    private static TracedClaim claimOn(String date) {
        Node n = node("claim-" + date);
        return TracedClaim.of(n, "s", "", n, false, false, "", "", "stance-assert", n, "a", date, Optional.empty(), 0);
    }

    @Test
    void onlyClustersWithinTheWindowAndUndatedOnesAreFoundClosestFirst() {
        DatedIndex index = new DatedIndex();
        index.add("speaker x", claimOn("2025-07-01T10:00:00Z"), node("early"));
        index.add("speaker x", claimOn("2025-07-20"), node("mid"));
        index.add("speaker x", claimOn("2025-07-27"), node("later"));
        index.add("speaker x", claimOn("2025-09-01"), node("late"));
        index.add("speaker x", claimOn(""), node("undated"));
        index.add("speaker y", claimOn("2025-07-20"), node("other speaker"));

        assertEquals(List.of(node("later"), node("mid"), node("undated")), index.nearest("speaker x", claimOn("2025-07-25"), 14, 10));
        assertEquals(List.of(node("later")), index.nearest("speaker x", claimOn("2025-07-25"), 14, 1));
        assertEquals(5, index.nearest("speaker x", claimOn(""), 14, 10).size());
        assertEquals(List.of(), index.nearest("speaker z", claimOn("2025-07-25"), 14, 10));
    }

    @Test
    void aCrowdedDayIsReadNoFurtherThanTheCap() {
        // a day of one key with ten thousand entries (a statement carried everywhere): reading past the cap fails
        List<Node> crowded = new AbstractList<>() {
            @Override
            public Node get(int i) {
                if (i >= 3) {
                    throw new AssertionError("read past the cap: entry " + i);
                }
                return node("c" + i);
            }

            @Override
            public int size() {
                return 10_000;
            }
        };
        long day = DatedIndex.day("2025-07-25");
        NavigableMap<Long, List<Node>> entries = new TreeMap<>(Map.of(day, crowded, day - 1, List.of(node("before"))));
        assertEquals(List.of(node("c0"), node("c1"), node("c2")), DatedIndex.walk(entries, day, 14, 3));
        assertEquals(List.of(node("before")), DatedIndex.walk(entries, day - 2, 14, 1));
    }

    /** A day's entries that fail when read: a day the walk must not touch. */
    private static List<Node> untouchable(String day) {
        return new AbstractList<>() {
            @Override
            public Node get(int i) {
                throw new AssertionError("read a day outside the window: " + day);
            }

            @Override
            public int size() {
                throw new AssertionError("read a day outside the window: " + day);
            }
        };
    }

    @Test
    void twoSetsOfEntriesAreWalkedAsOneWithoutReadingDaysOutsideTheWindow() {
        long day = DatedIndex.day("2025-07-25");
        NavigableMap<Long, List<Node>> traced = new TreeMap<>();
        traced.put(day - 3, List.of(node("t-3")));
        traced.put(day, List.of(node("t0a"), node("t0b")));
        traced.put(day + 2, List.of(node("t+2")));
        traced.put(DatedIndex.UNDATED, List.of(node("t-undated")));
        NavigableMap<Long, List<Node>> batch = new TreeMap<>();
        batch.put(day - 400, untouchable("400 days before"));
        batch.put(day - 2, List.of(node("b-2")));
        batch.put(day, List.of(node("b0")));
        batch.put(day + 3, List.of(node("b+3")));
        batch.put(day + 400, untouchable("400 days after"));
        batch.put(DatedIndex.UNDATED, List.of(node("b-undated")));

        // as one map holding both, each day's traced entries before the batch's
        NavigableMap<Long, List<Node>> merged = new TreeMap<>();
        traced.forEach((d, l) -> merged.computeIfAbsent(d, x -> new java.util.ArrayList<>()).addAll(l));
        batch.forEach((d, l) -> {
            if (d == DatedIndex.UNDATED || Math.abs(d - day) < 400) {
                merged.computeIfAbsent(d, x -> new java.util.ArrayList<>()).addAll(l);
            }
        });
        for (int cap : new int[] {1, 2, 3, 4, 6, 9, 20}) {
            for (long from : new long[] {day, day - 1, day + 1, day - 2}) {
                assertEquals(DatedIndex.walk(merged, from, 14, cap), DatedIndex.walk(traced, batch, from, 14, cap), "cap " + cap + ", day " + from);
            }
        }
        assertEquals(List.of(node("t0a"), node("t0b"), node("b0"), node("b-2"), node("t+2"), node("t-3"), node("b+3"), node("t-undated"),
                node("b-undated")), DatedIndex.walk(traced, batch, day, 14, 20));
        assertEquals(List.of(node("t-undated"), node("b-undated")), DatedIndex.walk(traced, batch, day + 100, 14, 20));
    }
}
