package org.claimgraph.serve;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;

/**
 * A read view of a graph for one query's path evaluation: every {@code find}, and every 1,024th
 * triple it yields, checks the query's cancel signal and throws {@link QueryCancelledException}
 * once it is set. See {@link CancellableOpExecutor}.
 */
final class CancelCheckingGraph extends GraphWrapper {

    private final AtomicBoolean cancel;

    CancelCheckingGraph(Graph graph, AtomicBoolean cancel) {
        super(graph);
        this.cancel = cancel;
    }

    @Override
    public ExtendedIterator<Triple> find(Triple m) {
        check();
        return new Checked(super.find(m));
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        check();
        return new Checked(super.find(s, p, o));
    }

    private void check() {
        if (cancel.get())
            throw new QueryCancelledException();
    }

    private final class Checked extends NiceIterator<Triple> {
        private final ExtendedIterator<Triple> triples;
        private int seen;

        Checked(ExtendedIterator<Triple> triples) {
            this.triples = triples;
        }

        @Override
        public boolean hasNext() {
            if ((++seen & 1023) == 0 && cancel.get()) {
                triples.close();
                throw new QueryCancelledException();
            }
            return triples.hasNext();
        }

        @Override
        public Triple next() {
            return triples.next();
        }

        @Override
        public void close() {
            triples.close();
        }
    }
}
