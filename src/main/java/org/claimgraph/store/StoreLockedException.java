package org.claimgraph.store;

import java.nio.file.Path;

/**
 * The store is held by another process: TDB2 (or the Lucene text index beside it) refused
 * its lock. Usually a running {@code claimgraph serve}; the command line maps this to exit
 * code 3 ("store unavailable").
 */
public final class StoreLockedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path store;

    public StoreLockedException(Path store, Throwable cause) {
        super(message(store), cause);
        this.store = store;
    }

    /** The store directory that could not be opened. */
    public Path store() {
        return store;
    }

    static String message(Path store) {
        return "store " + store + " is locked by another process (a running `claimgraph serve`?): "
                + "stop it, or query it with --endpoint http://localhost:3030/claimgraph/sparql and send articles and dataset files "
                + "with ingest/link --endpoint http://localhost:3030/claimgraph --auth-file FILE (the port the server was started on)";
    }
}
