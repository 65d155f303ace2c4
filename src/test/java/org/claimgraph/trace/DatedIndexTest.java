package org.claimgraph.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
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
        return new TracedClaim(n, "s", "", n, false, false, "", Set.of(), Set.of(), "", "stance-assert", n, "a", date,
                Optional.empty(), 0);
    }

    @Test
    void onlyClustersWithinTheWindowAndUndatedOnesAreNear() {
        DatedIndex index = new DatedIndex();
        index.add("speaker x", claimOn("2025-07-01T10:00:00Z"), node("early"));
        index.add("speaker x", claimOn("2025-07-20"), node("mid"));
        index.add("speaker x", claimOn("2025-09-01"), node("late"));
        index.add("speaker x", claimOn(""), node("undated"));
        index.add("speaker y", claimOn("2025-07-20"), node("other speaker"));

        assertEquals(List.of(node("mid"), node("undated")), List.copyOf(index.near("speaker x", claimOn("2025-07-25"), 14, UnaryOperator.identity())));
        assertEquals(4, index.near("speaker x", claimOn(""), 14, UnaryOperator.identity()).size());
        assertEquals(Set.of(), index.near("speaker z", claimOn("2025-07-25"), 14, UnaryOperator.identity()));
    }

    @Test
    void aMergedClusterIsFoundUnderTheClusterItWasMergedInto() {
        DatedIndex index = new DatedIndex();
        index.add("speaker x", claimOn("2025-07-20"), node("a"));
        index.add("speaker x", claimOn("2025-07-21"), node("b"));
        Map<Node, Node> merged = Map.of(node("b"), node("a"));
        assertEquals(Set.of(node("a")), index.near("speaker x", claimOn("2025-07-22"), 14, n -> merged.getOrDefault(n, n)));
    }
}
