package org.claimgraph.cli;

import java.nio.file.Path;
import org.claimgraph.store.Store;
import picocli.CommandLine.Option;

/** {@code --store} and {@code --config}, shared by every command that opens the store. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR",
            description = "Store folder (default: $CLAIMGRAPH_STORE, else ./data/store).")
    Path store;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Fuseki configuration describing the dataset (default: the built-in fuseki-config/config.ttl).")
    Path config;

    Path storeDir() {
        if (store != null) {
            return store;
        }
        String env = System.getenv("CLAIMGRAPH_STORE");
        return env != null && !env.isBlank() ? Path.of(env) : Store.DEFAULT_DIR;
    }

    Store open() {
        return Store.open(storeDir(), config);
    }
}
