package org.claimgraph.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.document.Document;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.vocab.CG;
import org.claimgraph.store.Store;

/**
 * Brings the {@link TraceIndex} in line with the store, and takes traces away: the index is rebuilt
 * from the trace graph and the traced articles' graphs when it does not reflect the store's last
 * batch (it is a pure function of them); a replaced article's traces leave the graph and the index
 * before it is traced again; a retrace starts from an empty trace graph.
 */
final class IndexRebuild {

    private IndexRebuild() {
    }

    /** Rebuilds the index unless it reflects the store's last trace batch. */
    static void ensure(DatasetGraph dataset, TraceIndex index) {
        long stored = Txn.calculateRead(dataset, () -> new TraceGraph(dataset).batch());
        if (index.persistent() && index.batch() == stored) {
            return;
        }
        index.clear();
        Txn.executeRead(dataset, () -> {
            TraceGraph graph = new TraceGraph(dataset);
            TreeMap<Long, List<Node>> batches = new TreeMap<>();
            graph.tracedGraphs().forEach(e -> batches.computeIfAbsent(e.getValue(), b -> new ArrayList<>()).add(e.getKey()));
            for (Map.Entry<Long, List<Node>> b : batches.entrySet()) {
                List<Node> graphs = b.getValue();
                graphs.sort(Comparator.comparing(Node::getURI));
                TraceReader reader = new TraceReader(dataset);
                List<TracedClaim> claims = reader.claims(graphs);
                for (int i = 0; i < claims.size(); i++) {
                    Node cluster = graph.clusterOf(claims.get(i).claim());
                    if (cluster != null) {
                        index.addClaim(claims.get(i), cluster.getURI(), b.getKey() * 10_000_000L + i);
                    }
                }
                reader.quantities(graphs).forEach(q -> index.addQuantity(q.quantity().getURI(), q.article().getURI(), q.group(), q.figure()));
                Syndication.copies(reader.articles(graphs)).forEach(index::addArticle);
            }
        });
        index.commit(stored);
        index.refresh();
    }

    /**
     * Takes away what replaced articles left in the trace graph and the index: their claims'
     * memberships and links (their clusters described again, or gone with every link to them when
     * empty), their figures' conflicts, their near-duplicate pairs.
     */
    static void forget(DatasetGraph dataset, TraceIndex index, TraceGraph graph, List<Node> articleGraphs) {
        List<String> articles = new ArrayList<>();
        Map<Node, Set<Node>> leaving = new LinkedHashMap<>();
        for (Node g : articleGraphs) {
            String article = Iris.article(g.getURI().substring(Iris.ARTICLE_GRAPH_PREFIX.length())).getURI();
            articles.add(article);
            for (Document d : index.find(List.of(TraceIndex.term(TraceIndex.KIND, "claim"), TraceIndex.term(TraceIndex.ARTICLE, article)),
                    null, 100_000)) {
                Node claim = NodeFactory.createURI(d.get(TraceIndex.ID));
                leaving.computeIfAbsent(NodeFactory.createURI(d.get(TraceIndex.CLUSTER)), c -> new HashSet<>()).add(claim);
                graph.forgetClaim(claim);
            }
            for (Document d : index.find(List.of(TraceIndex.term(TraceIndex.KIND, "quantity"), TraceIndex.term(TraceIndex.ARTICLE, article)),
                    null, 100_000)) {
                graph.forgetNode(NodeFactory.createURI(d.get(TraceIndex.ID)));
            }
            graph.forgetNode(NodeFactory.createURI(article));
        }
        leaving.forEach((cluster, gone) -> {
            List<TracedClaim> remaining = new ArrayList<>();
            for (Document d : index.find(List.of(TraceIndex.term(TraceIndex.CLUSTER, cluster.getURI())), TraceIndex.byOrder(),
                    ClusterBook.MEMBERS_READ)) {
                TracedClaim c = ClaimDocument.claim(d);
                if (!gone.contains(c.claim())) {
                    remaining.add(c);
                }
            }
            graph.afterLeaving(cluster, remaining.stream().map(TracedClaim::claim).toList());
            if (!remaining.isEmpty()) {
                graph.describe(cluster, ClaimTracer.describeCluster(cluster, remaining.stream().min(TracedClaim.FIRST_SEEN).orElseThrow()));
                graph.count(cluster, remaining.stream().map(MemberFacts::of).toList());
            }
        });
        index.forgetArticles(articles);
    }

    /** Empties the trace graph (wordings through the text index, the rest straight from TDB2). */
    static void emptyTraceGraph(DatasetGraph dataset) {
        List<Quad> worded = new ArrayList<>();
        dataset.find(Iris.TRACE_GRAPH, Node.ANY, CG.claimText.asNode(), Node.ANY).forEachRemaining(worded::add);
        worded.forEach(dataset::delete);
        Store.deleteUnindexed(dataset, Iris.TRACE_GRAPH, Node.ANY, Node.ANY, Node.ANY);
    }
}
