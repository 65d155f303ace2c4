package org.claimgraph.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a per-thread function over items on a fixed pool of threads and hands the results on in
 * the order the items came in, so a parallel run gives exactly what a single-threaded one gives.
 * At most {@code 4 × threads} items are in flight (or a given window). Submit and finish from one
 * thread only.
 *
 * @param <T> items
 * @param <R> results
 */
public final class OrderedWorkers<T, R> implements AutoCloseable {

    private final ExecutorService pool;
    private final ThreadLocal<Function<T, R>> work;
    private final Consumer<R> sink;
    private final Deque<Future<R>> inFlight = new ArrayDeque<>();
    private final int window;

    /**
     * @param threads   worker threads (at least 1)
     * @param perThread makes the function each worker thread uses (e.g. a pipeline with its own taggers)
     * @param sink      receives results in submission order, on the submitting thread
     */
    public OrderedWorkers(int threads, Supplier<Function<T, R>> perThread, Consumer<R> sink) {
        this(threads, 4 * threads, perThread, sink);
    }

    /**
     * @param window items in flight at most: a sink that sometimes takes long (writing a batch) keeps
     *               the workers busy meanwhile when the window is wide
     */
    public OrderedWorkers(int threads, int window, Supplier<Function<T, R>> perThread, Consumer<R> sink) {
        if (threads < 1 || window < threads) {
            throw new IllegalArgumentException("threads must be at least 1 and the window at least threads, were " + threads + ", " + window);
        }
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "claimgraph-worker");
            t.setDaemon(true);
            return t;
        });
        this.work = ThreadLocal.withInitial(perThread);
        this.sink = sink;
        this.window = window;
    }

    /** All available processors: the default for {@code --threads}. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public void submit(T item) {
        inFlight.addLast(pool.submit(() -> work.get().apply(item)));
        while (inFlight.size() >= window) {
            deliverOldest();
        }
    }

    /** Waits for every submitted item and delivers the rest of the results. */
    public void finish() {
        while (!inFlight.isEmpty()) {
            deliverOldest();
        }
    }

    private void deliverOldest() {
        try {
            sink.accept(inFlight.removeFirst().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
