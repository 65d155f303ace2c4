package org.claimgraph.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.lucene.document.Document;

/**
 * The members of the clusters one batch meets: read from the {@link TraceIndex} when first needed
 * (in {@link TracedClaim#ORDER}), the batch's new members appended, merges applied. Keeps which
 * clusters changed (to describe again) and which were merged into which (so entries that still name
 * a merged cluster resolve to the one that kept it).
 */
final class ClusterBook {

    /** A cluster larger than this is read only this far (a statement carried by thousands of outlets). */
    static final int MEMBERS_READ = 20_000;

    private final TraceIndex index;
    private final Map<Node, TracedMembers> members = new HashMap<>();
    private final Map<Node, Node> mergedInto = new HashMap<>();
    private final Set<Node> changed = new LinkedHashSet<>();
    /** Claims of earlier batches that moved to another cluster by a merge. */
    private final Map<Node, Node> moved = new HashMap<>();
    private final Set<Node> newClaims = new java.util.HashSet<>();
    private final Map<Node, TracedClaim> batchClaims = new HashMap<>();
    /** The arrival of each claim read from the index. */
    private final Map<Node, Long> seq = new HashMap<>();
    private final Map<Node, TracedClaim> read = new HashMap<>();
    private final Map<String, List<MemberFacts>> indexedFacts = new HashMap<>();
    /** How many clusters were merged away so far: what {@link #current} answers changes only with it. */
    private int merges;

    ClusterBook(TraceIndex index) {
        this.index = index;
    }

    /** The members of a cluster (the cluster as it is now: merged ones resolve to the one that kept them). */
    TracedMembers members(Node cluster) {
        return members.computeIfAbsent(current(cluster), this::read);
    }

    private TracedMembers read(Node cluster) {
        TraceIndex.Ordered docs = index.has(TraceIndex.CLUSTER, cluster.getURI())
                ? index.postings().membersInOrder(cluster.getURI(), MEMBERS_READ)
                : new TraceIndex.Ordered(new int[0], new String[0]);
        return new TracedMembers(index, cluster.getURI(), docs.docs(), docs.keys(), (c, arrival) -> {
            seq.put(c.claim(), arrival);
            read.put(c.claim(), c);
        });
    }

    /**
     * What the counts, the first report and the named speakers of a cluster need of its members:
     * those traced before from the index's doc values (no stored documents), with the batch's.
     */
    List<MemberFacts> facts(Node cluster) {
        Node c = current(cluster);
        TracedMembers list = members.get(c);
        return list != null ? list.facts(this::indexedFacts) : indexedFacts(c.getURI());
    }

    /** The facts of the claims the index has in a cluster, read once per batch. */
    private List<MemberFacts> indexedFacts(String cluster) {
        return indexedFacts.computeIfAbsent(cluster, k -> index.postings().facts(k));
    }

    /** A member by its claim: of this batch, or read from the index. */
    TracedClaim claim(Node claim) {
        TracedClaim mine = batchClaims.get(claim);
        return mine != null ? mine : read.computeIfAbsent(claim, k -> ClaimDocument.claim(index.find(List.of(TraceIndex.term(TraceIndex.ID, k.getURI())), null, 1).get(0)));
    }

    /** Adds a new claim to a cluster (a new cluster when it has no members yet). */
    void add(Node cluster, TracedClaim c) {
        members(cluster).add(c);
        newClaims.add(c.claim());
        batchClaims.put(c.claim(), c);
        changed.add(cluster);
    }

    /** Follows merges: the cluster that now holds what {@code cluster} held. */
    Node current(Node cluster) {
        Node at = cluster;
        while (mergedInto.containsKey(at)) {
            at = mergedInto.get(at);
        }
        return at;
    }

    /**
     * Merges clusters into the one seen first (its IRI stays, so links to it stay valid) and
     * returns that one. Memberships move; nothing else is re-clustered.
     */
    Node merge(List<Node> matching) {
        Node kept = matching.stream().min(Comparator.comparing((Node n) -> members(n).get(0), TracedClaim.ORDER)
                .thenComparing(Node::getURI)).orElseThrow();
        for (Node other : matching) {
            if (other.equals(kept)) {
                continue;
            }
            TracedMembers from = members(other);
            members.remove(other);
            // the moved members are read (their documents are written again); the kept cluster's are not
            from.traced().stream().filter(m -> !newClaims.contains(m.claim())).forEach(m -> moved.put(m.claim(), kept));
            members(kept).absorb(from);
            mergedInto.put(other, kept); // the index still names it: it resolves to the kept one
            merges++;
            changed.remove(other);
        }
        members(kept).putInOrder();
        changed.add(kept);
        return kept;
    }

    /** The clusters of the claims of an article traced before, as the index has them (merges followed). */
    Set<Node> clustersOf(Node article) {
        Set<Node> out = new LinkedHashSet<>();
        if (index != null) {
            for (Document d : index.find(List.of(TraceIndex.term(TraceIndex.KIND, "claim"), TraceIndex.term(TraceIndex.ARTICLE, article.getURI())),
                    null, 100_000)) {
                out.add(current(org.apache.jena.graph.NodeFactory.createURI(d.get(TraceIndex.CLUSTER))));
            }
        }
        return out;
    }

    /** Writes a claim of an earlier batch that moved into the index again, with its cluster now. */
    void reindex(Node claim, TraceIndex index) {
        index.addClaim(read.get(claim), moved.get(claim).getURI(), seq.get(claim));
    }

    /** How many clusters were merged away so far in this batch (answers that follow {@link #current} hold until it changes). */
    int merges() {
        return merges;
    }

    /** Clusters that gained members or were merged into: to describe again. */
    Set<Node> changed() {
        return changed;
    }

    /** Clusters merged into others in this batch, and where. */
    Map<Node, Node> mergedInto() {
        return mergedInto;
    }

    /** Claims of earlier batches now in another cluster, and which. */
    Map<Node, Node> moved() {
        return moved;
    }
}
