package org.claimgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.claimgraph.bench.CorpusGenerator;
import org.claimgraph.query.CannedQuery;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.serve.SparqlServer;

/**
 * {@code claimgraph bench --load}: a served store under queries while it takes news. Generates
 * {@code articles} articles, serves a new store on a loopback port (the same server as
 * {@code serve}, with its limits), sends the articles to its ingest endpoint with
 * {@code ingest --endpoint} in batches of 10, and meanwhile runs {@code clients} query clients, each
 * cycling through the canned queries with their example parameters, plus a checker asking whether
 * any attribution is stored without its article. The clients run for at least {@code seconds} and
 * until the ingest ends. Reports per-query runs, p50/p95 and failures during the load, the ingest
 * rate, the checker's findings, whether every generated article is there at the end, and the
 * machine's load average (the figures mean little on a machine others use at the same time).
 */
final class LoadBench {

    static final String CG = "https://w3id.org/claimgraph/ontology#";

    /** What to run. */
    record Options(int articles, int clients, int seconds, Path examples, Path work, long seed) {
        Options {
            if (articles < 1 || clients < 1 || seconds < 0)
                throw new IllegalArgumentException("--articles and --clients must be at least 1, --seconds at least 0");
        }
    }

    /** One query's figures during the load, in milliseconds. */
    record QueryFigures(String name, int runs, long p50, long p95, long max, int failed, int stopped) {}

