package org.claimgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimgraph.pipeline.Benchmark;

/**
 * The figures of one {@link ScaleBench} run, as a table for people and as JSON for tools.
 *
 * @param rates          NLP floor and pipeline, on one thread and on {@code threads}
 * @param datasetEvents  dataset events imported before the articles
 * @param ingestSeconds  the end-to-end ingest of the corpus (read, pipeline, store, trace, link)
 * @param updates        each addition of 10 articles: seconds in all, tracing, linking
 * @param quads          quads in the store after the updates
 * @param bytesBefore    bytes on disk before compaction
 * @param bytesAfter     bytes on disk after compaction
 * @param peakHeap       the most heap used at once (garbage included), see {@link HeapWatch}
 * @param liveHeap       the most heap still in use just after a full collection, 0 if none ran
 * @param maxHeap        the heap limit
 */
public record BenchReport(int articles, int threads, double tokensPerArticle, List<Benchmark.Result> rates, int datasetEvents,
        double datasetSeconds, int ingested, double ingestSeconds, double ingestTraceSeconds, double ingestLinkSeconds,
        List<double[]> updates, long quads, long bytesBefore, long bytesAfter, double compactSeconds, List<QueryLatency.Figures> queries,
        long peakHeap, long liveHeap, long maxHeap) {

    public BenchReport {
        rates = List.copyOf(rates);
        updates = List.copyOf(updates);
        queries = List.copyOf(queries);
    }

    static Builder builder(int articles, int threads) {
        return new Builder(articles, threads);
    }

    /** Articles per second of a stage on a thread count, or NaN. */
    public double rate(String stage, int onThreads) {
        return rates.stream().filter(r -> r.stage().equals(stage) && r.threads() == onThreads).mapToDouble(r -> r.articles() / r.seconds())
                .findFirst().orElse(Double.NaN);
    }

    public double ingestRate() {
        return ingested / ingestSeconds;
    }

    /** End-to-end ingest over the NLP floor on the same threads (target: at least 0.6). */
    public double ratio() {
        return ingestRate() / rate("nlp", threads);
    }

    /** Pipeline on {@code threads} over one thread (target: at least 1.7 on two). */
    public double pipelineScaling() {
        return rate("pipeline", threads) / rate("pipeline", 1);
    }

    /** The median of an update column: 0 all, 1 tracing, 2 linking. */
    public double updateMedian(int column) {
        List<Double> values = new ArrayList<>();
        updates.forEach(u -> values.add(u[column]));
        values.sort(Double::compare);
        return values.isEmpty() ? Double.NaN : QueryLatency.percentile(values, 50);
    }

    public String table() {
        StringBuilder t = new StringBuilder();
        line(t, "articles", "%d (%.0f tokens each on average), %d threads", articles, tokensPerArticle, threads);
        for (Benchmark.Result r : rates) {
            line(t, r.stage() + ", " + r.threads() + " thread(s)", "%.1f articles/s (%.0f tokens/s)", r.articles() / r.seconds(),
                    r.tokensPerSecond());
        }
        line(t, "pipeline scaling", "%.2fx on %d threads", pipelineScaling(), threads);
        line(t, "dataset rows before ingest", "%d events in %.1f s", datasetEvents, datasetSeconds);
        line(t, "end-to-end ingest", "%.1f articles/s (%d in %.1f s; tracing %.1f s, linking %.1f s)", ingestRate(), ingested,
                ingestSeconds, ingestTraceSeconds, ingestLinkSeconds);
        line(t, "ingest / NLP floor", "%.2f", ratio());
        for (int i = 0; i < updates.size(); i++) {
            double[] u = updates.get(i);
            line(t, "update " + (i + 1) + " (+" + ScaleBench.UPDATE_ARTICLES + " articles)", "%.2f s (tracing %.2f s, linking %.2f s)",
                    u[0], u[1], u[2]);
        }
        line(t, "update median", "%.2f s (tracing + linking %.2f s)", updateMedian(0), updateMedian(1) + updateMedian(2));
        line(t, "quads per article", "%.0f (%d quads)", quads / stored(), quads);
        line(t, "bytes per article", "%.0f kB before compaction, %.0f kB after (%.1f s to compact)", bytesBefore / 1024.0 / stored(),
                bytesAfter / 1024.0 / stored(), compactSeconds);
        line(t, "peak heap", "%.0f MB (limit %.0f MB; %s)", peakHeap / 1048576.0, maxHeap / 1048576.0, HeapWatch.METHOD);
        line(t, "live heap", liveHeap == 0 ? "no full collection ran (the work never needed one)"
                : "%.0f MB (the most still in use just after a full collection)", liveHeap / 1048576.0);
        t.append('\n').append(queryTable(queries));
        return t.toString();
    }

    /** Each query's rows and latency, one line each under a header. */
    public static String queryTable(List<QueryLatency.Figures> queries) {
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "%-26s %8s %9s %9s %9s%n", "query (HTTP)", "rows", "p50 ms", "p95 ms", "max ms"));
        queries.forEach(q -> t.append(q.row()).append('\n'));
        return t.toString();
    }

    /** All figures as JSON. */
    public String json() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Articles in the store: the corpus and the updates. */
    public int storedArticles() {
        return ingested + updates.size() * ScaleBench.UPDATE_ARTICLES;
    }

    private double stored() {
        return Math.max(1, storedArticles());
    }

    private static void line(StringBuilder t, String what, String format, Object... args) {
        t.append(String.format(Locale.ROOT, "%-34s ", what)).append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    /** Collects figures as the run goes. */
    static final class Builder {
        private final int articles;
        private final int threads;
        private double tokensPerArticle;
        private final List<Benchmark.Result> rates = new ArrayList<>();
        private int datasetEvents;
        private double datasetSeconds;
        private int ingested;
        private double ingestSeconds;
        private double traceSeconds;
        private double linkSeconds;
        private final List<double[]> updates = new ArrayList<>();
        private long quads;
        private long bytesBefore;
        private long bytesAfter;
        private double compactSeconds;
        private List<QueryLatency.Figures> queries = List.of();
        private long peakHeap;
        private long liveHeap;
        private long maxHeap;

        private Builder(int articles, int threads) {
            this.articles = articles;
            this.threads = threads;
        }

        void tokensPerArticle(double t) {
            this.tokensPerArticle = t;
        }

        void rate(Benchmark.Result r) {
            rates.add(r);
        }

        void datasets(int events, double seconds) {
            this.datasetEvents = events;
            this.datasetSeconds = seconds;
        }

        void ingest(int n, double seconds, double trace, double link) {
            this.ingested = n;
            this.ingestSeconds = seconds;
            this.traceSeconds = trace;
            this.linkSeconds = link;
        }

        void update(double seconds, double trace, double link) {
            updates.add(new double[] {seconds, trace, link});
        }

        void store(long n, long before, long after, double compact) {
            this.quads = n;
            this.bytesBefore = before;
            this.bytesAfter = after;
            this.compactSeconds = compact;
        }

        void queries(List<QueryLatency.Figures> q) {
            this.queries = q;
        }

        Builder peakHeap(long peak, long live, long max) {
            this.peakHeap = peak;
            this.liveHeap = live;
            this.maxHeap = max;
            return this;
        }

        BenchReport build() {
            return new BenchReport(articles, threads, tokensPerArticle, rates, datasetEvents, datasetSeconds, ingested, ingestSeconds,
                    traceSeconds, linkSeconds, updates, quads, bytesBefore, bytesAfter, compactSeconds, queries, peakHeap, liveHeap, maxHeap);
        }
    }
}
