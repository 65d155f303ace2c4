package org.claimgraph.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.ingest.Inputs;
import org.claimgraph.ingest.ReadResult;
import org.claimgraph.rdf.ArticleRdf;
import org.claimgraph.rdf.IngestRun;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.store.BulkLoad;
import org.claimgraph.store.Store;
import org.claimgraph.store.WriteOutcome;
import org.claimgraph.link.EventLinker;
import org.claimgraph.trace.ClaimTracer;

/**
 * Reads inputs, runs the pipeline and writes articles to the store in batches of
 * {@code batchSize} articles per transaction. TDB2 copies index blocks on every write
 * transaction, so one transaction per article would make the store grow many times over.
 * Articles already stored with the same content skip the pipeline. Into a store that holds no
 * article yet, when built with {@link Builder#bulk}, the articles go through TDB2's bulk loader
 * instead ({@link BulkLoad}): one load for the whole input, the same store as batch by batch. When anything was stored,
 * claims are then traced across articles ({@link ClaimTracer}), and the new articles' news linked
 * to the dataset events of earlier imports ({@link EventLinker}; with none, they are only noted as
 * linked, so a later import links them against its events).
 */
public final class Ingester {

    /** Articles per write transaction unless configured otherwise. */
    public static final int DEFAULT_BATCH_SIZE = 200;

    private final Store store;
    private final Supplier<Pipeline> pipelines;
    private final ReferenceData reference;
    private final int batchSize;
    private final int threads;
    private final IngestListener listener;
    private final boolean bulk;

    private Ingester(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.pipelines = Objects.requireNonNull(b.pipelines, "pipelines");
        this.reference = Objects.requireNonNull(b.reference, "reference");
        this.batchSize = b.batchSize;
        this.threads = b.threads;
        this.listener = b.listener;
        this.bulk = b.bulk;
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Ingests everything {@code inputs} names; bad records are reported and skipped. Articles are
     * processed on {@code threads} threads and written in input order, so the store ends the same
     * whatever the thread count.
     */
    public IngestSummary ingest(Inputs inputs) {
        store.ensureReference(reference);
        IngestRun run = IngestRun.startNow();
        Counter counter = new Counter(inputs.files().size());
        Map<String, String[]> seen = new HashMap<>(); // article id → origin and fingerprint of its last version in this run
        Supplier<Function<Article, Store.PendingArticle>> perThread = () -> {
            Pipeline pipeline = pipelines.get();
            return article -> {
                ResolvedArticle resolved = pipeline.process(article);
                // the quads are made here, on the worker, and the article's analysis let go: the writer only writes
                List<Quad> quads = new ArrayList<>();
                ArticleRdf.write(resolved, run, new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        quads.add(q);
                    }
                });
                return new Store.PendingArticle(article.id(), ArticleRdf.fingerprint(article), sink -> quads.forEach(sink::quad));
            };
        };
        // a batch's worth in flight: the workers go on with the next articles while a batch is written
        int window = Math.max(4 * threads, batchSize);
        try (ArticleWrites writes = new ArticleWrites(store, batchSize, bulk)) {
            counter.writes = writes;
            try (OrderedWorkers<Article, Store.PendingArticle> workers = new OrderedWorkers<>(threads, window, perThread, writes::add)) {
                inputs.read(result -> {
                    counter.read++;
                    counter.seeFile(result.origin());
                    if (result instanceof ReadResult.Rejected rejected) {
                        counter.rejected++;
                        listener.rejected(rejected);
                    } else if (result instanceof ReadResult.Read read) {
                        read.warnings().forEach(w -> listener.warning(read.origin(), w));
                        Article article = read.article();
                        String fingerprint = ArticleRdf.fingerprint(article);
                        String[] earlier = seen.put(article.id(), new String[] {read.origin(), fingerprint});
                        if (earlier != null && !earlier[1].equals(fingerprint)) {
                            // written in input order, so the later version replaces the earlier: said, so neither goes unnoticed
                            listener.warning(read.origin(), "the same URL as " + earlier[0] + " with another text: this later one replaces it");
                        }
                        if (store.fingerprint(article.id()).filter(fingerprint::equals).isPresent()) {
                            writes.count(WriteOutcome.UNCHANGED);
                        } else {
                            workers.submit(article);
                        }
                    }
                    listener.progress(counter.filesSeen, counter.totalFiles, counter.read);
                });
                workers.finish();
            }
            writes.finish();
            writes.traceAndLink(reference, listener);
        }
        return counter.summary();
    }

    private static final class Counter {
        final int totalFiles;
        int filesSeen;
        String lastFile;
        int read;
        int rejected;
        ArticleWrites writes;

        Counter(int files) {
            this.totalFiles = files;
        }

        /** Counts a file when its first record arrives; JSON Lines origins carry a ":line" suffix. */
        void seeFile(String origin) {
            String file = origin.replaceFirst(":\\d+$", "");
            if (!file.equals(lastFile)) {
                lastFile = file;
                filesSeen++;
            }
        }

        IngestSummary summary() {
            return new IngestSummary(read, writes.stored, writes.unchanged, writes.replaced, rejected);
        }
    }

    /** Configures an ingest: store, pipelines and reference data are required. */
    public static final class Builder {
        private Store store;
        private Supplier<Pipeline> pipelines;
        private ReferenceData reference;
        private int batchSize = DEFAULT_BATCH_SIZE;
        private int threads = 1;
        private IngestListener listener = IngestListener.NONE;
        private boolean bulk;

        private Builder() {
        }

        /**
         * Whether articles going into a store that holds none are bulk-loaded ({@link BulkLoad}: same
         * store, same guarantees, less time for many articles); default false.
         */
        public Builder bulk(boolean b) {
            this.bulk = b;
            return this;
        }

        public Builder store(Store s) {
            this.store = s;
            return this;
        }

        /** Makes one pipeline per worker thread (pipelines are not thread-safe). */
        public Builder pipelines(Supplier<Pipeline> p) {
            this.pipelines = p;
            return this;
        }

        /** Worker threads for the NLP and extraction stages; default 1. */
        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        public Builder reference(ReferenceData r) {
            this.reference = r;
            return this;
        }

        public Builder batchSize(int n) {
            this.batchSize = n;
            return this;
        }

        public Builder listener(IngestListener l) {
            this.listener = Objects.requireNonNull(l, "listener");
            return this;
        }

        public Ingester build() {
            return new Ingester(this);
        }
    }
}
