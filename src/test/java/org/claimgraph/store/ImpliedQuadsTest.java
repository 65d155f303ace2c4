package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.vocab.CG;
import org.junit.jupiter.api.Test;

/** {@code compact} drops what a store built before 0.5 stated and this version leaves to the properties. */
class ImpliedQuadsTest {

    @Test
    void theOldTypesAndShortcutsGoAndTheDatasetsKeepTheirInstants() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node article = Iris.articleGraph("a1");
        Node dataset = NodeFactory.createURI(Iris.BASE + "graph/dataset/ucdp");
        Node development = NodeFactory.createURI(Iris.ID + "article/a1/development/3-9");
        Node negotiation = NodeFactory.createURI(Iris.ID + "negotiation/n");
        Node day = Iris.day("2024-05-17");
        Node event = NodeFactory.createURI(Iris.ID + "event/ucdp/1");
        Node link = NodeFactory.createURI(Iris.ID + "link/1");
        Txn.executeWrite(dsg, () -> {
            dsg.add(article, development, RDF.type.asNode(), CG.Development.asNode());
            dsg.add(article, development, CG.developmentOf.asNode(), negotiation);
            dsg.add(article, negotiation, RDF.type.asNode(), CG.Negotiation.asNode());
            dsg.add(article, Iris.publisher("Kivu Courier"), RDF.type.asNode(), CG.Publisher.asNode());
            dsg.add(article, day, RDF.type.asNode(), Vocab.TIME_INSTANT);
            dsg.add(dataset, day, RDF.type.asNode(), Vocab.TIME_INSTANT);
            dsg.add(Iris.LINKS_GRAPH, development, CG.relatedEvent.asNode(), event);
            dsg.add(Iris.LINKS_GRAPH, link, CG.linkFrom.asNode(), development);
            dsg.add(Iris.LINKS_GRAPH, link, CG.linkTo.asNode(), event);
        });
        Store.dropImpliedTypes(dsg);
        Txn.executeRead(dsg, () -> {
            assertEquals(0, dsg.stream(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY).filter(q -> !q.getGraph().equals(dataset)).count(),
                    "no type left in the article graph");
            assertEquals(1, dsg.stream(dataset, day, RDF.type.asNode(), Vocab.TIME_INSTANT).count(), "the dataset's own shape stays");
            assertEquals(0, dsg.stream(Node.ANY, Node.ANY, CG.relatedEvent.asNode(), Node.ANY).count());
            assertEquals(2, dsg.stream(Iris.LINKS_GRAPH, link, Node.ANY, Node.ANY).count(), "the link itself stays");
            assertEquals(1, dsg.stream(article, development, CG.developmentOf.asNode(), negotiation).count());
        });
    }
}
