package org.claimgraph.domain;

import java.util.Objects;

/**
 * A token with its part of speech.
 *
 * @param span where it stands in the article text
 * @param text its text
 * @param pos  its Universal Dependencies tag (PROPN, NOUN, VERB, ADP, ...); a token the tagger
 *             reads as two words (e.g. "Hamas's") has both, joined by '+', as in "PROPN+PART"
 */
public record Token(Span span, String text, String pos) {

    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
    }

    /** The tag of the token's first word: "PROPN" for "PROPN+PART". */
    public String mainPos() {
        int plus = pos.indexOf('+');
        return plus < 0 ? pos : pos.substring(0, plus);
    }

    public boolean isProperNoun() {
        return mainPos().equals("PROPN");
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether {@code word} is a capital initial with its full stop: "P." in "Daniel P. Driscoll", "G.K.". */
    public static boolean isInitial(String word) {
        return word.length() <= 4 && word.matches("\\p{Lu}(\\.\\p{Lu})?\\.");
    }

    /** The text without a trailing possessive ('s, ’s or a lone apostrophe). */
    public String withoutPossessive() {
        if (text.length() <= 2 && text.chars().allMatch(c -> c == '\'' || c == '’')) {
            return text; // a quote mark written as two apostrophes ('' … ''), not a possessive
        }
        // by hand, not a regular expression: called for every token of every article
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == 's' && end > 1 && isApostrophe(text.charAt(end - 2))) {
            return text.substring(0, end - 2);
        }
        return end > 0 && isApostrophe(text.charAt(end - 1)) ? text.substring(0, end - 1) : text;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
