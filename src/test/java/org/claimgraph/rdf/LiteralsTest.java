package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.rdf.vocab.CG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers written to TDB2 come back as the same node, so a delete of what was read removes them. */
class LiteralsTest {

    @TempDir
    Path dir;

    private static final Node GRAPH = NodeFactory.createURI("https://example.org/graph/figures");

    private static List<Node> numbers() {
        List<Node> out = new ArrayList<>();
        for (String v : List.of("14", "0", "-3", "1234567", "0.80", "2.50", "0.125", "12345678901234567890")) {
            out.add(Literals.decimal(new BigDecimal(v)));
        }
        out.add(Literals.decimal(0.7, 2));
        out.add(Literals.decimal(1.0, 3));
        for (double d : new double[] {0.75, 1.0, 0.0, 0.333, 12.5}) {
            out.add(Literals.dbl(d));
        }
        return out;
    }

    @Test
    void whatIsReadBackIsWhatWasWrittenAndADeleteOfTheGraphLeavesNothing() {
        DatasetGraph dsg = TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
        List<Node> written = numbers();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < written.size(); i++) {
                dsg.add(GRAPH, NodeFactory.createURI("https://example.org/figure/" + i), CG.value.asNode(), written.get(i));
            }
        });
        Txn.executeRead(dsg, () -> {
            for (int i = 0; i < written.size(); i++) {
                Node read = dsg.find(GRAPH, NodeFactory.createURI("https://example.org/figure/" + i), CG.value.asNode(), Node.ANY).next().getObject();
                assertEquals(written.get(i), read, "read back as written");
            }
        });
        Txn.executeWrite(dsg, () -> dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY));
        Txn.executeRead(dsg, () -> assertFalse(dsg.find(GRAPH, Node.ANY, Node.ANY, Node.ANY).hasNext(), "every figure deleted"));
    }

    @Test
    void integerValuedDecimalsCarryADotAndTrailingZerosGo() {
        assertEquals("14.0", Literals.decimal(new BigDecimal("14")).getLiteralLexicalForm());
        assertEquals("0.8", Literals.decimal(new BigDecimal("0.80")).getLiteralLexicalForm());
        assertEquals("0.7", Literals.decimal(0.7, 2).getLiteralLexicalForm());
    }
}
