package org.claimgraph.domain;

import java.util.Objects;

/**
 * An article as received: its identity, its text (never rewritten: every offset indexes it) and
 * its metadata.
 *
 * @param id          16 hex digits of the SHA-256 of the URL when there is one, else of the text
 * @param text        the text exactly as received (for HTML, the text extracted from it)
 * @param contentHash hex SHA-256 of the text
 * @param metadata    what else is known
 */
public record Article(String id, String text, String contentHash, ArticleMetadata metadata) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(metadata, "metadata");
    }
}
