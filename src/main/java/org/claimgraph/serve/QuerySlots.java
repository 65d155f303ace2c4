package org.claimgraph.serve;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * At most N queries at once on the public read endpoints: a request that finds every slot taken is
 * answered 503 with {@code Retry-After} at once, instead of queueing behind long queries (and
 * holding a Jetty thread and memory while it waits).
 */
final class QuerySlots implements Filter {

    private final Semaphore slots;
    private final int retryAfterSeconds;

    QuerySlots(int slots, int retryAfterSeconds) {
        this.slots = new Semaphore(slots);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!slots.tryAcquire()) {
            HttpServletResponse out = (HttpServletResponse) response;
            out.setStatus(503);
            out.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
            out.setContentType("text/plain;charset=utf-8");
            out.getWriter().println("the server is answering as many queries as it takes at once: retry in "
                    + retryAfterSeconds + " s");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            slots.release();
        }
    }
}
