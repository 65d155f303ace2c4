package org.claimgraph.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimgraph.store.StoreStats;
import org.claimgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print what the store holds: articles, publishers, mentions, entities, graphs, quads, bytes on disk (TSV).")
final class StatsCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    StoreOptions store;

    StatsCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Optional<Store> s = store.openForReading("stats", io.err());
        if (s.isEmpty()) {
            return ExitCodes.STORE_UNAVAILABLE;
        }
        StoreStats.of(s.get().dataset(), store.storeDir()).forEach((k, v) -> io.out().println(k + "\t" + v));
        io.out().flush();
        return ExitCodes.OK;
    }
}
