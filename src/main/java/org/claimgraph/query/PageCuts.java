package org.claimgraph.query;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Widens a query's cuts when it is paged. A canned query may first pick, in a sub-select ordered as
 * its answer is and limited as the answer is ({@code ORDER BY ... LIMIT 1000}), the rows' keys that
 * can reach its first rows, and join only those with the wide columns. Asking for rows further on
 * ({@code --limit}, {@code --offset}) must widen that cut to the rows asked for, or the later pages
 * would come out empty: every ordered sub-select whose LIMIT equals the query's own is given the
 * new limit plus offset (no limit when the page has none).
 *
 * <p>A cut that is not a sub-select's LIMIT (a threshold counted from aggregates, e.g. "the lowest
 * score that at least 1,000 links reach") names the rows it must reach {@value #ROWS_VARIABLE},
 * bound by {@code VALUES ?pageRows { 1000 }} next to it: that value, when it equals the query's own
 * LIMIT, becomes the rows wanted too (with no limit, a count no store reaches, so the cut keeps
 * everything). As written, the query runs anywhere (the Fuseki UI) with its first page.
 */
final class PageCuts {

    static final String ROWS_VARIABLE = "pageRows";
    /** Rows no answer reaches: a threshold cut set to it keeps every row. */
    private static final long ALL_ROWS = Long.MAX_VALUE / 2;

    private PageCuts() {}

    /**
     * Sets the limit of every ordered sub-select of {@code query} whose LIMIT is {@code writtenLimit}
     * to {@code rowsWanted} ({@link Query#NOLIMIT} for none). Changes {@code query} in place.
     */
    static void widen(Query query, long writtenLimit, long rowsWanted) {
        if (writtenLimit == Query.NOLIMIT || query.getQueryPattern() == null)
            return;
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery el) {
                Query sub = el.getQuery();
                if (sub.hasOrderBy() && sub.getLimit() == writtenLimit)
                    sub.setLimit(rowsWanted);
                widen(sub, writtenLimit, rowsWanted);
            }

            @Override
            public void visit(ElementData el) {
                Var rows = Var.alloc(ROWS_VARIABLE);
                if (!el.getVars().equals(List.of(rows)))
                    return;
                List<Binding> written = el.getRows();
                if (written.size() != 1 || !isInteger(written.get(0).get(rows), writtenLimit))
                    return;
                long wanted = rowsWanted == Query.NOLIMIT ? ALL_ROWS : rowsWanted;
                written.set(0, BindingFactory.binding(rows, NodeFactory.createLiteralDT(Long.toString(wanted), XSDDatatype.XSDinteger)));
            }
        });
    }

    private static boolean isInteger(Node value, long expected) {
        return value != null && value.isLiteral() && value.getLiteralValue() instanceof Number n && n.longValue() == expected;
    }
}
