package org.claimgraph.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.claimgraph.link.EventLinker;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.store.BulkLoad;
import org.claimgraph.store.Store;
import org.claimgraph.store.WriteOutcome;
import org.claimgraph.trace.ClaimTracer;

/**
 * Writes finished article graphs into the store and then brings tracing and linking up to date:
 * the half of an ingest that {@code ingest} (articles through the pipeline) and {@code load}
 * (article graphs made elsewhere, e.g. on another machine) share. Into a store that holds no
 * article, with bulk asked for, the graphs stream into TDB2's bulk loader ({@link BulkLoad}: one
 * load, switched in whole at {@link #finish}); otherwise they are written in batches of
 * {@code batchSize} per transaction. Counts what became of each article.
 */
final class ArticleWrites implements AutoCloseable {

    private final Store store;
    private final int batchSize;
    private final Optional<BulkLoad> load;
    private final List<Store.PendingArticle> batch = new ArrayList<>();
    /** Other versions of articles the bulk load already holds: written the ordinary way after it. */
    private final List<Store.PendingArticle> afterLoad = new ArrayList<>();
    int stored;
    int unchanged;
    int replaced;
    /** The graphs of the articles stored or replaced: what the tracer and the linker take up. */
    final Set<Node> changedGraphs = new LinkedHashSet<>();

    ArticleWrites(Store store, int batchSize, boolean bulk) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        this.store = store;
        this.batchSize = batchSize;
        this.load = bulk && !store.holdsArticles() ? store.bulkLoad() : Optional.empty();
    }

    /** Writes an article, or queues it for the next batch. */
    void add(Store.PendingArticle pending) {
        if (load.isPresent()) {
            load.get().add(pending).ifPresentOrElse(outcome -> count(outcome, pending), () -> afterLoad.add(pending));
            return;
        }
        batch.add(pending);
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    /** Commits the bulk load, if any, and writes what waits. */
    void finish() {
        if (load.isPresent()) {
            load.get().commit();
        }
        for (Store.PendingArticle pending : afterLoad) {
            batch.add(pending);
            if (batch.size() >= batchSize) {
                flush();
            }
        }
        afterLoad.clear();
        flush();
    }

    /** Gives an unfinished bulk load up (the store stays as it was); written batches stay written. */
    @Override
    public void close() {
        load.ifPresent(BulkLoad::close);
    }

    /**
     * Traces the new claims across articles and links the new news to dataset events; also when
     * nothing changed but a run stopped after storing and before tracing or linking left articles
     * waiting (run again with the same files, it finds them unchanged and must still finish that work).
     */
    void traceAndLink(ReferenceData reference, IngestListener listener) {
        boolean changed = stored + replaced > 0;
        if (changed || store.waitsForTracing()) {
            listener.traced(new ClaimTracer(listener::tracing).update(store.dataset(), changedGraphs)); // new claims join the clusters
        }
        if (changed || store.waitsForLinking()) {
            // new developments, claims and tolls meet the dataset events imported before them (with none yet,
            // the update only notes the articles as linked, so a later import links them against its new events)
            EventLinker.Summary linked = new EventLinker(reference).update(store.dataset(), EventLinker.Changes.articles(changedGraphs));
            if (linked.events() > 0) {
                listener.linked(linked);
            }
        }
    }

    private void flush() {
        if (!batch.isEmpty()) {
            List<WriteOutcome> outcomes = store.write(batch);
            for (int i = 0; i < outcomes.size(); i++) {
                count(outcomes.get(i), batch.get(i));
            }
            batch.clear();
        }
    }

    /** Counts an article's outcome; one stored or replaced is one the tracer and the linker take up. */
    private void count(WriteOutcome outcome, Store.PendingArticle article) {
        count(outcome);
        if (outcome == WriteOutcome.STORED || outcome == WriteOutcome.REPLACED) {
            changedGraphs.add(Iris.articleGraph(article.id()));
        }
    }

    void count(WriteOutcome outcome) {
        switch (outcome) {
            case STORED -> stored++;
            case UNCHANGED -> unchanged++;
            case REPLACED -> replaced++;
        }
    }
}
