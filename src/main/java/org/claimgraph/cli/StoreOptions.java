package org.claimgraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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

    /**
     * The store for a command that only reads it ({@code query}, {@code export}, {@code stats}): empty,
     * with a message on {@code err} that names the folder, when there is no store there (reading must
     * not create one); a store that holds no article is opened, with a note that says so, since an
     * empty answer from it looks like a wrong query. Both point at the demo's store when it exists.
     */
    Optional<Store> openForReading(String command, PrintStream err) {
        Path dir = storeDir();
        if (!Files.isDirectory(dir)) {
            err.println("claimgraph " + command + ": there is no store at " + dir + ": " + whereArticlesAre(dir));
            return Optional.empty();
        }
        Store opened = open();
        if (!opened.holdsArticles()) {
            err.println("claimgraph " + command + ": note: the store at " + dir + " holds no articles, so the answer is empty: "
                    + whereArticlesAre(dir));
        }
        return Optional.of(opened);
    }

    /** Where a newcomer's articles probably are: the demo's store when it exists, else how to add some. */
    private static String whereArticlesAre(Path dir) {
        Path demo = Path.of(System.getProperty("claimgraph.home", ".")).resolve("data").resolve("demo");
        if (Files.isDirectory(demo) && !demo.toAbsolutePath().normalize().equals(dir.toAbsolutePath().normalize())) {
            return "the demo's articles are in " + demo + " (add --store " + demo + ")";
        }
        return "give --store DIR (or set CLAIMGRAPH_STORE), or add articles with `claimgraph ingest --store " + dir + " FILES`";
    }
}
