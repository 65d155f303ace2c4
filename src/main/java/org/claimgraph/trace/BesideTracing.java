package org.claimgraph.trace;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A piece of a trace batch run on a thread of its own beside the tracer's, for work whose result the
 * tracer needs only later and that shares nothing it changes meanwhile (the claims written to the
 * index while responses are linked): tracing is otherwise one thread, and on two cores the other one
 * waited. {@link #await} rethrows what the work threw, on the tracer's thread.
 */
final class BesideTracing {

    private final FutureTask<Void> task;
    private final Thread thread;

    private BesideTracing(Runnable work, String name) {
        this.task = new FutureTask<>(work, null);
        this.thread = new Thread(task, name);
        thread.setDaemon(true);
    }

    /** Starts {@code work} on a new thread named {@code name}. */
    static BesideTracing start(String name, Runnable work) {
        BesideTracing beside = new BesideTracing(work, name);
        beside.thread.start();
        return beside;
    }

    /** Waits for the work; what it threw is thrown here. */
    void await() {
        try {
            task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + thread.getName(), e);
        }
    }

    /** Waits for the work to end, whatever it did (after a failure of the tracer's own, which is the one to report). */
    void awaitQuietly() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
