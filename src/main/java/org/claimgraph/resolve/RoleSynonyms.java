package org.claimgraph.resolve;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a role answers a description's role words ("the special envoy" gives [special, envoy]),
 * word for word up to the synonyms of {@code descriptions.txt} ([role-synonyms]). One matcher for
 * two askers, so that they never drift apart: {@link Descriptions} asks it of the roles an article
 * states, {@link OfficeHolders} of the offices the reference data lists. Immutable and thread-safe.
 */
final class RoleSynonyms {

    private final Map<String, Set<String>> synonyms;

    /** @param synonyms each word to the words of its synonym group (itself included) */
    RoleSynonyms(Map<String, Set<String>> synonyms) {
        this.synonyms = Map.copyOf(synonyms);
    }

    /** Whether a role ("special envoy") holds every word of a description's role, by synonym. */
    boolean holds(String role, List<String> roleWords) {
        Set<String> have = new HashSet<>();
        for (String w : role.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            have.add(Descriptions.singularKey(w));
            have.addAll(synonyms.getOrDefault(Descriptions.singularKey(w), Set.of()));
        }
        have.add(role.toLowerCase(Locale.ROOT));
        return roleWords.stream().allMatch(w -> have.contains(w) || synonyms.getOrDefault(w, Set.of()).stream().anyMatch(have::contains));
    }

    /**
     * Whether an office is the one the description names, word for word both ways up to synonyms:
     * holding the description's words is not enough, as a "vice president" holds "president".
     */
    boolean sameOffice(String office, List<String> roleWords) {
        // one word for two: "premier" is the whole "prime minister"
        List<String> words = roleWords.equals(List.of("premier")) ? List.of("prime", "minister") : roleWords;
        String o = office.toLowerCase(Locale.ROOT).equals("premier") ? "prime minister" : office;
        return holds(o, words) && Arrays.stream(o.toLowerCase(Locale.ROOT).split("[\\s-]+")).map(Descriptions::singularKey)
                .allMatch(w -> words.contains(w) || synonyms.getOrDefault(w, Set.of()).stream().anyMatch(words::contains));
    }
}
