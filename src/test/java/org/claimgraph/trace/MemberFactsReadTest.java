package org.claimgraph.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;

/** A cluster's member facts from the index: an outlet or speaker shared by many members is decoded once. */
class MemberFactsReadTest {

    private static TracedClaim claim(String id, String article, String publisher) {
        return TracedClaim.of(NodeFactory.createURI("urn:claim:" + id), "mayor", "", NodeFactory.createURI("urn:speaker:mayor"), false, true,
                "the ferry harbour reopens on monday", "said", "stance-assert", NodeFactory.createURI("urn:article:" + article), article,
                "2025-05-10", Optional.of(NodeFactory.createURI("urn:outlet:" + publisher)), 0);
    }

    @Test
    void sharedValuesAreDecodedOnce() {
        try (TraceIndex index = TraceIndex.open(TDB2Factory.createDataset().asDatasetGraph())) {
            index.addClaim(claim("a", "p", "harbour-news"), "urn:cluster:one", 1);
            index.addClaim(claim("b", "q", "harbour-news"), "urn:cluster:two", 2);
            index.addClaim(claim("c", "q", "ferry-times"), "urn:cluster:two", 3);
            index.refresh();
            List<MemberFacts> one = index.postings().facts("urn:cluster:one");
            List<MemberFacts> two = index.postings().facts("urn:cluster:two");
            assertEquals(List.of(MemberFacts.of(claim("a", "p", "harbour-news"))), one);
            assertEquals(List.of(MemberFacts.of(claim("b", "q", "harbour-news")), MemberFacts.of(claim("c", "q", "ferry-times"))), two);
            assertSame(one.get(0).publisher().orElseThrow(), two.get(0).publisher().orElseThrow());
            assertSame(one.get(0).speaker().orElseThrow(), two.get(1).speaker().orElseThrow());
            assertSame(two.get(0).article(), two.get(1).article());
        }
    }
}
