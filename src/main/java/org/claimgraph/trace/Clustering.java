package org.claimgraph.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.domain.Hashes;
import org.claimgraph.rdf.Iris;

/**
 * Puts the claims of one batch into clusters: a claim joins the cluster of an earlier claim (within
 * {@link ClaimTracer#SAME_CLAIM_DAYS} days) by the same speaker — or by one who speaks for the same
 * state or organisation, with more wording in common; two named people never make one claim — whose
 * wording shares enough telling words ({@link Rarity}) and no conflicting figure. A claim that repeats
 * two clusters of its own speaker merges them. Claims are taken in {@link TracedClaim#ORDER}; clusters
 * traced before keep their members.
 */
final class Clustering {

    private final KeyedLookup bySpeaker;
    private final ClusterBook book;
    private final Rarity rarity;
    private final ClaimIdentity identity;

    /** A wording's frame, tagged once per batch: the answers ({@link Repetitions}) ask for the same wordings. */
    ClaimFrame frame(TracedClaim c) {
        return identity.frame(c);
    }
    private final WordClusters byWord;
    private final Map<Node, Set<Node>> about;
    /** The claims being clustered now (an earlier batch's claim has no entities read here). */
    private final Set<Node> batch = new HashSet<>();
    /**
     * Each batch claim's speaker and side keys ({@link ClaimTracer#keys}), built once: they were built
     * for the prefetch, again word by word for every look-up and again to file the claim (profiled).
     */
    private final Map<TracedClaim, List<String>> keysOf = new java.util.IdentityHashMap<>();

    /**
     * @param byWord the clusters holding a word, for claims of other speakers
     * @param about  what each of the batch's claims is about (actors, places)
     */
    Clustering(KeyedLookup bySpeaker, ClusterBook book, Rarity rarity, WordClusters byWord, Map<Node, Set<Node>> about) {
        this.bySpeaker = bySpeaker;
        this.book = book;
        this.rarity = rarity;
        this.byWord = byWord;
        this.about = about;
        this.identity = new ClaimIdentity(rarity, this::related);
    }

    /**
     * Whether two wordings are about the same actors or places: in one article, or naming one actor
     * or place in common. A claim of an earlier batch, whose entities are not read here, is given
     * the benefit of the doubt.
     */
    private boolean related(TracedClaim m, TracedClaim c) {
        if (m.article().equals(c.article())) {
            return true;
        }
        Set<Node> theirs = about.get(m.claim());
        if (theirs == null) {
            return !batch.contains(m.claim());
        }
        Set<Node> mine = about.getOrDefault(c.claim(), Set.of());
        return theirs.stream().anyMatch(mine::contains);
    }

    /** A word in at most this many clusters leads a claim to other speakers' clusters with it. */
    static final int RARE_WORD = 20;

    /** Clusters the batch's claims; returns each claim's cluster, in the claims' order. */
    Map<Node, Node> cluster(List<TracedClaim> claims) {
        Map<Node, Node> membership = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        claims.forEach(c -> keys.addAll(keysOf(c))); // the keys candidates() looks up
        bySpeaker.prefetch(keys);
        claims.forEach(c -> batch.add(c.claim()));
        // the frames of the batch's wordings (tagged, by text: the dearest step of a comparison) are worked out on
        // another core meanwhile, in the order the comparisons will ask for them: after the pipeline that core is idle
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.CompletableFuture<Void> framing = java.util.concurrent.CompletableFuture.runAsync(() -> {
            for (int i = 0; i < claims.size() && !done.get(); i++) {
                identity.frame(claims.get(i));
            }
        });
        try {
            clusterInOrder(claims, membership);
        } finally {
            done.set(true);
            framing.join();
        }
        // a claim's cluster as it is after the batch's merges
        membership.replaceAll((claim, cluster) -> book.current(cluster));
        return membership;
    }

    private void clusterInOrder(List<TracedClaim> claims, Map<Node, Node> membership) {
        // the parties of a joint source ("Qatar and Egypt insisted …") state one claim: their copies share a cluster
        Map<List<Object>, Node> jointStatements = new HashMap<>();
        for (TracedClaim c : claims) {
            List<Object> statement = c.statement();
            List<Node> matching = new ArrayList<>(matchingClusters(c, candidates(c)));
            Node twin = jointStatements.get(statement);
            if (twin != null && !matching.contains(book.current(twin))) {
                matching.add(0, book.current(twin));
            }
            Node cluster = matching.isEmpty()
                    ? NodeFactory.createURI(Iris.ID + "claim-cluster/" + Hashes.sha256Hex(c.claim().getURI()).substring(0, 16))
                    : book.merge(matching);
            book.add(cluster, c);
            membership.put(c.claim(), cluster);
            jointStatements.putIfAbsent(statement, cluster);
            keysOf(c).forEach(k -> bySpeaker.add(k, c, cluster));
            byWord.add(c, cluster);
        }
    }

