package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.index.IndexWriter;
import org.claimgraph.rdf.Iris;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text index checked against the store and rebuilt, on the store as it is opened (TDB2 and
 * Lucene on disk). What a kill between TDB2's commit and Lucene's leaves is made by writing to TDB2
 * under the text index's wrapper, behind the index's back.
 */
class TextIndexAuditTest {

    private static final String CG = "https://w3id.org/claimgraph/ontology#";
    private static final Node GRAPH = NodeFactory.createURI("urn:test:graph:a");
    private static final Node TEXT = NodeFactory.createURI(CG + "text");
    private static final Node CLAIM_TEXT = NodeFactory.createURI(CG + "claimText");

    @TempDir
    Path dir;

    private static Node subject(int i) {
        return NodeFactory.createURI("urn:test:s" + i);
    }

    private Store storeWithThreeTexts() {
        Store store = Store.open(dir.resolve("store"), null);
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, () -> {
            dsg.add(GRAPH, subject(1), TEXT, NodeFactory.createLiteralString("the talks resumed in Doha"));
            dsg.add(GRAPH, subject(2), CLAIM_TEXT, NodeFactory.createLiteralString("the truce holds"));
            dsg.add(GRAPH, subject(3), CLAIM_TEXT, NodeFactory.createLiteralString("the truce holds"));
            dsg.add(GRAPH, subject(3), NodeFactory.createURI(CG + "notIndexed"), NodeFactory.createLiteralString("x"));
        });
        return store;
    }

    @Test
    void aStoreWrittenThroughTheIndexIsConsistent() {
        Store store = storeWithThreeTexts();
        TextIndexAudit.Report report = store.auditTextIndex().orElseThrow();
        assertEquals(new TextIndexAudit.Report(3, 0, 3), report);
        assertTrue(report.consistent());
    }

    @Test
    void aTextStoredButNotIndexedIsFoundAndTheRebuildIndexesIt() {
        Store store = storeWithThreeTexts();
        DatasetGraph tdb2 = Store.unwrapTdb(store.dataset());
        Txn.executeWrite(tdb2, () -> tdb2.add(GRAPH, subject(4), TEXT, NodeFactory.createLiteralString("a text the index never saw")));

        TextIndexAudit.Report report = store.auditTextIndex().orElseThrow();
        assertEquals(new TextIndexAudit.Report(4, 1, 3), report);
        assertFalse(report.consistent());

        assertEquals(Optional.of(4L), store.rebuildTextIndex());
        assertEquals(new TextIndexAudit.Report(4, 0, 4), store.auditTextIndex().orElseThrow());
    }

    @Test
    void anEntryForATextNoLongerStoredIsFoundAndTheRebuildDropsIt() {
        Store store = storeWithThreeTexts();
        DatasetGraph tdb2 = Store.unwrapTdb(store.dataset());
        Txn.executeWrite(tdb2, () -> tdb2.delete(GRAPH, subject(1), TEXT, NodeFactory.createLiteralString("the talks resumed in Doha")));

        TextIndexAudit.Report report = store.auditTextIndex().orElseThrow();
        assertEquals(new TextIndexAudit.Report(2, 0, 3), report);
        assertFalse(report.consistent());

        assertEquals(Optional.of(2L), store.rebuildTextIndex());
        assertTrue(store.auditTextIndex().orElseThrow().consistent());
    }

    @Test
    void writingAnUnchangedArticleAgainIndexesTheTextsAKilledRunLeftOut() throws Exception {
        Store store = Store.open(dir.resolve("store"), null);
        String id = "urn:test:article:7";
        Node graph = Iris.articleGraph(id);
        Store.PendingArticle article = new Store.PendingArticle(id, "fingerprint-1", stream -> {
            stream.quad(Quad.create(graph, Iris.article(id), NodeFactory.createURI(CG + "fingerprint"), NodeFactory.createLiteralString("fingerprint-1")));
            stream.quad(Quad.create(graph, Iris.article(id), TEXT, NodeFactory.createLiteralString("the envoy left Cairo")));
            stream.quad(Quad.create(graph, subject(8), CLAIM_TEXT, NodeFactory.createLiteralString("the envoy left")));
        });
        assertEquals(List.of(WriteOutcome.STORED), store.write(List.of(article)));
        assertTrue(store.auditTextIndex().orElseThrow().consistent());

        // what a kill after TDB2's commit and before Lucene's leaves: the article stored, its entries not
        IndexWriter lucene = ((TextIndexLucene) ((ReadSafeTextIndex) Store.textIndex(store.dataset()).orElseThrow()).unwrap()).getIndexWriter();
        lucene.deleteAll();
        lucene.commit();
        assertEquals(new TextIndexAudit.Report(2, 2, 0), store.auditTextIndex().orElseThrow());

        // the re-run finds the article unchanged and indexes its texts
        assertEquals(List.of(WriteOutcome.UNCHANGED), store.write(List.of(article)));
        assertEquals(new TextIndexAudit.Report(2, 0, 2), store.auditTextIndex().orElseThrow());
    }
}
