package org.claimgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.TimeExpression;
import org.claimgraph.domain.TimeExpression.Precision;

/**
 * Finds time expressions and resolves them against the publication date: explicit dates
 * ("July 24", "24 July 2025", "October 2023"), weekdays ("on Thursday": the last Thursday on or
 * before publication), "yesterday", "today", "last week", "this week", "earlier this month",
 * "last month". With no publication date, relative expressions stay unresolved (text kept).
 * Immutable and thread-safe.
 */
final class TimeExpressions {

    private static final String MONTHS = CalendarWords.MONTH_ALTERNATION;
    private static final String DAYS = CalendarWords.WEEKDAY_ALTERNATION;
    private static final Pattern PATTERN = Pattern.compile(
            "\\b(?:(?<m1>" + MONTHS + ")\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y1>(?:19|20)\\d\\d))?"
            + "|(?<d2>\\d{1,2})\\s+(?<m2>" + MONTHS + ")(?:\\s+(?<y2>(?:19|20)\\d\\d))?"
            + "|(?<m3>" + MONTHS + ")\\s+(?<y3>(?:19|20)\\d\\d)"
            + "|(?<wd>" + DAYS + ")"
            + "|(?<rel>yesterday|today|tonight|last night|last week|this week|earlier this week|earlier this month|this month|last month))\\b",
            Pattern.CASE_INSENSITIVE);

    private TimeExpressions() {
    }

    /** The time expressions inside {@code within}, resolved against {@code published} when present. */
    static List<TimeExpression> find(String text, Span within, Optional<LocalDate> published) {
        List<TimeExpression> out = new ArrayList<>();
        Matcher m = PATTERN.matcher(text).region(within.begin(), within.end());
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            resolve(m, published).ifPresentOrElse(
                    r -> out.add(new TimeExpression(span, m.group(), Optional.of(r.date()), r.precision())),
                    () -> out.add(new TimeExpression(span, m.group(), Optional.empty(), Precision.DAY)));
        }
        return out;
    }

    private record Resolved(LocalDate date, Precision precision) {
    }

    private static Optional<Resolved> resolve(Matcher m, Optional<LocalDate> published) {
        if (m.group("m1") != null || m.group("m2") != null) {
            Month month = month(m.group("m1") != null ? m.group("m1") : m.group("m2"));
            int day = Integer.parseInt(m.group("d1") != null ? m.group("d1") : m.group("d2"));
            String year = m.group("y1") != null ? m.group("y1") : m.group("y2");
            if (day < 1 || day > month.maxLength()) {
                return Optional.empty();
            }
            if (year != null) {
                return Optional.of(new Resolved(LocalDate.of(Integer.parseInt(year), month, Math.min(day, month.length(Year.isLeap(Integer.parseInt(year))))), Precision.DAY));
            }
            // no year: the latest such day not long after publication (news reports the recent past and near future)
            return published.map(p -> {
                LocalDate candidate = LocalDate.of(p.getYear(), month, Math.min(day, month.length(p.isLeapYear())));
                return new Resolved(candidate.isAfter(p.plusMonths(6)) ? candidate.minusYears(1) : candidate, Precision.DAY);
            });
        }
        if (m.group("m3") != null) {
            return Optional.of(new Resolved(LocalDate.of(Integer.parseInt(m.group("y3")), month(m.group("m3")), 1), Precision.MONTH));
        }
        if (published.isEmpty()) {
            return Optional.empty();
        }
        LocalDate p = published.get();
        if (m.group("wd") != null) {
            DayOfWeek day = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
            return Optional.of(new Resolved(p.with(TemporalAdjusters.previousOrSame(day)), Precision.DAY));
        }
        return switch (m.group("rel").toLowerCase(Locale.ROOT)) {
            case "yesterday", "last night" -> Optional.of(new Resolved(p.minusDays(1), Precision.DAY));
            case "today", "tonight" -> Optional.of(new Resolved(p, Precision.DAY));
            case "last week" -> Optional.of(new Resolved(p.minusWeeks(1).with(DayOfWeek.MONDAY), Precision.WEEK));
            case "this week", "earlier this week" -> Optional.of(new Resolved(p.with(DayOfWeek.MONDAY), Precision.WEEK));
            case "this month", "earlier this month" -> Optional.of(new Resolved(p.withDayOfMonth(1), Precision.MONTH));
            case "last month" -> Optional.of(new Resolved(p.minusMonths(1).withDayOfMonth(1), Precision.MONTH));
            default -> Optional.empty();
        };
    }

    private static Month month(String name) {
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }
}