    /**
     * The clusters a claim is compared with: those of its speaker and side, in its window, that
     * share the most telling words with it (each shared word counts by its {@link Rarity} weight),
     * best {@link ClaimTracer#CANDIDATES} first. Each word looks up at most {@link ClaimTracer#PER_WORD}
     * entries, the closest in time, so a side's everyday words ("Gaza", "talks") cost no more than rare ones.
     */
    private Set<Node> candidates(TracedClaim c) {
        Map<Node, Double> shared = new HashMap<>();
        // keysOf(c) holds, word by word in c.words() order, the speaker's key and then (when it has a side) the side's
        List<String> keys = keysOf(c);
        int perWord = c.principal().isEmpty() ? 1 : 2;
        int i = 0;
        for (String w : c.words()) {
            Set<Node> seen = new HashSet<>();
            List<Node> found = new ArrayList<>(bySpeaker.nearest(keys.get(i), c, ClaimTracer.REPEATED_CLAIM_DAYS, ClaimTracer.PER_WORD));
            if (perWord == 2) {
                found.addAll(bySpeaker.nearest(keys.get(i + 1), c, ClaimTracer.REPEATED_CLAIM_DAYS, ClaimTracer.PER_WORD));
            }
            i += perWord;
            double weight = rarity.weight(w);
            for (Node n : found) {
                Node cluster = book.current(n);
                if (seen.add(cluster)) {
                    shared.merge(cluster, weight, Double::sum);
                }
            }
        }
        Set<Node> out = best(shared);
        // then other speakers' clusters, through the words few clusters share
        Map<Node, Double> others = new HashMap<>();
        for (String w : c.words()) {
            List<Node> with = byWord.clustersWith(w, RARE_WORD);
            if (with != null) {
                double weight = rarity.weight(w);
                with.forEach(n -> others.merge(book.current(n), weight, Double::sum));
            }
        }
        out.addAll(best(others));
        return out;
    }

    private List<String> keysOf(TracedClaim c) {
        return keysOf.computeIfAbsent(c, ClaimTracer::keys);
    }

    /** The {@link ClaimTracer#CANDIDATES} clusters with the most shared weight, best first. */
    private static Set<Node> best(Map<Node, Double> shared) {
        Set<Node> out = new LinkedHashSet<>();
        shared.entrySet().stream()
                .sorted(Map.Entry.<Node, Double>comparingByValue().reversed().thenComparing(e -> e.getKey().getURI()))
                .limit(ClaimTracer.CANDIDATES).forEach(e -> out.add(e.getKey()));
        return out;
    }

    /**
     * The clusters a new claim belongs to: those whose members agree with it ({@link ClaimIdentity#joins}).
     * Usually one; two when the claim bridges wordings of its speaker that arrived apart (a wire lead
     * and the full quote), and then the clusters are merged.
     */
    private List<Node> matchingClusters(TracedClaim c, Set<Node> candidates) {
        if (ClaimIdentity.tooShort(c)) {
            return List.of(); // "that account": too little wording to recognise anywhere else
        }
        // merging only on the speaker's own words: a bridge through a colleague chains unrelated claims
        List<Node> sameSpeaker = new ArrayList<>();
        Node best = null;
        double bestScore = 0;
        for (Node candidate : candidates) {
            List<TracedClaim> sample = ClaimTracer.sample(book.members(candidate));
            if (sample.stream().anyMatch(m -> !Words.sameFigures(m.numbers(), c.numbers()))) {
                continue; // a toll that moved is a new claim, whichever member gave the old one
            }
            double score = identity.joins(sample, c);
            if (score == 0) {
                continue;
            }
            if (sample.stream().anyMatch(m -> m.speakerKey().equals(c.speakerKey()) && identity.overlap(m, c) >= ClaimTracer.MERGE)
                    && !sameSpeaker.contains(candidate)) {
                sameSpeaker.add(candidate);
            }
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best != null && !sameSpeaker.contains(best)) {
            sameSpeaker.add(best);
        }
        return sameSpeaker;
    }
}
