package org.claimgraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.Literals;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.vocab.CG;
import org.claimgraph.tally.Tallies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TDB2 store with its full-text index: one named graph per article, the ontology and the
 * reference data in graphs of their own. Every access runs in a {@link Txn} transaction; a batch of
 * articles is one write transaction, so a kill leaves each article either wholly old or wholly new.
 * The dataset stays open for the life of the process (a server in the same JVM may share it); the
 * operating system releases the store's lock when the process ends.
 */
public final class Store {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    /** Default store folder, relative to the working directory. */
    public static final Path DEFAULT_DIR = Path.of("data", "store");

    private final DatasetGraph dataset;
    /** The TDB2 database under the text index's wrapper (the dataset itself when it has none). */
    private final DatasetGraph base;
    /** Whether the text index indexes a predicate's objects. */
    private final Predicate<Node> indexed;

    private Store(DatasetGraph dataset) {
        this.dataset = dataset;
        this.base = tdb2(dataset).orElse(dataset);
        this.indexed = textIndexed(dataset);
    }

    /**
     * Opens (creating if needed) the store in {@code dir} as {@code configFile} (null: the built-in
     * Fuseki configuration) describes it.
     *
     * @throws StoreLockedException when another process has it open
     */
    public static Store open(Path dir, Path configFile) {
        Store store = new Store(DatasetAssembly.load(configFile, dir).assemble().asDatasetGraph());
        store.indexPendingText(); // a bulk load stopped after its data went in
        return store;
    }

