package org.claimgraph.trace;

import java.util.Locale;

/**
 * Where a long trace stands after one of its batches: a first load of many thousand articles is
 * traced in batches of {@link ClaimTracer#BATCH} for many minutes, and without a line per batch the
 * one tracing it sees nothing between the ingest's last line and the trace summary.
 *
 * @param batch           batches traced so far in this run (1 after the first)
 * @param batches         batches this run traces in all
 * @param articles        articles traced so far in this run
 * @param totalArticles   articles this run traces in all
 * @param claims          claims traced so far
 * @param newClusters     clusters founded so far
 * @param seconds         wall time since the run began
 * @param batchArticles   articles of this batch
 * @param batchCpuSeconds CPU time of the tracing thread on this batch (on a busy machine wall time says little)
 */
public record TraceProgress(int batch, int batches, int articles, int totalArticles, int claims, int newClusters, double seconds,
        int batchArticles, double batchCpuSeconds) {

    public String line() {
        return String.format(Locale.ROOT,
                "tracing: batch %d/%d, %,d/%,d articles, %,d claims into %,d new clusters, %.0f articles/s, %.1f s;"
                        + " this batch %.0f ms CPU per article",
                batch, batches, articles, totalArticles, claims, newClusters, articles / Math.max(1e-3, seconds), seconds,
                1000 * batchCpuSeconds / Math.max(1, batchArticles));
    }
}
