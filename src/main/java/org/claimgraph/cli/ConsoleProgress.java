package org.claimgraph.cli;

import java.io.PrintStream;
import org.claimgraph.ingest.ReadResult;
import org.claimgraph.pipeline.IngestListener;
import org.claimgraph.link.EventLinker;
import org.claimgraph.trace.ClaimTracer;
import org.claimgraph.trace.TraceProgress;

/**
 * Reports an ingest on stderr: every rejected record with its origin and reason, warnings, and on
 * a terminal a progress bar redrawn at most ten times a second.
 */
final class ConsoleProgress implements IngestListener {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    ConsoleProgress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void rejected(ReadResult.Rejected rejection) {
        clearLine();
        err.println("rejected " + rejection.origin() + ": " + rejection.reason());
    }

    @Override
    public void warning(String origin, String message) {
        clearLine();
        err.println("warning " + origin + ": " + message);
    }

    @Override
    public void progress(int files, int totalFiles, int records) {
        if (!terminal) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L && files < totalFiles) {
            return;
        }
        lastDraw = now;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        int filled = totalFiles > 0 ? Math.min(WIDTH, files * WIDTH / totalFiles) : 0;
        err.printf("\r[%s%s] %d/%d files, %d articles, %.0f/s ",
                "#".repeat(filled), " ".repeat(WIDTH - filled), files, totalFiles, records, records / seconds);
        err.flush();
        drawn = true;
    }

    /** A line per traced batch, on a terminal or not (a log of a long load shows it too); none for a single batch, whose summary follows at once. */
    @Override
    public void tracing(TraceProgress progress) {
        if (progress.batches() > 1) {
            clearLine();
            err.println(progress.line());
        }
    }

    @Override
    public void traced(ClaimTracer.Summary summary) {
        clearLine();
        err.println(summary.line());
    }

    @Override
    public void linked(EventLinker.Summary summary) {
        clearLine();
        err.println(summary.line());
    }

    /** Rows read so far of a dataset import, on a terminal, at most ten times a second. */
    void rows(long rows) {
        if (!terminal) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        err.printf("\r%,d rows, %,.0f/s ", rows, rows / Math.max(1e-3, (now - started) / 1e9));
        err.flush();
        drawn = true;
    }

    /** Ends the progress line so the next message starts on a line of its own. */
    void finish() {
        clearLine();
    }

    private void clearLine() {
        if (drawn) {
            err.println();
            drawn = false;
        }
    }
}
