package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.cli.Main;
import org.claimgraph.ingest.Inputs;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.pipeline.IngestSummary;
import org.claimgraph.pipeline.Ingester;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.rdf.vocab.CG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk path of a first load ({@link BulkLoad}) against the ordinary one, on examples/ in on-disk
 * stores: the same quads in every graph (articles, tallies, trace, links), a kill during the load
 * leaving the store as it was and a second run giving the same store, text left waiting by a stopped
 * load indexed when the store is opened, and later ingests taking the ordinary path.
 */
class BulkLoadIT {

    static ReferenceData reference;
    static NlpModels models;
    /** The examples ingested the ordinary way: what every bulk load must give. */
    static Set<String> ordinary;

    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    @BeforeAll
    static void ingestTheExamplesTheOrdinaryWay() {
        reference = ReferenceData.load();
        models = NlpModels.loadEnglish();
        Store store = Store.open(shared.resolve("ordinary"), null);
        ingest(store, false, "examples");
        ordinary = quads(store.dataset());
    }

    private static IngestSummary ingest(Store store, boolean bulk, String... paths) {
        return Ingester.builder().store(store).pipelines(() -> Pipeline.standard(models, reference)).reference(reference)
                .threads(2).bulk(bulk).build().ingest(Inputs.of(List.of(paths), new ByteArrayInputStream(new byte[0])));
    }

