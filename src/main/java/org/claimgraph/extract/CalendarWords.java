package org.claimgraph.extract;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The English month and weekday names, lower case and as regex alternations, taken from
 * {@link Month} and {@link DayOfWeek} so that the date reader, the time phrases and the subject
 * finder share one list instead of three typed ones.
 */
final class CalendarWords {

    /** "january" … "december". */
    static final Set<String> MONTHS = lowerNames(Month.values());
    /** "monday" … "sunday". */
    static final Set<String> WEEKDAYS = lowerNames(DayOfWeek.values());
    /** "January|February|…|December", for a case-insensitive pattern. */
    static final String MONTH_ALTERNATION = alternation(Month.values());
    /** "Monday|…|Sunday", for a case-insensitive pattern. */
    static final String WEEKDAY_ALTERNATION = alternation(DayOfWeek.values());

    private CalendarWords() {
    }

    /** {@code names} (e.g. {@link #WEEKDAYS}) and the given words, in one set. */
    static Set<String> and(Set<String> names, String... words) {
        return Stream.concat(names.stream(), Arrays.stream(words)).collect(Collectors.toUnmodifiableSet());
    }

    /** Every month and weekday name and the given words, in one set. */
    static Set<String> monthsWeekdaysAnd(String... words) {
        return and(Stream.concat(MONTHS.stream(), WEEKDAYS.stream()).collect(Collectors.toUnmodifiableSet()), words);
    }

    private static Set<String> lowerNames(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private static String alternation(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().charAt(0) + v.name().substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("|"));
    }
}
