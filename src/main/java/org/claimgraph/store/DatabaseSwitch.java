package org.claimgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.StoreConnection;

/**
 * Puts a database folder written beside the current one ({@code Data-NNNN}, built in
 * {@code Data-NNNN-tmp}) in the current one's place, as TDB2's own compaction does: the finished
 * folder is renamed (the moment it becomes the store: TDB2 deletes {@code -tmp} folders when it opens
 * a store, and opens the highest {@code Data-NNNN}), the container's transactions move to it, and the
 * old folder is deleted once its last readers are done. Shared by the bulk load and the packed
 * compaction; the caller holds the container read-only ({@code startReadOnlyDatabase}) meanwhile.
 */
final class DatabaseSwitch {

    private DatabaseSwitch() {
    }

    /** The folder a new database beside {@code current} goes to: {@code Data-0001} → {@code Data-0002}. */
    static Path next(DatasetGraphTDB current) {
        Path db = Path.of(current.getLocation().getDirectoryPath());
        String name = db.getFileName().toString();
        int dash = name.lastIndexOf('-');
        int version = Integer.parseInt(name.substring(dash + 1));
        return db.resolveSibling(String.format("%s-%04d", name.substring(0, dash), version + 1));
    }

    /** Where a new database is written before it is complete. */
    static Path staging(Path target) {
        return target.resolveSibling(target.getFileName() + "-tmp");
    }

    /**
     * Renames the complete {@code staging} folder to {@code target} and switches {@code container}
     * from {@code current} to it. The staging database must be closed ({@link StoreConnection#internalExpel}).
     */
    static void switchTo(DatasetGraphSwitchable container, DatasetGraphTDB current, Path staging, Path target) throws IOException {
        Files.move(staging, target);
        DatasetGraphTDB next = StoreConnection.connectCreate(Location.create(target)).getDatasetGraphTDB();
        TransactionCoordinator before = current.getTxnSystem().getTxnMgr();
        TransactionCoordinator after = next.getTxnSystem().getTxnMgr();
        after.execExclusive(() -> {
            after.takeOverFrom(before);
            after.modifyConfigDirect(() -> before.listExternals().forEach(after::addExternal));
            if (!container.change(current, next)) {
                container.set(next);
            }
        });
    }

    /** Closes the database the store no longer uses, once its last readers have finished, and deletes it. */
    static void retire(DatasetGraphTDB old) {
        old.getTxnSystem().getTxnMgr().startExclusiveMode();
        Location location = old.getLocation();
        StoreConnection.release(location);
        IO.deleteAll(Path.of(location.getDirectoryPath()));
    }

    /** The database's settings files (tdb.cfg, *.opt), as compaction copies them. */
    static void copyConfiguration(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.equals("tdb.cfg") || name.endsWith(".opt")) {
                    Files.copy(f, to.resolve(name));
                }
            }
        }
    }
}