    /**
     * Every quad without blank nodes as text, the ingest run's random id and start time (the only
     * things two runs differ in) masked; the blank nodes are the ontology's, compared by isomorphism.
     */
    private static Set<String> quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> runs = new TreeSet<>();
            dsg.find(Iris.RUNS_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> runs.add(q.getSubject().getURI()));
            Set<String> out = new TreeSet<>();
            dsg.find().forEachRemaining(q -> {
                String text = q.toString();
                for (String run : runs) {
                    text = text.replace(run, "RUN");
                }
                if (!(q.getGraph().equals(Iris.RUNS_GRAPH) && q.getObject().isLiteral()) && !q.getSubject().isBlank()
                        && !q.getObject().isBlank()) {
                    out.add(text);
                }
            });
            return out;
        });
    }

    /** Equal quad sets, or a failure that names what is missing and what is extra. */
    private static void assertSameQuads(Set<String> expected, Set<String> actual) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), missing.size() + " missing, " + extra.size() + " extra; missing "
                + missing.stream().limit(8).toList() + "; extra " + extra.stream().limit(8).toList());
    }

    private static long textHits(Store store, String word) {
        String query = "PREFIX text: <http://jena.apache.org/text#> PREFIX cg: <" + CG.NS + "> "
                + "SELECT (COUNT(*) AS ?n) { ?a text:query (cg:text \"" + word + "\") }";
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(store.dataset()))) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void aBulkLoadStoresWhatTheOrdinaryPathStores() {
        Store store = Store.open(dir.resolve("bulk"), null);
        IngestSummary summary = ingest(store, true, "examples");
        assertTrue(summary.stored() > 20, summary.line());
        assertSameQuads(ordinary, quads(store.dataset()));
        assertTrue(Files.isDirectory(dir.resolve("bulk/tdb2/Data-0002")), "the load went through a new database folder");
        assertFalse(Files.exists(dir.resolve("bulk/tdb2/Data-0001")), "the old database folder is deleted");
        assertTrue(textHits(store, "Doha") > 0, "the text index took the loaded text in");
        assertEquals(textHits(Store.open(shared.resolve("ordinary"), null), "Doha"), textHits(store, "Doha"));
    }

    @Test
    void anIngestIntoAStoreWithArticlesTakesTheOrdinaryPath() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        Files.createDirectories(first);
        Files.createDirectories(second);
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                Path to = (f.getFileName().toString().compareTo("2025-07-20") < 0 ? first : second).resolve(f.getFileName());
                Files.copy(f, to);
            }
        }
        Store store = Store.open(dir.resolve("store"), null);
        ingest(store, true, first.toString());
        ingest(store, true, second.toString());
        assertTrue(Files.isDirectory(dir.resolve("store/tdb2/Data-0002")), "the first ingest was a bulk load");
        assertFalse(Files.exists(dir.resolve("store/tdb2/Data-0003")), "the second was not");
        assertSameQuads(articleGraphs(ordinary), articleGraphs(quads(store.dataset())));
    }

    /**
     * The article graphs' quads but the file each was read from (the order of arrival may change what
     * the tracer concludes).
     */
    private static Set<String> articleGraphs(Set<String> quads) {
        Set<String> out = new TreeSet<>();
        quads.stream().filter(q -> q.startsWith("[" + Iris.ARTICLE_GRAPH_PREFIX) && !q.contains(CG.sourceFile.getURI())).forEach(out::add);
        return out;
    }

    @Test
    void aKillDuringTheLoadLeavesTheStoreAsItWasAndARerunConverges() throws Exception {
        Path store = dir.resolve("killed");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", "--store", store.toString(), "--threads", "1", "examples")
                .redirectError(dir.resolve("child-stderr.txt").toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path staging = store.resolve("tdb2/Data-0002-tmp");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!Files.exists(staging) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(Files.exists(staging), "the child started a bulk load; stderr:\n" + Files.readString(dir.resolve("child-stderr.txt")));
        Thread.sleep(500); // into the load
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertFalse(Files.exists(store.resolve("tdb2/Data-0002")), "killed before the load was complete");

        Store reopened = Store.open(store, null);
        assertFalse(reopened.holdsArticles(), "no article, whole or half, from the stopped load");
        assertFalse(Files.exists(staging), "the unfinished load's folder is gone");
        ingest(reopened, true, "examples");
        assertSameQuads(ordinary, quads(reopened.dataset()));
        Store reference = Store.open(shared.resolve("ordinary"), null);
        assertTrue(Txn.calculateRead(reference.dataset(), () -> Txn.calculateRead(reopened.dataset(), () -> reference.dataset()
                .getGraph(Iris.ONTOLOGY_GRAPH).isIsomorphicWith(reopened.dataset().getGraph(Iris.ONTOLOGY_GRAPH)))));
    }

    @Test
    void textALoadLeftWaitingIsIndexedOnceWhenTheStoreIsOpened() {
        Store store = Store.open(dir.resolve("waiting"), null);
        Node graph = Iris.articleGraph("waiting");
        Node article = Iris.article("waiting");
        DatasetGraph tdb = Store.unindexed(store.dataset());
        Txn.executeWrite(tdb, () -> {
            tdb.add(graph, article, org.apache.jena.vocabulary.RDF.type.asNode(), CG.Article.asNode());
            tdb.add(graph, article, CG.text.asNode(), org.apache.jena.graph.NodeFactory.createLiteralString("Mediators met in Zanzibar."));
            tdb.add(Iris.TEXT_PENDING_GRAPH, Iris.TEXT_PENDING_GRAPH, CG.pendingArticle.asNode(), graph);
        });
        assertEquals(0, textHits(store, "Zanzibar"), "written behind the text index");
        assertEquals(1, store.indexPendingText());
        assertEquals(1, textHits(store, "Zanzibar"));
        Txn.executeWrite(tdb, () -> tdb.add(Iris.TEXT_PENDING_GRAPH, Iris.TEXT_PENDING_GRAPH, CG.pendingArticle.asNode(), graph));
        assertEquals(1, store.indexPendingText(), "a stop after indexing and before the note was cleared: indexed again");
        assertEquals(1, textHits(store, "Zanzibar"), "once");
        assertEquals(0, store.indexPendingText());
        assertFalse(Txn.calculateRead(tdb, () -> tdb.contains(Iris.TEXT_PENDING_GRAPH, Node.ANY, Node.ANY, Node.ANY)));
    }
}
