package org.claimgraph.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What is known about an article besides its text. Every part may be missing.
 *
 * @param url       the article's address as given
 * @param file      the path it was read from ({@code -} for standard input)
 * @param title     the headline
 * @param publisher the outlet's name
 * @param published the publication date or date-time, normalised to ISO 8601
 */
public record ArticleMetadata(
        Optional<String> url,
        Optional<String> file,
        Optional<String> title,
        Optional<String> publisher,
        Optional<String> published) {

    public static final ArticleMetadata NONE =
            new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public ArticleMetadata {
        url = blankToEmpty(url);
        file = blankToEmpty(file);
        title = blankToEmpty(title);
        publisher = blankToEmpty(publisher);
        published = blankToEmpty(published);
    }

    private static Optional<String> blankToEmpty(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The publication day, from the ISO date or date-time. */
    public Optional<LocalDate> publishedDate() {
        return published.filter(s -> s.length() >= 10).map(s -> LocalDate.parse(s.substring(0, 10)));
    }

    public ArticleMetadata withFile(String path) {
        return new ArticleMetadata(url, Optional.ofNullable(path), title, publisher, published);
    }
}
