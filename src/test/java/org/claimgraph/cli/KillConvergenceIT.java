package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.vocab.CG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the local commands that write the store: each runs as a process of the fat jar and is
 * killed with SIGKILL at a random time within its clean run's duration. Then the store must open and
 * conform ({@code claimgraph validate} exits 0; or 1 only because texts stored in the last commit
 * are not yet searchable, the index committing after TDB2), and running the same command again must
 * give the store of a clean run, graph by graph, with every text in the text index (article, trace, links, dataset, ontology and reference graphs
 * compared by isomorphism; only the records of the runs differ, see {@link KillTrials#graphs}). The
 * commands: {@code ingest} of examples/ into an empty store (the bulk path) and into a store that
 * holds some of them (the ordinary path, in write batches of 4), {@code trace --retrace}, {@code link
 * ucdp} of rows written here, {@code compact}. After a killed ingest the trace graph need only trace
 * the same claims ({@link KillTrials#assertConverged}): an article stored before the kill is traced
 * with the re-run's batch. A retrace replays the recorded batches, so its trace graph must be the
 * clean one.
 * <p>
 * Trial {@code i} runs command {@code (k + i) mod 5}, {@code k} drawn from the seed, so every run of
 * {@code mvn verify} (3 trials) tries another three and 20 trials try each four times. Outcomes, one
 * line a trial, in {@code target/kill-trials.txt}; {@code -Dclaimgraph.killTrials=N}, {@code
 * -Dclaimgraph.killSeed=S} as for every {@link KillTrials} IT.
 */
class KillConvergenceIT {

    static final int TRIALS = KillTrials.trials(KillConvergenceIT.class, 3);
    static final long SEED = KillTrials.seed();
    static final String OUTCOMES = "kill-trials.txt";

    /**
     * A command of the trials.
     *
     * @param from the clean store it starts from (a key of {@link #cleans}), null for an empty store
     * @param result the key of its clean run's store in {@link #cleans}
     * @param args its arguments, {@code STORE} standing for the store folder
     * @param batchesMayDiffer whether a kill may leave articles to be traced in another batch
     */
    record Step(String name, String from, String result, List<String> args, boolean batchesMayDiffer) {
        List<String> argsFor(Path store) {
            return KillConvergenceIT.argsFor(args, store);
        }
    }

    /** A clean run: the store it left (no process has it open; trials copy it) and its graphs and duration. */
    record Clean(Path store, Map<String, Graph> graphs, long millis) {
    }

    @TempDir
    static Path tmp;
    static Path firstHalf;
    static Path rows;
    static List<Step> steps;
    static final Map<String, Clean> cleans = new HashMap<>();

    @BeforeAll
    static void inputs() throws IOException {
        // the articles before 20 July: a store that already holds some of examples/
        firstHalf = Files.createDirectories(tmp.resolve("first-half"));
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().compareTo("2025-07-20") < 0).toList()) {
                Files.copy(f, firstHalf.resolve(f.getFileName()));
            }
        }
        rows = ucdpRows(tmp.resolve("ged.csv"));
        steps = List.of(
                new Step("ingest into an empty store", null, "examples", List.of("ingest", "--store", "STORE", "examples"), true),
                new Step("ingest into a store with articles", "half", "more",
                        List.of("ingest", "--store", "STORE", "--batch-size", "4", "examples"), true),
                new Step("trace --retrace", "more", "retraced", List.of("trace", "--store", "STORE", "--retrace"), false),
                new Step("link ucdp", "examples", "linked", List.of("link", "ucdp", "--store", "STORE", rows.toString()), false),
                new Step("compact", "more", "compacted", List.of("compact", "--store", "STORE"), false));
    }

    /**
     * UCDP GED rows invented here, in the layout of examples/datasets/ucdp-ged.csv (its header): deadly
     * events in Gaza's towns on the examples' days, one with the toll of the 8 July strike article, so
     * that linking has news to link and figures to compare.
     */
    private static Path ucdpRows(Path file) throws IOException {
        String header = Files.readAllLines(Path.of("examples", "datasets", "ucdp-ged.csv")).get(0);
        String[][] places = {{"Khan Younis town", "31.34", "34.30"}, {"Gaza City", "31.50", "34.47"}, {"Rafah", "31.29", "34.25"},
            {"Deir al-Balah", "31.42", "34.35"}};
        Random random = new Random(15);
        List<String> lines = new ArrayList<>(List.of(header));
        LocalDate day = LocalDate.of(2025, 6, 20);
        for (int i = 0; i < 400; i++, day = day.plusDays(i % 4 == 3 ? 1 : 0)) {
            String[] place = i == 70 ? places[0] : places[random.nextInt(places.length)];
            int best = i == 70 ? 14 : 1 + random.nextInt(30);
            String date = i == 70 ? "2025-07-08" : day.toString();
            lines.add(String.format(Locale.ROOT, "%d,KT-%d,2025,TRUE,Clear,%d,,,,,,,,,Government of Israel,,,%s,1,"
                    + "\"Written for the kill trials, not UCDP data\",,,,,1,%s,,,,%s,%s,,,Israel,,Middle East,1,1,%s,%s,,,,,%d,%d,%d,,",
                    880000 + i, 880000 + i, i % 2 == 0 ? 1 : 3, i % 2 == 0 ? "Hamas" : "Civilians", place[0], place[1], place[2], date, date,
                    best, best + 3, Math.max(0, best - 2)));
        }
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static List<String> argsFor(List<String> args, Path store) {
        return args.stream().map(a -> a.equals("STORE") ? store.toString() : a).toList();
    }

    /** A clean run, by key: the store a step's trials are held to, or one they start from; each made once. */
    static Clean clean(String key) throws Exception {
        Clean done = cleans.get(key);
        if (done == null) {
            done = key.equals("half") ? cleanRun(key, null, List.of("ingest", "--store", "STORE", firstHalf.toString()))
                    : steps.stream().filter(s -> s.result().equals(key)).findFirst().map(s -> cleanRun(key, s.from(), s.args())).orElseThrow();
            cleans.put(key, done);
        }
        return done;
    }

    private static Clean cleanRun(String key, String from, List<String> args) {
        try {
            return cleanRun(tmp.resolve("clean-" + key), from, args);
        } catch (Exception e) {
            throw new AssertionError("clean run " + key + ": " + e, e);
        }
    }

    private static Clean cleanRun(Path store, String from, List<String> args) throws Exception {
        if (from != null) {
            KillTrials.copyStore(clean(from).store(), store);
        }
        Path log = tmp.resolve(store.getFileName() + ".log");
        long start = System.nanoTime();
        int exit = KillTrials.run(log, 15, argsFor(args, store));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(ExitCodes.OK, exit, "clean run " + store + ": " + Files.readString(log));
        // the graphs are read from a copy: the clean store itself is copied for the trials, and no lock of this JVM may stay on it
        Path copy = tmp.resolve(store.getFileName() + "-read");
        KillTrials.copyStore(store, copy);
        return new Clean(store, KillTrials.graphs(copy), millis);
    }

    /** What a killed run left, for the record: articles stored, articles and events waiting, trace batches, dataset events. */
    static String left(Map<String, Graph> graphs) {
        long articles = graphs.keySet().stream().filter(g -> g.startsWith(Iris.ARTICLE_GRAPH_PREFIX)).count();
        Graph trace = graphs.getOrDefault(Iris.TRACE_GRAPH.getURI(), GraphFactory.createDefaultGraph());
        Graph links = graphs.getOrDefault(Iris.LINKS_GRAPH.getURI(), GraphFactory.createDefaultGraph());
        Graph ucdp = graphs.getOrDefault(Iris.BASE + "graph/dataset/ucdp", GraphFactory.createDefaultGraph());
        return String.format(Locale.ROOT, "left %d articles (%d waiting to be traced, %d to be replayed, %d to be linked), %d trace batches,"
                        + " %d UCDP events (%d waiting to be linked)", articles,
                trace.find(Iris.TRACE_GRAPH, CG.pendingArticle.asNode(), Node.ANY).toList().size(),
                trace.find(Node.ANY, CG.replayBatch.asNode(), Node.ANY).toList().size(),
                links.find(Iris.LINKS_GRAPH, CG.pendingArticle.asNode(), Node.ANY).toList().size(),
                trace.find(Iris.TRACE_GRAPH, CG.traceBatch.asNode(), Node.ANY).toList().stream()
                        .mapToLong(t -> Long.parseLong(t.getObject().getLiteralLexicalForm())).max().orElse(0),
                ucdp.find(Node.ANY, RDF.type.asNode(), CG.DatasetEvent.asNode()).toList().size(),
                links.find(Iris.LINKS_GRAPH, CG.pendingEvent.asNode(), Node.ANY).toList().size());
    }

    @Test
    void aCommandKilledAtARandomPointLeavesAStoreThatOpensConformsAndConvergesWhenRunAgain() throws Exception {
        Files.deleteIfExists(Path.of("target", OUTCOMES));
        Random random = new Random(SEED);
        int first = random.nextInt(steps.size());
        List<String> failed = new ArrayList<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            Step step = steps.get((first + trial) % steps.size());
            double fraction = random.nextDouble();
            try {
                KillTrials.record(OUTCOMES, trial(trial, step, fraction));
            } catch (AssertionError e) {
                // every trial runs and is recorded: a script of 20 reports them all
                KillTrials.record(OUTCOMES, "FAILED " + e.getMessage());
                failed.add(e.getMessage());
            }
        }
        assertEquals(List.of(), failed, failed.size() + " of " + TRIALS + " trials failed (seed " + SEED + ")");
    }

    /** One trial: {@code step} killed at {@code fraction} of its clean run's time; returns its outcome. */
    private String trial(int trial, Step step, double fraction) throws Exception {
        Clean clean = clean(step.result());
        Path store = tmp.resolve("killed-" + trial);
        if (step.from() != null) {
            KillTrials.copyStore(clean(step.from()).store(), store);
        }
        long killAfter = (long) (fraction * clean.millis());
        Path log = tmp.resolve("killed-" + trial + ".log");
        Process p = KillTrials.start(log, step.argsFor(store));
        boolean ended = p.waitFor(killAfter, TimeUnit.MILLISECONDS);
        String landed = ended ? "ended before the kill (exit " + p.exitValue() + ")" : "during " + KillTrials.stage(store, log);
        if (!ended) {
            KillTrials.kill(p);
        }
        String where = String.format(Locale.ROOT, "trial %d (seed %d), %s killed after %d ms of a clean run's %d ms, %s", trial, SEED,
                step.name(), killAfter, clean.millis(), landed);

        Path validated = tmp.resolve("validate-" + trial + ".log");
        int conforms = KillTrials.run(validated, 10, List.of("validate", "--store", store.toString()));
        String validation = Files.readString(validated);
        // TDB2 commits before Lucene: a kill between the two leaves texts unsearchable (validate says
        // so), which the re-run must repair; anything else must conform at once
        boolean textBehind = conforms == ExitCodes.PARTIAL && validation.contains("the data conforms to the shapes")
                && validation.contains("the text index does not match the store");
        assertTrue(conforms == ExitCodes.OK || textBehind, where + ": the store opens and conforms: " + validation);
        where += ", " + left(KillTrials.graphs(store)) + (textBehind ? ", text index behind the store" : "");
        Path again = tmp.resolve("again-" + trial + ".log");
        int rerun = KillTrials.run(again, 15, step.argsFor(store));
        assertEquals(ExitCodes.OK, rerun, where + ": the command run again: " + Files.readString(again));

        boolean sameTrace = KillTrials.assertConverged(where, clean.graphs(), KillTrials.graphs(store), step.batchesMayDiffer());
        Path revalidated = tmp.resolve("revalidate-" + trial + ".log");
        assertEquals(ExitCodes.OK, KillTrials.run(revalidated, 10, List.of("validate", "--store", store.toString())),
                where + ": after the re-run the store conforms and its text index holds every text: " + Files.readString(revalidated));
        return where + ": store opened, validate passed, converged, text index whole" + (sameTrace ? "" : " (trace batches differ)");
    }
}
