package org.claimgraph.trace;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * A batch's near-duplicate articles ({@link Syndication}) and conflicting figures
 * ({@link FigureConflicts}), worked out on a thread beside the tracer's while it clusters the claims
 * and links responses: they need nothing clustering decides, only the batch's articles and the index
 * as it was before the batch. They read the articles in a read transaction of their own (the articles
 * were committed before tracing, and the tracer's write transaction changes only the trace graph) and
 * the index through postings lookups of their own, so they find what they found on the tracer's
 * thread. Profiled on a first load, they were about a tenth of tracing, with the other core idle.
 */
final class CopiesAndFigures {

    /** The links found, in the order the tracer adds them: the figures' first, then the copies'. */
    final List<Quad> quads = new ArrayList<>();
    /** The batch's articles with their shingles, for the index. */
    final List<Syndication.Copy> copies = new ArrayList<>();
    /** The batch's comparable figures, for the index. */
    List<TraceReader.Quantity> quantities = List.of();
    int conflicts;
    int duplicates;
    private final BesideTracing task;

    private CopiesAndFigures(DatasetGraph dataset, TraceIndex index, List<Node> graphs) {
        KeyPostings postings = index.separatePostings();
        this.task = BesideTracing.start("trace-copies", () -> Txn.executeRead(dataset, () -> {
            TraceReader reader = new TraceReader(dataset);
            quantities = reader.quantities(graphs);
            conflicts = FigureConflicts.link(quantities, index, quads);
            duplicates = Syndication.link(reader.articles(graphs), index, postings, reader, quads, copies);
        }));
    }

    /** Starts the work for the batch of {@code graphs}; the index must not change until {@link #await}. */
    static CopiesAndFigures start(DatasetGraph dataset, TraceIndex index, List<Node> graphs) {
        return new CopiesAndFigures(dataset, index, graphs);
    }

    /** Waits for the work and gives it; what it threw is thrown here. */
    CopiesAndFigures await() {
        task.await();
        return this;
    }

    /** Waits for the work to end, whatever it did. */
    void awaitQuietly() {
        task.awaitQuietly();
    }
}
