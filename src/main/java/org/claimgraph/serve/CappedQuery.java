package org.claimgraph.serve;

import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fuseki's query operation with a cap on the rows of a SELECT answer. A query without a LIMIT, or
 * with a larger one, runs with {@code LIMIT cap} and its answer carries the header
 * {@value #HEADER} (the cap): an answer of exactly that many rows was cut there, which is also
 * logged. Headers go out before the rows, so the header says the cap was applied, the row count
 * whether it cut anything.
 */
final class CappedQuery extends SPARQL_QueryDataset {

    static final String HEADER = "X-Claimgraph-Row-Limit";
    private static final Logger LOG = LoggerFactory.getLogger(SparqlServer.class);

    private final long cap;

    CappedQuery(long cap) {
        this.cap = cap;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight() == null ? query : decided.getRight();
        if (!q.isSelectType() || (q.hasLimit() && q.getLimit() <= cap))
            return decided;
        Query capped = q.cloneQuery();
        // one row more than the cap, so that the answer knows whether it was cut
        capped.setLimit(cap + 1);
        action.setResponseHeader(HEADER, Long.toString(cap));
        return Pair.create(decided.getLeft(), capped);
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, org.apache.jena.sparql.core.Prologue prologue) {
        if (!result.isRowSet() || !action.getResponse().containsHeader(HEADER)) {
            super.sendResults(action, result, prologue);
            return;
        }
        RowSet rows = result.rowSet();
        long id = action.id;
        Iterator<Binding> firstRows = new Iterator<>() {
            long sent;

            @Override
            public boolean hasNext() {
                if (!rows.hasNext())
                    return false;
                if (sent < cap)
                    return true;
                LOG.info("[{}] answer cut at {} rows ({} header)", id, cap, HEADER);
                return false;
            }

            @Override
            public Binding next() {
                sent++;
                return rows.next();
            }
        };
        List<Var> vars = rows.getResultVars();
        super.sendResults(action, new QueryExecResult(RowSetStream.create(vars, firstRows)), prologue);
    }
}
