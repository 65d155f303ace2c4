package org.claimgraph.extract;

import java.util.List;
import java.util.Locale;
import org.claimgraph.domain.Token;

/**
 * A truce one side declares for itself: "the military declared a temporary ceasefire", "the alliance
 * announced a unilateral one-month ceasefire", "had already called a ceasefire for its forces". News
 * tells a deal between two sides with both named or a partner after "with"; a truce announced by one
 * side alone halts only its own fighting, a pause. The triggers and the truce nouns are data
 * ({@code [unilateral]}, {@code [truce]} in development-cues.tsv). Immutable and thread-safe.
 */
final class UnilateralTruce {

    private final DevelopmentCues cues;

    UnilateralTruce(DevelopmentCues cues) {
        this.cues = cues;
    }

    /** Whether the trigger at {@code trigger} is one that may declare a truce ("announced", "declared", "called"). */
    boolean declares(List<Token> tokens, int trigger) {
        return cues.unilateral().contains(tokens.get(trigger).text().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the trigger at {@code trigger} (its last word at {@code last}) declares a truce as its
     * direct object: the noun phrase right after it ends in a truce noun ("a temporary ceasefire",
     * not "a ceasefire agreement" nor "a ceasefire deal").
     */
    boolean declaresTruce(List<Token> tokens, int trigger, int last) {
        if (!declares(tokens, trigger)) {
            return false;
        }
        String head = null;
        for (int k = last + 1; k < Math.min(tokens.size(), last + 7); k++) {
            Token t = tokens.get(k);
            boolean inPhrase = t.mainPos().matches("DET|ADJ|NUM|NOUN|PROPN") || t.text().equals("-") || t.text().endsWith("-");
            if (!inPhrase) {
                break;
            }
            head = TriggerMatcher.form(tokens, k);
        }
        return head != null && cues.truce().contains(head);
    }
}
