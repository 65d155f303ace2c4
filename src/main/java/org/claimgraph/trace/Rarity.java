package org.claimgraph.trace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * How telling a shared word is: words in few claims ("collapsed", "alive", "trucks") count more
 * than words in many ("Gaza", "Hamas", "talks"), by inverse document frequency over the store's
 * claims. Two wordings that share only the conflict's everyday words are not one claim.
 */
final class Rarity {

    private final Map<String, Integer> claimsWith = new HashMap<>();
    private final int claims;
    private final ToIntFunction<String> tracedWith;

    /** Over these claims alone. */
    Rarity(List<TracedClaim> all) {
        this(all, 0, w -> 0);
    }

    /**
     * Over the claims traced before ({@code traced} of them, {@code tracedWith} counting those with
     * a word) and these new ones.
     */
    Rarity(List<TracedClaim> added, int traced, ToIntFunction<String> tracedWith) {
        added.forEach(c -> c.words().forEach(w -> claimsWith.merge(w, 1, Integer::sum)));
        this.claims = traced + added.size();
        this.tracedWith = tracedWith;
    }

    /**
     * Smoothed inverse document frequency: 1 for a word in every claim, more for rarer ones. Worked out
     * once per word and batch: comparisons ask it for every word of both wordings, and the logarithm and
     * the count's look-ups were a tenth of clustering (profiled).
     */
    double weight(String word) {
        Double known = weights.get(word);
        if (known == null) {
            known = 1 + Math.log((1.0 + claims) / (1.0 + claimsWith.getOrDefault(word, 0) + tracedWith.applyAsInt(word)));
            weights.put(word, known);
        }
        return known;
    }

    private final Map<String, Double> weights = new HashMap<>();

    /** Weighted share of the longer wording that the other repeats: both say much the same; 0 when one is empty. */
    double mutualOverlap(Set<String> a, Set<String> b) {
        return shared(a, b, Math::max);
    }

    /** Weighted share of the shorter wording that the other repeats; 0 when one is empty. */
    double overlap(Set<String> a, Set<String> b) {
        return shared(a, b, Math::min);
    }

    /**
     * The weighted words two wordings share over the geometric mean of their weights: a short
     * wording inside a long one that says several things (a statement's every sentence) shares
     * little of it, while a partial quote of a short statement shares most of it.
     */
    double meanOverlap(Set<String> a, Set<String> b) {
        return shared(a, b, (x, y) -> Math.sqrt(x * y));
    }

    /** The weight of the shared words over {@code of} the two wordings' weights. */
    private double shared(Set<String> a, Set<String> b, java.util.function.DoubleBinaryOperator of) {
        double both = 0;
        for (String w : a) {
            if (b.contains(w)) {
                both += weight(w);
            }
        }
        double wa = total(a);
        double wb = total(b);
        return wa == 0 || wb == 0 ? 0 : both / of.applyAsDouble(wa, wb);
    }

    /**
     * A wording's summed weight, kept for the batch by the set itself: a claim's words are compared with
     * every candidate's, and summing both wordings' weights again at each comparison was most of the
     * overlaps' cost (profiled). Summed in the set's own order, so it is the very value the loop gave. The
     * sets are the claims' word sets, never changed once made (an identity key: hashing the words again
     * would cost what it saves).
     */
    private double total(Set<String> words) {
        Double known = totals.get(words);
        if (known == null) {
            double sum = 0;
            for (String w : words) {
                sum += weight(w);
            }
            known = sum;
            totals.put(words, known);
        }
        return known;
    }

    private final Map<Set<String>, Double> totals = new java.util.IdentityHashMap<>();
}
