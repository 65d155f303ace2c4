package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.vocab.CG;
import org.junit.jupiter.api.Test;

/**
 * A store traced before the outlet carriages existed: {@code validate} says so, and what to run, rather
 * than source-comparison silently answering nothing.
 */
class OutletCarriagesShapeTest {

    private static final Node G = Iris.TRACE_GRAPH;
    private static final Node CLUSTER = NodeFactory.createURI(Iris.ID + "claim-cluster/a");
    private static final Node OUTLET = NodeFactory.createURI(Iris.ID + "publisher/the-daily-lantern");

    private static DatasetGraph clusterCarriedTwice() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.add(G, CLUSTER, RDF.type.asNode(), CG.ClaimCluster.asNode());
        dsg.add(G, CLUSTER, CG.articleCount.asNode(), NodeFactory.createLiteralDT("2", XSDDatatype.XSDinteger));
        dsg.add(G, CLUSTER, CG.outletCount.asNode(), NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger));
        return dsg;
    }

    private static List<ReportEntry> aboutCarriages(ValidationReport report) {
        return report.getEntries().stream().filter(e -> G.equals(e.focusNode())).toList();
    }

    @Test
    void aTracedStoreWithoutCarriagesIsToldToRetrace() {
        List<ReportEntry> entries = aboutCarriages(ShapesValidator.builtIn().validate(clusterCarriedTwice()));
        assertEquals(1, entries.size(), entries.toString());
        assertTrue(entries.get(0).message().contains("trace --retrace"), entries.get(0).message());
    }

    @Test
    void carriagesOfTheOlderFormAreToldToRetrace() {
        DatasetGraph older = clusterCarriedTwice();
        Node node = NodeFactory.createURI(CLUSTER.getURI() + "/outlet/0123456789abcdef");
        older.add(G, node, CG.carriageOf.asNode(), CLUSTER);
        older.add(G, node, CG.carriedBy.asNode(), OUTLET);
        older.add(G, node, CG.articleCount.asNode(), NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger));
        List<ReportEntry> entries = aboutCarriages(ShapesValidator.builtIn().validate(older));
        assertEquals(1, entries.size(), entries.toString());
        assertTrue(entries.get(0).message().contains("trace --retrace"), entries.get(0).message());
    }

    @Test
    void carriagesOrNothingToCarryConform() {
        DatasetGraph carried = clusterCarriedTwice();
        carried.add(G, CLUSTER, CG.carriedBy.asNode(), OUTLET);
        assertEquals(List.of(), aboutCarriages(ShapesValidator.builtIn().validate(carried)));
        assertEquals(List.of(), aboutCarriages(ShapesValidator.builtIn().validate(DatasetGraphFactory.createTxnMem())));
    }
}
