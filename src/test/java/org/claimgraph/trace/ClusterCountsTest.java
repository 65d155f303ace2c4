package org.claimgraph.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.vocab.CG;
import org.junit.jupiter.api.Test;

/** The outlet carriages the tracer keeps for source-comparison: written, changed and taken away by what the members give. */
class ClusterCountsTest {

    private static final Node CLUSTER = uri("claim-cluster/a");
    private static final Node OTHER = uri("claim-cluster/b");
    private static final Node DAILY = uri("publisher/the-daily-lantern");
    private static final Node HERALD = uri("publisher/harbour-herald");

    private static Node uri(String local) {
        return NodeFactory.createURI(Iris.ID + local);
    }

    private static MemberFacts member(String claim, String article, Node outlet) {
        return new MemberFacts(uri("claim/" + claim), uri("article/" + article), Optional.ofNullable(outlet), Optional.empty(), true, claim);
    }

    private static Long carriageCount(DatasetGraph dsg, Node outlet) {
        return dsg.stream(Iris.TRACE_GRAPH, outlet, CG.carriageCount.asNode(), Node.ANY).findFirst()
                .map(q -> Long.parseLong(q.getObject().getLiteralLexicalForm())).orElse(null);
    }

    @Test
    void oneCarriagePerOutletWithItsArticles() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        // two claims in one article of the Lantern, one in another of its articles, one in the Herald, one without outlet
        ClusterCounts.carriages(dsg, CLUSTER, List.of(member("1", "x", DAILY), member("2", "x", DAILY), member("3", "y", DAILY),
                member("4", "z", HERALD), member("5", "w", null)));
        assertEquals(Map.of(DAILY, 2L, HERALD, 1L), ClusterCounts.stored(dsg, CLUSTER));
        assertEquals(1L, carriageCount(dsg, DAILY));
        // each carriage is one quad on the cluster; only the Lantern's two articles need a count, on the node named from both
        Node node = ClusterCounts.node(CLUSTER, DAILY);
        assertEquals(List.of("2"), dsg.stream(Iris.TRACE_GRAPH, node, Node.ANY, Node.ANY)
                .map(q -> q.getPredicate().equals(CG.articleCount.asNode()) ? q.getObject().getLiteralLexicalForm() : q.toString()).toList());
        assertTrue(dsg.contains(Iris.TRACE_GRAPH, CLUSTER, CG.carriedBy.asNode(), DAILY));
        assertTrue(dsg.contains(Iris.TRACE_GRAPH, CLUSTER, CG.carriedBy.asNode(), HERALD));
        assertFalse(dsg.contains(Iris.TRACE_GRAPH, ClusterCounts.node(CLUSTER, HERALD), Node.ANY, Node.ANY));
    }

    @Test
    void aCarriageInOneArticleIsOneQuad() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        ClusterCounts.carriages(dsg, CLUSTER, List.of(member("1", "x", DAILY), member("2", "y", HERALD)));
        assertEquals(Map.of(DAILY, 1L, HERALD, 1L), ClusterCounts.stored(dsg, CLUSTER));
        // two carriages and the two outlets' counts
        assertEquals(4, dsg.stream(Iris.TRACE_GRAPH, Node.ANY, Node.ANY, Node.ANY).count());
        // a second Lantern article: its count is written; back to one: the node goes again
        ClusterCounts.carriages(dsg, CLUSTER, List.of(member("1", "x", DAILY), member("3", "z", DAILY), member("2", "y", HERALD)));
        assertEquals(Map.of(DAILY, 2L, HERALD, 1L), ClusterCounts.stored(dsg, CLUSTER));
        ClusterCounts.carriages(dsg, CLUSTER, List.of(member("1", "x", DAILY), member("2", "y", HERALD)));
        assertEquals(4, dsg.stream(Iris.TRACE_GRAPH, Node.ANY, Node.ANY, Node.ANY).count());
    }

    @Test
    void aClusterOfOneArticleHasNone() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        ClusterCounts.carriages(dsg, CLUSTER, List.of(member("1", "x", DAILY), member("2", "x", DAILY)));
        assertTrue(ClusterCounts.stored(dsg, CLUSTER).isEmpty());
        assertNull(carriageCount(dsg, DAILY));
    }

    @Test
    void onlyWhatChangedIsWrittenAndTheOutletsCountFollows() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        ClusterCounts.carriages(dsg, CLUSTER, List.of(member("1", "x", DAILY), member("2", "y", HERALD)));
        ClusterCounts.carriages(dsg, OTHER, List.of(member("3", "v", DAILY), member("4", "u", DAILY)));
        assertEquals(2L, carriageCount(dsg, DAILY));
        // the Herald's article leaves the first cluster, a second Lantern article joins it
        ClusterCounts.carriages(dsg, CLUSTER, List.of(member("1", "x", DAILY), member("5", "t", DAILY)));
        assertEquals(Map.of(DAILY, 2L), ClusterCounts.stored(dsg, CLUSTER));
        assertNull(carriageCount(dsg, HERALD));
        assertFalse(dsg.contains(Iris.TRACE_GRAPH, ClusterCounts.node(CLUSTER, HERALD), Node.ANY, Node.ANY));
        assertEquals(2L, carriageCount(dsg, DAILY));
        // merged away: its carriages go, and the outlet counts one fewer
        ClusterCounts.forget(dsg, OTHER);
        assertTrue(ClusterCounts.stored(dsg, OTHER).isEmpty());
        assertEquals(1L, carriageCount(dsg, DAILY));
        // the cluster's carriage by the Lantern (its link and its count of two articles) and the Lantern's count
        assertEquals(3, dsg.stream(Iris.TRACE_GRAPH, Node.ANY, Node.ANY, Node.ANY).map(Quad::asTriple).count());
    }
    @Test
    void outletCountsOfManyClustersAreWrittenOnceAndAsOneByOne() {
        DatasetGraph oneByOne = DatasetGraphFactory.createTxnMem();
        DatasetGraph together = DatasetGraphFactory.createTxnMem();
        for (DatasetGraph dsg : List.of(oneByOne, together)) {
            ClusterCounts.carriages(dsg, OTHER, List.of(member("1", "x", DAILY), member("2", "y", HERALD)));
        }
        List<List<MemberFacts>> steps = List.of(
                List.of(member("3", "v", DAILY), member("4", "u", HERALD)),
                List.of(member("3", "v", DAILY)), // one article left: its carriages go
                List.of(member("3", "v", DAILY), member("5", "t", DAILY)));
        ClusterCounts.OutletCounts counts = new ClusterCounts.OutletCounts(together);
        for (List<MemberFacts> members : steps) {
            ClusterCounts.carriages(oneByOne, CLUSTER, members);
            ClusterCounts.carriages(together, CLUSTER, members, counts);
        }
        ClusterCounts.carriages(oneByOne, OTHER, List.of(member("1", "x", DAILY)));
        ClusterCounts.carriages(together, OTHER, List.of(member("1", "x", DAILY)), counts);
        assertEquals(1L, carriageCount(together, HERALD), "not written before the counts are");
        counts.write();
        assertEquals(1L, carriageCount(oneByOne, DAILY));
        assertNull(carriageCount(oneByOne, HERALD));
        assertEquals(oneByOne.stream().map(Quad::toString).sorted().toList(), together.stream().map(Quad::toString).sorted().toList());
    }
}
