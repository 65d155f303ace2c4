package org.claimgraph.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.domain.Hashes;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.vocab.CG;

/**
 * Counts per cluster and outlet, kept in the trace graph so that {@code source-comparison} reads one
 * node per row instead of every member's attribution and article (which grew with the store: most
 * claims are in a cluster carried twice). For each cluster carried by two or more articles and each
 * outlet carrying it, a carriage node {@code <cluster>/outlet/<hash>} with {@code cg:carriageOf} the
 * cluster, {@code cg:carriedBy} the outlet and {@code cg:articleCount} that outlet's articles; on each
 * outlet, {@code cg:carriageCount}, how many carriages name it (so the query can tell from one small
 * count per outlet which outlets its first rows come from).
 * <p>
 * Written where the tracer sets a cluster's other counts ({@link TraceGraph#count}) and taken away
 * where a cluster goes (merged, or emptied by a replaced article): only the clusters a batch changed
 * are touched, and a node is written only when it differs, so an update costs what it changes and a
 * retrace (which starts from an empty trace graph) gives the same nodes and counts.
 */
final class ClusterCounts {

    private static final Node G = Iris.TRACE_GRAPH;

    private ClusterCounts() {
    }

    /** Sets a cluster's carriages to what its members give (none when fewer than two articles carry it). */
    static void carriages(DatasetGraph dataset, Node cluster, List<MemberFacts> members) {
        OutletCounts counts = new OutletCounts(dataset);
        carriages(dataset, cluster, members, counts);
        counts.write();
    }

    /** {@link #carriages(DatasetGraph, Node, List)}, the outlets' counts changed in {@code counts} (written when it is). */
    static void carriages(DatasetGraph dataset, Node cluster, List<MemberFacts> members, OutletCounts counts) {
        Map<Node, Set<Node>> articlesByOutlet = new HashMap<>();
        Set<Node> articles = new HashSet<>();
        for (MemberFacts m : members) {
            articles.add(m.article());
            m.publisher().ifPresent(p -> articlesByOutlet.computeIfAbsent(p, k -> new HashSet<>()).add(m.article()));
        }
        Map<Node, Long> wanted = new HashMap<>();
        if (articles.size() >= 2) {
            articlesByOutlet.forEach((outlet, of) -> wanted.put(outlet, (long) of.size()));
        }
        set(dataset, cluster, wanted, counts);
    }

    /** Takes a cluster's carriages away (it was merged into another, or lost its last member). */
    static void forget(DatasetGraph dataset, Node cluster) {
        OutletCounts counts = new OutletCounts(dataset);
        set(dataset, cluster, Map.of(), counts);
        counts.write();
    }

    /** The carriages of a cluster as stored: outlet and articles. */
    static Map<Node, Long> stored(DatasetGraph dataset, Node cluster) {
        Map<Node, Long> out = new TreeMap<>(java.util.Comparator.comparing(Node::getURI));
        List<Node> nodes = new ArrayList<>();
        dataset.find(G, Node.ANY, CG.carriageOf.asNode(), cluster).forEachRemaining(q -> nodes.add(q.getSubject()));
        for (Node node : nodes) {
            // one look-up of the node's quads for both its outlet and its count (a look-up of each was a tenth of an update's tracing)
            Node outlet = null;
            Node count = null;
            for (java.util.Iterator<Quad> it = dataset.find(G, node, Node.ANY, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                if (outlet == null && q.getPredicate().equals(CG.carriedBy.asNode())) {
                    outlet = q.getObject();
                } else if (count == null && q.getPredicate().equals(CG.articleCount.asNode())) {
                    count = q.getObject();
                }
            }
            if (outlet != null && count != null) {
                out.put(outlet, Long.parseLong(count.getLiteralLexicalForm()));
            }
        }
        return out;
    }

    /** Changes only the carriages that differ from {@code wanted}, and the outlets' counts by as many as were added or removed. */
    private static void set(DatasetGraph dataset, Node cluster, Map<Node, Long> wanted, OutletCounts counts) {
        Map<Node, Long> had = stored(dataset, cluster);
        for (Map.Entry<Node, Long> e : had.entrySet()) {
            Long now = wanted.get(e.getKey());
            Node node = node(cluster, e.getKey());
            if (now == null) {
                List<Quad> quads = new ArrayList<>();
                dataset.find(G, node, Node.ANY, Node.ANY).forEachRemaining(quads::add);
                quads.forEach(dataset::delete);
                counts.add(e.getKey(), -1);
            } else if (!now.equals(e.getValue())) {
                dataset.deleteAny(G, node, CG.articleCount.asNode(), Node.ANY);
                dataset.add(G, node, CG.articleCount.asNode(), integer(now));
            }
        }
        wanted.forEach((outlet, count) -> {
            if (!had.containsKey(outlet)) {
                Node node = node(cluster, outlet);
                dataset.add(G, node, CG.carriageOf.asNode(), cluster);
                dataset.add(G, node, CG.carriedBy.asNode(), outlet);
                dataset.add(G, node, CG.articleCount.asNode(), integer(count));
                counts.add(outlet, 1);
            }
        });
    }

    /**
     * Outlets' {@code cg:carriageCount}s as carriages are added and taken away, kept here and written
     * once: a batch's changed clusters add carriages of the same few outlets, and reading and writing an
     * outlet's count again for each was two fifths of writing the carriages on an update (profiled). A
     * count is changed as writing each change did: one that reached zero is removed, so counts on from zero.
     */
    static final class OutletCounts {
        private final DatasetGraph dataset;
        private final Map<Node, Long> now = new java.util.LinkedHashMap<>();

        OutletCounts(DatasetGraph dataset) {
            this.dataset = dataset;
        }

        void add(Node outlet, long by) {
            long had = now.computeIfAbsent(outlet, o -> {
                Node stored = object(dataset, o, CG.carriageCount.asNode());
                return stored == null ? 0L : Long.parseLong(stored.getLiteralLexicalForm());
            });
            now.put(outlet, Math.max(0, had + by));
        }

        /** Writes the counts changed since the last write. */
        void write() {
            now.forEach((outlet, count) -> {
                dataset.deleteAny(G, outlet, CG.carriageCount.asNode(), Node.ANY);
                if (count > 0) {
                    dataset.add(G, outlet, CG.carriageCount.asNode(), integer(count));
                }
            });
            now.clear();
        }
    }

    /** One node per cluster and outlet, named from both, so that writing it again finds the same node. */
    static Node node(Node cluster, Node outlet) {
        return NodeFactory.createURI(cluster.getURI() + "/outlet/" + Hashes.sha256Hex(outlet.getURI()).substring(0, 16));
    }

    private static Node object(DatasetGraph dataset, Node subject, Node property) {
        return dataset.stream(G, subject, property, Node.ANY).findFirst().map(Quad::getObject).orElse(null);
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }
}
