package org.claimgraph.cli;

/** The exit codes of every command (DESIGN.md). */
final class ExitCodes {
    /** All good. */
    static final int OK = 0;
    /** Some input rejected (the rest went in), or data not conforming. */
    static final int PARTIAL = 1;
    /** Usage error. */
    static final int USAGE = 2;
    /** The store is unavailable, e.g. locked by a running server. */
    static final int STORE_UNAVAILABLE = 3;

    private ExitCodes() {
    }
}
