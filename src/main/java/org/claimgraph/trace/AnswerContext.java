package org.claimgraph.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * What a batch's answers ({@link Disputes}, {@link Supports}) look at: the batch's clusters, its
 * claims by article, where an answer looks for what it answers and whether a cluster came before it.
 * Memberships no longer change while links are made, so each fact about a cluster or an article is
 * worked out once per batch.
 */
final class AnswerContext {

    final Map<Node, Node> membership;
    final ClusterBook clusters;
    final Map<Node, Set<Node>> about;
    final Rarity rarity;
    final Map<Node, List<TracedClaim>> byArticle = new HashMap<>();
    /** Whether an answer and a cluster can be about one thing. */
    final RelatedClusters relatedClusters;
    /** Where an answer looks for what it answers. */
    private final AnswerCandidates candidates;

    /** Per article, the clusters of its claims ({@link #inArticle}). */
    private final Map<Node, Set<Node>> clustersIn = new HashMap<>();
    private final Map<Node, Set<Node>> speakers = new HashMap<>();
    private final Map<Node, Boolean> dated = new HashMap<>();
    /** Per article, where each cluster's first claim in it begins. */
    private final Map<Node, Map<Node, Integer>> firstBegin = new HashMap<>();

    private TracedClaim lastAsked;
    private Set<Node> lastCandidates;

    /**
     * @param claims     the batch's claims, in {@link TracedClaim#ORDER}
     * @param membership their clusters, after the batch's merges
     * @param clusters   the members of every cluster met
     * @param index      what was traced before, or null
     */
    AnswerContext(List<TracedClaim> claims, Map<Node, Node> membership, ClusterBook clusters, Map<Node, Set<Node>> about, Rarity rarity,
            TraceIndex index) {
        this.membership = membership;
        this.clusters = clusters;
        this.about = about;
        this.rarity = rarity;
        for (TracedClaim c : claims) {
            byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(c);
        }
        this.candidates = new AnswerCandidates(claims, membership, clusters, about, rarity, index, byArticle);
        this.relatedClusters = new RelatedClusters(about, byArticle);
    }

    /** The entities a claim names. */
    Set<Node> named(TracedClaim c) {
        return about.getOrDefault(c.claim(), Set.of());
    }

    /** The named speakers of a cluster's members. */
    Set<Node> speakers(Node cluster) {
        return speakers.computeIfAbsent(cluster, k -> {
            Set<Node> named = new HashSet<>();
            clusters.facts(k).forEach(m -> m.speaker().ifPresent(named::add));
            return named;
        });
    }

    /** Whether a member of the cluster comes from a dated article. */
    boolean dated(Node cluster) {
        return dated.computeIfAbsent(cluster, k -> clusters.facts(k).stream().anyMatch(MemberFacts::dated));
    }

    /**
     * {@link AnswerCandidates#withWords} for the claim and the speakers and sides it names: a plain
     * claim asks it for contradictions and then for repetitions, so the last claim's are kept.
     */
    Set<Node> answerCandidates(TracedClaim c, boolean ownSide) {
        if (ownSide) {
            return candidates.withWords(c, named(c), true);
        }
        if (lastAsked != c) {
            lastCandidates = candidates.withWords(c, named(c), false);
            lastAsked = c;
        }
        return lastCandidates;
    }

    /**
     * Another speaker's cluster, begun before {@code c}: earlier in the same article, or published
     * earlier (when an article is undated, its claims may answer any other article's).
     */
    boolean answerable(TracedClaim c, Node candidate, TracedClaim first) {
        if (candidate.equals(membership.get(c.claim())) || first.speakerKey().equals(c.speakerKey())) {
            return false;
        }
        // members are in date order (undated first), so the first tells whether any came before
        return earlierInArticle(c, candidate) || first.date().isEmpty() || c.date().isEmpty() || first.date().compareTo(c.date()) < 0;
    }

    /** Whether a claim of the cluster is in {@code c}'s article. */
    boolean inArticle(TracedClaim c, Node cluster) {
        return clustersIn.computeIfAbsent(c.article(), a -> {
            Set<Node> set = new HashSet<>();
            byArticle.get(a).forEach(p -> set.add(membership.get(p.claim())));
            return set;
        }).contains(cluster);
    }

    /**
     * Whether the cluster holds {@code c}'s twin: the same words told by the other party of a joint
     * source ("Qatar and Egypt insisted …"), which one party never answers.
     */
    boolean holdsTwin(TracedClaim c, Node cluster) {
        return byArticle.get(c.article()).stream().anyMatch(p -> p != c && p.statement().equals(c.statement()) && cluster.equals(membership.get(p.claim())));
    }

    /**
     * Whether a claim of the cluster comes before {@code c} in its article: asked for every candidate of
     * every claim, so each article's clusters are gathered once, not its claims walked each time (profiled).
     */
    boolean earlierInArticle(TracedClaim c, Node cluster) {
        Integer first = firstBegin.computeIfAbsent(c.article(), a -> {
            Map<Node, Integer> out = new HashMap<>();
            byArticle.get(a).forEach(p -> out.merge(membership.get(p.claim()), p.begin(), Math::min));
            return out;
        }).get(cluster);
        return first != null && first < c.begin();
    }

    /** Speakers of one side (a state, an organisation) do not dispute or support each other's word here. */
    static boolean sameSide(TracedClaim a, TracedClaim b) {
        return !a.principal().isEmpty() && a.principal().equals(b.principal());
    }
}