    /** A store over a dataset someone else owns, such as the one a running server uses. */
    public static Store over(DatasetGraph dataset) {
        return new Store(dataset);
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /** Loads the ontology and reference data into their graphs unless this version is already there. */
    public boolean ensureReference(ReferenceData data) {
        Node marker = NodeFactory.createLiteralString(data.hash());
        boolean current = Txn.calculateRead(dataset,
                () -> dataset.contains(Iris.REFERENCE_GRAPH, Iris.REFERENCE_GRAPH, CG.contentHash.asNode(), marker));
        if (current) {
            return false;
        }
        Txn.executeWrite(dataset, () -> {
            replaceGraph(Iris.ONTOLOGY_GRAPH, data.ontology());
            replaceGraph(Iris.REFERENCE_GRAPH, data.reference());
            dataset.add(Iris.REFERENCE_GRAPH, Iris.REFERENCE_GRAPH, CG.contentHash.asNode(), marker);
        });
        return true;
    }

    private void replaceGraph(Node graphName, Graph content) {
        deleteGraph(graphName);
        content.find().forEach(t -> dataset.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** Adds run provenance quads ({@link Iris#RUNS_GRAPH}) read back with loaded articles, in one transaction. */
    public void addRuns(List<Quad> quads) {
        if (quads.stream().anyMatch(q -> !q.getGraph().equals(Iris.RUNS_GRAPH))) {
            throw new IllegalArgumentException("run provenance belongs to " + Iris.RUNS_GRAPH.getURI());
        }
        if (!quads.isEmpty()) {
            Txn.executeWrite(dataset, () -> quads.forEach(base::add));
        }
    }

    /** The stored fingerprint of an article, if it is stored. */
    public Optional<String> fingerprint(String articleId) {
        return Txn.calculateRead(dataset, () -> storedFingerprint(articleId));
    }

    private Optional<String> storedFingerprint(String articleId) {
        var it = dataset.find(Iris.articleGraph(articleId), Iris.article(articleId), CG.fingerprint.asNode(), Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        } finally {
            Iter.close(it);
        }
    }

    /** Whether stored articles wait to be traced (noted by the transaction that stored them, or by a retrace under way). */
    public boolean waitsForTracing() {
        return Txn.calculateRead(base, () -> base.contains(Iris.TRACE_GRAPH, Iris.TRACE_GRAPH, CG.pendingArticle.asNode(), Node.ANY));
    }

    /** Whether stored articles or imported dataset events wait to be linked. */
    public boolean waitsForLinking() {
        return Txn.calculateRead(base, () -> base.contains(Iris.LINKS_GRAPH, Iris.LINKS_GRAPH, CG.pendingArticle.asNode(), Node.ANY)
                || base.contains(Iris.LINKS_GRAPH, Iris.LINKS_GRAPH, CG.pendingEvent.asNode(), Node.ANY));
    }

    /** Whether any article is stored. */
    public boolean holdsArticles() {
        return Txn.calculateRead(base, () -> {
            var it = base.find(Node.ANY, Node.ANY, RDF.type.asNode(), CG.Article.asNode());
            try {
                return it.hasNext();
            } finally {
                Iter.close(it);
            }
        });
    }

    /**
     * Starts a bulk load ({@link BulkLoad}), for many articles into a store that holds none: empty
     * when the store is no TDB2 database on disk.
     */
    public Optional<BulkLoad> bulkLoad() {
        return BulkLoad.start(this, base, indexed);
    }

    /**
     * Feeds the text index the text of the articles a bulk load stored ({@link Iris#TEXT_PENDING_GRAPH}),
     * straight into it rather than quad by quad through the dataset; each entry is deleted before it is
     * added, so a run stopped half-way and run again leaves one entry per quad.
     *
     * @return the articles indexed
     */
    public int indexPendingText() {
        Node pending = Iris.TEXT_PENDING_GRAPH;
        Set<Node> graphs = Txn.calculateRead(base, () -> TextIndexAudit.pendingGraphs(base));
        if (graphs.isEmpty()) {
            return 0;
        }
        Optional<TextIndex> index = textIndex(dataset);
        if (index.isPresent()) {
            EntityDefinition map = index.get().getDocDef();
            // only the indexed predicates' quads of each graph (its text, claims and quotes: about 40 of
            // an article graph's 1,000 quads), looked up by predicate rather than read through the whole
            // graph: the whole-graph walk was a third of this feed's time in a profile of a bulk ingest
            List<Node> predicates = map.fields().stream().map(map::getPredicates).filter(ps -> ps != null)
                    .flatMap(ps -> ps.stream()).filter(indexed).distinct().toList();
            // a write transaction of the text dataset commits the index at its end
            Txn.executeWrite(dataset, () -> graphs.forEach(g -> predicates.forEach(p -> base.find(g, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                Entity entity = TextQueryFuncs.entityFromQuad(map, q);
                index.get().deleteEntity(entity);
                index.get().addEntity(entity);
            }))));
        }
        Txn.executeWrite(base, () -> base.deleteAny(pending, pending, CG.pendingArticle.asNode(), Node.ANY));
        return graphs.size();
    }

    /** How the text index compares with the texts the store holds ({@link TextIndexAudit}); empty without a text index. */
    public Optional<TextIndexAudit.Report> auditTextIndex() {
        return textIndex(dataset).map(index -> TextIndexAudit.audit(base, index));
    }

    /**
     * Indexes every text of the store again, from an empty index ({@link TextIndexAudit#rebuild}).
     *
     * @return the entries written; empty without a text index
     */
    public Optional<Long> rebuildTextIndex() {
        return textIndex(dataset).map(index -> TextIndexAudit.rebuild(dataset, base, index));
    }

    /** One article ready to store: its id, fingerprint and a writer of its graph's quads. */
    public record PendingArticle(String id, String fingerprint, Consumer<StreamRDF> quads) {
    }

    /**
     * Writes a batch of articles in one transaction. Each article's graph is replaced whole; an
     * article whose stored fingerprint equals the new one is left alone.
     *
     * @return one outcome per article, in order
     */
    public List<WriteOutcome> write(List<PendingArticle> batch) {
        return Txn.calculateWrite(dataset, () -> {
            Tallies tallies = Tallies.open(dataset, base);
            List<WriteOutcome> outcomes;
            try (TextIndexAudit.Gaps gaps = new TextIndexAudit.Gaps(base, textIndex(dataset).orElse(null))) {
                outcomes = writeEach(batch, tallies, gaps);
                if (gaps.filled() > 0)
                    LOG.warn("indexed {} texts of unchanged articles that a stopped run had stored but not indexed", gaps.filled());
            }
            tallies.apply();
            return outcomes;
        });
    }

    private List<WriteOutcome> writeEach(List<PendingArticle> batch, Tallies tallies, TextIndexAudit.Gaps gaps) {
        List<WriteOutcome> outcomes = new ArrayList<>(batch.size());
        StreamRDF sink = new Routed();
        for (PendingArticle article : batch) {
            Node graph = Iris.articleGraph(article.id());
            Optional<String> stored = storedFingerprint(article.id());
            if (stored.isPresent() && stored.get().equals(article.fingerprint())) {
                // a run killed between the store's commit and the text index's left its texts unsearchable
                gaps.fill(graph);
                outcomes.add(WriteOutcome.UNCHANGED);
                continue;
            }
            if (stored.isPresent()) {
                tallies.remove(dataset.getGraph(graph));
                deleteGraph(graph);
            }
            Graph written = GraphFactory.createDefaultGraph();
            article.quads().accept(new GraphTee(sink, written, graph));
            tallies.add(written);
            // the tracer and the linker take it from here; noted in this transaction, so a stop before they run loses nothing
            base.add(Iris.TRACE_GRAPH, Iris.TRACE_GRAPH, CG.pendingArticle.asNode(), graph);
            base.add(Iris.LINKS_GRAPH, Iris.LINKS_GRAPH, CG.pendingArticle.asNode(), graph);
            outcomes.add(stored.isPresent() ? WriteOutcome.REPLACED : WriteOutcome.STORED);
        }
        return outcomes;
    }

    /**
     * Writes quads whose object the text index indexes (article text, claim wording, quotes) through
     * the text index, and every other quad straight into TDB2: jena-text's wrapper looks each quad up
     * before adding it, which took a fifth of the time of storing an article (profiled), for the
     * nine quads in ten it does not index.
     */
    private final class Routed extends StreamRDFBase {
        @Override
        public void quad(Quad quad) {
            (indexed.test(quad.getPredicate()) ? dataset : base).add(quad);
        }

        @Override
        public void triple(Triple triple) {
            throw new IllegalArgumentException("an article's quads all belong to its graph: " + triple);
        }
    }

    /**
     * Deletes a graph: the quads the text index indexes one by one through it, so it sees every
     * deletion (clearing a whole graph at once can leave stale index entries: apache/jena#1985), the
     * rest at once in TDB2.
     */
    private void deleteGraph(Node graph) {
        List<Quad> quads = new ArrayList<>();
        dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (indexed.test(q.getPredicate())) {
                quads.add(q);
            }
        });
        quads.forEach(dataset::delete);
        base.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        // a number stored before rdf/Literals, in a form TDB2 reads back otherwise, is found only by that form
        List<Quad> left = new ArrayList<>();
        base.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(left::add);
        left.forEach(q -> Literals.earlierForms(q.getObject()).forEach(o -> base.delete(graph, q.getSubject(), q.getPredicate(), o)));
    }

    /** The predicates the text index indexes the objects of, from its entity map; none without a text index. */
    private static Predicate<Node> textIndexed(DatasetGraph dsg) {
        return textIndex(dsg).map(TextIndex::getDocDef).<Predicate<Node>>map(map -> p -> p.isURI() && map.getField(p) != null)
                .orElse(p -> false);
    }

    static Optional<TextIndex> textIndex(DatasetGraph dsg) {
        for (DatasetGraph d = dsg; d instanceof DatasetGraphWrapper w; d = w.getWrapped()) {
            if (d instanceof DatasetGraphText text) {
                return Optional.of(text.getTextIndex());
            }
        }
        return Optional.empty();
    }

    /**
     * Deletes the quads earlier versions stated and this one leaves to the properties (since 0.4: an
     * attribution is what cg:asserts a claim, a candidate link what has a cg:linkScore; since 0.5: a
     * development is what has a cg:developmentOf, a negotiation what it points to, a publisher what
     * schema:publisher points to, an article's day instant what has a time:inXSDDate, and a link's
     * cg:linkFrom and cg:linkTo say what cg:relatedEvent said), so a store built before ends as lean
     * as one built now; no answer uses them. TDB2 deletes them in slices, in bounded memory; none of
     * them is text-indexed. The imported datasets keep their typed instants (their own shape).
     */
    static void dropImpliedTypes(DatasetGraph base) {
        Txn.executeWrite(base, () -> {
            for (Node type : List.of(CG.Attribution.asNode(), CG.Development.asNode(), CG.Negotiation.asNode(), CG.Publisher.asNode())) {
                base.deleteAny(Node.ANY, Node.ANY, RDF.type.asNode(), type);
            }
            base.deleteAny(Iris.LINKS_GRAPH, Node.ANY, RDF.type.asNode(), CG.EventLink.asNode());
            base.deleteAny(Iris.LINKS_GRAPH, Node.ANY, CG.relatedEvent.asNode(), Node.ANY);
            List<Node> articleGraphs = new ArrayList<>();
            base.listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && g.getURI().startsWith(Iris.ARTICLE_GRAPH_PREFIX)) {
                    articleGraphs.add(g);
                }
            });
            articleGraphs.forEach(g -> base.deleteAny(g, Node.ANY, RDF.type.asNode(), Vocab.TIME_INSTANT));
        });
    }

    /**
     * Compacts the TDB2 database, reclaiming the space old transactions left behind: the types no
     * longer written dropped ({@link #dropImpliedTypes}), TDB2's compaction (which drops the nodes no
     * quad uses any more), then its indexes packed full ({@link PackedIndexes}).
     */
    public void compact() {
        DatasetGraph base = unwrapTdb(dataset);
        dropImpliedTypes(base);
        DatabaseMgr.compact(base, true);
        if (base instanceof DatasetGraphSwitchable container && container.hasContainerPath()) {
            PackedIndexes.repack(container);
        }
    }

    /**
     * Deletes the matching quads of a graph the text index does not cover (the links graph) in TDB2
     * itself, past jena-text's wrapper, which looks every deleted quad up for the index: measured on
     * a 10,000-article store, linking a replaced article took 6.6 s this way and 22 s through the
     * wrapper. On a dataset that is no TDB2 database, an ordinary deleteAny.
     */
    public static void deleteUnindexed(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        tdb2(dsg).orElse(dsg).deleteAny(g, s, p, o);
    }

    /** The folder of the TDB2 database under any wrappers; empty for one in memory or no TDB2 at all. */
    public static Optional<Path> location(DatasetGraph dsg) {
        return tdb2(dsg).filter(d -> d instanceof DatasetGraphSwitchable).map(d -> ((DatasetGraphSwitchable) d).getLocation())
                .filter(l -> !l.isMem()).map(l -> Path.of(l.getDirectoryPath()));
    }

    /**
     * The dataset to write quads the text index does not index into: the TDB2 database under its
     * wrapper (which looks every quad up before adding it), or the dataset itself.
     */
    public static DatasetGraph unindexed(DatasetGraph dsg) {
        return tdb2(dsg).orElse(dsg);
    }

    static DatasetGraph unwrapTdb(DatasetGraph dsg) {
        return tdb2(dsg).orElseThrow(() -> new IllegalStateException("the store is not a TDB2 database: cannot compact it"));
    }

    /** The TDB2 database under any wrappers (the text index), if it is one. */
    private static Optional<DatasetGraph> tdb2(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        while (!TDBInternal.isTDB2(d) && d instanceof DatasetGraphWrapper w) {
            d = w.getWrapped();
        }
        return TDBInternal.isTDB2(d) ? Optional.of(d) : Optional.empty();
    }

}
