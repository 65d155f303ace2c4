package org.claimgraph.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A time the text speaks of, resolved against the publication date when there is one.
 *
 * @param span      the words ("on Thursday", "July 24", "last week")
 * @param text      those words
 * @param date      the day they mean; for a week or month, its first day; empty when the article
 *                  has no publication date to resolve against
 * @param precision how precise {@code date} is
 */
public record TimeExpression(Span span, String text, Optional<LocalDate> date, Precision precision) {

    /** How precise a resolved date is. */
    public enum Precision { DAY, WEEK, MONTH, YEAR }

    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
    }
}
