package org.claimgraph.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * Where a claim that answers another ({@link Responses}) looks for what it answers: the clusters of
 * its own article, of the speakers and sides it names (and, for a confirmation, of its own side)
 * within {@link Responses#ANSWER_DAYS}, and those that share its rarer words. {@link Responses}
 * decides which of them it answers; this class only finds them.
 */
final class AnswerCandidates {

    /** A word in at most this many clusters leads a denial to them (more common words lead nowhere). */
    static final int RARE_WORD = 20;

    private final Map<Node, Node> membership;
    private final ClusterBook clusters;
    private final Rarity rarity;
    private final Map<Node, List<TracedClaim>> byArticle;
    private final KeyedLookup bySpeakerOrSide;
    private final WordClusters byWord;

    /**
     * @param claims     the batch's claims, in {@link TracedClaim#ORDER}
     * @param membership their clusters, after the batch's merges
     * @param byArticle  the batch's claims by article
     */
    AnswerCandidates(List<TracedClaim> claims, Map<Node, Node> membership, ClusterBook clusters, Map<Node, Set<Node>> about, Rarity rarity,
            TraceIndex index, Map<Node, List<TracedClaim>> byArticle) {
        this.membership = membership;
        this.clusters = clusters;
        this.rarity = rarity;
        this.byArticle = byArticle;
        this.bySpeakerOrSide = new KeyedLookup(index, TraceIndex.ANSWER_KEY, claims, Responses.ANSWER_DAYS);
        this.byWord = new WordClusters(index, clusters);
        Set<String> lookedUp = new HashSet<>();
        for (TracedClaim c : claims) {
            keys(c).forEach(k -> bySpeakerOrSide.add(k, c, membership.get(c.claim())));
            byWord.add(c, membership.get(c.claim()));
            // the speakers and sides it names (its own side is looked up when a confirmation needs it)
            for (String key : answeredKeys(c, about.getOrDefault(c.claim(), Set.of()), false)) {
                c.words().forEach(w -> lookedUp.add(key + " " + w));
            }
        }
        bySpeakerOrSide.prefetch(lookedUp);
    }

    /** The keys a claim is found by as an answer: its named speaker's and its side's, with each word of its content and cue. */
    static List<String> keys(TracedClaim c) {
        List<String> out = new ArrayList<>();
        for (String w : c.wordsWithCue()) {
            if (!c.anonymous()) {
                out.add(c.speaker().getURI() + " " + w);
            }
            if (!c.principal().isEmpty()) {
                out.add("side " + c.principal() + " " + w);
            }
        }
        return out;
    }

    /** The speakers and sides whose claims {@code c} may answer: those it names and (for a confirmation) its own side. */
    static List<String> answeredKeys(TracedClaim c, Set<Node> named, boolean ownSide) {
        List<String> keys = new ArrayList<>();
        for (Node n : named) {
            keys.add(n.getURI());
            keys.add("side " + n.getURI());
        }
        if (ownSide && !c.principal().isEmpty()) {
            keys.add("side " + c.principal());
        }
        return keys;
    }

    /**
     * {@link #near}, and the clusters that share the claim's rarer words: a denial of
     * "warnings of famine" answers the agencies that warned of famine, named or not.
     */
    Set<Node> withWords(TracedClaim c, Set<Node> named, boolean ownSide) {
        Set<Node> out = near(c, named, ownSide);
        for (String w : c.words()) {
            List<Node> with = byWord.clustersWith(w, RARE_WORD);
            if (with != null) {
                out.addAll(with);
            }
        }
        return out;
    }

    /**
     * Clusters of the claim's article, and from the {@link Responses#ANSWER_DAYS} around it those of the
     * speakers and states it names and (for a confirmation) of its own side that share the most
     * telling words with it, best {@link ClaimTracer#CANDIDATES} first.
     */
    private Set<Node> near(TracedClaim c, Set<Node> named, boolean ownSide) {
        Set<Node> out = new LinkedHashSet<>();
        byArticle.get(c.article()).forEach(o -> out.add(membership.get(o.claim())));
        List<String> keys = answeredKeys(c, named, ownSide);
        Map<Node, Double> shared = new HashMap<>();
        for (String w : c.words()) {
            Set<Node> seen = new HashSet<>();
            double weight = rarity.weight(w);
            for (String key : keys) {
                for (Node found : bySpeakerOrSide.nearest(key + " " + w, c, Responses.ANSWER_DAYS, ClaimTracer.PER_WORD)) {
                    Node n = clusters.current(found);
                    if (seen.add(n)) {
                        shared.merge(n, weight, Double::sum);
                    }
                }
            }
        }
        shared.entrySet().stream()
                .sorted(Map.Entry.<Node, Double>comparingByValue().reversed().thenComparing(e -> e.getKey().getURI()))
                .limit(ClaimTracer.CANDIDATES).forEach(e -> out.add(e.getKey()));
        return out;
    }
}
