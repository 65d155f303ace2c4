package org.claimgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.claimgraph.domain.Article;
import org.claimgraph.ingest.Inputs;
import org.claimgraph.ingest.ReadResult;
import org.claimgraph.link.DatasetFormat;
import org.claimgraph.link.DatasetImporter;
import org.claimgraph.link.EventLinker;
import org.claimgraph.link.GdeltEvents;
import org.claimgraph.link.UcdpGed;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.pipeline.Benchmark;
import org.claimgraph.pipeline.IngestListener;
import org.claimgraph.pipeline.Ingester;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.serve.SparqlServer;
import org.claimgraph.store.Store;
import org.claimgraph.store.StoreStats;
import org.claimgraph.trace.ClaimTracer;
import org.claimgraph.trace.TraceProgress;

/**
 * The whole benchmark of issue 13 in one run, on one generated corpus: the NLP floor and the pipeline
 * on one thread and on {@link Options#threads}, the end-to-end ingest into a fresh on-disk store (after
 * the corpus's dataset rows, so the ingest links against them as a daily update would), quads and
 * bytes per article before and after compaction, the cost of adding 10 articles {@link Options#updates}
 * times (tracing and linking), every canned query's latency over HTTP against the embedded Fuseki, and
 * the peak heap. Progress goes to the given consumer; the figures come back as a {@link BenchReport}.
 */
public final class ScaleBench {

    /** Articles in each update. */
    static final int UPDATE_ARTICLES = 10;

    /**
     * @param articles   corpus size
     * @param threads    worker threads for the pipeline and the ingest
     * @param rateSample how many of the corpus's articles the NLP and pipeline rates are measured on
     * @param updates    how many times 10 new articles are added to the built store
     * @param queryRuns  timed runs of each query; 0 skips the queries (an update's cost measured alone)
     * @param examples   the example articles the corpus is made from
     * @param work       where the corpus and the store go
     */
    public record Options(int articles, int threads, int rateSample, int updates, int queryRuns, Path examples, Path work, long seed) {
        public Options {
            Objects.requireNonNull(examples, "examples");
            Objects.requireNonNull(work, "work");
            if (articles < 1 || threads < 1 || rateSample < 1 || updates < 0 || queryRuns < 0) {
                throw new IllegalArgumentException("articles, threads and rate sample must be positive; updates and query runs not negative");
            }
        }
    }

    private final Options options;
    private final Consumer<String> progress;

