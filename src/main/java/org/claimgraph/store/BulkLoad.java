package org.claimgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.vocab.CG;
import org.claimgraph.tally.Tallies;

/**
 * A first load of many articles into a store that holds none yet, past the quad-by-quad path (whose
 * B+tree inserts kept the single writer busy while the workers waited, profiled): the store's content
 * and the new articles stream through TDB2's phased bulk loader into a new database folder beside the
 * current one, {@code Data-NNNN-tmp}, which is renamed {@code Data-NNNN} when complete and switched
 * in, as TDB2's own compaction does; the text index then takes the new text in directly.
 * <p>
 * A kill before the rename leaves the store as it was (TDB2 deletes a {@code -tmp} folder when it
 * opens the store); after it, the new database is complete, its articles noted waiting for the text
 * index ({@link Iris#TEXT_PENDING_GRAPH}), which {@link Store#indexPendingText} finishes at the end
 * of the load or when the store is next opened. The tracer and the linker find the articles noted
 * waiting as after an ordinary write. Writers of the store wait while the load runs; readers see the
 * store as it was until the switch. One thread adds the articles.
 */
public final class BulkLoad implements AutoCloseable {

    /** The loader's plan: data into the primary indexes while articles stream in, the others after. */
    static final LoaderPlan PLAN = LoaderPlans.loaderPlanPhased;

    private final Store store;
    private final DatasetGraphSwitchable container;
    private final DatasetGraphTDB current;
    private final Path staging;
    private final Path target;
    private final DatasetGraphTDB loading;
    private final DataLoader loader;
    private final StreamRDF stream;
    private final Tallies tallies;
    private final Predicate<Node> textIndexed;
    /** Article id → fingerprint of what this load holds for it. */
    private final Map<String, String> loaded = new HashMap<>();
    private boolean finished;

    private BulkLoad(Store store, DatasetGraphSwitchable container, Predicate<Node> textIndexed) {
        this.store = store;
        this.container = container;
        this.textIndexed = textIndexed;
        this.current = (DatasetGraphTDB) container.get();
        Path db = Path.of(current.getLocation().getDirectoryPath());
        this.target = DatabaseSwitch.next(current);
        this.staging = DatabaseSwitch.staging(target);
        if (Files.exists(target)) {
            throw new IllegalStateException("cannot bulk-load the store: " + target + " exists already (compact the store first)");
        }
        container.startReadOnlyDatabase(); // writers wait until the switch; readers go on
        boolean started = false;
        try {
            if (Files.exists(staging)) {
                IO.deleteAll(staging); // left by a load that failed earlier in this process
            }
            Files.createDirectories(staging);
            DatabaseSwitch.copyConfiguration(db, staging);
            this.loading = StoreConnection.connectCreate(Location.create(staging)).getDatasetGraphTDB();
            // a null output would stop the loader: its index threads print their end before they signal it
            this.loader = LoaderFactory.createLoader(PLAN, loading, (format, args) -> { });
            loader.startBulk();
            this.stream = loader.stream();
            Graph reference = GraphFactory.createDefaultGraph();
            Txn.executeRead(container, () -> {
                container.prefixes().forEach(stream::prefix);
                container.find().forEachRemaining(q -> {
                    stream.quad(q);
                    if (q.getGraph().equals(Iris.REFERENCE_GRAPH)) {
                        reference.add(q.asTriple());
                    }
                });
            });
            this.tallies = Tallies.open(loading, reference);
            started = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a bulk load in " + staging + ": " + e.getMessage(), e);
        } finally {
            if (!started) {
                container.finishReadOnlyDatabase();
            }
        }
    }

    /** Starts a bulk load into {@code store}; empty when the store is no TDB2 database on disk. */
    static Optional<BulkLoad> start(Store store, DatasetGraph base, Predicate<Node> textIndexed) {
        if (!(base instanceof DatasetGraphSwitchable container) || !container.hasContainerPath()
                || !(container.get() instanceof DatasetGraphTDB tdb) || tdb.getLocation().isMem()) {
            return Optional.empty();
        }
        return Optional.of(new BulkLoad(store, container, textIndexed));
    }

    /**
     * Adds an article's graph to the load. An article this load already holds is UNCHANGED when its
     * fingerprint is the same; with other content, the answer is empty: write it the ordinary way
     * ({@link Store#write}) after {@link #commit}, which replaces it as an ingest would.
     */
    public Optional<WriteOutcome> add(Store.PendingArticle article) {
        String before = loaded.putIfAbsent(article.id(), article.fingerprint());
        if (before != null) {
            return before.equals(article.fingerprint()) ? Optional.of(WriteOutcome.UNCHANGED) : Optional.empty();
        }
        Node graph = Iris.articleGraph(article.id());
        Graph written = GraphFactory.createDefaultGraph();
        boolean[] text = {false};
        article.quads().accept(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                stream.quad(quad);
                if (quad.getGraph().equals(graph)) {
                    written.add(quad.asTriple());
                    text[0] |= textIndexed.test(quad.getPredicate());
                }
            }
        });
        tallies.add(written);
        // noted as Store.write notes them: the tracer, the linker and the text index take it from here
        stream.quad(Quad.create(Iris.TRACE_GRAPH, Iris.TRACE_GRAPH, CG.pendingArticle.asNode(), graph));
        stream.quad(Quad.create(Iris.LINKS_GRAPH, Iris.LINKS_GRAPH, CG.pendingArticle.asNode(), graph));
        if (text[0]) {
            stream.quad(Quad.create(Iris.TEXT_PENDING_GRAPH, Iris.TEXT_PENDING_GRAPH, CG.pendingArticle.asNode(), graph));
        }
        return Optional.of(WriteOutcome.STORED);
    }

    /**
     * Finishes the indexes, writes the tallies, renames the new database into place (the moment the
     * load becomes durable), switches the store to it, deletes the old one and indexes the new text.
     */
    public void commit() {
        if (finished) {
            throw new IllegalStateException("this bulk load has finished");
        }
        finished = true;
        boolean switched = false;
        try {
            loader.finishBulk();
            Txn.executeWrite(loading, tallies::apply);
            StoreConnection.internalExpel(loading.getLocation(), true);
            DatabaseSwitch.switchTo(container, current, staging, target);
            switched = true;
        } catch (IOException e) {
            discard();
            throw new UncheckedIOException("bulk load: cannot move " + staging + " to " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            if (!switched) {
                discard();
            }
            throw e;
        } finally {
            container.finishReadOnlyDatabase();
        }
        DatabaseSwitch.retire(current);
        store.indexPendingText();
    }

    /** Gives the load up: the store stays as it was. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            try {
                loader.finishBulk();
            } catch (RuntimeException e) {
                // the staging folder goes anyway
            } finally {
                discard();
                container.finishReadOnlyDatabase();
            }
        }
    }

    private void discard() {
        StoreConnection.internalExpel(loading.getLocation(), true);
        if (Files.exists(staging)) {
            IO.deleteAll(staging);
        }
    }
}
