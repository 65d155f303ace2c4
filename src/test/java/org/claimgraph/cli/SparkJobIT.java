package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.Vocab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job with real parts: {@code ./claimgraph spark --master local[2]} (the launcher, Spark's jars
 * from target/spark.classpath, a local Spark in a process of its own) over {@code examples/}, against
 * {@code claimgraph ingest} of the same files. Every article graph must be the same graph as the
 * ingest's, apart from the run that made it; and {@code claimgraph load} of the job's N-Quads (the
 * cross-article pass: tracing, tallies, links) must give the ingest's whole dataset, apart from run
 * provenance.
 */
class SparkJobIT {

    @TempDir
    static Path tmp;
    static DatasetGraph ingested;
    static Path output;
    static String jobErr;

    @BeforeAll
    static void ingestAndRunTheJob() throws Exception {
        Path store = tmp.resolve("ingested");
        CliRun ingest = CliRun.of("ingest", "--store", store.toString(), "examples");
        assertEquals(0, ingest.exit(), ingest.err());
        ingested = parse(CliRun.of("export", "--store", store.toString(), "rdf", "--format", "nq").out());
        output = tmp.resolve("spark-out");
        Process job = spark("--master", "local[2]", "--input", "examples", "--output", output.toString());
        assertTrue(job.waitFor(5, TimeUnit.MINUTES), "the Spark job did not finish in 5 minutes");
        jobErr = Files.readString(tmp.resolve("spark.log"));
        assertEquals(0, job.exitValue(), jobErr);
    }

    @Test
    void everyArticleGraphIsTheOneIngestMakes() throws IOException {
        DatasetGraph spark = DatasetGraphFactory.create();
        List<Path> files = files(output.resolve("quads"));
        assertTrue(files.size() > 1 && files.size() <= 8, "at most 4 partitions per core of local[2], the empty ones not written: " + files);
        for (Path f : files) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(spark);
            }
        }
        List<Node> articleGraphs = articleGraphs(ingested);
        assertEquals(25, articleGraphs.size());
        assertEquals(articleGraphs, articleGraphs(spark), "the same articles");
        for (Node g : articleGraphs) {
            assertTrue(withoutRun(ingested.getGraph(g)).isIsomorphicWith(withoutRun(spark.getGraph(g))), g + " differs from the ingest's");
        }
        assertEquals(6, spark.getGraph(Iris.RUNS_GRAPH).size(), "the job's one run, described once");
        assertTrue(jobErr.contains("25 articles written"), jobErr);
        assertFalse(Files.exists(output.resolve("messages")), "nothing rejected in examples/");
        assertTrue(Files.exists(output.resolve("_SUCCESS")));
    }

    @Test
    void thePartsHoldTheArticlesInInputOrder() throws IOException {
        // tracing goes in batches, so load must meet the articles in the order ingest met them: files in sorted order
        List<String> sourceFiles = new ArrayList<>();
        for (Path f : files(output.resolve("quads"))) {
            String text = new String(new GZIPInputStream(Files.newInputStream(f)).readAllBytes(), StandardCharsets.UTF_8);
            text.lines().filter(l -> l.contains("<https://w3id.org/claimgraph/ontology#sourceFile>"))
                    .forEach(l -> sourceFiles.add(l.replaceFirst(".*#sourceFile> \"([^\"]*)\".*", "$1")));
        }
        assertEquals(25, sourceFiles.size());
        assertEquals(sourceFiles.stream().sorted().toList(), sourceFiles);
    }

    @Test
    void loadingTheJobsQuadsTracesAsTheIngestDid() {
        Path store = tmp.resolve("loaded");
        List<String> args = new ArrayList<>(List.of("load", "--store", store.toString()));
        files(output.resolve("quads")).forEach(f -> args.add(f.toString()));
        CliRun load = CliRun.of(args);
        assertEquals(0, load.exit(), load.err());
        DatasetGraph loaded = parse(CliRun.of("export", "--store", store.toString(), "rdf", "--format", "nq").out());
        assertTrue(IsoMatcher.isomorphic(withoutRuns(ingested), withoutRuns(loaded)), "tracing, tallies or links differ from the ingest's");
        assertTrue(loaded.getGraph(Iris.TRACE_GRAPH).size() > 100, "the examples trace into clusters and disputes");
    }

    @Test
    void theTraceFactsHoldEveryClaim() throws IOException {
        long claims = ingested.stream().filter(q -> q.getPredicate().getURI().equals("https://w3id.org/claimgraph/ontology#asserts")
                && q.getGraph().getURI().startsWith(Iris.ARTICLE_GRAPH_PREFIX)).count();
        Map<String, Integer> kinds = new TreeMap<>();
        for (Path f : files(output.resolve("trace"))) {
            String text = new String(new GZIPInputStream(Files.newInputStream(f)).readAllBytes(), StandardCharsets.UTF_8);
            text.lines().forEach(l -> kinds.merge(l.replaceFirst("^\\{\"kind\":\"(\\w+)\".*", "$1"), 1, Integer::sum));
        }
        assertEquals(25, kinds.get("article"));
        assertEquals(claims, kinds.get("claim").longValue());
        assertTrue(kinds.get("quantity") > 0 && kinds.get("development") > 0, kinds.toString());
    }

    @Test
    void aFolderThatHoldsFilesIsRefused() throws Exception {
        Process again = spark("--master", "local[1]", "--input", "examples", "--output", output.toString());
        assertTrue(again.waitFor(2, TimeUnit.MINUTES));
        assertEquals(2, again.exitValue());
        assertTrue(Files.readString(tmp.resolve("spark.log")).contains("already holds files"));
    }

    /** {@code ./claimgraph spark ARGS} from the project folder, its output in tmp/spark.log, Spark's scratch files in tmp. */
    private static Process spark(String... args) throws IOException {
        Path project = Path.of(System.getProperty("claimgraph.project.dir", "."));
        List<String> command = new ArrayList<>(List.of("bash", project.resolve("claimgraph").toString(), "spark"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("spark.log").toFile());
        pb.environment().put("CLAIMGRAPH_JAVA_OPTS", "-Xmx1g -Dspark.local.dir=" + tmp.resolve("spark-local"));
        return pb.start();
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Node> articleGraphs(DatasetGraph d) {
        List<Node> graphs = new ArrayList<>();
        d.listGraphNodes().forEachRemaining(g -> {
            if (g.getURI().startsWith(Iris.ARTICLE_GRAPH_PREFIX)) {
                graphs.add(g);
            }
        });
        graphs.sort(java.util.Comparator.comparing(Node::getURI));
        return graphs;
    }

    /** An article graph without the statement naming the run that made it. */
    private static Graph withoutRun(Graph g) {
        Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> {
            if (!t.getPredicate().equals(Vocab.PROV_WAS_GENERATED_BY)) {
                copy.add(t);
            }
        });
        return copy;
    }

    /** The dataset without run provenance: the runs graph and the statements naming runs. */
    private static DatasetGraph withoutRuns(DatasetGraph d) {
        DatasetGraph copy = DatasetGraphFactory.create();
        d.stream().filter(q -> !q.getGraph().equals(Iris.RUNS_GRAPH) && !q.getPredicate().equals(Vocab.PROV_WAS_GENERATED_BY))
                .forEach(copy::add);
        return copy;
    }

    private static DatasetGraph parse(String nquads) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(nquads, Lang.NQUADS).parse(dsg);
        return dsg;
    }

}
