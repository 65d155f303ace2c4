package org.claimgraph.ingest;

import java.util.List;
import java.util.Objects;
import org.claimgraph.domain.Article;

/** What reading one input record gave: an article, or the reason it was rejected. */
public sealed interface ReadResult {

    /** Where the record came from: a path, with {@code :line} for JSON Lines. */
    String origin();

    /** An article read, with any warnings about metadata that had to be dropped. */
    record Read(String origin, Article article, List<String> warnings) implements ReadResult {
        public Read {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(article, "article");
            warnings = List.copyOf(warnings);
        }
    }

    /** A record that could not be read; {@code reason} says what is wrong and how to fix it. */
    record Rejected(String origin, String reason) implements ReadResult {
        public Rejected {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
