package org.claimgraph.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The streams a command uses: data goes to {@code out}; progress, logs and summaries to
 * {@code err}. Injected so tests can capture them.
 */
public record Io(InputStream in, PrintStream out, PrintStream err) {

    public static Io system() {
        return new Io(System.in, System.out, System.err);
    }
}
