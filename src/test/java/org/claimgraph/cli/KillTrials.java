package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.vocab.CG;

/**
 * What the kill-9 trials share ({@link HttpIngestKillIT}, {@link KillConvergenceIT}): claimgraph run
 * as a process of the fat jar (so SIGKILL hits the product, not the test), the number of trials and
 * their seed, a store's graphs read into memory, and the comparison of a killed-and-re-run store with
 * a clean run's, graph by graph.
 * <p>
 * {@code -Dclaimgraph.killTrials=N} sets the trials (each IT has a small default, to keep {@code mvn
 * verify} short; {@code -Dclaimgraph.killTrials.KillConvergenceIT=N} one IT's); {@code -Dclaimgraph.killSeed=S} repeats a run's kill points (the seed is in every
 * failure message). Outcomes are appended to a file in {@code target/}, one line a trial.
 */
final class KillTrials {

    /** The fat jar the trials run; {@code mvn verify} builds it before the integration tests. */
    static final Path JAR = Path.of("target", "claimgraph.jar");

    private KillTrials() {
    }

    /**
     * Trials for the IT {@code it} to run: {@code -Dclaimgraph.killTrials.IT} (one IT's, e.g. in a whole
     * {@code mvn verify}), else {@code -Dclaimgraph.killTrials}, else {@code byDefault}.
     */
    static int trials(Class<?> it, int byDefault) {
        return Integer.getInteger("claimgraph.killTrials." + it.getSimpleName(), Integer.getInteger("claimgraph.killTrials", byDefault));
    }

    /** The seed of the kill points: {@code -Dclaimgraph.killSeed}, else a fresh one. */
    static long seed() {
        return Long.getLong("claimgraph.killSeed", System.nanoTime());
    }

    /**
     * Starts {@code claimgraph ARGS...} from the fat jar, its stdout and stderr into {@code log}, with
     * this checkout as claimgraph's home (ontology, queries, configuration).
     */
    static Process start(Path log, List<String> args) throws IOException {
        assertTrue(Files.isRegularFile(JAR), "the fat jar is built before the integration tests");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xmx768m", "-Dclaimgraph.home=" + Path.of("").toAbsolutePath(),
                "-jar", JAR.toString()));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Runs {@code claimgraph ARGS...} to its end (at most {@code minutes}); returns its exit code. */
    static int run(Path log, int minutes, List<String> args) throws IOException, InterruptedException {
        Process p = start(log, args);
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            kill(p);
            throw new AssertionError("claimgraph " + args + " did not end within " + minutes + " minutes: " + Files.readString(log));
        }
        return p.exitValue();
    }

    /** SIGKILL (Process.destroyForcibly is SIGKILL on Linux), and waits for the process to be gone. */
    static void kill(Process p) throws InterruptedException {
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * The store's graphs, copied into memory (compared by isomorphism: the ontology's lists are blank
     * nodes), but the records of the runs that wrote them (the runs graph, and each article's
     * prov:wasGeneratedBy): a run has a random id, and a killed run and its re-run are two runs. The
     * TDB2 database is opened on its own (no text index, nothing written) and released again, so a
     * process can open the store after this.
     */
    static Map<String, Graph> graphs(Path storeDir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(storeDir.resolve("tdb2").toString());
        try {
            Map<String, Graph> out = new TreeMap<>();
            Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {
                if (q.getGraph().equals(Iris.RUNS_GRAPH) || q.getPredicate().equals(Vocab.PROV_WAS_GENERATED_BY))
                    return;
                out.computeIfAbsent(q.getGraph().toString(), k -> GraphFactory.createDefaultGraph()).add(q.asTriple());
            }));
            return out;
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /**
     * Asserts that {@code got} holds the graphs of a clean run, each isomorphic to the clean one's. With
     * {@code batchesMayDiffer}, the trace graph need only trace the same claims and leave no article
     * waiting: a kill between storing an article and tracing it leaves it waiting, and the re-run traces
     * it with the articles of its own batch, so the batches differ by design (README, "The order of
     * arrival").
     *
     * @return whether the trace graph is isomorphic too
     */
    static boolean assertConverged(String where, Map<String, Graph> clean, Map<String, Graph> got, boolean batchesMayDiffer) {
        assertEquals(clean.keySet(), got.keySet(), where + ": the graphs of a clean run");
        boolean sameTrace = true;
        for (Map.Entry<String, Graph> g : clean.entrySet()) {
            Graph mine = got.get(g.getKey());
            String differs = where + ": graph " + g.getKey() + " differs from a clean run's (" + mine.size() + " triples, clean "
                    + g.getValue().size() + ")";
            if (batchesMayDiffer && g.getKey().equals(Iris.TRACE_GRAPH.getURI())) {
                assertEquals(traced(g.getValue()), traced(mine), differs + ": other claims traced");
                assertFalse(mine.contains(Node.ANY, CG.pendingArticle.asNode(), Node.ANY), differs + ": an article still waiting");
                sameTrace = g.getValue().isIsomorphicWith(mine);
            } else {
                assertTrue(g.getValue().isIsomorphicWith(mine), differs + difference(g.getValue(), mine));
            }
        }
        return sameTrace;
    }

    /** A few triples one graph has and the other lacks, ignoring blank nodes: what a failure shows. */
    private static String difference(Graph clean, Graph got) {
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        clean.find().filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank() || got.contains(t))
                .forEachRemaining(t -> missing.add(t.toString()));
        got.find().filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank() || clean.contains(t))
                .forEachRemaining(t -> extra.add(t.toString()));
        return "; missing " + missing.size() + " " + missing.stream().limit(5).toList() + "; extra " + extra.size() + " "
                + extra.stream().limit(5).toList();
    }

    /** The claims the trace graph puts in a cluster. */
    static Set<Node> traced(Graph trace) {
        Set<Node> out = new HashSet<>();
        trace.find(Node.ANY, CG.inCluster.asNode(), Node.ANY)
                .filterDrop(t -> trace.contains(t.getSubject(), RDF.type.asNode(), CG.ClaimCluster.asNode()))
                .forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    /** Appends a trial's outcome to {@code target/NAME} (build output, for the record). */
    static void record(String name, String line) {
        try {
            Files.writeString(Path.of("target", name), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a process was doing, for the record of a kill: the last line it wrote (its progress and
     * summaries) and the store's database folders (a {@code -tmp} one is a bulk load or a compaction
     * under way).
     */
    static String stage(Path store, Path log) throws IOException {
        List<String> lines = Files.readString(log, StandardCharsets.UTF_8).lines()
                .map(l -> l.substring(l.lastIndexOf('\r') + 1).strip()).filter(l -> !l.isEmpty()).toList();
        String last = lines.isEmpty() ? "(no output yet)" : lines.get(lines.size() - 1);
        List<String> folders = new ArrayList<>();
        Path tdb2 = store.resolve("tdb2");
        if (Files.isDirectory(tdb2)) {
            try (Stream<Path> files = Files.list(tdb2)) {
                files.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().forEach(folders::add);
            }
        }
        return "\"" + (last.length() > 100 ? last.substring(0, 100) + "…" : last) + "\", " + folders;
    }

    /** Copies a store folder (a store no process has open), but its lock file. */
    static void copyStore(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(f, target);
                }
            }
        }
    }
}
