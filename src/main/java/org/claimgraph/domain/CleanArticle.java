package org.claimgraph.domain;

import java.util.List;
import java.util.Objects;

/**
 * An article with the parts later stages must skip marked, its text unchanged.
 *
 * @param article             the article as received
 * @param skipped             spans to leave out of extraction (repeated blocks), sorted
 * @param duplicateParagraphs how many paragraphs repeat an earlier one
 */
public record CleanArticle(Article article, List<Span> skipped, int duplicateParagraphs) {

    public CleanArticle {
        Objects.requireNonNull(article, "article");
        skipped = List.copyOf(skipped);
        if (duplicateParagraphs < 0) {
            throw new IllegalArgumentException("duplicateParagraphs < 0");
        }
    }

    /** True when {@code span} lies in a part marked to skip. */
    public boolean isSkipped(Span span) {
        return skipped.stream().anyMatch(s -> s.overlaps(span));
    }

    public String text() {
        return article.text();
    }
}
