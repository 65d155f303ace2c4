package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.claimgraph.bench.CorpusGenerator;
import org.claimgraph.query.CannedQuery;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.serve.SparqlServer;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles and dataset files sent to a running server ({@code ingest --endpoint}, {@code link
 * --endpoint}, plain POSTs): stored as a local ingest stores them, for users of the password file
 * only, within the body cap, while queries go on.
 */
class LiveIngestIT {

    static final String CG = "https://w3id.org/claimgraph/ontology#";
    static final String USER = "editor";
    static final String PASSWORD = "s3cret-for-tests";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path tmp;
    static SparqlServer server;
    static String base;
    static Path authFile;

    @BeforeAll
    static void serve() throws IOException {
        Path passwd = tmp.resolve("passwd");
        Files.writeString(passwd, USER + ": " + PASSWORD + "\n");
        authFile = tmp.resolve("auth");
        Files.writeString(authFile, "# the editor of the tests\n" + USER + ": " + PASSWORD + "\n");
        server = SparqlServer.builder().storeDir(tmp.resolve("served")).port(0).passwordFile(passwd)
                .liveWrites(new LiveIngest(new IngestOptions())).maxBodyBytes(4 << 20).build().start();
        base = "http://localhost:" + server.port() + "/claimgraph";
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String url, String contentType, String body, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null)
            b.header("Authorization", auth);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String lastLine(String s) {
        List<String> lines = s.lines().filter(l -> !l.isBlank()).toList();
        return lines.get(lines.size() - 1);
    }

