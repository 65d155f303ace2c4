package org.claimgraph.trace;

import java.time.LocalDate;
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

    Clustering(KeyedLookup bySpeaker, ClusterBook book, Rarity rarity) {
        this.bySpeaker = bySpeaker;
        this.book = book;
        this.rarity = rarity;
    }

    /** Clusters the batch's claims; returns each claim's cluster, in the claims' order. */
    Map<Node, Node> cluster(List<TracedClaim> claims) {
        Map<Node, Node> membership = new LinkedHashMap<>();
        for (TracedClaim c : claims) {
            List<Node> matching = matchingClusters(c, candidates(c));
            Node cluster = matching.isEmpty()
                    ? NodeFactory.createURI(Iris.ID + "claim-cluster/" + Hashes.sha256Hex(c.claim().getURI()).substring(0, 16))
                    : book.merge(matching);
            book.add(cluster, c);
            membership.put(c.claim(), cluster);
            ClaimTracer.keys(c).forEach(k -> bySpeaker.add(k, c, cluster));
        }
        // a claim's cluster as it is after the batch's merges
        membership.replaceAll((claim, cluster) -> book.current(cluster));
        return membership;
    }

    /**
     * The clusters a claim is compared with: those of its speaker and side, in its window, that
     * share the most telling words with it (each shared word counts by its {@link Rarity} weight),
     * best {@link ClaimTracer#CANDIDATES} first. Each word looks up at most {@link ClaimTracer#PER_WORD}
     * entries, the closest in time, so a side's everyday words ("Gaza", "talks") cost no more than rare ones.
     */
    private Set<Node> candidates(TracedClaim c) {
        Map<Node, Double> shared = new HashMap<>();
        for (String w : c.words()) {
            Set<Node> seen = new HashSet<>();
            List<Node> found = new ArrayList<>(bySpeaker.nearest("speaker " + c.speakerKey() + " " + w, c, ClaimTracer.SAME_CLAIM_DAYS,
                    ClaimTracer.PER_WORD));
            if (!c.principal().isEmpty()) {
                found.addAll(bySpeaker.nearest("state " + c.principal() + " " + w, c, ClaimTracer.SAME_CLAIM_DAYS, ClaimTracer.PER_WORD));
            }
            double weight = rarity.weight(w);
            for (Node n : found) {
                Node cluster = book.current(n);
                if (seen.add(cluster)) {
                    shared.merge(cluster, weight, Double::sum);
                }
            }
        }
        Set<Node> out = new LinkedHashSet<>();
        shared.entrySet().stream()
                .sorted(Map.Entry.<Node, Double>comparingByValue().reversed().thenComparing(e -> e.getKey().getURI()))
                .limit(ClaimTracer.CANDIDATES).forEach(e -> out.add(e.getKey()));
        return out;
    }

    /**
     * The clusters a new claim belongs to: those with a member it agrees with. Usually one; two when
     * the claim bridges wordings that arrived apart (a wire lead and the full quote), and then the
     * clusters are merged.
     */
    private List<Node> matchingClusters(TracedClaim c, Set<Node> candidates) {
        if (c.words().size() < ClaimTracer.MIN_WORDS) {
            return List.of(); // "that account": too little wording to recognise anywhere else
        }
        // merging only on the speaker's own words: a bridge through a colleague chains unrelated claims
        List<Node> sameSpeaker = new ArrayList<>();
        Node best = null;
        double bestScore = 0;
        for (Node candidate : candidates) {
            List<TracedClaim> sample = ClaimTracer.sample(book.members(candidate));
            if (sample.stream().anyMatch(m -> !sameFigures(m, c))) {
                continue; // a toll that moved is a new claim, whichever member gave the old one
            }
            for (TracedClaim m : sample) {
                double score = agreement(m, c);
                if (score >= ClaimTracer.MERGE && m.speakerKey().equals(c.speakerKey()) && !sameSpeaker.contains(candidate)) {
                    sameSpeaker.add(candidate);
                }
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
        }
        if (best != null && !sameSpeaker.contains(best)) {
            sameSpeaker.add(best);
        }
        return sameSpeaker;
    }

    /**
     * How strongly member {@code m} and new claim {@code c} say the same thing: their content-word
     * overlap when it reaches what their relation needs, else 0. The same speaker needs a quarter of
     * the wording in common; a speaker only of the same state or organisation (an office, an unnamed
     * official) needs more; another speech act, or a pair where one article is undated, more still.
     * Never across different speakers, periods or figures, and never with the report a claim is
     * nested in ("WHO said … noting that the UN estimates …": the UN's estimate is not the WHO's claim).
     */
    private double agreement(TracedClaim m, TracedClaim c) {
        boolean sameSpeaker = m.speakerKey().equals(c.speakerKey());
        // two named people of one side make two claims (one may support the other); an office, a
        // state or an unnamed official may voice a named person's claim
        boolean sameState = !sameSpeaker && !m.principal().isEmpty() && m.principal().equals(c.principal())
                && !(m.person() && c.person());
        boolean undated = m.date().isEmpty() != c.date().isEmpty();
        if (!(sameSpeaker || sameState) || (!undated && !close(m.date(), c.date())) || !sameFigures(m, c) || nested(m, c)) {
            return 0;
        }
        double needed = sameSpeaker ? ClaimTracer.SAME_CLAIM : ClaimTracer.SAME_CLAIM_STATE;
        if (!compatibleStance(m.stance(), c.stance()) || undated) {
            needed = Math.max(needed, ClaimTracer.SAME_CLAIM_UNDATED);
        }
        double score = rarity.overlap(m.words(), c.words());
        return score >= needed ? score : 0;
    }

    /** One report inside the other's content, in one article. */
    private static boolean nested(TracedClaim m, TracedClaim c) {
        return m.article().equals(c.article()) && !m.speakerKey().equals(c.speakerKey())
                && (m.text().contains(c.text()) || c.text().contains(m.text()));
    }

    /** Published within a few days of each other (or both undated). */
    private static boolean close(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        long days = Math.abs(LocalDate.parse(a.substring(0, 10)).toEpochDay() - LocalDate.parse(b.substring(0, 10)).toEpochDay());
        return days <= ClaimTracer.SAME_CLAIM_DAYS;
    }

    /** Two wordings with numbers are one claim only if they give the same numbers: a toll that moved is a new claim. */
    private static boolean sameFigures(TracedClaim a, TracedClaim b) {
        return Words.sameFigures(a.numbers(), b.numbers());
    }

    private static boolean compatibleStance(String a, String b) {
        return a.equals(b) || (isPlain(a) && isPlain(b));
    }

    private static boolean isPlain(String stance) {
        return stance.endsWith("stance-assert") || stance.endsWith("stance-report") || stance.endsWith("stance-respond");
    }
}
