package org.claimgraph.domain;

import java.util.List;
import java.util.Objects;

/**
 * A sentence and its tokens.
 *
 * @param index  its position among the article's sentences
 * @param span   where it stands in the text
 * @param tokens its tokens, in order, inside {@code span}
 */
public record Sentence(int index, Span span, List<Token> tokens) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
    }

    /** Index of the first token that starts at or after {@code offset}, or the token count. */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().begin() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
