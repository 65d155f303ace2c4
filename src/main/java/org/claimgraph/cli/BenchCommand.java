package org.claimgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.bench.BenchReport;
import org.claimgraph.bench.CorpusGenerator;
import org.claimgraph.bench.ScaleBench;
import org.claimgraph.domain.Article;
import org.claimgraph.ingest.Inputs;
import org.claimgraph.ingest.ReadResult;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.pipeline.Benchmark;
import org.claimgraph.rdf.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure throughput, store size, update cost and query latency.",
                "With --articles N: generate N articles from examples/ (other names, numbers, dates, outlets) and dataset rows under --work,",
                "then in one run: NLP floor and pipeline rates on 1 and --threads threads, end-to-end ingest into a fresh on-disk store,",
                "quads and bytes per article before and after compaction, adding 10 articles --updates times (tracing, linking),",
                "every canned query over HTTP (p50, p95, max) and the peak heap. A table goes to stdout (--json FILE for all figures).",
                "With --load: serve a new store on a loopback port and, while --articles N (default 500) generated articles are sent to its",
                "ingest endpoint, run --clients query clients (default 8) over the canned queries for at least --seconds (default 60) and",
                "until the ingest ends; report p50/p95 per query, failed requests, the ingest rate and whether every article arrived whole.",
                "With PATH... only: tokens per second of the NLP stage and of the pipeline on those articles (TSV); stores nothing."})
