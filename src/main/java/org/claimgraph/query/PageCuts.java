package org.claimgraph.query;

import org.apache.jena.query.Query;
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
 */
final class PageCuts {

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
        });
    }
}
