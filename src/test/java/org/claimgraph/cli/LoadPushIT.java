package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code claimgraph load} and {@code claimgraph push} with real parts: the examples ingested into an
 * on-disk store, exported as gzipped N-Quads, loaded into a second store (which must then hold the
 * same dataset, trace and tallies included) and pushed to a standalone Fuseki server started from
 * Maven Central's jena-fuseki-server jar in a process of its own.
 */
class LoadPushIT {

    private static final String COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";

    @TempDir
    static Path tmp;
    static Path ingested;
    static Path nquads;
    static String exportedIngest;

    @BeforeAll
    static void ingestAndExport() throws IOException {
        ingested = tmp.resolve("ingested");
        CliRun ingest = CliRun.of("ingest", "--store", ingested.toString(), "examples");
        assertEquals(0, ingest.exit(), ingest.err());
        CliRun export = CliRun.of("export", "--store", ingested.toString(), "rdf", "--format", "nq");
        assertEquals(0, export.exit(), export.err());
        nquads = tmp.resolve("examples.nq.gz");
        exportedIngest = export.out();
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(nquads))) {
            out.write(exportedIngest.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void loadGivesTheStoreThatIngestGave() {
        Path loaded = tmp.resolve("loaded");
        CliRun load = CliRun.of("load", "--store", loaded.toString(), nquads.toString());
        assertEquals(0, load.exit(), load.err());
        assertTrue(load.err().contains("stored 25, unchanged 0"), load.err());
        assertTrue(load.err().contains("quads of https://w3id.org/claimgraph/graph/trace (derived from the articles"), load.err());
        // tracing, tallies and links recomputed from the loaded articles equal what the ingest made
        CliRun exported = CliRun.of("export", "--store", loaded.toString(), "rdf", "--format", "nq");
        assertTrue(IsoMatcher.isomorphic(parse(exportedIngest), parse(exported.out())), "the loaded store differs from the ingested one");
        // the text index was built after the load
        CliRun search = CliRun.of("query", "--store", loaded.toString(), "--format", "csv", "text-search", "--param", "q=ceasefire");
        CliRun searchIngested = CliRun.of("query", "--store", ingested.toString(), "--format", "csv", "text-search", "--param", "q=ceasefire");
        assertTrue(search.outLines().size() > 1, search.out());
        assertEquals(searchIngested.outLines().size(), search.outLines().size());

        CliRun again = CliRun.of("load", "--store", loaded.toString(), nquads.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("stored 0, unchanged 25, replaced 0"), again.err());
    }

    @Test
    void aBadFileIsNamedAndTheBulkLoadLosesNothing() throws IOException {
        Path broken = tmp.resolve("broken.nq");
        String body = new String(new java.util.zip.GZIPInputStream(Files.newInputStream(nquads)).readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(broken, body + "<urn:a> <urn:b> this is not N-Quads .\n");
        Path store = tmp.resolve("broken-store");
        CliRun load = CliRun.of("load", "--store", store.toString(), broken.toString());
        assertEquals(2, load.exit(), load.err());
        assertTrue(load.err().contains(broken.toString()) && load.err().contains("line"), load.err());
        CliRun articles = CliRun.of("export", "--store", store.toString(), "articles");
        assertEquals(0, articles.exit(), articles.err());
        assertTrue(articles.outLines().isEmpty(), "a failed bulk load must leave the store as it was: " + articles.out());

        CliRun notNquads = CliRun.of("load", "--store", store.toString(), "examples/wire-feed.jsonl");
        assertEquals(2, notNquads.exit());
        assertTrue(notNquads.err().contains("claimgraph ingest"), notNquads.err());
    }

    @Test
    void pushSendsEveryGraphToAStandaloneFuseki() throws Exception {
        String jar = System.getProperty("claimgraph.fuseki.server.jar");
        assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)), "run through `mvn verify`, which fetches jena-fuseki-server");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process fuseki = new ProcessBuilder(java, "-Xmx512m", "-jar", jar, "--port=" + port, "--mem", "--update", "/ds")
                .directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(tmp.resolve("fuseki.log").toFile()).start();
        try {
            String base = "http://localhost:" + port + "/ds";
            awaitUp(base);
            CliRun push = CliRun.of("push", "--gsp", base + "/data", nquads.toString());
            assertEquals(0, push.exit(), push.err());
            DatasetGraph exported = parse(exportedIngest);
            Map<String, Long> local = counts(QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(exported)).query(COUNTS).build());
            assertEquals(local, counts(QueryExecution.service(base + "/sparql").query(COUNTS).build()));
            // a second push replaces, so the graphs are the same again
            assertEquals(0, CliRun.of("push", "--gsp", base + "/data", nquads.toString()).exit());
            assertEquals(local, counts(QueryExecution.service(base + "/sparql").query(COUNTS).build()));

            CliRun wrong = CliRun.of("push", "--gsp", base + "/nothere", nquads.toString());
            assertEquals(2, wrong.exit());
            assertTrue(wrong.err().contains("answered 4"), wrong.err());
        } finally {
            fuseki.destroy();
            fuseki.waitFor();
        }
    }

    private static DatasetGraph parse(String nquads) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(nquads, Lang.NQUADS).parse(dsg);
        return dsg;
    }

    private static Map<String, Long> counts(QueryExecution exec) {
        Map<String, Long> counts = new TreeMap<>();
        try (exec) {
            exec.execSelect().forEachRemaining(r -> counts.put(r.getResource("g").getURI(), r.getLiteral("n").getLong()));
        }
        return counts;
    }

    private static void awaitUp(String base) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/sparql?query=ASK%7B%7D")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the standalone Fuseki server did not start in 90 s (see fuseki.log in the test's temporary folder)");
    }
}
