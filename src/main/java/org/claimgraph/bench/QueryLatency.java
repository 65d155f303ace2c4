package org.claimgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.claimgraph.query.CannedQuery;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.query.QueryRunner;

/**
 * Latency of every canned query over HTTP, with the parameters of its header's example (those the
 * README shows): one untimed run, then {@code runs} timed ones, each reading the whole answer. A
 * query that fails (the server's time limit, an error) is reported as failed with its time.
 */
public final class QueryLatency {

    /**
     * One query's figures, in milliseconds.
     *
     * @param rows  rows of its answer (-1 when it failed)
     * @param error why it failed, or ""
     */
    public record Figures(String name, int rows, double p50, double p95, double max, String error) {
        String row() {
            return String.format(Locale.ROOT, "%-26s %8d %9.0f %9.0f %9.0f%s", name, rows, p50, p95, max, error.isEmpty() ? "" : "  " + error);
        }
    }

    private QueryLatency() {
    }

    static List<Figures> measure(String endpoint, int runs, Consumer<String> progress) {
        return measure(endpoint, runs, name -> true, progress);
    }

    /** As {@link #measure(String, int, Consumer)}, for the queries {@code which} accepts by name. */
    static List<Figures> measure(String endpoint, int runs, java.util.function.Predicate<String> which, Consumer<String> progress) {
        QueryRunner remote = QueryRunner.remote(endpoint);
        List<Figures> out = new ArrayList<>();
        for (CannedQuery q : QueryCatalog.builtIn().all()) {
            if (!which.test(q.name())) {
                continue;
            }
            progress.accept("query " + q.name());
            List<Double> times = new ArrayList<>();
            int rows = -1;
            String error = "";
            for (int i = 0; i <= runs && error.isEmpty(); i++) {
                long start = System.nanoTime();
                try {
                    rows = remote.countRows(q.text(), q.example());
                } catch (RuntimeException e) {
                    error = "failed: " + e.getMessage().lines().findFirst().orElse(e.toString());
                    rows = -1;
                }
                double ms = (System.nanoTime() - start) / 1e6;
                if (i > 0 || !error.isEmpty()) {
                    times.add(ms);
                }
            }
            times.sort(Double::compare);
            out.add(new Figures(q.name(), rows, percentile(times, 50), percentile(times, 95), times.get(times.size() - 1), error));
        }
        return out;
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