    /** What a run measured. */
    record Report(List<QueryFigures> queries, int failedRequests, int stoppedRequests, List<String> failures, int articles, int present,
            int ingestExit, double ingestSeconds, double clientSeconds, int checks, int brokenReads, double loadBefore, double loadAfter) {

        double ingestRate() {
            return articles / Math.max(ingestSeconds, 1e-9);
        }

        String table() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "%-28s %6s %8s %8s %8s %6s %7s%n", "query (during the load)", "runs", "p50 ms", "p95 ms", "max ms",
                    "failed", "stopped"));
            for (QueryFigures q : queries)
                out.append(String.format(Locale.ROOT, "%-28s %6d %8d %8d %8d %6d %7d%n", q.name(), q.runs(), q.p50(), q.p95(), q.max(), q.failed(),
                        q.stopped()));
            out.append(String.format(Locale.ROOT, "queries: %,d answered, %d failed requests, %d stopped by the %d s time limit (intended) in %.0f s%n",
                    queries.stream().mapToInt(QueryFigures::runs).sum(), failedRequests, stoppedRequests, QUERY_LIMIT.toSeconds(), clientSeconds));
            failures.stream().limit(5).forEach(f -> out.append("  failed: ").append(f).append('\n'));
            out.append(String.format(Locale.ROOT, "ingest: %d articles over HTTP in %.1f s (%.2f articles/s), exit %d; %d of %d present at the end%n",
                    articles, ingestSeconds, ingestRate(), ingestExit, present, articles));
            out.append(String.format(Locale.ROOT, "checker: %d reads, %d saw an attribution without its article%n", checks, brokenReads));
            out.append(String.format(Locale.ROOT, "load average: %.1f before, %.1f after (%d cores)%n", loadBefore, loadAfter,
                    Runtime.getRuntime().availableProcessors()));
            return out.toString();
        }
    }

    /** The query time limit of the served endpoint (the built-in configuration's). */
    static final Duration QUERY_LIMIT = Duration.ofSeconds(30);

    private final Options options;
    private final Consumer<String> progress;

    LoadBench(Options options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    Report run() throws IOException, InterruptedException {
        Path corpus = options.work().resolve("corpus");
        progress.accept("generating " + options.articles() + " articles in " + corpus);
        List<CorpusGenerator.Generated> generated = CorpusGenerator.fromExamples(options.examples())
                .write(CorpusGenerator.Spec.of(options.articles(), options.seed()), corpus);
        // a password made for this run only, in files under --work
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        Path passwd = Files.writeString(options.work().resolve("passwd"), "bench: " + password + "\n");
        Path auth = Files.writeString(options.work().resolve("auth"), "bench: " + password + "\n");
        SparqlServer server = SparqlServer.builder().storeDir(options.work().resolve("store")).port(0).passwordFile(passwd).queryTimeout(QUERY_LIMIT)
                .liveWrites(new LiveIngest(new IngestOptions())).build().start();
        try {
            return load(server, corpus, auth, generated);
        } finally {
            server.stop();
        }
    }

    private Report load(SparqlServer server, Path corpus, Path auth, List<CorpusGenerator.Generated> generated) throws InterruptedException {
        String base = "http://localhost:" + server.port() + "/" + server.serviceName();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        AtomicBoolean ingesting = new AtomicBoolean(true);
        AtomicInteger ingestExit = new AtomicInteger(-1);
        AtomicLong ingestNanos = new AtomicLong();
        ByteArrayOutputStream ingestLog = new ByteArrayOutputStream();
        Thread ingest = new Thread(() -> {
            long start = System.nanoTime();
            try (PrintStream err = new PrintStream(ingestLog, true, StandardCharsets.UTF_8)) {
                ingestExit.set(Main.run(new Io(InputStream.nullInputStream(), err, err),
                        "ingest", "--endpoint", base, "--auth-file", auth.toString(), "--batch-size", "10", corpus.toString()));
            } finally {
                ingestNanos.set(System.nanoTime() - start);
                ingesting.set(false);
            }
        }, "bench-ingest");

        List<CannedQuery> canned = QueryCatalog.builtIn().all();
        Map<String, List<Long>> millis = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> failedByQuery = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> stoppedByQuery = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long minEnd = start + options.seconds() * 1_000_000_000L;
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < options.clients(); c++) {
            int first = c;
            clients.add(new Thread(() -> {
                QueryRunner remote = QueryRunner.remote(base + "/sparql");
                for (int i = first; ingesting.get() || System.nanoTime() < minEnd; i++) {
                    CannedQuery q = canned.get(i % canned.size());
                    long t = System.nanoTime();
                    try {
                        remote.countRows(q.text(), q.example());
                        millis.computeIfAbsent(q.name(), k -> Collections.synchronizedList(new ArrayList<>()))
                                .add((System.nanoTime() - t) / 1_000_000);
                    } catch (RuntimeException e) {
                        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString());
                        if (stoppedByLimit(message, (System.nanoTime() - t) / 1_000_000)) {
                            stoppedByQuery.computeIfAbsent(q.name(), k -> new AtomicInteger()).incrementAndGet();
                        } else {
                            failedByQuery.computeIfAbsent(q.name(), k -> new AtomicInteger()).incrementAndGet();
                            failures.add(q.name() + ": " + message);
                        }
                    }
                }
            }, "bench-client-" + c));
        }
        AtomicInteger checks = new AtomicInteger();
        AtomicInteger broken = new AtomicInteger();
        Thread checker = new Thread(() -> {
            while (ingesting.get()) {
                try (QueryExecution q = QueryExecutionHTTP.service(base + "/sparql")
                        .query("ASK { ?at <" + CG + "inArticle> ?ar FILTER NOT EXISTS { ?ar a <" + CG + "Article> } }").build()) {
                    if (q.execAsk())
                        broken.incrementAndGet();
                    checks.incrementAndGet();
                } catch (RuntimeException e) {
                    failures.add("checker: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString()));
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-checker");

        progress.accept(options.clients() + " query clients and the ingest of " + generated.size() + " articles start");
        ingest.start();
        clients.forEach(Thread::start);
        checker.start();
        ingest.join();
        progress.accept(String.format(Locale.ROOT, "ingest done in %.1f s (exit %d)", ingestNanos.get() / 1e9, ingestExit.get()));
        for (Thread t : clients)
            t.join();
        checker.join();
        double clientSeconds = (System.nanoTime() - start) / 1e9;
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (ingestExit.get() != ExitCodes.OK)
            failures.add("ingest: " + ingestLog.toString(StandardCharsets.UTF_8).lines().reduce((a, b) -> b).orElse(""));

        List<QueryFigures> figures = new ArrayList<>();
        new TreeMap<>(millis).forEach((name, times) -> {
            List<Long> sorted = times.stream().sorted().toList();
            figures.add(new QueryFigures(name, sorted.size(), percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1),
                    count(failedByQuery, name), count(stoppedByQuery, name)));
        });
        canned.stream().map(CannedQuery::name).filter(name -> !millis.containsKey(name))
                .forEach(name -> figures.add(new QueryFigures(name, 0, 0, 0, 0, count(failedByQuery, name), count(stoppedByQuery, name))));
        int failedRequests = failedByQuery.values().stream().mapToInt(AtomicInteger::get).sum();
        int stoppedRequests = stoppedByQuery.values().stream().mapToInt(AtomicInteger::get).sum();
        return new Report(figures, failedRequests, stoppedRequests, List.copyOf(failures), generated.size(), present(base, generated), ingestExit.get(),
                ingestNanos.get() / 1e9, clientSeconds, checks.get(), broken.get(), loadBefore, loadAfter);
    }

    /** How many of the generated articles' URLs the store holds. */
    private static int present(String base, List<CorpusGenerator.Generated> generated) {
        StringBuilder urls = new StringBuilder();
        generated.forEach(g -> urls.append(urls.length() == 0 ? "" : ", ").append('"').append(g.url()).append('"'));
        String query = "SELECT (COUNT(DISTINCT ?u) AS ?n) { ?a <http://schema.org/url> ?url BIND(STR(?url) AS ?u) FILTER(?u IN (" + urls + ")) }";
        try (QueryExecution q = QueryExecutionHTTP.service(base + "/sparql").query(query).build()) {
            return q.execSelect().next().getLiteral("n").getInt();
        }
    }

    private static int count(Map<String, AtomicInteger> counts, String name) {
        AtomicInteger n = counts.get(name);
        return n == null ? 0 : n.get();
    }

    /**
     * A query the server stopped at its time limit, as intended: Fuseki answers 503 then. A 503 that
     * comes sooner is a refusal (too many queries at once) and counts as a failure.
     */
    static boolean stoppedByLimit(String message, long elapsedMillis) {
        return elapsedMillis >= QUERY_LIMIT.toMillis() && (message.contains("503") || message.contains("Service Unavailable"));
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
