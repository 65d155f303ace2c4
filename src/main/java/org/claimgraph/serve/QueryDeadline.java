package org.claimgraph.serve;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;

/**
 * Sets a query's cancel signal when its time limit is up, from a timer of its own. ARQ's own
 * timer sets the signal under a lock that the query holds while it builds its plan, and some
 * operators do their work while the plan is built (MINUS reads its whole right side, a hash join
 * its table): ARQ's timer then waited for that work to end, so such a query ran on long past its
 * limit (one ran for minutes after its client gave up). This timer takes no lock: the checks of
 * {@link CancellableOpExecutor} see the signal and stop the work where it is.
 */
final class QueryDeadline {

    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "claimgraph-query-deadline");
        t.setDaemon(true);
        return t;
    });

    private QueryDeadline() {}

    /**
     * Arms the alarm of {@code exec}: the lower of the endpoint's limit ({@code arq:queryTimeout}
     * in its context) and the request's {@code timeout} parameter (seconds), as Fuseki reads them.
     * Only the signal is kept until then, not the query.
     */
    static void arm(HttpAction action, QueryExec exec) {
        long limit = limitMillis(action, exec.getContext());
        AtomicBoolean signal = Context.getCancelSignal(exec.getContext());
        if (limit > 0 && signal != null)
            ALARMS.schedule(() -> signal.set(true), limit, TimeUnit.MILLISECONDS);
    }

    private static long limitMillis(HttpAction action, Context context) {
        Timeouts.Timeout configured = Timeouts.extractQueryTimeout(context);
        long limit = configured != null && configured.hasOverallTimeout() ? configured.overallTimeoutMillis() : -1;
        String asked = action.getRequestParameter("timeout");
        if (asked != null) {
            Pair<Long, Long> parsed = Timeouts.parseTimeoutStr(asked, TimeUnit.SECONDS);
            long requested = parsed == null ? -1 : parsed.getRight();
            if (requested > 0)
                limit = limit > 0 ? Math.min(limit, requested) : requested;
        }
        return limit;
    }
}
