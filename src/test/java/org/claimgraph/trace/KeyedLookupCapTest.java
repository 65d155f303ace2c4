package org.claimgraph.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;

/**
 * A look-up reads no more of the index than its cap: a busy day's entries past it are never taken by
 * the walk (whole days were listed, however many of them), and the days nearest the claim's come first.
 */
class KeyedLookupCapTest {

    private static TracedClaim claim(String id, String text, String date) {
        return TracedClaim.of(NodeFactory.createURI("urn:claim:" + id), "mayor", "", NodeFactory.createURI("urn:speaker:mayor"), false, true,
                text, "said", "stance-assert", NodeFactory.createURI("urn:article:" + id), id, date, Optional.empty(), 0);
    }

    @Test
    void aBusyDayIsReadUpToTheCapNearestDaysFirst() {
        try (TraceIndex index = TraceIndex.open(TDB2Factory.createDataset().asDatasetGraph())) {
            long seq = 0;
            // one cluster a day before, five on the day itself, two the day after
            index.addClaim(claim("a0", "the ferry harbour reopens on monday", "2025-05-09"), "urn:cluster:before", seq++);
            for (int i = 0; i < 5; i++) {
                index.addClaim(claim("b" + i, "the ferry harbour reopens on monday", "2025-05-10"), "urn:cluster:day" + i, seq++);
            }
            index.addClaim(claim("c0", "the ferry harbour reopens on monday", "2025-05-11"), "urn:cluster:after", seq++);
            index.commit(1);
            index.refresh();
            TracedClaim c = claim("n", "the ferry harbour reopens on monday", "2025-05-10");
            String key = ClaimTracer.keys(c).get(0);
            KeyedLookup lookup = new KeyedLookup(index, TraceIndex.CLUSTER_KEY, List.of(c), 45);
            lookup.prefetch(ClaimTracer.keys(c));
            assertEquals(List.of("urn:cluster:day0", "urn:cluster:day1", "urn:cluster:day2"), clusters(lookup.fromIndex(key, c.day(), 45, 3)));
            assertEquals(List.of("urn:cluster:day0", "urn:cluster:day1", "urn:cluster:day2", "urn:cluster:day3", "urn:cluster:day4",
                    "urn:cluster:before", "urn:cluster:after"), clusters(lookup.fromIndex(key, c.day(), 45, 7)));
            assertEquals(clusters(lookup.fromIndex(key, c.day(), 45, 3)), uris(lookup.nearest(key, c, 45, 3)));
        }
    }

    @Test
    void lookUpsForgottenPastTheBoundAreReadAgainTheSame() {
        try (TraceIndex index = TraceIndex.open(TDB2Factory.createDataset().asDatasetGraph())) {
            long seq = 0;
            for (int d = 1; d <= 9; d++) {
                for (int i = 0; i < d; i++) {
                    index.addClaim(claim("x" + d + i, "the ferry harbour reopens on monday", "2025-05-0" + d), "urn:cluster:" + d + "-" + i, seq++);
                }
            }
            index.commit(1);
            index.refresh();
            List<TracedClaim> asking = new ArrayList<>();
            for (int d = 1; d <= 9; d++) {
                asking.add(claim("n" + d, "the ferry harbour reopens on monday", "2025-05-0" + d));
            }
            KeyedLookup kept = new KeyedLookup(index, TraceIndex.CLUSTER_KEY, asking, 45);
            KeyedLookup forgetting = new KeyedLookup(index, TraceIndex.CLUSTER_KEY, asking, 45).keepAtMost(4);
            for (int round = 0; round < 2; round++) {
                for (TracedClaim c : asking) {
                    String key = ClaimTracer.keys(c).get(0);
                    for (int cap : new int[] {2, 5, 20}) {
                        assertEquals(uris(kept.nearest(key, c, 3, cap)), uris(forgetting.nearest(key, c, 3, cap)));
                    }
                }
            }
        }
    }

    @Test
    void packedEntriesReadAsTheEntriesTheyPack() {
        List<KeyedLookup.Entry> entries = List.of(new KeyedLookup.Entry(20_210, NodeFactory.createURI("urn:cluster:a")),
                new KeyedLookup.Entry(20_208, NodeFactory.createURI("urn:cluster:b")), new KeyedLookup.Entry(DatedIndex.UNDATED, NodeFactory.createURI("urn:cluster:c")));
        assertEquals(entries, new KeyedLookup.PackedEntries(entries));
        assertEquals(List.of(), new KeyedLookup.PackedEntries(List.of()));
    }

    private static List<String> clusters(List<KeyedLookup.Entry> entries) {
        List<String> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.cluster().getURI()));
        return out;
    }

    private static List<String> uris(List<Node> nodes) {
        return nodes.stream().map(Node::getURI).toList();
    }
}
