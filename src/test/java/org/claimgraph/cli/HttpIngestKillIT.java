package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a server in the middle of an HTTP ingest: {@code claimgraph serve} runs as a separate
 * process (the fat jar), {@code ingest --endpoint} sends articles in several requests, and the server
 * is killed with SIGKILL at a random point of that run. The client must be told (exit 3); the
 * restarted server must show no half-written article (every attribution's article is stored, every
 * stored article graph is the one a clean run writes, whole); re-sending everything must converge on
 * the store of a clean run, graph by graph (article graphs, trace and links graphs).
 * <p>
 * Two trials by default; {@code -Dclaimgraph.killTrials=N} and {@code -Dclaimgraph.killSeed=S} as for every
 * {@link KillTrials} IT; outcomes in {@code target/http-kill-trials.txt}.
 */
class HttpIngestKillIT {

    static final String USER = "editor";
    static final String PASSWORD = "kill-trials";
    static final int TRIALS = KillTrials.trials(HttpIngestKillIT.class, 2);
    static final long SEED = KillTrials.seed();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path tmp;
    static Path articles;
    static Path passwd;
    static Path authFile;
    static Map<String, Graph> clean;
    static long cleanMillis;

    @BeforeAll
    static void aCleanRun() throws Exception {
        // four example articles, one per request: four requests to fall between or into
        articles = Files.createDirectories(tmp.resolve("articles"));
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().limit(4).toList())
                Files.copy(f, articles.resolve(f.getFileName()));
        }
        passwd = Files.writeString(tmp.resolve("passwd"), USER + ": " + PASSWORD + "\n");
        authFile = Files.writeString(tmp.resolve("auth"), USER + ": " + PASSWORD + "\n");
        Path store = tmp.resolve("clean");
        Server server = Server.start(store);
        long start = System.nanoTime();
        CliRun sent = send(server);
        cleanMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(ExitCodes.OK, sent.exit(), sent.err());
        server.stop();
        clean = KillTrials.graphs(store);
    }

    private static CliRun send(Server server) {
        return CliRun.of("ingest", "--endpoint", server.base(), "--auth-file", authFile.toString(), "--batch-size", "1", articles.toString());
    }

    @Test
    void aServerKilledDuringAnHttpIngestKeepsWholeArticlesAndReSendingConverges() throws Exception {
        Random random = new Random(SEED);
        for (int trial = 0; trial < TRIALS; trial++) {
            String where = "trial " + trial + " (seed " + SEED + ")";
            Path store = tmp.resolve("killed-" + trial);
            Server server = Server.start(store);
            // somewhere in the run: the first request carries the models' loading, so the whole clean run's time
            long killAfter = (long) (random.nextDouble() * cleanMillis);
            CompletableFuture<CliRun> client = CompletableFuture.supplyAsync(() -> send(server));
            Thread.sleep(killAfter);
            server.kill();
            CliRun told = client.get(120, TimeUnit.SECONDS);
            if (told.exit() != ExitCodes.OK)
                assertEquals(ExitCodes.STORE_UNAVAILABLE, told.exit(), where + ": the client is told the server went: " + told.err());

            Server again = Server.start(store);
            assertEquals("0", again.count("SELECT (COUNT(*) AS ?n) { ?a cg:asserts [] ; cg:inArticle ?art "
                    + "FILTER NOT EXISTS { GRAPH ?g { ?art a cg:Article } } }"), where + ": an attribution whose article is missing");
            CliRun resent = send(again);
            assertEquals(ExitCodes.OK, resent.exit(), where + ": " + resent.err());
            again.stop();

            Map<String, Graph> got = KillTrials.graphs(store);
            boolean sameTrace = KillTrials.assertConverged(where + " (killed after " + killAfter + " ms of " + cleanMillis + ")", clean, got,
                    true);
            KillTrials.record("http-kill-trials.txt", where + ": killed after " + killAfter + " ms of a clean run's " + cleanMillis
                    + " ms, client exit " + told.exit() + ", converged" + (sameTrace ? "" : " (trace batches differ)"));
        }
    }

    /** {@code claimgraph serve} as a separate process of the fat jar. */
    record Server(Process process, int port, Path log) {

        static Server start(Path store) throws Exception {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path log = Files.createTempFile(tmp, "serve-", ".log");
            Process p = KillTrials.start(log, List.of("serve", "--store", store.toString(), "--port", Integer.toString(port),
                    "--passwd", passwd.toString()));
            Server server = new Server(p, port, log);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (System.nanoTime() < deadline) {
                assertTrue(p.isAlive(), "serve ended: " + Files.readString(log));
                try {
                    server.count("SELECT (COUNT(*) AS ?n) {}");
                    return server;
                } catch (IOException notYet) {
                    Thread.sleep(200);
                }
            }
            p.destroyForcibly();
            throw new AssertionError("serve did not answer within 180 s: " + Files.readString(log));
        }

        String base() {
            return "http://localhost:" + port + "/claimgraph";
        }

        /** The first value of the first row of a SELECT (CSV answer). */
        String count(String select) throws IOException, InterruptedException {
            String query = "PREFIX cg: <https://w3id.org/claimgraph/ontology#> " + select;
            HttpRequest req = HttpRequest.newBuilder(URI.create(base() + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).build();
            HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200)
                throw new IOException("HTTP " + r.statusCode());
            List<String> lines = r.body().lines().toList();
            return lines.size() > 1 ? lines.get(1).strip() : "";
        }

        void kill() throws InterruptedException {
            KillTrials.kill(process);
        }

        /** SIGTERM, and waits for the store to be released. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS))
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
