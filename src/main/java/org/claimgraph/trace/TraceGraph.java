package org.claimgraph.trace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.vocab.CG;

/**
 * Keeps the trace graph ({@link Iris#TRACE_GRAPH}) by changes, never by rewriting it: memberships
 * added or moved, clusters described again, merged clusters' links moved to the cluster that kept
 * them, the traces of replaced articles taken away, and the bookkeeping (which articles wait, which
 * batch traced each). Writes through the dataset, so cluster wordings stay in the text index. Every
 * method runs in the tracer's write transaction.
 */
final class TraceGraph {

    private static final Node G = Iris.TRACE_GRAPH;
    private static final Set<Node> DESCRIPTION = Set.of(RDF.type.asNode(), CG.claimText.asNode(), CG.firstSeen.asNode(),
            CG.firstOutlet.asNode());
    private static final List<Node> LINKS = List.of(CG.disputes.asNode(), CG.supports.asNode());

    private final DatasetGraph dataset;
    /** Whether an article syndicates another, as {@link #count} asked (clusters of one batch share articles); forgotten on every change. */
    private final Map<Node, Boolean> syndicating = new java.util.HashMap<>();

    TraceGraph(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The article graphs waiting to be traced. */
    List<Node> pending() {
        List<Node> out = new ArrayList<>();
        dataset.find(G, G, CG.pendingArticle.asNode(), Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    /** The last trace batch; 0 before the first. */
    long batch() {
        return dataset.stream(G, G, CG.traceBatch.asNode(), Node.ANY).findFirst()
                .map(q -> Long.parseLong(q.getObject().getLiteralLexicalForm())).orElse(0L);
    }

    /** Whether an article graph was traced before (so is being replaced). */
    boolean traced(Node articleGraph) {
        return dataset.contains(G, articleGraph, CG.traceBatch.asNode(), Node.ANY);
    }

    /** Every traced article graph and the batch that traced it. */
    List<Map.Entry<Node, Long>> tracedGraphs() {
        List<Map.Entry<Node, Long>> out = new ArrayList<>();
        dataset.find(G, Node.ANY, CG.traceBatch.asNode(), Node.ANY).forEachRemaining(q -> {
            if (!q.getSubject().equals(G)) {
                out.add(Map.entry(q.getSubject(), Long.parseLong(q.getObject().getLiteralLexicalForm())));
            }
        });
        return out;
    }

    /** The article graphs a retrace under way is still to trace again, each with its recorded batch (none when no retrace is under way). */
    List<Map.Entry<Node, Long>> toReplay() {
        List<Map.Entry<Node, Long>> out = new ArrayList<>();
        dataset.find(G, Node.ANY, CG.replayBatch.asNode(), Node.ANY)
                .forEachRemaining(q -> out.add(Map.entry(q.getSubject(), Long.parseLong(q.getObject().getLiteralLexicalForm()))));
        return out;
    }

    /** Notes the article graphs a retrace is to trace again, each with its recorded batch, and as waiting. */
    void noteReplay(Map<Long, List<Node>> batches) {
        batches.forEach((batch, graphs) -> {
            Node n = NodeFactory.createLiteralDT(Long.toString(batch), XSDDatatype.XSDinteger);
            for (Node g : graphs) {
                dataset.add(G, g, CG.replayBatch.asNode(), n);
                dataset.add(G, G, CG.pendingArticle.asNode(), g);
            }
        });
    }

    /** Notes the articles as traced by {@code batch}, no longer waiting (nor to be replayed), and the batch as the last. */
    void noteTraced(Collection<Node> articleGraphs, long batch) {
        Node n = NodeFactory.createLiteralDT(Long.toString(batch), XSDDatatype.XSDinteger);
        for (Node g : articleGraphs) {
            dataset.deleteAny(G, g, CG.replayBatch.asNode(), Node.ANY);
            dataset.deleteAny(G, g, CG.traceBatch.asNode(), Node.ANY);
            dataset.add(G, g, CG.traceBatch.asNode(), n);
            dataset.delete(G, G, CG.pendingArticle.asNode(), g);
        }
        dataset.deleteAny(G, G, CG.traceBatch.asNode(), Node.ANY);
        dataset.add(G, G, CG.traceBatch.asNode(), n);
    }

    /** Sets a cluster's description to {@code wanted} (type, wording, first seen and where), changing only what differs. */
    void describe(Node cluster, List<Quad> wanted) {
        Set<Quad> want = new HashSet<>(wanted);
        List<Quad> stale = new ArrayList<>();
        dataset.find(G, cluster, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (DESCRIPTION.contains(q.getPredicate()) && !want.remove(q)) {
                stale.add(q);
            }
        });
        stale.forEach(dataset::delete);
        want.forEach(dataset::add);
    }

    /**
     * Sets a cluster's counts from its members: the articles carrying it, their outlets, and the
     * outlets of those of its articles that syndicate no other (what independent-sources and
     * first-reported read instead of counting every member).
     */
    void count(Node cluster, List<MemberFacts> members) {
        ClusterCounts.OutletCounts outletCounts = new ClusterCounts.OutletCounts(dataset);
        count(cluster, members, outletCounts);
        outletCounts.write();
    }

    /** {@link #count} for many clusters, the outlets' carriage counts written once for them all. */
    void count(Collection<Node> clusters, java.util.function.Function<Node, List<MemberFacts>> members) {
        ClusterCounts.OutletCounts outletCounts = new ClusterCounts.OutletCounts(dataset);
        clusters.forEach(cluster -> count(cluster, members.apply(cluster), outletCounts));
        outletCounts.write();
    }

    private void count(Node cluster, List<MemberFacts> members, ClusterCounts.OutletCounts outletCounts) {
        Set<Node> articles = new HashSet<>();
        Set<Node> outlets = new HashSet<>();
        Set<Node> independent = new HashSet<>();
        for (MemberFacts m : members) {
            if (articles.add(m.article()) && m.publisher().isPresent()) {
                outlets.add(m.publisher().get());
                if (!syndicating.computeIfAbsent(m.article(), a -> dataset.contains(G, a, CG.syndicates.asNode(), Node.ANY))) {
                    independent.add(m.publisher().get());
                }
            }
        }
        set(cluster, CG.articleCount.asNode(), articles.size());
        set(cluster, CG.outletCount.asNode(), outlets.size());
        set(cluster, CG.independentOutletCount.asNode(), independent.size());
        ClusterCounts.carriages(dataset, cluster, members, outletCounts);
    }

    private void set(Node cluster, Node property, long value) {
        Node n = NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
        if (!dataset.contains(G, cluster, property, n)) {
            dataset.deleteAny(G, cluster, property, Node.ANY);
            dataset.add(G, cluster, property, n);
        }
    }

    /** A claim of an earlier batch moved to another cluster by a merge. */
    void move(Node claim, Node cluster) {
        dataset.deleteAny(G, claim, CG.inCluster.asNode(), Node.ANY);
        dataset.add(G, claim, CG.inCluster.asNode(), cluster);
    }

    /**
     * A cluster merged into {@code kept}: its description goes, and the disputes and supports from and
     * to it are now the kept cluster's (a link of the kept cluster to itself goes).
     */
    void merged(Node cluster, Node kept) {
        ClusterCounts.forget(dataset, cluster);
        List<Quad> from = new ArrayList<>();
        dataset.find(G, cluster, Node.ANY, Node.ANY).forEachRemaining(from::add);
        List<Quad> to = new ArrayList<>();
        for (Node p : LINKS) {
            dataset.find(G, Node.ANY, p, cluster).forEachRemaining(to::add);
        }
        from.forEach(dataset::delete);
        to.forEach(dataset::delete);
        from.stream().filter(q -> LINKS.contains(q.getPredicate()) && !q.getObject().equals(kept))
                .forEach(q -> dataset.add(G, kept, q.getPredicate(), q.getObject()));
        to.stream().filter(q -> !q.getSubject().equals(kept) && !kept.equals(clusterOf(q.getSubject())))
                .forEach(q -> dataset.add(G, q.getSubject(), q.getPredicate(), kept));
    }

    /** The cluster a claim is in, or null (for a cluster, itself). */
    Node clusterOf(Node claimOrCluster) {
        return dataset.stream(G, claimOrCluster, CG.inCluster.asNode(), Node.ANY).findFirst().map(Quad::getObject).orElse(null);
    }

    /** Takes away what a claim of a replaced article left: its membership, disputes and supports. */
    void forgetClaim(Node claim) {
        List<Quad> quads = new ArrayList<>();
        dataset.find(G, claim, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        quads.forEach(dataset::delete);
    }

    /**
     * After members left a cluster: its disputes and supports are again those of its remaining
     * members; with none left, the cluster goes, with every link to it.
     */
    void afterLeaving(Node cluster, List<Node> remainingMembers) {
        if (remainingMembers.isEmpty()) {
            forgetNode(cluster);
            return;
        }
        Set<Quad> links = new HashSet<>();
        for (Node m : remainingMembers) {
            for (Node p : LINKS) {
                dataset.find(G, m, p, Node.ANY).forEachRemaining(q -> links.add(Quad.create(G, cluster, p, q.getObject())));
            }
        }
        List<Quad> stale = new ArrayList<>();
        for (Node p : LINKS) {
            dataset.find(G, cluster, p, Node.ANY).forEachRemaining(q -> {
                if (!links.contains(q)) {
                    stale.add(q);
                }
            });
        }
        stale.forEach(dataset::delete);
    }

    /** Takes away every quad of the trace graph about a node, as subject or object (a figure, an article, a cluster). */
    void forgetNode(Node node) {
        syndicating.clear();
        ClusterCounts.forget(dataset, node); // before its links go: its carriages are found by them
        List<Quad> quads = new ArrayList<>();
        dataset.find(G, node, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        dataset.find(G, Node.ANY, Node.ANY, node).forEachRemaining(quads::add);
        for (Quad link : List.copyOf(quads)) {
            if (LINKS.contains(link.getPredicate())) {
                // a claim's dispute or support goes with the cluster it answered, and so does its evidence
                for (Node p : List.of(CG.responseReason.asNode(), CG.responseConfidence.asNode())) {
                    dataset.find(G, link.getSubject(), p, Node.ANY).forEachRemaining(quads::add);
                }
            }
        }
        quads.forEach(dataset::delete);
    }

    void add(List<Quad> quads) {
        syndicating.clear();
        quads.forEach(dataset::add);
    }
}
