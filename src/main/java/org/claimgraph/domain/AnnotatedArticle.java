package org.claimgraph.domain;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned article with its linguistic annotation: sentences, tokens and part-of-speech tags.
 *
 * @param clean     the cleaned article
 * @param sentences sentences in text order, none crossing a line break
 */
public record AnnotatedArticle(CleanArticle clean, List<Sentence> sentences) {

    public AnnotatedArticle {
        Objects.requireNonNull(clean, "clean");
        sentences = List.copyOf(sentences);
    }

    public Article article() {
        return clean.article();
    }

    public String text() {
        return clean.text();
    }

    /** Index of the sentence containing {@code span}, or -1. */
    public int sentenceOf(Span span) {
        for (Sentence s : sentences) {
            if (s.span().contains(span)) {
                return s.index();
            }
        }
        return -1;
    }

    /** Number of tokens in the article. */
    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
