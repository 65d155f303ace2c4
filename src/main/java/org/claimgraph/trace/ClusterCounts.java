package org.claimgraph.trace;

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
 * quad per row instead of every member's attribution and article (which grew with the store: most
 * claims are in a cluster carried twice). For each cluster carried by two or more articles and each
 * outlet carrying it, a carriage: {@code <cluster> cg:carriedBy <outlet>}; where that outlet carries
 * it in two or more articles, also {@code <cluster>/outlet/<hash> cg:articleCount n}, the node named
 * from the cluster and the outlet so that a query finds it from them (a count of one, 59% of
 * carriages on the bench corpus, goes without saying). Before 0.6 every carriage was a node of three
 * quads ({@code cg:carriageOf}, {@code cg:carriedBy}, {@code cg:articleCount}): 44 quads an article
 * on the 2,000-article bench, 20 now. On each outlet, {@code cg:carriageCount}, how many clusters it
 * carries (so the query can tell from one small count per outlet which outlets its first rows come from).
 * <p>
 * Written where the tracer sets a cluster's other counts ({@link TraceGraph#count}) and taken away
 * where a cluster goes (merged, or emptied by a replaced article): only the clusters a batch changed
 * are touched, and a quad is written only when it differs, so an update costs what it changes and a
 * retrace (which starts from an empty trace graph) gives the same quads and counts.
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
        dataset.find(G, cluster, CG.carriedBy.asNode(), Node.ANY).forEachRemaining(q -> out.put(q.getObject(), 1L));
        out.replaceAll((outlet, one) -> {
            Node several = object(dataset, node(cluster, outlet), CG.articleCount.asNode());
            return several == null ? one : Long.parseLong(several.getLiteralLexicalForm());
        });
        return out;
    }

    /** Changes only the carriages that differ from {@code wanted}, and the outlets' counts by as many as were added or removed. */
    private static void set(DatasetGraph dataset, Node cluster, Map<Node, Long> wanted, OutletCounts counts) {
        Map<Node, Long> had = stored(dataset, cluster);
        had.forEach((outlet, before) -> {
            Long now = wanted.get(outlet);
            if (now == null) {
                dataset.delete(G, cluster, CG.carriedBy.asNode(), outlet);
                counts.add(outlet, -1);
            }
            if (before != 1 && !before.equals(now)) {
                dataset.deleteAny(G, node(cluster, outlet), CG.articleCount.asNode(), Node.ANY);
            }
        });
        wanted.forEach((outlet, count) -> {
            Long before = had.get(outlet);
            if (before == null) {
                dataset.add(G, cluster, CG.carriedBy.asNode(), outlet);
                counts.add(outlet, 1);
            }
            if (count != 1 && !count.equals(before)) {
                dataset.add(G, node(cluster, outlet), CG.articleCount.asNode(), integer(count));
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

    /**
     * The node holding the articles of a cluster's carriage by an outlet (when two or more), named from both so that the
     * tracer and a query find it from them: the cluster's IRI, {@code /outlet/}, the first 16 hex digits of the SHA-256 of
     * the outlet's IRI (in SPARQL, {@code SUBSTR(SHA256(STR(?outlet)), 1, 16)}).
     */
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
