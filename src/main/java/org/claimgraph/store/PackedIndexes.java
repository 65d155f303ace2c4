package org.claimgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.query.TxnType;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.loader.base.LoaderOps;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Rewrites a TDB2 database with every B+tree packed full, as TDB2's xloader builds them, and switches
 * the store to it. Measured on a compacted 2,000-article bench store: TDB2's compaction copies the
 * data quad by quad, which fills the blocks of its indexes 50–63% (a B+tree split leaves two
 * half-full blocks, and the quads arrive sorted for one index only), so the six quad indexes took
 * 1,040 MB where their records (32 bytes a quad) need 96 MB each.
 * <p>
 * The node table's data file is copied as it is, so every node keeps its id; each index is then
 * written bottom-up from the old index's records, which it yields already in the index's order (no
 * sort, no memory that grows with the store). The result is an ordinary TDB2 database, the kind
 * {@code tdb2.xloader} writes. Its blocks are full, so the first writes after it split blocks (and
 * a write transaction copies the blocks it touches anyway); the next compaction packs them again.
 * Writers wait while this runs; readers see the database as it was. A kill leaves a
 * {@code Data-NNNN-tmp} folder, which TDB2 deletes when it next opens the store.
 */
final class PackedIndexes {

    private PackedIndexes() {
    }

    /** Rewrites the database {@code container} uses with packed indexes and switches to it. */
    static void repack(DatasetGraphSwitchable container) {
        DatasetGraphTDB current = (DatasetGraphTDB) container.get();
        Path db = Path.of(current.getLocation().getDirectoryPath());
        Path target = DatabaseSwitch.next(current);
        Path staging = DatabaseSwitch.staging(target);
        if (Files.exists(target)) {
            throw new IllegalStateException("cannot pack the store's indexes: " + target + " exists already");
        }
        List<String> rebuilt = rebuilt(current.getStoreParams());
        container.startReadOnlyDatabase(); // writers wait until the switch; readers go on
        boolean switched = false;
        try {
            if (Files.exists(staging)) {
                IO.deleteAll(staging);
            }
            Files.createDirectories(staging);
            Txn.executeRead(container, () -> copyAllBut(db, staging, rebuilt));
            DatasetGraphTDB packed = StoreConnection.connectCreate(Location.create(staging)).getDatasetGraphTDB();
            try {
                Txn.executeRead(container, () -> {
                    pack(nodeIndex(current), nodeIndex(packed));
                    for (String name : indexNames(current.getStoreParams())) {
                        pack(index(current, name), index(packed, name));
                    }
                });
            } finally {
                StoreConnection.internalExpel(packed.getLocation(), true);
            }
            DatabaseSwitch.switchTo(container, current, staging, target);
            switched = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack the store's indexes in " + staging + ": " + e.getMessage(), e);
        } finally {
            if (!switched && Files.exists(staging)) {
                IO.deleteAll(staging);
            }
            container.finishReadOnlyDatabase();
        }
        DatabaseSwitch.retire(current);
    }

    /** The B+trees written again: the node table's hash index and every triple and quad index. */
    private static List<String> rebuilt(StoreParams params) {
        List<String> names = new ArrayList<>(indexNames(params));
        names.add(params.getNodeTableBaseName());
        return names;
    }

    private static List<String> indexNames(StoreParams params) {
        List<String> names = new ArrayList<>(List.of(params.getTripleIndexes()));
        names.addAll(List.of(params.getQuadIndexes()));
        return names;
    }

    /**
     * Copies the files of the database that stay as they are: the node table's data (so node ids stay
     * the same), the prefixes, the settings; not the lock, the journal (empty with no writer) or the
     * B+trees written again (a B+tree is its .bpt, .dat and .idn files).
     */
    private static void copyAllBut(Path from, Path to, List<String> rebuilt) {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                int dot = name.lastIndexOf('.');
                String base = dot < 0 ? name : name.substring(0, dot);
                boolean tree = name.endsWith(".bpt") || name.endsWith(".dat") || name.endsWith(".idn");
                if (Files.isRegularFile(f) && !name.equals("tdb.lock") && !name.endsWith(".jrnl") && !(tree && rebuilt.contains(base))) {
                    Files.copy(f, to.resolve(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    private static BPlusTree nodeIndex(DatasetGraphTDB dsg) {
        return LoaderOps.ntBPTree(dsg.getQuadTable().getNodeTupleTable().getNodeTable());
    }

    private static BPlusTree index(DatasetGraphTDB dsg, String name) {
        TupleIndex index = TDBInternal.findIndex(dsg, name);
        if (index == null) {
            throw new IllegalStateException("no index " + name + " in " + dsg.getLocation());
        }
        return LoaderOps.idxBTree(index);
    }

    /**
     * Writes the records of {@code from} (read in the caller's read transaction) bottom-up into the
     * empty tree {@code to}, in a write transaction of {@code to} alone, as the xloader does.
     */
    private static void pack(BPlusTree from, BPlusTree to) {
        if (from.isEmpty()) {
            return;
        }
        TransactionCoordinator coordinator = CoLib.newCoordinator();
        coordinator.add(to);
        coordinator.start();
        Transaction txn = coordinator.begin(TxnType.WRITE);
        try {
            BPlusTreeRewriter.packIntoBPlusTree(from.iterator(), to.getParams(), to.getRecordFactory(),
                    to.getStateManager().getBufferChannel(), to.getNodeManager().getBlockMgr(), to.getRecordsMgr().getBlockMgr());
            txn.commit();
        } catch (RuntimeException | Error e) {
            txn.abort();
            throw e;
        } finally {
            txn.end();
        }
    }
}
