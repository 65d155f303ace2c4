package org.claimgraph.serve;

import java.nio.file.Path;

import org.claimgraph.store.DatasetAssembly;
import org.claimgraph.store.StoreLockedException;

/**
 * Run in a separate JVM by {@link SparqlServerIT}: opens the store given as argument the way
 * every claimgraph command does and exits like the command line would: 0 when it opened,
 * 3 with the message on stderr when the store is locked.
 */
public final class OpenStoreMain {

    private OpenStoreMain() {}

    public static void main(String[] args) {
        try {
            DatasetAssembly.load(null, Path.of(args[0])).assemble();
            System.err.println("opened " + args[0]);
            System.exit(0);
        } catch (StoreLockedException ex) {
            System.err.println("claimgraph: " + ex.getMessage());
            System.exit(3);
        }
    }
}
