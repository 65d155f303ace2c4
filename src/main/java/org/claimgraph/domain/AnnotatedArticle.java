package org.claimgraph.domain;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned article with its linguistic annotation: for now the sentences, later tokens and tags.
 *
 * @param clean     the cleaned article
 * @param sentences sentence spans in text order, none crossing a line break
 */
public record AnnotatedArticle(CleanArticle clean, List<Span> sentences) {

    public AnnotatedArticle {
        Objects.requireNonNull(clean, "clean");
        sentences = List.copyOf(sentences);
    }

    public Article article() {
        return clean.article();
    }

    /** Index of the sentence containing {@code span}, or -1. */
    public int sentenceOf(Span span) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).contains(span)) {
                return i;
            }
        }
        return -1;
    }
}