final class BenchCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--repeat", paramLabel = "K", defaultValue = "5", description = "Passes over PATH's articles (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--articles", paramLabel = "N", description = "Run the whole benchmark on N generated articles.")
    Integer articles;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the corpus and the store go (default: a new folder in the temporary directory); must be empty or new.")
    Path work;

    @Option(names = "--examples", paramLabel = "DIR", description = "Articles the corpus is made from (default: examples/ in the claimgraph folder).")
    Path examples;

    @Option(names = "--rate-sample", paramLabel = "M", defaultValue = "2000",
            description = "Corpus articles the NLP and pipeline rates are measured on (default: ${DEFAULT-VALUE}).")
    int rateSample;

    @Option(names = "--updates", paramLabel = "U", defaultValue = "3", description = "Times 10 new articles are added to the built store (default: ${DEFAULT-VALUE}).")
    int updates;

    @Option(names = "--query-runs", paramLabel = "R", defaultValue = "20", description = "Timed runs of each canned query (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--seed", defaultValue = "13", description = "Randomness of the generated corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--add-to-store", description = {"With --articles N and the --work DIR of an earlier run (same N and --seed): only add --updates more",
            "sets of 10 articles to its store and print what each took (the update cost at that size, without building the store again),",
            "then time every canned query over HTTP on it (--query-runs 0 skips them; --updates 0 only times the queries)."})
    boolean addToStore;

    @Option(names = "--corpus-only", description = {"With --articles N and --work DIR: only write the generated corpus (JSON Lines, 1,000 articles a file)",
            "to DIR/corpus and stop: input for `claimgraph spark` or `ingest` measured on their own."})
    boolean corpusOnly;

    @Option(names = "--load", description = "Queries under a live ingest over HTTP (see above).")
    boolean load;

    @Option(names = "--clients", paramLabel = "C", defaultValue = "8", description = "With --load: query clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60",
            description = "With --load: the clients query at least this long, and until the ingest ends (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--queries", paramLabel = "NAME", split = ",",
            description = "With --add-to-store: time only these canned queries (default: all).")
    List<String> onlyQueries = new ArrayList<>();

    @Option(names = "--json", paramLabel = "FILE", description = "Also write every figure as JSON to FILE.")
    Path json;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Articles: files, folders, or - for JSON Lines on stdin.")
    List<String> paths = new ArrayList<>();

    BenchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (load) {
            return load();
        }
        if (articles != null) {
            return scale();
        }
        List<Article> read = new ArrayList<>();
        Inputs.of(paths, io.in()).read(r -> {
            if (r instanceof ReadResult.Read ok) {
                read.add(ok.article());
            }
        });
        if (read.isEmpty()) {
            io.err().println("no articles read from " + paths + " (give PATH..., or --articles N for the whole benchmark)");
            return ExitCodes.USAGE;
        }
        int n = threads.threads();
        Benchmark bench = new Benchmark(NlpModels.loadEnglish(), ReferenceData.load());
        io.out().println(Benchmark.HEADER);
        io.out().println(bench.nlp(read, n, repeat).row());
        io.out().println(bench.pipeline(read, n, repeat).row());
        io.out().flush();
        return ExitCodes.OK;
    }

    private int scale() throws IOException {
        Path home = Path.of(System.getProperty("claimgraph.home", "."));
        Path source = examples != null ? examples : home.resolve("examples");
        if (!Files.isDirectory(source)) {
            io.err().println("no examples folder at " + source.toAbsolutePath() + ": give --examples DIR");
            return ExitCodes.USAGE;
        }
        if (addToStore) {
            return addToStore(source);
        }
        if (corpusOnly) {
            if (work == null) {
                io.err().println("--corpus-only needs --work DIR: where the corpus goes");
                return ExitCodes.USAGE;
            }
            Path corpus = work.resolve("corpus");
            int written = CorpusGenerator.fromExamples(source).write(CorpusGenerator.Spec.of(articles, seed), corpus).size();
            io.err().printf("wrote %,d articles to %s%n", written, corpus);
            return ExitCodes.OK;
        }
        Path dir = work != null ? work : Files.createTempDirectory("claimgraph-bench-");
        if (Files.isDirectory(dir)) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    io.err().println("--work " + dir + " is not empty: give a new or empty folder");
                    return ExitCodes.USAGE;
                }
            }
        }
        io.err().println("bench: working in " + dir + " (delete it when done)");
        ScaleBench.Options options = new ScaleBench.Options(articles, threads.threads(), rateSample, updates, queryRuns, source, dir, seed);
        BenchReport report = new ScaleBench(options, line -> io.err().println("bench: " + line)).run();
        io.out().print(report.table());
        io.out().flush();
        if (json != null) {
            try {
                Files.writeString(json, report.json(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + json, e);
            }
        }
        return ExitCodes.OK;
    }

    private int load() throws IOException {
        Path source = examples != null ? examples : Path.of(System.getProperty("claimgraph.home", ".")).resolve("examples");
        if (!Files.isDirectory(source)) {
            io.err().println("no examples folder at " + source.toAbsolutePath() + ": give --examples DIR");
            return ExitCodes.USAGE;
        }
        Path dir = work != null ? work : Files.createTempDirectory("claimgraph-load-");
        if (Files.isDirectory(dir)) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    io.err().println("--work " + dir + " is not empty: give a new or empty folder");
                    return ExitCodes.USAGE;
                }
            }
        }
        Files.createDirectories(dir);
        io.err().println("bench: working in " + dir + " (delete it when done)");
        LoadBench.Report report;
        try {
            report = new LoadBench(new LoadBench.Options(articles == null ? 500 : articles, clients, seconds, source, dir, seed),
                    line -> io.err().println("bench: " + line)).run();
        } catch (IllegalArgumentException e) {
            io.err().println("claimgraph bench: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.USAGE;
        }
        io.out().print(report.table());
        io.out().flush();
        boolean held = report.failedRequests() == 0 && report.brokenReads() == 0 && report.present() == report.articles()
                && report.ingestExit() == ExitCodes.OK;
        return held ? ExitCodes.OK : ExitCodes.PARTIAL;
    }

    private int addToStore(Path source) {
        if (work == null) {
            io.err().println("--add-to-store needs the --work DIR of an earlier bench --articles N run");
            return ExitCodes.USAGE;
        }
        ScaleBench.Options options = new ScaleBench.Options(articles, threads.threads(), rateSample, updates, queryRuns, source, work, seed);
        List<ScaleBench.Timings> added;
        try {
            added = new ScaleBench(options, line -> io.err().println("bench: " + line)).addToBuiltStore();
        } catch (IllegalArgumentException e) {
            io.err().println(e.getMessage());
            return ExitCodes.USAGE;
        }
        for (ScaleBench.Timings t : added) {
            io.out().printf(java.util.Locale.ROOT, "update (+%d articles)  %.2f s (tracing %.2f s, linking %.2f s)%n", t.articles(), t.seconds(),
                    t.traceSeconds(), t.linkSeconds());
        }
        io.out().flush();
        if (queryRuns > 0) {
            io.out().print(BenchReport.queryTable(ScaleBench.queryBuiltStore(work, queryRuns,
                    name -> onlyQueries.isEmpty() || onlyQueries.contains(name), line -> io.err().println("bench: " + line))));
            io.out().flush();
        }
        return ExitCodes.OK;
    }
}
