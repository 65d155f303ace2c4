package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.base.LoaderOps;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.vocab.CG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Store#compact} with its packed indexes ({@link PackedIndexes}), on an on-disk store written
 * in many small transactions in no index's order (as batches of articles arrive): every index holds
 * the same quads after it as before, full blocks, and the store takes writes and reads afterwards.
 */
class PackedIndexesIT {

    private static final int QUADS = 30_000;
    /** Records of 4 node ids of 8 bytes in a TDB2 block of 8 kB, less its small header. */
    private static final int QUADS_PER_BLOCK = 8192 / 32 - 1;

    @TempDir
    Path dir;

    @Test
    void compactionKeepsEveryQuadInEveryIndex() {
        Store store = written(dir.resolve("s"));
        Set<String> before = quads(store.dataset());
        store.compact();
        DatasetGraph base = Store.unwrapTdb(store.dataset());
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(base);
        Txn.executeRead(base, () -> {
            NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
            for (TupleIndex index : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                Set<String> held = new TreeSet<>();
                Iterator<Tuple<NodeId>> it = index.all();
                it.forEachRemaining(t -> held.add(line(nodes.getNodeForNodeId(t.get(0)), nodes.getNodeForNodeId(t.get(1)),
                        nodes.getNodeForNodeId(t.get(2)), nodes.getNodeForNodeId(t.get(3)))));
                assertEquals(before, held, index.getName() + " holds other quads after compaction");
            }
        });
        assertEquals(before, quads(store.dataset()));
    }

    @Test
    void compactionFillsTheBlocksOfEveryQuadIndex() {
        Store store = written(dir.resolve("s"));
        store.compact();
        DatasetGraph base = Store.unwrapTdb(store.dataset());
        long full = (QUADS + QUADS_PER_BLOCK - 1) / QUADS_PER_BLOCK;
        Txn.executeRead(base, () -> {
            for (TupleIndex index : TDBInternal.getDatasetGraphTDB(base).getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                long blocks = LoaderOps.idxBTree(index).getRecordsMgr().getBlockMgr().allocLimit();
                assertTrue(blocks <= full + 1, index.getName() + ": " + blocks + " record blocks, full ones would be " + full);
            }
        });
    }

    @Test
    void aCompactedStoreTakesWritesAndFindsThem() {
        Store store = written(dir.resolve("s"));
        store.compact();
        DatasetGraph dsg = store.dataset();
        List<Quad> added = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            added.add(quad(new Random(i), 100 + i % 7));
        }
        Txn.executeWrite(dsg, () -> added.forEach(dsg::add));
        Txn.executeRead(dsg, () -> added.forEach(q -> assertTrue(dsg.contains(q), "lost " + q)));
        Txn.executeRead(dsg, () -> assertTrue(dsg.find(Node.ANY, Node.ANY, CG.value.asNode(), Node.ANY).hasNext()));
        // the old database folder is gone, the packed one in use
        try (Stream<Path> dbs = Files.list(dir.resolve("s").resolve("tdb2"))) {
            assertEquals(1, dbs.filter(p -> p.getFileName().toString().startsWith("Data-")).count());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void compactionDropsTheTypesThisVersionNoLongerWrites() {
        Store store = written(dir.resolve("s"));
        DatasetGraph dsg = store.dataset();
        Node attribution = NodeFactory.createURI("https://example.org/attribution/1");
        Node link = NodeFactory.createURI("https://example.org/link/1");
        Node person = NodeFactory.createURI("https://example.org/person/1");
        Node article = NodeFactory.createURI("https://example.org/graph/0");
        Txn.executeWrite(dsg, () -> {
            dsg.add(article, attribution, RDF.type.asNode(), CG.Attribution.asNode());
            dsg.add(article, attribution, CG.asserts.asNode(), NodeFactory.createURI("https://example.org/claim/1"));
            dsg.add(Iris.LINKS_GRAPH, link, RDF.type.asNode(), CG.EventLink.asNode());
            dsg.add(Iris.LINKS_GRAPH, link, CG.linkScore.asNode(), NodeFactory.createLiteralDT("0.5", XSDDatatype.XSDdecimal));
            dsg.add(article, person, RDF.type.asNode(), CG.Person.asNode());
        });
        store.compact();
        Txn.executeRead(dsg, () -> {
            assertTrue(!dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), CG.Attribution.asNode()).hasNext());
            assertTrue(!dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), CG.EventLink.asNode()).hasNext());
            assertTrue(dsg.contains(article, attribution, CG.asserts.asNode(), Node.ANY), "the attribution itself stays");
            assertTrue(dsg.contains(Iris.LINKS_GRAPH, link, CG.linkScore.asNode(), Node.ANY), "the link itself stays");
            assertTrue(dsg.contains(article, person, RDF.type.asNode(), CG.Person.asNode()), "other types stay");
        });
    }

    /** A store of {@link #QUADS} quads over 50 graphs, written in 60 transactions in random order. */
    private static Store written(Path storeDir) {
        Store store = Store.open(storeDir, null);
        DatasetGraph base = Store.unindexed(store.dataset());
        Random random = new Random(13);
        int perBatch = QUADS / 60;
        Set<Quad> all = new java.util.HashSet<>();
        while (all.size() < QUADS) {
            List<Quad> batch = new ArrayList<>();
            while (batch.size() < perBatch && all.size() + batch.size() < QUADS) {
                Quad q = quad(random, random.nextInt(50));
                if (!all.contains(q) && !batch.contains(q)) {
                    batch.add(q);
                }
            }
            Txn.executeWrite(base, () -> batch.forEach(base::add));
            all.addAll(batch);
        }
        return store;
    }

    private static Quad quad(Random random, int graph) {
        Node g = NodeFactory.createURI("https://example.org/graph/" + graph);
        Node s = NodeFactory.createURI("https://example.org/item/" + random.nextInt(5_000));
        int kind = random.nextInt(3);
        Node p = kind == 0 ? CG.value.asNode() : kind == 1 ? CG.claimText.asNode() : CG.inArticle.asNode();
        Node o = kind == 0 ? NodeFactory.createLiteralDT(Integer.toString(random.nextInt(1_000_000)), XSDDatatype.XSDinteger)
                : kind == 1 ? NodeFactory.createLiteralString("words " + random.nextInt(1_000_000))
                : NodeFactory.createURI("https://example.org/article/" + random.nextInt(1_000));
        return Quad.create(g, s, p, o);
    }

    private static Set<String> quads(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> out.add(line(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()))));
        return out;
    }

    private static String line(Node g, Node s, Node p, Node o) {
        return g + " " + s + " " + p + " " + o;
    }
}
