package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.Literals;
import org.claimgraph.rdf.vocab.CG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store written before numbers were canonical still loses an article's old numbers when the article is replaced. */
class EarlierNumbersTest {

    @TempDir
    Path dir;

    private static final Node FIGURE = NodeFactory.createURI(Iris.ID + "article/a/quantity/0-2");

    private static Consumer<StreamRDF> figure(String fingerprint, Node value, Node confidence) {
        Node graph = Iris.articleGraph("a");
        return out -> {
            out.quad(Quad.create(graph, Iris.article("a"), CG.fingerprint.asNode(), NodeFactory.createLiteralString(fingerprint)));
            out.quad(Quad.create(graph, FIGURE, CG.value.asNode(), value));
            out.quad(Quad.create(graph, FIGURE, CG.extractionConfidence.asNode(), confidence));
        };
    }

    @Test
    void numbersWrittenInAnEarlierFormGoWithTheArticleTheyBelongTo() {
        DatasetGraph dsg = TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
        Store store = Store.over(dsg);
        // as claimgraph wrote them before: "14" and "0.80", which TDB2 gives back as "14.0" and "0.8"
        store.write(List.of(new Store.PendingArticle("a", "first",
                figure("first", NodeFactory.createLiteralDT("14", XSDDatatype.XSDdecimal), NodeFactory.createLiteralDT("0.80", XSDDatatype.XSDdecimal)))));
        store.write(List.of(new Store.PendingArticle("a", "second", figure("second", Literals.decimal(new java.math.BigDecimal(40)), Literals.decimal(0.6, 2)))));
        Set<String> left = Txn.calculateRead(dsg, () -> dsg.stream(Iris.articleGraph("a"), FIGURE, Node.ANY, Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).collect(Collectors.toSet()));
        assertEquals(Set.of("40.0", "0.6"), left);
    }
}
