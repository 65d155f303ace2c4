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
}
