package org.claimgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.vocab.CG;
import org.junit.jupiter.api.Test;

/**
 * Linking new articles does not read the store's death-toll comparisons to drop theirs: an article
 * never linked has none. A replaced article's are still dropped.
 */
class NewArticleComparisonsTest {

    private static final int EARLIER = 50;

    /** {@link #EARLIER} comparisons of earlier articles' tolls, and one of the toll of article "a1". */
    private static DatasetGraph store() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < EARLIER; i++) {
                comparison(dsg, "c" + i, "old" + i);
            }
            comparison(dsg, "ca1", "a1");
        });
        return dsg;
    }

    private static void comparison(DatasetGraph dsg, String id, String article) {
        Node c = NodeFactory.createURI(Iris.ID + "comparison/" + id);
        dsg.add(EventLinker.LINKS_GRAPH, c, CG.comparedFigure.asNode(), NodeFactory.createURI(Iris.ID + "article/" + article + "/q1"));
        dsg.add(EventLinker.LINKS_GRAPH, c, CG.datasetName.asNode(), NodeFactory.createLiteralString("ucdp"));
    }

    private static long comparisons(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> dsg.stream(EventLinker.LINKS_GRAPH, Node.ANY, CG.comparedFigure.asNode(), Node.ANY).count());
    }

    @Test
    void newArticlesReadNoComparisons() {
        DatasetGraph mem = store();
        NearEventsTest.Counting dsg = new NearEventsTest.Counting(mem);
        Node fresh = NodeFactory.createURI(Iris.ARTICLE_GRAPH_PREFIX + "new1");
        Txn.executeWrite(mem, () -> FigureComparison.compare(dsg, null, Set.of(fresh), Set.of()));
        assertTrue(dsg.seen.stream().noneMatch(q -> q.getPredicate().equals(CG.comparedFigure.asNode())),
                "comparisons read: " + dsg.seen.stream().filter(q -> q.getPredicate().equals(CG.comparedFigure.asNode())).count());
        assertEquals(EARLIER + 1, comparisons(mem));
    }

    @Test
    void aReplacedArticlesComparisonsGo() {
        DatasetGraph mem = store();
        Node a1 = NodeFactory.createURI(Iris.ARTICLE_GRAPH_PREFIX + "a1");
        Txn.executeWrite(mem, () -> FigureComparison.compare(mem, null, Set.of(a1), Set.of(a1)));
        assertEquals(EARLIER, comparisons(mem));
    }
}
