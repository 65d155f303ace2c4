package org.claimgraph.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.ArticleMetadata;
import org.claimgraph.domain.Hashes;

/** Builds articles from text and raw metadata: identity, hash, normalised publication date. */
final class ArticleFactory {

    private ArticleFactory() {
    }

    static ReadResult create(String origin, String text, ArticleMetadata raw) {
        if (text == null || text.isBlank()) {
            return new ReadResult.Rejected(origin, "the article has no text: give a non-empty \"text\" (or \"html\")");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            long line = text.substring(0, nul).chars().filter(c -> c == '\n').count() + 1;
            return new ReadResult.Rejected(origin, "the text holds NUL characters (first on its line " + line
                    + "): a binary file, or text saved as UTF-16? save it as UTF-8 text");
        }
        List<String> warnings = new ArrayList<>();
        raw = withoutNul(raw, warnings);
        Optional<String> url = raw.url().flatMap(u -> {
            Optional<String> clean = Urls.clean(u);
            if (clean.isEmpty()) {
                warnings.add("url is blank: stored without it (identified by its text)");
            } else if (!clean.get().equals(u.strip())) {
                warnings.add("url '" + u + "' has spaces or characters outside ASCII: stored as " + clean.get());
            }
            return clean;
        });
        Optional<String> published = raw.published().flatMap(p -> {
            Optional<String> iso = normaliseDate(p);
            if (iso.isEmpty()) {
                warnings.add("published date '" + p + "' is not an ISO date (2025-07-24) or date-time"
                        + " (2025-07-24T09:30:00Z): stored without a date");
            }
            return iso;
        });
        ArticleMetadata metadata = new ArticleMetadata(url, raw.file(), raw.title(), raw.publisher(), published);
        Article article = new Article(ArticleIds.idFor(metadata.url(), text), text, Hashes.sha256Hex(text), metadata);
        return new ReadResult.Read(origin, article, warnings);
    }

    /** The metadata without fields holding NUL characters (each dropped with a warning). */
    private static ArticleMetadata withoutNul(ArticleMetadata m, List<String> warnings) {
        java.util.function.BiFunction<String, Optional<String>, Optional<String>> clean = (name, v) -> {
            if (v.isPresent() && v.get().indexOf('\0') >= 0) {
                warnings.add(name + " holds NUL characters: stored without it");
                return Optional.empty();
            }
            return v;
        };
        return new ArticleMetadata(clean.apply("url", m.url()), m.file(), clean.apply("title", m.title()),
                clean.apply("publisher", m.publisher()), clean.apply("published", m.published()));
    }

    /**
     * An ISO 8601 date ({@code 2025-07-24}) or date-time with offset, as given; a local date-time is
     * kept without an invented zone; RFC 1123 dates (HTTP, RSS) are converted.
     */
    static Optional<String> normaliseDate(String s) {
        String v = s.strip();
        try {
            return Optional.of(LocalDate.parse(v).toString());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(OffsetDateTime.parse(v).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(v).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }
}
