package org.claimgraph.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
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

/**
 * Incremental tracing on TDB2 stores on disk: examples/ arriving in three batches (by publication
 * month), traced as each arrives, against a retrace, against the same arrivals with the tracer's index
 * lost on the way, and against everything arriving at once.
 */
class IncrementalTracingIT {

    static ReferenceData reference;
    static NlpModels models;
    static List<List<String>> arrivals;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        reference = ReferenceData.load();
        models = NlpModels.loadEnglish();
        // June and July, August, September: three arrivals of the examples (the wire feed with the first)
        List<String> june = new ArrayList<>();
        List<String> august = new ArrayList<>();
        List<String> september = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path f : files.filter(f -> f.toString().matches(".*\\.(json|jsonl|txt|html)$")).sorted(Comparator.naturalOrder()).toList()) {
                String name = f.getFileName().toString();
                (name.startsWith("2025-08") ? august : name.startsWith("2025-09") ? september : june).add(f.toString());
            }
        }
        arrivals = List.of(june, august, september);
    }

    private static ClaimTracer.Summary ingest(Store store, List<String> files) {
        ClaimTracer.Summary[] traced = {null};
        Ingester.builder().store(store).pipelines(() -> Pipeline.standard(models, reference)).reference(reference).threads(2)
                .listener(new IngestListener() {
                    @Override
                    public void traced(ClaimTracer.Summary summary) {
                        traced[0] = summary;
                    }
                }).build().ingest(Inputs.of(files, new ByteArrayInputStream(new byte[0])));
        return traced[0];
    }

    /** The trace graph's conclusions (without the bookkeeping of which batch traced what). */
    private static Set<Quad> traceGraph(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> out = new HashSet<>();
            dsg.find(ClaimTracer.TRACE_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!q.getPredicate().equals(CG.traceBatch.asNode()) && !q.getPredicate().equals(CG.pendingArticle.asNode())) {
                    out.add(q);
                }
            });
            return out;
        });
    }

    private Store arriving(String name) {
        Store store = Store.open(dir.resolve(name), null);
        arrivals.forEach(files -> ingest(store, files));
        return store;
    }

    @Test
    void aRetraceGivesWhatTheUpdatesGave() {
        Store store = arriving("store");
        Set<Quad> incremental = traceGraph(store.dataset());
        assertTrue(incremental.stream().anyMatch(q -> q.getPredicate().equals(CG.inCluster.asNode())));
        assertTrue(incremental.stream().anyMatch(q -> q.getPredicate().equals(CG.disputes.asNode())));
        // the outlet carriages source-comparison reads (ClusterCounts) are conclusions too: the same after a retrace
        assertTrue(incremental.stream().anyMatch(q -> q.getPredicate().equals(CG.carriedBy.asNode())));
        assertTrue(incremental.stream().anyMatch(q -> q.getPredicate().equals(CG.carriageCount.asNode())));
        ClaimTracer.Summary retraced = new ClaimTracer().retrace(store.dataset());
        assertEquals(arrivals.stream().mapToInt(List::size).sum() + 3, retraced.articles()); // the wire feed holds four
        assertEquals(incremental, traceGraph(store.dataset()));
    }

    @Test
    void theBatchesArticlesArrivedInMatter() {
        Set<Quad> inThree = traceGraph(arriving("three").dataset());
        Store once = Store.open(dir.resolve("once"), null);
        ingest(once, arrivals.stream().flatMap(List::stream).toList());
        // later claims met what the earlier batches had concluded, not everything at once: so a retrace must replay batches
        assertNotEquals(inThree, traceGraph(once.dataset()));
    }

    @Test
    void aTracerIndexLostOnTheWayIsRebuiltFromTheStore() throws IOException {
        Store intact = arriving("intact");
        Store lost = Store.open(dir.resolve("lost"), null);
        ingest(lost, arrivals.get(0));
        ingest(lost, arrivals.get(1));
        Path index = dir.resolve("lost").resolve("trace-index");
        assertTrue(Files.isDirectory(index));
        try (Stream<Path> walk = Files.walk(index)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        ingest(lost, arrivals.get(2));
        assertEquals(traceGraph(intact.dataset()), traceGraph(lost.dataset()));
    }

    @Test
    void anUpdateTracesOnlyTheArticlesThatArrived() {
        Store store = Store.open(dir.resolve("store"), null);
        ingest(store, arrivals.get(0));
        ClaimTracer.Summary second = ingest(store, arrivals.get(1));
        assertEquals(arrivals.get(1).size(), second.articles());
        ClaimTracer.Summary nothing = new ClaimTracer().update(store.dataset());
        assertEquals(0, nothing.articles());
        assertFalse(traceGraph(store.dataset()).isEmpty());
    }

    /**
     * A dataset that fails while batch {@code stopAt} is traced (when the tracer notes an article traced
     * by it), as a kill there would leave the store: that batch's transaction not done.
     */
    private static final class StoppedAt extends DatasetGraphWrapper {
        private final Node stopAt;

        StoppedAt(DatasetGraph dsg, int stopAt) {
            super(dsg);
            this.stopAt = NodeFactory.createLiteralDT(Integer.toString(stopAt), XSDDatatype.XSDinteger);
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            if (p.equals(CG.traceBatch.asNode()) && o.equals(stopAt)) {
                throw new IllegalStateException("stopped in batch " + stopAt.getLiteralLexicalForm());
            }
            super.add(g, s, p, o);
        }

        @Override
        public void add(Quad quad) {
            add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
        }
    }

    /** The batches the trace graph records an article graph in, traced or still to replay. */
    private static Set<String> batches(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new HashSet<>();
            for (Node p : List.of(CG.traceBatch.asNode(), CG.replayBatch.asNode())) {
                dsg.find(ClaimTracer.TRACE_GRAPH, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    if (!q.getSubject().equals(ClaimTracer.TRACE_GRAPH)) {
                        out.add(p.getLocalName() + " " + q.getObject().getLiteralLexicalForm());
                    }
                });
            }
            return out;
        });
    }

    @Test
    void aRetraceStoppedHalfWayIsFinishedInTheBatchesArticlesArrivedIn() {
        Store store = arriving("stopped");
        Set<Quad> incremental = traceGraph(store.dataset());
        assertEquals(Set.of("traceBatch 1", "traceBatch 2", "traceBatch 3"), batches(store.dataset()));
        // the retrace empties the trace graph and is stopped in the first of the three batches
        IllegalStateException stopped = assertThrows(IllegalStateException.class,
                () -> new ClaimTracer().retrace(new StoppedAt(store.dataset(), 1)));
        assertEquals("stopped in batch 1", stopped.getMessage());
        assertEquals(Set.of("replayBatch 1", "replayBatch 2", "replayBatch 3"), batches(store.dataset()), "noted to be replayed");
        new ClaimTracer().retrace(store.dataset());
        assertEquals(Set.of("traceBatch 1", "traceBatch 2", "traceBatch 3"), batches(store.dataset()));
        assertEquals(incremental, traceGraph(store.dataset()), "a retrace run again replays the three batches, not one");

        // stopped after the first batch: the next update replays the other two
        stopped = assertThrows(IllegalStateException.class, () -> new ClaimTracer().retrace(new StoppedAt(store.dataset(), 2)));
        assertEquals("stopped in batch 2", stopped.getMessage());
        assertEquals(Set.of("traceBatch 1", "replayBatch 2", "replayBatch 3"), batches(store.dataset()));
        ClaimTracer.Summary finished = new ClaimTracer().update(store.dataset());
        assertEquals(arrivals.get(1).size() + arrivals.get(2).size(), finished.articles(), "the update finishes the batches left");
        assertEquals(Set.of("traceBatch 1", "traceBatch 2", "traceBatch 3"), batches(store.dataset()));
        assertEquals(incremental, traceGraph(store.dataset()), "in the batches they arrived in");
    }
}
