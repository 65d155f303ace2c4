package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The abort of a read (a query stopped by the time limit) while an article is being written must
 * not drop the article's text from the index, nor make the write fail: the store as
 * {@link DatasetAssembly} opens it, TDB2 and Lucene on disk.
 */
class ReadSafeTextIndexTest {

    private static final String CG = "https://w3id.org/claimgraph/ontology#";

    @TempDir
    Path dir;

    @Test
    void aReadAbortedDuringAWriteLeavesTheWrittenTextSearchable() throws Exception {
        Dataset dataset = DatasetAssembly.load(null, dir.resolve("store")).assemble();
        DatasetGraph dsg = dataset.asDatasetGraph();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch readAborted = new CountDownLatch(1);

        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> Txn.executeWrite(dsg, () -> {
            Node graph = NodeFactory.createURI("urn:test:graph:a");
            dsg.add(graph, NodeFactory.createURI("urn:test:article:a"), NodeFactory.createURI(CG + "text"),
                    NodeFactory.createLiteralString("the quokkaline talks resumed"));
            written.countDown();
            await(readAborted); // commit only after the read has aborted
        }));

        await(written);
        dsg.begin(ReadWrite.READ);
        dsg.abort(); // what Fuseki does when a query runs past its time limit
        dsg.end();
        readAborted.countDown();
        writer.get(30, TimeUnit.SECONDS); // the write commits (it failed or lost its text before)

        assertEquals(List.of("urn:test:article:a"), search(dataset, "quokkaline"));
    }

    @Test
    void anAbortedWriteStillTakesItsTextBack() {
        Dataset dataset = DatasetAssembly.load(null, dir.resolve("store")).assemble();
        DatasetGraph dsg = dataset.asDatasetGraph();
        dsg.begin(ReadWrite.WRITE);
        dsg.add(NodeFactory.createURI("urn:test:graph:b"), NodeFactory.createURI("urn:test:article:b"),
                NodeFactory.createURI(CG + "text"), NodeFactory.createLiteralString("the wombatine truce"));
        dsg.abort();
        dsg.end();

        assertEquals(List.of(), search(dataset, "wombatine"));
    }

    private static List<String> search(Dataset dataset, String word) {
        String query = "PREFIX text: <http://jena.apache.org/text#> PREFIX cg: <" + CG + "> "
                + "SELECT ?s { ?s text:query (cg:text \"" + word + "\") }";
        return Txn.calculateRead(dataset, () -> {
            try (var exec = QueryExecutionFactory.create(query, dataset)) {
                List<String> found = new java.util.ArrayList<>();
                exec.execSelect().forEachRemaining(row -> found.add(row.getResource("s").getURI()));
                return found;
            }
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out waiting for the other transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
