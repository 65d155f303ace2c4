package org.claimgraph.trace;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * Whether a claim can answer a cluster at all ({@link Responses}): one of the cluster's sampled
 * members is in its article, or they share an actor or place (one the words name, or the speaker).
 * Shared words alone link a refusal to give up weapons in one war to a disarmament demand in
 * another. A member traced in an earlier batch, whose entities are not read here, is given the
 * benefit of the doubt. What a cluster offers is gathered once per batch, not from its sampled
 * members for every claim it is a candidate of (profiled: memberships no longer change while
 * links are made).
 */
final class RelatedClusters {

    /**
     * What a cluster's sampled members offer: whether one was traced in an earlier batch, their
     * articles, and their named speakers with the actors and places they are about.
     */
    private record Offer(boolean earlierBatch, Set<Node> articles, Set<Node> topics) {
    }

    private final Map<Node, Set<Node>> about;
    private final Map<Node, List<TracedClaim>> byArticle;
    private final Map<Node, Offer> offers = new HashMap<>();
    private final Map<Node, Set<Node>> relatedTo = new HashMap<>();

    /**
     * @param about     what each of the batch's claims is about (actors, places)
     * @param byArticle the batch's claims by article
     */
    RelatedClusters(Map<Node, Set<Node>> about, Map<Node, List<TracedClaim>> byArticle) {
        this.about = about;
        this.byArticle = byArticle;
    }

    /** Whether {@code c} and the cluster, whose members are {@code members}, can be about one thing. */
    boolean related(TracedClaim c, Node cluster, List<TracedClaim> members) {
        Offer offer = offers.computeIfAbsent(cluster, k -> offer(members));
        if (offer.earlierBatch() || offer.articles().contains(c.article())) {
            return true;
        }
        for (Node n : mine(c)) {
            if (offer.topics().contains(n)) {
                return true;
            }
        }
        return false;
    }

    private Offer offer(List<TracedClaim> members) {
        boolean earlierBatch = false;
        Set<Node> articles = new HashSet<>();
        Set<Node> topics = new HashSet<>();
        for (TracedClaim m : ClaimTracer.sample(members)) {
            earlierBatch |= !byArticle.containsKey(m.article());
            articles.add(m.article());
            if (!m.anonymous()) {
                topics.add(m.speaker());
            }
            topics.addAll(about.getOrDefault(m.claim(), Set.of()));
        }
        return new Offer(earlierBatch, articles, topics);
    }

    /** The actors and places a claim is about, and its named speaker. */
    private Set<Node> mine(TracedClaim c) {
        return relatedTo.computeIfAbsent(c.claim(), k -> {
            Set<Node> set = new HashSet<>(about.getOrDefault(c.claim(), Set.of()));
            if (!c.anonymous()) {
                set.add(c.speaker());
            }
            return set;
        });
    }
}
