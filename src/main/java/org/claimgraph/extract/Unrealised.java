package org.claimgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.domain.Token;

/**
 * A trigger in an infinitive that says the step is still to come: "vowed to respond", "is
 * expected to meet", "has the right to respond", "was required to withdraw" — the governing word
 * right before "to" is one of {@code [unrealised]} in {@code development-cues.tsv}. "Agreed to
 * resume talks" or "flew to Ostria to meet" tell a step and are not governed so.
 */
final class Unrealised {

    private Unrealised() {
    }

    /** Whether the trigger at {@code i} is an infinitive governed by one of {@code governors}. */
    static boolean governed(List<Token> tokens, int i, Set<String> governors) {
        int k = skipAdverbs(tokens, i - 1); // "to formally meet"
        if (k < 0 || !tokens.get(k).text().equalsIgnoreCase("to")) {
            return false;
        }
        k = skipAdverbs(tokens, k - 1); // "is widely expected to"
        return k >= 0 && governors.contains(tokens.get(k).text().toLowerCase(Locale.ROOT));
    }

    private static int skipAdverbs(List<Token> tokens, int k) {
        while (k >= 0 && tokens.get(k).mainPos().equals("ADV")) {
            k--;
        }
        return k;
    }
}
