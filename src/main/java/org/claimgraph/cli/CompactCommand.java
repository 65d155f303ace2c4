package org.claimgraph.cli;

import java.util.concurrent.Callable;
import org.claimgraph.store.Store;
import org.claimgraph.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compact the TDB2 store: reclaim the space that earlier write transactions left behind.")
final class CompactCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    StoreOptions store;

    CompactCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Store s = store.open();
        long before = StoreStats.bytesOnDisk(store.storeDir());
        s.compact();
        long after = StoreStats.bytesOnDisk(store.storeDir());
        io.err().printf("compacted %s: %,d bytes -> %,d bytes%n", store.storeDir(), before, after);
        return ExitCodes.OK;
    }
}
