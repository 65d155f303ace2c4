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
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fuseki's query operation with a cap on the rows of a SELECT answer. A query without a LIMIT, or
 * with a larger one, runs with {@code LIMIT cap + 1} and its answer carries the header
 * {@value #HEADER} (the cap); one that had more rows than the cap is cut there and also carries
 * {@value #CUT_HEADER}{@code : true} (and is logged). Every SELECT answer is evaluated to its end
 * before it is sent ({@link SpooledRows}), so the headers can say whether it was cut and a time-out
 * is a 503, never an answer broken off mid-stream.
 */
final class CappedQuery extends SPARQL_QueryDataset {

    static final String HEADER = "X-Claimgraph-Row-Limit";
    /** Present, {@code true}, on an answer that had more rows than the cap and was cut there. */
    static final String CUT_HEADER = "X-Claimgraph-Rows-Cut";
    private static final Logger LOG = LoggerFactory.getLogger(SparqlServer.class);

    private final long cap;

    CappedQuery(long cap) {
        this.cap = cap;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, query, dataset);
        QueryDeadline.arm(action, exec);
        return exec;
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
        if (!result.isRowSet()) {
            // CONSTRUCT and DESCRIBE build their graph, ASK its answer, before anything is sent
            super.sendResults(action, result, prologue);
            return;
        }
        RowSet rows = result.rowSet();
        boolean capped = action.getResponse().containsHeader(HEADER);
        long[] sent = {0};
        boolean[] cut = {false};
        Iterator<Binding> firstRows = new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (!rows.hasNext())
                    return false;
                if (!capped || sent[0] < cap)
                    return true;
                cut[0] = true;
                return false;
            }

            @Override
            public Binding next() {
                sent[0]++;
                return rows.next();
            }
        };
        List<Var> vars = rows.getResultVars();
        try (SpooledRows spooled = SpooledRows.of(RowSetStream.create(vars, firstRows))) {
            if (cut[0]) {
                LOG.info("[{}] answer cut at {} rows ({} header)", action.id, cap, CUT_HEADER);
                action.setResponseHeader(CUT_HEADER, "true");
            }
            super.sendResults(action, new QueryExecResult(spooled.rows()), prologue);
        }
    }
}
