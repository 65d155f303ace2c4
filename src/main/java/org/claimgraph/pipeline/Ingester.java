package org.claimgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.ingest.Inputs;
import org.claimgraph.ingest.ReadResult;
import org.claimgraph.rdf.ArticleRdf;
import org.claimgraph.rdf.IngestRun;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.store.Store;
import org.claimgraph.store.WriteOutcome;

/**
 * Reads inputs, runs the pipeline and writes articles to the store in batches of
 * {@code batchSize} articles per transaction. TDB2 copies index blocks on every write
 * transaction, so one transaction per article would make the store grow many times over.
 * Articles already stored with the same content skip the pipeline.
 */
public final class Ingester {

    /** Articles per write transaction unless configured otherwise. */
    public static final int DEFAULT_BATCH_SIZE = 200;

    private final Store store;
    private final Pipeline pipeline;
    private final ReferenceData reference;
    private final int batchSize;
    private final IngestListener listener;

    private Ingester(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.pipeline = Objects.requireNonNull(b.pipeline, "pipeline");
        this.reference = Objects.requireNonNull(b.reference, "reference");
        this.batchSize = b.batchSize;
        this.listener = b.listener;
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Ingests everything {@code inputs} names; bad records are reported and skipped. */
    public IngestSummary ingest(Inputs inputs) {
        store.ensureReference(reference);
        IngestRun run = IngestRun.startNow();
        Counter counter = new Counter(inputs.files().size());
        List<Store.PendingArticle> batch = new ArrayList<>();
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
                if (store.fingerprint(article.id()).filter(fingerprint::equals).isPresent()) {
                    counter.count(WriteOutcome.UNCHANGED);
                } else {
                    ResolvedArticle resolved = pipeline.process(article);
                    batch.add(new Store.PendingArticle(article.id(), fingerprint, sink -> ArticleRdf.write(resolved, run, sink)));
                    if (batch.size() >= batchSize) {
                        flush(batch, counter);
                    }
                }
            }
            listener.progress(counter.filesSeen, counter.totalFiles, counter.read);
        });
        flush(batch, counter);
        return counter.summary();
    }

    private void flush(List<Store.PendingArticle> batch, Counter counter) {
        if (!batch.isEmpty()) {
            store.write(batch).forEach(counter::count);
            batch.clear();
        }
    }

    private static final class Counter {
        final int totalFiles;
        int filesSeen;
        String lastFile;
        int read;
        int stored;
        int unchanged;
        int replaced;
        int rejected;

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

        void count(WriteOutcome outcome) {
            switch (outcome) {
                case STORED -> stored++;
                case UNCHANGED -> unchanged++;
                case REPLACED -> replaced++;
            }
        }

        IngestSummary summary() {
            return new IngestSummary(read, stored, unchanged, replaced, rejected);
        }
    }

    /** Configures an ingest: store, pipeline and reference data are required. */
    public static final class Builder {
        private Store store;
        private Pipeline pipeline;
        private ReferenceData reference;
        private int batchSize = DEFAULT_BATCH_SIZE;
        private IngestListener listener = IngestListener.NONE;

        private Builder() {
        }

        public Builder store(Store s) {
            this.store = s;
            return this;
        }

        public Builder pipeline(Pipeline p) {
            this.pipeline = p;
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
