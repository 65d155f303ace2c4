package org.claimgraph.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.vocab.CG;
import org.junit.jupiter.api.Test;

/** What the tracer reads of a claim's speaker: a person when any graph types it so, looked up once per speaker. */
class TraceReaderTest {

    private static final String TEXT = "Mara Quell said the convoy had crossed the river before dawn.";

    private static Node uri(String s) {
        return NodeFactory.createURI("urn:test:" + s);
    }

    /** An article graph with one attribution by {@code speaker}, and a second one, anchored further on. */
    private static void article(DatasetGraph d, String id, Node speaker) {
        Node g = uri("graph-" + id);
        Node article = uri("article-" + id);
        d.add(g, article, CG.articleId.asNode(), NodeFactory.createLiteralString(id));
        d.add(g, article, CG.text.asNode(), NodeFactory.createLiteralString(TEXT));
        for (int i = 0; i < 2; i++) {
            Node attribution = uri("attribution-" + id + "-" + i);
            Node claim = uri("claim-" + id + "-" + i);
            d.add(g, attribution, CG.asserts.asNode(), claim);
            d.add(g, attribution, CG.source.asNode(), speaker);
            d.add(g, attribution, CG.stance.asNode(), CG.concept("stance", "assert").asNode());
            d.add(g, attribution, CG.inArticle.asNode(), article);
            d.add(g, attribution, Vocab.OA_START, NodeFactory.createLiteralDT(Integer.toString(11 + i), XSDDatatype.XSDinteger));
            d.add(g, attribution, Vocab.OA_END, NodeFactory.createLiteralDT(Integer.toString(15 + i), XSDDatatype.XSDinteger));
            d.add(g, claim, CG.claimText.asNode(), NodeFactory.createLiteralString("the convoy had crossed the river before dawn " + i));
        }
    }

    @Test
    void aSpeakerIsAPersonWhenAnyGraphTypesItSo() {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        Node quell = uri("mara-quell");
        Node ministry = uri("ministry");
        Txn.executeWrite(d, () -> {
            article(d, "a", quell);
            article(d, "b", ministry);
            // typed in another article's graph only: the claims of "a" still come from a person
            d.add(uri("graph-c"), quell, RDF.type.asNode(), CG.Person.asNode());
        });
        List<TracedClaim> claims = Txn.calculateRead(d, () -> new TraceReader(d).claims(List.of(uri("graph-a"), uri("graph-b"))));
        assertEquals(4, claims.size());
        claims.stream().filter(c -> c.speaker().equals(quell)).forEach(c -> assertTrue(c.person(), c.claim().toString()));
        claims.stream().filter(c -> c.speaker().equals(ministry)).forEach(c -> assertFalse(c.person(), c.claim().toString()));
    }
}
