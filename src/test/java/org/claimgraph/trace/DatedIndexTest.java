package org.claimgraph.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
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
}
