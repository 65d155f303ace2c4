package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.ingest.Inputs;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.rdf.vocab.CG;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {

    static ReferenceData reference;
    static NlpModels models;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        reference = ReferenceData.load();
        models = NlpModels.loadEnglish();
    }

    private static IngestSummary ingest(Store store, int batchSize, Path... paths) {
        return ingest(store, batchSize, 1, paths);
    }

    private static IngestSummary ingest(Store store, int batchSize, int threads, Path... paths) {
        return Ingester.builder().store(store).pipelines(() -> Pipeline.standard(models, reference))
                .reference(reference).batchSize(batchSize).threads(threads).build().ingest(Inputs.of(
                java.util.Arrays.stream(paths).map(Path::toString).toList(), new ByteArrayInputStream(new byte[0])));
    }

    /**
     * The wording of every mention node in {@code graph} (any graph for Node.ANY): its cg:mentionText,
     * else its entity's label (that of its own graph, else the gazetteer's), as the readers take it.
     */
    private static java.util.List<String> wordings(DatasetGraph dsg, Node graph) {
        return Txn.calculateRead(dsg, () -> dsg.stream(graph, Node.ANY, CG.refersTo.asNode(), Node.ANY).map(q -> {
            java.util.function.Function<Quad, String> lexical = x -> x.getObject().getLiteralLexicalForm();
            return dsg.stream(q.getGraph(), q.getSubject(), CG.mentionText.asNode(), Node.ANY).findFirst()
                    .or(() -> dsg.stream(q.getGraph(), q.getObject(), org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY).findFirst())
                    .or(() -> dsg.stream(Iris.REFERENCE_GRAPH, q.getObject(), org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY).findFirst())
                    .map(lexical).orElseThrow();
        }).toList());
    }

    private static Set<Quad> articleQuads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> quads = new HashSet<>();
            dsg.find().forEachRemaining(q -> {
                if (q.getGraph().getURI().startsWith(Iris.ARTICLE_GRAPH_PREFIX)) {
                    quads.add(q);
                }
            });
            return quads;
        });
    }

    private static Store memoryStore() {
        return Store.over(TDB2Factory.createDataset().asDatasetGraph());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void aRunAgainAfterAStopBeforeTracingTracesAndLinksWhatWaits() throws IOException {
        Path a = write("a.json", "{\"url\":\"https://x.example/1\",\"publisher\":\"Gulf Ledger\",\"text\":\"Qatar said Hamas met mediators in Doha.\"}");
        Store store = memoryStore();
        ingest(store, 10, a);
        DatasetGraph dsg = store.dataset();
        Node graph = Txn.calculateRead(dsg, () -> dsg.find(Iris.LINKS_GRAPH, Iris.LINKS_GRAPH, CG.linkedArticleGraph.asNode(), Node.ANY).next().getObject());
        // what a kill after the store's commit and before tracing and linking leaves: the article noted waiting
        Txn.executeWrite(dsg, () -> {
            dsg.add(Iris.TRACE_GRAPH, Iris.TRACE_GRAPH, CG.pendingArticle.asNode(), graph);
            dsg.add(Iris.LINKS_GRAPH, Iris.LINKS_GRAPH, CG.pendingArticle.asNode(), graph);
        });
        assertTrue(store.waitsForTracing() && store.waitsForLinking());

        assertEquals(new IngestSummary(1, 0, 1, 0, 0), ingest(store, 10, a));
        assertFalse(store.waitsForTracing(), "the unchanged article was traced");
        assertFalse(store.waitsForLinking(), "the unchanged article was linked");
    }

    @Test
    void reingestingTheSameContentChangesNothing() throws IOException {
        Path a = write("a.json", "{\"url\":\"https://x.example/1\",\"publisher\":\"Gulf Ledger\",\"text\":\"Hamas met Qatari mediators in Doha.\"}");
        Path b = write("b.txt", "Israel recalled its team.\n");
        Store store = memoryStore();
        assertEquals(new IngestSummary(2, 2, 0, 0, 0), ingest(store, 10, a, b));
        Set<Quad> before = articleQuads(store.dataset());
        assertEquals(new IngestSummary(2, 0, 2, 0, 0), ingest(store, 10, a, b));
        assertEquals(before, articleQuads(store.dataset()));
    }

    @Test
    void newContentForTheSameUrlReplacesTheArticleGraph() throws IOException {
        Store store = memoryStore();
        ingest(store, 10, write("a.json", "{\"url\":\"https://x.example/1\",\"text\":\"Hamas spoke in Doha.\"}"));
        IngestSummary second = ingest(store, 10, write("a2.json", "{\"url\":\"https://x.example/1\",\"text\":\"Egypt spoke in Cairo.\"}"));
        assertEquals(new IngestSummary(1, 0, 0, 1, 0), second);
        DatasetGraph dsg = store.dataset();
        assertEquals(Set.of("Egypt", "Cairo"), new HashSet<>(wordings(dsg, Node.ANY)));
    }

    @Test
    void aReplacedArticleKeepsNothingOfItsOldFigures() throws IOException {
        // the same offsets, another toll: TDB2 gave the old "14" back as "14.0" and kept it on delete
        String before = "{\"url\":\"https://x.example/1\",\"text\":\"Shelling killed 14 people in Rafah on Monday, the ministry said.\"}";
        String after = "{\"url\":\"https://x.example/1\",\"text\":\"Shelling killed 40 people in Rafah on Monday, the ministry said.\"}";
        Store replaced = Store.open(dir.resolve("replaced"), null);
        ingest(replaced, 10, write("a.json", before));
        assertEquals(new IngestSummary(1, 0, 0, 1, 0), ingest(replaced, 10, write("a2.json", after)));
        Store fresh = Store.open(dir.resolve("fresh"), null);
        ingest(fresh, 10, write("a3.json", after));
        // as if new, but for where and by which run it was read
        java.util.function.Predicate<Quad> content = q -> !q.getPredicate().equals(CG.sourceFile.asNode())
                && !q.getPredicate().getURI().equals("http://www.w3.org/ns/prov#wasGeneratedBy");
        Set<Quad> left = new HashSet<>(articleQuads(replaced.dataset()));
        left.removeAll(articleQuads(fresh.dataset()));
        assertEquals(Set.of(), left.stream().filter(content).collect(java.util.stream.Collectors.toSet()), "nothing of the old article stays");
        assertEquals(Set.of("40.0"), Txn.calculateRead(replaced.dataset(), () -> replaced.dataset().stream(Node.ANY, Node.ANY, CG.value.asNode(), Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).collect(java.util.stream.Collectors.toSet())));
    }

    @Test
    void batchSizeDoesNotChangeWhatIsStored() throws IOException {
        Path a = write("a.txt", "Hamas and Israel.\n");
        Path b = write("b.txt", "Qatar and Egypt.\n");
        Path c = write("c.txt", "Doha and Cairo.\n");
        Store one = memoryStore();
        Store many = memoryStore();
        ingest(one, 1, a, b, c);
        ingest(many, 100, a, b, c);
        // runs differ (random run ids, times), so compare everything but provenance
        assertEquals(withoutProvenance(articleQuads(one.dataset())), withoutProvenance(articleQuads(many.dataset())));
    }

    @Test
    void aParallelRunStoresExactlyWhatASingleThreadedRunStores() {
        Path examples = Path.of("examples");
        Store one = memoryStore();
        Store four = memoryStore();
        ingest(one, 5, 1, examples);
        ingest(four, 5, 4, examples);
        Set<String> single = withoutProvenance(articleQuads(one.dataset()));
        assertTrue(single.size() > 1000);
        assertEquals(single, withoutProvenance(articleQuads(four.dataset())));
    }

    private static Set<String> withoutProvenance(Set<Quad> quads) {
        Set<String> out = new HashSet<>();
        for (Quad q : quads) {
            String s = q.toString();
            if (!s.contains("/id/run/") && !s.contains("prov#")) {
                out.add(s);
            }
        }
        return out;
    }

    @Test
    void aRepeatedParagraphGivesNoSecondSetOfMentions() throws IOException {
        String p = "Hamas said talks with Israel would go on in Doha.";
        Store store = memoryStore();
        ingest(store, 10, write("r.txt", "Talks go on\n" + p + "\nOther news.\n" + p + "\n"));
        DatasetGraph dsg = store.dataset();
        assertEquals(1, wordings(dsg, Node.ANY).stream().filter("Hamas"::equals).count());
    }

    @Test
    void theReferenceDataIsLoadedOnceIntoItsOwnGraph() {
        Store store = memoryStore();
        assertTrue(store.ensureReference(reference));
        assertFalse(store.ensureReference(reference));
        DatasetGraph dsg = store.dataset();
        assertTrue(Txn.calculateRead(dsg, () -> !dsg.getGraph(Iris.REFERENCE_GRAPH).isEmpty() && !dsg.getGraph(Iris.ONTOLOGY_GRAPH).isEmpty()));
    }

    @Test
    void rejectedInputIsCountedAndTheRestGoesIn() throws IOException {
        Store store = memoryStore();
        IngestSummary s = ingest(store, 10, write("bad.json", "{oops"), write("good.txt", "Hamas.\n"));
        assertEquals(new IngestSummary(2, 1, 0, 0, 1), s);
    }

    @Test
    void theSameUrlTwiceInOneBatchWithAnotherTextKeepsTheLaterAndSaysSo() throws IOException {
        Store store = memoryStore();
        Path feed = write("twice.jsonl", "{\"url\":\"https://x.example/2\",\"text\":\"Hamas spoke in Doha.\"}\n"
                + "{\"url\":\"https://x.example/3\",\"text\":\"Qatar hosted the talks.\"}\n"
                + "{\"url\":\"https://x.example/2\",\"text\":\"Egypt spoke in Cairo.\"}\n");
        java.util.List<String> warnings = new java.util.ArrayList<>();
        IngestSummary s = Ingester.builder().store(store).pipelines(() -> Pipeline.standard(models, reference)).reference(reference)
                .batchSize(10).threads(1).listener(new IngestListener() {
                    @Override
                    public void warning(String origin, String message) {
                        warnings.add(origin + ": " + message);
                    }
                }).build().ingest(Inputs.of(java.util.List.of(feed.toString()), new ByteArrayInputStream(new byte[0])));
        assertEquals(3, s.read());
        assertEquals(java.util.List.of(feed + ":3: the same URL as " + feed + ":1 with another text: this later one replaces it"), warnings);
        DatasetGraph dsg = store.dataset();
        Set<String> texts = new HashSet<>(wordings(dsg,
                Iris.articleGraph(org.claimgraph.ingest.ArticleIds.idFor(java.util.Optional.of("https://x.example/2"), ""))));
        assertEquals(Set.of("Egypt", "Cairo"), texts, "the later text is the one stored");
        assertEquals(2L, Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
                n += it.next().getURI().startsWith(Iris.ARTICLE_GRAPH_PREFIX) ? 1 : 0;
            }
            return n;
        }), "and the other article is kept");
    }
}
