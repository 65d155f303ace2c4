package org.claimgraph.serve;

import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.iterator.QueryIter1;
import org.apache.jena.sparql.engine.iterator.QueryIterPath;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.engine.iterator.QueryIterTopN;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's operator executor with the query's cancel signal checked where ARQ 5.6.0 does not check
 * it: inside a property-path evaluation (ARQ evaluates a closure from one start node to its end
 * before it looks at the signal again, so {@code ?a :p* ?b} over a large linked graph ran seconds
 * past the time limit) and inside a sort's comparisons (a sort of a chunk of rows by an expensive
 * key). ARQ's time limit sets the signal ({@code QueryExecDataset}); here the work that sees it
 * throws {@link QueryCancelledException}, so the thread that runs the query stops: Fuseki answers
 * 503 from that same thread once it has stopped. No thread is interrupted: an interrupt during a
 * TDB2 file read would close the store's file channel.
 * <p>
 * Registered on the served dataset's context by {@link #register(Context)}; every query on that
 * dataset, whatever its endpoint, runs through it. A query without a time limit has a signal that
 * is never set, and runs as before.
 */
final class CancellableOpExecutor extends OpExecutorTDB2 {

    /** The factory to set on a dataset's context ({@link QC#setFactory}). */
    static final OpExecutorFactory FACTORY = CancellableOpExecutor::new;

    private CancellableOpExecutor(ExecutionContext execCxt) {
        super(execCxt);
    }

    /** Makes every query on a dataset with this context run through this executor. */
    static void register(Context datasetContext) {
        QC.setFactory(datasetContext, FACTORY);
    }

    /**
     * Every operator's rows pass a check of the signal. ARQ checks it in an iterator's own
     * {@code hasNext}, and not every iterator has it (TDB2's pattern matching does not), so a loop
     * that pulls and rejects row after row without returning one — a FILTER that keeps nothing,
     * MINUS or a hash join building its table from a large input, an aggregate sub-select run for
     * each row of an OPTIONAL — ran to its end past the limit: such a query kept a core busy for
     * minutes after its client had been answered.
     */
    @Override
    protected QueryIterator exec(Op op, QueryIterator input) {
        QueryIterator rows = super.exec(op, input);
        AtomicBoolean cancel = execCxt.getCancelSignal();
        return cancel == null ? rows : new CancelCheckingRows(rows, cancel, execCxt);
    }

    /** A filter checks the signal for every row it sees, not only for those it keeps ({@link NotCancelledExpr}). */
    @Override
    protected QueryIterator execute(OpFilter opFilter, QueryIterator input) {
        AtomicBoolean cancel = execCxt.getCancelSignal();
        if (cancel == null)
            return super.execute(opFilter, input);
        return super.execute(OpFilter.filterDirect(NotCancelledExpr.guard(opFilter.getExprs(), cancel), opFilter.getSubOp()), input);
    }

    @Override
    protected QueryIterator execute(OpPath opPath, QueryIterator input) {
        AtomicBoolean cancel = execCxt.getCancelSignal();
        if (cancel == null)
            return super.execute(opPath, input);
        // the path engine reads the active graph only: give it one that checks the signal on every read
        Graph watched = new CancelCheckingGraph(execCxt.getActiveGraph(), cancel);
        return new QueryIterPath(opPath.getTriplePath(), input, ExecutionContext.copyChangeActiveGraph(execCxt, watched));
    }

    @Override
    protected QueryIterator execute(OpOrder opOrder, QueryIterator input) {
        QueryIterator rows = exec(opOrder.getSubOp(), input);
        return new QueryIterSort(rows, checked(new BindingComparator(opOrder.getConditions(), execCxt)), execCxt);
    }

    @Override
    protected QueryIterator execute(OpTopN opTop, QueryIterator input) {
        Comparator<Binding> order = checked(new BindingComparator(opTop.getConditions(), execCxt));
        if (opTop.getSubOp() instanceof OpDistinct distinct)
            return new QueryIterTopN(exec(distinct.getSubOp(), input), order, opTop.getLimit(), true, execCxt);
        return new QueryIterTopN(exec(opTop.getSubOp(), input), order, opTop.getLimit(), false, execCxt);
    }

    private Comparator<Binding> checked(Comparator<Binding> order) {
        AtomicBoolean cancel = execCxt.getCancelSignal();
        return cancel == null ? order : new CancelCheckingComparator(order, cancel);
    }

    /** Rows that stop with {@link QueryCancelledException} once the signal is set (checked before each row). */
    private static final class CancelCheckingRows extends QueryIter1 {
        private final AtomicBoolean cancel;

        CancelCheckingRows(QueryIterator rows, AtomicBoolean cancel, ExecutionContext execCxt) {
            super(rows, execCxt);
            this.cancel = cancel;
        }

        @Override
        protected boolean hasNextBinding() {
            if (cancel.get())
                throw new QueryCancelledException();
            return getInput().hasNext();
        }

        @Override
        protected Binding moveToNextBinding() {
            return getInput().nextBinding();
        }

        @Override
        protected void requestSubCancel() {
        }

        @Override
        protected void closeSubIterator() {
        }
    }

    /** A comparator that stops a sort in progress once the signal is set (checked every 1,024 comparisons). */
    private static final class CancelCheckingComparator implements Comparator<Binding> {
        private final Comparator<Binding> order;
        private final AtomicBoolean cancel;
        private int calls;

        CancelCheckingComparator(Comparator<Binding> order, AtomicBoolean cancel) {
            this.order = order;
            this.cancel = cancel;
        }

        @Override
        public int compare(Binding a, Binding b) {
            if ((++calls & 1023) == 0 && cancel.get())
                throw new QueryCancelledException();
            return order.compare(a, b);
        }
    }
}