    public ScaleBench(Options options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    public BenchReport run() {
        HeapWatch.reset();
        BenchReport.Builder report = BenchReport.builder(options.articles(), options.threads());
        Path corpus = options.work().resolve("corpus");
        Path datasets = options.work().resolve("datasets");
        progress.accept("generating " + options.articles() + " articles from " + options.examples() + " into " + corpus);
        CorpusGenerator generator = CorpusGenerator.fromExamples(options.examples());
        CorpusGenerator.Spec spec = CorpusGenerator.Spec.of(options.articles(), options.seed());
        List<CorpusGenerator.Generated> generated = generator.write(spec, corpus);
        mkdirs(datasets);
        DatasetRowsGenerator.write(generated, 2.0, 10, options.seed(), datasets);
        List<Path> updates = new ArrayList<>();
        for (int u = 0; u < options.updates(); u++) {
            Path dir = options.work().resolve("update-" + (u + 1));
            // the news of the corpus's last days, as a daily update brings it
            generator.write(new CorpusGenerator.Spec(UPDATE_ARTICLES, spec.end().minusDays(2), 3, options.seed() + 1 + u, "update" + (u + 1)), dir);
            updates.add(dir);
        }

        ReferenceData reference = ReferenceData.load();
        NlpModels models = NlpModels.loadEnglish();
        List<Article> sample = read(corpus, options.rateSample());
        report.tokensPerArticle(rates(sample, models, reference, report));

        Path storeDir = options.work().resolve("store");
        Store store = Store.open(storeDir, null);
        store.ensureReference(reference);
        long start = System.nanoTime();
        Set<Node> events = new HashSet<>();
        for (DatasetFormat format : List.of(new GdeltEvents(), new UcdpGed())) {
            Path file = datasets.resolve(format instanceof GdeltEvents ? "gdelt-events.tsv" : "ucdp-ged.csv");
            try {
                DatasetImporter.Summary s = new DatasetImporter(store.dataset(), format, reference).importFiles(List.of(file), p -> { }, r -> { });
                progress.accept(s.line());
                events.addAll(s.newEvents());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        progress.accept(new EventLinker(reference).update(store.dataset(), EventLinker.Changes.events(events)).line());
        report.datasets(events.size(), seconds(start));

        Timings load = ingest(store, corpus, models, reference);
        report.ingest(load.articles, load.seconds, load.traceSeconds, load.linkSeconds);
        for (Path update : updates) {
            Timings t = ingest(store, update, models, reference);
            report.update(t.seconds, t.traceSeconds, t.linkSeconds);
        }
        progress.accept("counting quads");
        long quads = Txn.calculateRead(store.dataset(), () -> count(store));
        long before = StoreStats.bytesOnDisk(storeDir);
        progress.accept("compacting");
        start = System.nanoTime();
        store.compact();
        report.store(quads, before, StoreStats.bytesOnDisk(storeDir), seconds(start));

        report.queries(options.queryRuns() == 0 ? List.of() : queryStore(storeDir, options.queryRuns(), progress));
        return report.peakHeap(HeapWatch.peak(), HeapWatch.live(), HeapWatch.max()).build();
    }

    /**
     * Adds {@link Options#updates} more sets of 10 articles to the store an earlier run with the same
     * corpus size and seed built under {@link Options#work}, numbered after the sets it already holds,
     * and returns what each took: the update cost at that store's size without building it again.
     * Nothing else is measured.
     */
    public List<Timings> addToBuiltStore() {
        Path storeDir = options.work().resolve("store");
        if (!Files.isDirectory(storeDir.resolve("tdb2"))) {
            throw new IllegalArgumentException("no built store at " + storeDir + ": run bench --articles N --work DIR once first");
        }
        CorpusGenerator generator = CorpusGenerator.fromExamples(options.examples());
        CorpusGenerator.Spec spec = CorpusGenerator.Spec.of(options.articles(), options.seed());
        int done = 0;
        while (Files.isDirectory(options.work().resolve("update-" + (done + 1)))) {
            done++;
        }
        ReferenceData reference = ReferenceData.load();
        NlpModels models = NlpModels.loadEnglish();
        Store store = Store.open(storeDir, null);
        List<Timings> out = new ArrayList<>();
        for (int u = done; u < done + options.updates(); u++) {
            Path dir = options.work().resolve("update-" + (u + 1));
            generator.write(new CorpusGenerator.Spec(UPDATE_ARTICLES, spec.end().minusDays(2), 3, options.seed() + 1 + u, "update" + (u + 1)), dir);
            out.add(ingest(store, dir, models, reference));
        }
        return out;
    }

    /** Every canned query's latency over HTTP on the store an earlier run built under {@code work}. */
    public static List<QueryLatency.Figures> queryBuiltStore(Path work, int runs, Consumer<String> progress) {
        return queryBuiltStore(work, runs, name -> true, progress);
    }

    /** The latency of the canned queries {@code which} accepts (by name): one slow query measured again without the others. */
    public static List<QueryLatency.Figures> queryBuiltStore(Path work, int runs, java.util.function.Predicate<String> which,
            Consumer<String> progress) {
        Path storeDir = work.resolve("store");
        if (!Files.isDirectory(storeDir.resolve("tdb2"))) {
            throw new IllegalArgumentException("no built store at " + storeDir + ": run bench --articles N --work DIR once first");
        }
        return queryStore(storeDir, runs, which, progress);
    }

    private static List<QueryLatency.Figures> queryStore(Path storeDir, int runs, Consumer<String> progress) {
        return queryStore(storeDir, runs, name -> true, progress);
    }

    private static List<QueryLatency.Figures> queryStore(Path storeDir, int runs, java.util.function.Predicate<String> which,
            Consumer<String> progress) {
        try (SparqlServer server = SparqlServer.builder().storeDir(storeDir).port(0).build().start()) {
            String endpoint = "http://localhost:" + server.port() + "/" + server.serviceName() + "/sparql";
            return QueryLatency.measure(endpoint, runs, which, progress);
        }
    }

    private double rates(List<Article> sample, NlpModels models, ReferenceData reference, BenchReport.Builder report) {
        Benchmark bench = new Benchmark(models, reference);
        List<Benchmark.Result> results = new ArrayList<>();
        for (int threads : options.threads() == 1 ? List.of(1) : List.of(1, options.threads())) {
            progress.accept("NLP floor on " + sample.size() + " articles, " + threads + " thread(s)");
            results.add(bench.nlp(sample, threads, 1));
            progress.accept("pipeline on " + sample.size() + " articles, " + threads + " thread(s)");
            results.add(bench.pipeline(sample, threads, 1));
        }
        results.forEach(report::rate);
        return results.get(0).tokens() / (double) results.get(0).articles();
    }

    /** What one ingest took, in seconds: in all, of which tracing and linking. */
    public record Timings(int articles, double seconds, double traceSeconds, double linkSeconds) {
    }

    private Timings ingest(Store store, Path input, NlpModels models, ReferenceData reference) {
        double[] traced = {0};
        double[] linked = {0};
        IngestListener listener = new IngestListener() {
            @Override
            public void progress(int files, int totalFiles, int records) {
                if (records % 1000 == 0) {
                    progress.accept("ingested " + records + " articles");
                }
            }

            @Override
            public void tracing(TraceProgress p) {
                progress.accept(p.line()); // each batch's CPU per article: how tracing's cost follows the store's size
            }

            @Override
            public void traced(ClaimTracer.Summary summary) {
                traced[0] = summary.seconds();
                progress.accept(summary.line());
            }

            @Override
            public void linked(EventLinker.Summary summary) {
                linked[0] = summary.seconds();
                progress.accept(summary.line());
            }
        };
        progress.accept("ingesting " + input);
        long start = System.nanoTime();
        var summary = Ingester.builder().store(store).pipelines(() -> Pipeline.standard(models, reference)).reference(reference)
                .threads(options.threads()).bulk(true).listener(listener).build()
                .ingest(Inputs.of(List.of(input.toString()), InputStream.nullInputStream()));
        double seconds = seconds(start);
        progress.accept(summary.line() + String.format(java.util.Locale.ROOT, " in %.1f s", seconds));
        return new Timings(summary.stored() + summary.replaced(), seconds, traced[0], linked[0]);
    }

    private static long count(Store store) {
        long[] n = {0};
        store.dataset().find().forEachRemaining(q -> n[0]++);
        return n[0];
    }

    /** The first {@code limit} articles of the corpus. */
    private static List<Article> read(Path corpus, int limit) {
        List<Article> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path f : files) {
            if (out.size() >= limit) {
                break;
            }
            Inputs.of(List.of(f.toString()), InputStream.nullInputStream()).read(r -> {
                if (r instanceof ReadResult.Read read && out.size() < limit) {
                    out.add(read.article());
                }
            });
        }
        return out;
    }

    private static void mkdirs(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
