package org.claimgraph.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.store.Store;

/**
 * Loads article graphs made elsewhere (N-Quads written by another machine's
 * {@code export rdf --format nq}) into a store: as an ingest writes them, with TDB2's bulk loader
 * into a store that holds no article, then the text index, tracing and linking. An article stored
 * with the same fingerprint is left alone, so a load stopped half-way can simply be run again.
 */
public final class GraphLoader {

    /**
     * What a load did.
     *
     * @param skipped graph name → quads skipped (derived graphs, reference data, dataset imports)
     */
    public record Summary(int files, int articles, int stored, int unchanged, int replaced, Map<String, Long> skipped) {

        public String line() {
            return String.format("read %,d article graphs from %,d files: stored %,d, unchanged %,d, replaced %,d",
                    articles, files, stored, unchanged, replaced);
        }
    }

    /**
     * A file that cannot be loaded as it is; the message names the file, the line when known, and the
     * fix. What was stored before it stays stored (a bulk load is given up whole).
     */
    public static final class LoadException extends RuntimeException {
        LoadException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Store store;
    private final ReferenceData reference;
    private final int batchSize;
    private final boolean bulk;
    private final IngestListener listener;

    public GraphLoader(Store store, ReferenceData reference, int batchSize, boolean bulk, IngestListener listener) {
        this.store = Objects.requireNonNull(store, "store");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.batchSize = batchSize;
        this.bulk = bulk;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    public Summary load(List<Path> files) {
        store.ensureReference(reference);
        try (ArticleWrites writes = new ArticleWrites(store, batchSize, bulk)) {
            int[] read = {0};
            ArticleGraphFiles graphs = new ArticleGraphFiles(article -> {
                writes.add(article);
                listener.progress(read[0], files.size(), writes.stored + writes.unchanged + writes.replaced);
            });
            for (Path file : files) {
                read[0]++;
                graphs.read(file);
            }
            writes.finish();
            store.addRuns(graphs.runs());
            writes.traceAndLink(reference, listener);
            return new Summary(files.size(), graphs.articles(), writes.stored, writes.unchanged, writes.replaced, graphs.skipped());
        }
    }
}
