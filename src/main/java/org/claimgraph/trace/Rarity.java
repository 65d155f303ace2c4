package org.claimgraph.trace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How telling a shared word is: words in few claims ("collapsed", "alive", "trucks") count more
 * than words in many ("Gaza", "Hamas", "talks"), by inverse document frequency over the store's
 * claims. Two wordings that share only the conflict's everyday words are not one claim.
 */
final class Rarity {

    private final Map<String, Integer> claimsWith = new HashMap<>();
    private final int claims;

    Rarity(List<TracedClaim> all) {
        all.forEach(c -> c.words().forEach(w -> claimsWith.merge(w, 1, Integer::sum)));
        this.claims = all.size();
    }

    /** Smoothed inverse document frequency: 1 for a word in every claim, more for rarer ones. */
    double weight(String word) {
        return 1 + Math.log((1.0 + claims) / (1.0 + claimsWith.getOrDefault(word, 0)));
    }

    /** Weighted share of the shorter wording that the other repeats; 0 when one is empty. */
    double overlap(Set<String> a, Set<String> b) {
        double both = 0;
        double wa = 0;
        double wb = 0;
        for (String w : a) {
            double x = weight(w);
            wa += x;
            if (b.contains(w)) {
                both += x;
            }
        }
        for (String w : b) {
            wb += weight(w);
        }
        return wa == 0 || wb == 0 ? 0 : both / Math.min(wa, wb);
    }
}