    /** Triples per article graph (other tests of the class add articles and datasets: tracing and links differ). */
    private static Map<String, Long> shape(DatasetGraph dsg) {
        Map<String, Long> counts = new TreeMap<>();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {
            String g = q.getGraph().toString();
            if (g.contains("/graph/article/"))
                counts.merge(g, 1L, Long::sum);
        }));
        return counts;
    }

    @Test
    void articlesSentToTheServerAreStoredAsALocalIngestStoresThem() throws Exception {
        Path local = tmp.resolve("local");
        CliRun here = cli("ingest", "--store", local.toString(), "examples");
        CliRun sent = cli("ingest", "--endpoint", base, "--auth-file", authFile.toString(), "examples");
        assertEquals(here.exit(), sent.exit(), sent.err());
        assertEquals(lastLine(here.err()), lastLine(sent.err()), sent.err());
        assertTrue(sent.err().contains("request 1:"), "progress per request: " + sent.err());
        Map<String, Long> expected = shape(Store.open(local, null).dataset());
        Map<String, Long> got = shape(server.dataset());
        for (Map.Entry<String, Long> e : expected.entrySet())
            assertEquals(e.getValue(), got.get(e.getKey()), "triples in " + e.getKey());

        CliRun again = cli("ingest", "--endpoint", base, "--auth-file", authFile.toString(), "examples");
        assertEquals(0, again.exit(), again.err());
        assertTrue(lastLine(again.err()).matches("read (\\d+), stored 0, unchanged \\1, replaced 0, rejected 0"), again.err());
    }

    @Test
    void aBadFileIsReportedByItsPathAndTheRestIsSent() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("mixed"));
        Files.writeString(dir.resolve("broken.json"), "{\"title\": \"cut off");
        Files.writeString(dir.resolve("fine.json"), "{\"url\": \"https://example.org/mixed/1\", \"published\": \"2025-07-01\","
                + " \"text\": \"The mayor of Northgate said on Monday that the bridge would reopen within a week.\"}");
        CliRun run = cli("ingest", "--endpoint", base, "--auth-file", authFile.toString(), dir.toString());
        assertEquals(ExitCodes.PARTIAL, run.exit(), run.err());
        assertTrue(run.err().contains("rejected " + dir.resolve("broken.json")), run.err());
        assertEquals("read 2, stored 1, unchanged 0, replaced 0, rejected 1", lastLine(run.err()));
    }

    @Test
    void thePostAnswersWithTheSummaryAndReasonsPerLine() throws Exception {
        String body = "{\"url\": \"https://example.org/post/1\", \"text\": \"Officials in Crescent said the talks would resume.\"}\n"
                + "{\"url\": \"https://example.org/post/2\", \"title\": \"no text here\"}\n"
                + "not json at all\n";
        HttpResponse<String> r = post(base + "/ingest", "application/x-ndjson", body, basic(USER, PASSWORD));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode reply = JSON.readTree(r.body());
        assertEquals(3, reply.get("read").asInt());
        assertEquals(1, reply.get("stored").asInt());
        assertEquals(2, reply.get("rejected").asInt());
        assertEquals(2, reply.get("rejections").get(0).get("line").asInt());
        assertTrue(reply.get("rejections").get(0).get("reason").asText().contains("\"text\""), r.body());
        assertEquals(3, reply.get("rejections").get(1).get("line").asInt());
    }

    @Test
    void oneJsonObjectOverSeveralLinesIsOneArticle() throws Exception {
        String body = "{\n  \"url\": \"https://example.org/post/pretty\",\n  \"published\": \"2025-07-02\",\n"
                + "  \"text\": \"A spokesman for the Gulf ministry said the convoy had crossed.\"\n}\n";
        HttpResponse<String> r = post(base + "/ingest", "application/json", body, basic(USER, PASSWORD));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1, JSON.readTree(r.body()).get("stored").asInt(), r.body());
    }

    @Test
    void onlyUsersOfThePasswordFileMayIngest() throws Exception {
        String body = "{\"url\": \"https://example.org/post/intruder\", \"text\": \"An intruder wrote this.\"}";
        assertEquals(401, post(base + "/ingest", "application/x-ndjson", body, null).statusCode());
        assertEquals(401, post(base + "/ingest", "application/x-ndjson", body, basic(USER, "wrong")).statusCode());
        assertFalse(ask("ASK { ?a <" + CG + "text> \"An intruder wrote this.\" }"));

        Path wrong = tmp.resolve("wrong-auth");
        Files.writeString(wrong, USER + ": wrong\n");
        CliRun refused = cli("ingest", "--endpoint", base, "--auth-file", wrong.toString(), "examples/wire-feed.jsonl");
        assertEquals(ExitCodes.STORE_UNAVAILABLE, refused.exit(), refused.err());
        assertTrue(refused.err().contains("refused user " + USER), refused.err());

        CliRun none = cli("ingest", "--endpoint", base, "examples/wire-feed.jsonl");
        // (CLAIMGRAPH_AUTH is not set where the tests run)
        assertEquals(ExitCodes.USAGE, none.exit(), none.err());
        assertTrue(none.err().contains("--auth-file"), none.err());
    }

    @Test
    void withoutAPasswordFileNobodyMayIngest() throws Exception {
        try (SparqlServer open = SparqlServer.builder().storeDir(tmp.resolve("no-passwd")).port(0)
                .liveWrites(new LiveIngest(new IngestOptions())).build().start()) {
            String url = "http://localhost:" + open.port() + "/claimgraph/ingest";
            String body = "{\"text\": \"Anyone at all wrote this.\"}";
            assertEquals(401, post(url, "application/x-ndjson", body, basic(USER, PASSWORD)).statusCode());
            assertEquals(401, post(url, "application/x-ndjson", body, null).statusCode());
        }
    }

    @Test
    void aBodyOverTheCapIsRefusedWith413() throws Exception {
        String big = "{\"text\": \"" + "word ".repeat(1_000_000) + "\"}";
        HttpResponse<String> r = post(base + "/ingest", "application/x-ndjson", big, basic(USER, PASSWORD));
        assertEquals(413, r.statusCode());
        HttpResponse<String> u = post(base + "/update", "application/sparql-update",
                "INSERT DATA { GRAPH <urn:test:big> { <urn:test:s> <urn:test:p> \"" + "x".repeat(5 << 20) + "\" } }",
                basic(USER, PASSWORD));
        assertEquals(413, u.statusCode());

        Path file = tmp.resolve("huge.json");
        Files.writeString(file, big);
        CliRun run = cli("ingest", "--endpoint", base, "--auth-file", authFile.toString(), file.toString());
        assertEquals(ExitCodes.PARTIAL, run.exit(), run.err());
        assertTrue(run.err().contains("rejected " + file + ": larger than the server takes (413)"), run.err());
    }

    @Test
    void datasetFilesSentToTheServerAreImportedAndLinked() throws Exception {
        CliRun run = cli("link", "ucdp", "--endpoint", base, "--auth-file", authFile.toString(), "examples/datasets/ucdp-ged.csv");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("ucdp: read"), run.err());
        assertTrue(ask("ASK { GRAPH ?g { ?e a <" + CG + "DatasetEvent> } FILTER(CONTAINS(STR(?g), \"ucdp\")) }"));
        CliRun unknown = cli("link", "cshapes", "--endpoint", base, "--auth-file", authFile.toString(), "examples/datasets/ucdp-ged.csv");
        assertEquals(ExitCodes.USAGE, unknown.exit(), unknown.err());
    }

    /**
     * The load check in small: three clients run every canned query over HTTP, round and round,
     * and a fourth asks whether any attribution lacks its article, while 12 generated articles
     * go in through the endpoint in requests of 3. No request fails, no reader sees half an
     * article, and every article is there at the end; p50/p95 per query go to
     * target/live-load-latency.tsv.
     */
    @Test
    void queriesGoOnDuringAnIngestAndSeeArticlesWhole() throws Exception {
        Path corpus = tmp.resolve("corpus");
        List<CorpusGenerator.Generated> generated = CorpusGenerator.fromExamples(Path.of("examples"))
                .write(CorpusGenerator.Spec.of(12, 7), corpus);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<CliRun> result = new AtomicReference<>();
        Thread ingest = new Thread(() -> {
            result.set(cli("ingest", "--endpoint", base, "--auth-file", authFile.toString(), "--batch-size", "3", corpus.toString()));
            done.set(true);
        });
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, List<Long>> millis = new ConcurrentHashMap<>();
        List<CannedQuery> canned = QueryCatalog.builtIn().all();
        Map<String, String> samples = Map.of("name", "Hamas", "q", "ceasefire", "measure", "deaths", "place", "Gaza Strip");
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            int first = c;
            clients.add(new Thread(() -> {
                QueryRunner remote = QueryRunner.remote(base + "/sparql");
                for (int i = first; !done.get(); i++) {
                    CannedQuery q = canned.get(i % canned.size());
                    Map<String, String> params = new HashMap<>();
                    q.parameterNames().forEach(p -> params.put(p, samples.getOrDefault(p, q.example().get(p))));
                    long start = System.nanoTime();
                    try {
                        remote.countRows(q.text(), params);
                        millis.computeIfAbsent(q.name(), k -> Collections.synchronizedList(new ArrayList<>()))
                                .add((System.nanoTime() - start) / 1_000_000);
                    } catch (RuntimeException e) {
                        failures.add(q.name() + ": " + e);
                    }
                }
            }));
        }
        ingest.start();
        clients.forEach(Thread::start);
        AtomicInteger answered = new AtomicInteger();
        List<String> broken = new ArrayList<>();
        while (!done.get()) {
            // an attribution whose article is not (yet) there would be half an article
            if (ask("ASK { ?at <" + CG + "inArticle> ?ar FILTER NOT EXISTS { ?ar a <" + CG + "Article> } }"))
                broken.add("attribution without its article after " + answered.get() + " answers");
            answered.incrementAndGet();
            Thread.sleep(100);
        }
        ingest.join();
        for (Thread t : clients)
            t.join();
        assertEquals(0, result.get().exit(), result.get().err());
        assertTrue(failures.isEmpty(), failures.toString());
        assertTrue(broken.isEmpty(), broken.toString());
        assertTrue(answered.get() > 1, "queries answered during the ingest: " + answered.get());
        assertTrue(lastLine(result.get().err()).matches("read 12, stored \\d+, .*rejected 0"), result.get().err());
        StringBuilder urls = new StringBuilder();
        generated.forEach(g -> urls.append(urls.length() == 0 ? "" : ", ").append('"').append(g.url()).append('"'));
        assertTrue(ask("ASK { { SELECT (COUNT(DISTINCT ?u) AS ?n) { ?a <http://schema.org/url> ?url BIND(STR(?url) AS ?u)"
                + " FILTER(?u IN (" + urls + ")) } } FILTER(?n = " + generated.size() + ") }"), "every article is there");
        // the figures, for the record (target/ is build output): query, runs, p50 and p95 in ms
        StringBuilder figures = new StringBuilder("query\truns\tp50_ms\tp95_ms\n");
        new TreeMap<>(millis).forEach((name, times) -> {
            List<Long> sorted = times.stream().sorted().toList();
            figures.append(String.format("%s\t%d\t%d\t%d%n", name, sorted.size(), sorted.get(sorted.size() / 2),
                    sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1))));
        });
        Files.writeString(Path.of("target", "live-load-latency.tsv"), figures);
    }

    private static boolean ask(String query) {
        try (QueryExecution q = QueryExecutionHTTP.service(base + "/sparql").query(query).build()) {
            return q.execAsk();
        }
    }
}
