package org.claimgraph.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.ingest.Inputs;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.pipeline.IngestListener;
import org.claimgraph.pipeline.Ingester;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.rdf.vocab.CG;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A line per traced batch while a long trace runs. */
class TraceProgressTest {

    static ReferenceData reference;
    static NlpModels models;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        reference = ReferenceData.load();
        models = NlpModels.loadEnglish();
    }

    private Path article(String name, String date, String text) throws IOException {
        String json = "{\"url\":\"https://" + name + ".example/\",\"publisher\":\"Harbour Post\",\"published\":\"" + date
                + "\",\"text\":\"" + text + "\"}";
        return Files.writeString(dir.resolve(name + ".json"), json);
    }

    private static void ingest(Store store, IngestListener listener, Path file) {
        Ingester.builder().store(store).pipelines(() -> Pipeline.standard(models, reference)).reference(reference).listener(listener).build()
                .ingest(Inputs.of(List.of(file.toString()), new ByteArrayInputStream(new byte[0])));
    }

    @Test
    void aTraceOfSeveralBatchesTellsWhereItStandsAfterEach() throws IOException {
        Store store = Store.over(TDB2Factory.createDataset().asDatasetGraph());
        List<TraceProgress> heard = new ArrayList<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void tracing(TraceProgress progress) {
                heard.add(progress);
            }
        };
        // three updates, three recorded batches
        ingest(store, listener, article("one", "2025-03-02", "Mayor Ilse Varga said the ferry would run again on Monday."));
        ingest(store, listener, article("two", "2025-03-03", "Mayor Ilse Varga said the ferry would run again from Monday."));
        ingest(store, listener, article("three", "2025-03-04", "The port authority said the new quay cost 12 million euros."));
        assertEquals(3, heard.size(), "the ingest tells its one batch each time");
        assertEquals(1, heard.get(2).batches());

        List<TraceProgress> replayed = new ArrayList<>();
        new ClaimTracer(replayed::add).retrace(store.dataset());
        assertEquals(3, replayed.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(i + 1, replayed.get(i).batch());
            assertEquals(3, replayed.get(i).batches());
            assertEquals(i + 1, replayed.get(i).articles());
            assertEquals(3, replayed.get(i).totalArticles());
            assertEquals(1, replayed.get(i).batchArticles());
        }
        assertTrue(replayed.get(2).claims() >= 3, replayed.get(2).line());
        assertTrue(replayed.get(2).line().startsWith("tracing: batch 3/3, 3/3 articles, "), replayed.get(2).line());
    }

    @Test
    void waitingArticlesAreTracedInBatchesOfTheGivenSizeEachTold() throws IOException {
        Store store = Store.over(TDB2Factory.createDataset().asDatasetGraph());
        ingest(store, IngestListener.NONE, article("four", "2025-03-05", "Mayor Ilse Varga said the bridge would reopen in May."));
        ingest(store, IngestListener.NONE, article("five", "2025-03-06", "Mayor Ilse Varga said the bridge would reopen by May."));
        // both waiting again, as after an ingest stopped before tracing: an update traces them in batches of one
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, () -> {
            List<Node> graphs = new TraceGraph(dsg).tracedGraphs().stream().map(java.util.Map.Entry::getKey).toList();
            IndexRebuild.emptyTraceGraph(dsg);
            graphs.forEach(g -> dsg.add(ClaimTracer.TRACE_GRAPH, ClaimTracer.TRACE_GRAPH, CG.pendingArticle.asNode(), g));
        });
        List<TraceProgress> heard = new ArrayList<>();
        ClaimTracer.Summary all = new ClaimTracer(1, heard::add).update(dsg);
        assertEquals(2, all.articles());
        assertEquals(2, heard.size());
        assertEquals(2, heard.get(1).batches());
        assertEquals(all.claims(), heard.get(1).claims());
        assertEquals(all.newClusters(), heard.get(1).newClusters());
    }
}
