package org.claimgraph.link;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A date format of a dataset file, as users have them: ACLED's own {@code 2025-06-06} and
 * {@code 06 June 2025}, and what spreadsheets make of them on saving ({@code 6-Jun-25},
 * {@code 6/6/2025}, {@code 6.6.2025}). Chosen per file from its values ({@link #infer}) or stated
 * by the user as a {@link DateTimeFormatter} pattern. Parsing is strict (no 31 February) and
 * English month names match in any case; a two-digit year is taken as the latest year not after
 * next year (97 is 1997, 25 is 2025).
 *
 * @param pattern the pattern as a user would write it ({@code d-MMM-yy})
 */
record DateFormat(String pattern, DateTimeFormatter formatter, boolean twoDigitYear) {

    /** The forms tried, in this order (the first of several that read a file the same way wins). */
    static final List<String> KNOWN = List.of("yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy", "d-MMM-yy", "d-MMM-yyyy", "MMMM d, yyyy",
            "d/M/yyyy", "M/d/yyyy", "d/M/yy", "M/d/yy", "d.M.yyyy", "yyyy/M/d");

    /**
     * A user's pattern.
     *
     * @throws IllegalArgumentException when it is no {@link DateTimeFormatter} pattern
     */
    static DateFormat of(String pattern) {
        // STRICT resolving needs the proleptic year (u), which users write as y
        String strict = pattern.replace('y', 'u');
        DateTimeFormatter f = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(strict).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
        return new DateFormat(pattern, f, strict.contains("uu") && !strict.contains("uuu"));
    }

    /** The date {@code text} gives in this format, or empty. */
    Optional<LocalDate> parse(String text) {
        try {
            LocalDate d = LocalDate.parse(text.strip(), formatter);
            if (twoDigitYear && d.getYear() > Year.now().getValue() + 1) {
                d = d.minusYears(100);
            }
            return Optional.of(d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** What {@link #infer} decided: a format, or why none can be chosen. */
    sealed interface Choice {
    }

    record Chosen(DateFormat format) implements Choice {
    }

    record Undecided(String reason) implements Choice {
    }

    /**
     * The known format that reads every value (the distinct non-empty dates of one file); when
     * several read them all but to different dates (day and month both 12 or less everywhere), the
     * file's values cannot tell and the user must say; when none reads them all, the one that reads
     * most (its misfits are reported row by row); when none reads any, undecided.
     *
     * @param column the column's name, for messages
     */
    static Choice infer(Collection<String> values, String column) {
        if (values.isEmpty()) {
            return new Chosen(of(KNOWN.get(0)));
        }
        Map<DateFormat, Map<String, LocalDate>> read = new LinkedHashMap<>();
        for (String pattern : KNOWN) {
            DateFormat f = of(pattern);
            Map<String, LocalDate> dates = new LinkedHashMap<>();
            for (String v : values) {
                f.parse(v).ifPresent(d -> dates.put(v, d));
            }
            read.put(f, dates);
        }
        List<DateFormat> all = read.keySet().stream().filter(f -> read.get(f).size() == values.size()).toList();
        if (!all.isEmpty()) {
            List<DateFormat> differing = new ArrayList<>(List.of(all.get(0)));
            all.stream().filter(f -> !read.get(f).equals(read.get(all.get(0)))).forEach(differing::add);
            if (differing.size() > 1) {
                String example = values.stream().filter(v -> !read.get(differing.get(0)).get(v).equals(read.get(differing.get(1)).get(v)))
                        .findFirst().orElseThrow();
                return new Undecided(column + " values such as \"" + example + "\" read as " + patterns(differing)
                        + " alike, to different days: pass the file's form, e.g. --date-format " + differing.get(0).pattern());
            }
            return new Chosen(all.get(0));
        }
        DateFormat most = read.keySet().stream().max((a, b) -> Integer.compare(read.get(a).size(), read.get(b).size())).orElseThrow();
        if (read.get(most).isEmpty()) {
            return new Undecided("no " + column + " value (such as \"" + values.iterator().next() + "\") reads as any known form ("
                    + patterns(read.keySet()) + "): pass the file's form as a Java date pattern, e.g. --date-format dd.MM.yyyy");
        }
        return new Chosen(most);
    }

    private static String patterns(Collection<DateFormat> formats) {
        return formats.stream().map(DateFormat::pattern).collect(Collectors.joining(", "));
    }
}
