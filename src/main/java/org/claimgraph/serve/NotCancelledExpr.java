package org.claimgraph.serve;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.ExprVars;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * A FILTER conjunct that is always true and checks the query's cancel signal each time it is
 * evaluated, throwing {@link QueryCancelledException} once it is set. TDB2 evaluates a filter with
 * the patterns it follows, inside its own matching, and the filter's loop over rejected rows
 * checks no signal: {@code FILTER(... never true ...)} over a large join ran on long after the
 * time limit. Put first in the filter's list and mentioning every variable of the filter, it is
 * placed where the filter is and evaluated for every row the filter sees. Its arguments are never
 * evaluated (an unbound one would make the row fail).
 */
final class NotCancelledExpr extends ExprFunctionN {

    private final AtomicBoolean cancel;

    private NotCancelledExpr(ExprList args, AtomicBoolean cancel) {
        super("claimgraph:notCancelled", args);
        this.cancel = cancel;
    }

    /** {@code filter} with this check first, mentioning the filter's variables. */
    static ExprList guard(ExprList filter, AtomicBoolean cancel) {
        ExprList args = new ExprList();
        for (Var v : ExprVars.getVarsMentioned(filter))
            args.add(new ExprVar(v));
        ExprList guarded = new ExprList(new NotCancelledExpr(args, cancel));
        guarded.addAll(filter);
        return guarded;
    }

    @Override
    protected NodeValue evalSpecial(Binding binding, FunctionEnv env) {
        if (cancel.get())
            throw new QueryCancelledException();
        return NodeValue.TRUE;
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        if (cancel.get())
            throw new QueryCancelledException();
        return NodeValue.TRUE;
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new NotCancelledExpr(newArgs, cancel);
    }
}
