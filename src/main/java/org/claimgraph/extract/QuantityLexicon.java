package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimgraph.domain.DataFile;
import org.claimgraph.domain.Quantity.Measure;

/**
 * The words that say what a number counts, read from {@code quantity-measures.tsv}: measure words
 * after the number, verbs and nouns before it, people nouns, units written onto it and nouns that
 * count nothing. Immutable and thread-safe.
 *
 * @param after  measure expressions tried after the number, in file order
 * @param before expressions ending at the number
 * @param people nouns that count people without saying what happened to them
 * @param counts nouns that are what the number counts whatever follows ("24 hours")
 * @param units  units written onto the number, with the measure they give
 * @param skip   what follows a number that counts nothing
 * @param refer  nouns a number names rather than counts after a definite word ("the two countries")
 */
record QuantityLexicon(List<Map.Entry<Pattern, Measure>> after, List<Map.Entry<Pattern, Measure>> before, List<Pattern> people,
        List<Pattern> counts, List<Map.Entry<Pattern, Measure>> units, List<Pattern> skip, List<Pattern> refer) {

    /** A definite word right before a number: "the two", "our two", "both its". */
    private static final Pattern DEFINITE = Pattern.compile("\\b(?:the|these|those|our|their|its|his|her|both|all)\\s*$");

    QuantityLexicon {
        after = List.copyOf(after);
        counts = List.copyOf(counts);
        before = List.copyOf(before);
        people = List.copyOf(people);
        units = List.copyOf(units);
        skip = List.copyOf(skip);
        refer = List.copyOf(refer);
    }

    static QuantityLexicon load() {
        List<Map.Entry<Pattern, Measure>> after = new ArrayList<>();
        List<Map.Entry<Pattern, Measure>> before = new ArrayList<>();
        List<Pattern> people = new ArrayList<>();
        List<Pattern> counts = new ArrayList<>();
        List<Map.Entry<Pattern, Measure>> units = new ArrayList<>();
        List<Pattern> skip = new ArrayList<>();
        List<Pattern> refer = new ArrayList<>();
        for (DataFile.Line line : DataFile.lines(QuantityLexicon.class, "quantity-measures.tsv")) {
            String[] cols = line.text().split("\t");
            Pattern p = Pattern.compile(cols[cols.length - 1]);
            switch (cols[0]) {
                case "after" -> after.add(Map.entry(p, measure(cols[1], line)));
                case "before" -> before.add(Map.entry(p, measure(cols[1], line)));
                case "unit" -> units.add(Map.entry(p, measure(cols[1], line)));
                case "people" -> people.add(p);
                case "counts" -> counts.add(p);
                case "skip" -> skip.add(p);
                case "refer" -> refer.add(p);
                default -> throw line.error("unknown kind '" + cols[0] + "' (after, before, people, counts, unit, skip or refer)");
            }
        }
        return new QuantityLexicon(after, before, people, counts, units, skip, refer);
    }

    private static Measure measure(String code, DataFile.Line line) {
        try {
            return Measure.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw line.error("unknown measure '" + code + "'");
        }
    }

    /** Whether the words after a number say it counts nothing ("the two sides", "one of"). */
    boolean countsNothing(String words) {
        return skip.stream().anyMatch(p -> p.matcher(words).find());
    }

    /**
     * Whether a number names a group the text has already introduced rather than counting it: a definite
     * word before it and a {@code refer} noun after ("the two countries", "their two leaders"; "seven countries
     * asked" is a count).
     */
    boolean refersOnly(String before, String words) {
        return DEFINITE.matcher(before).find() && refer.stream().anyMatch(p -> p.matcher(words).find());
    }

    /** Whether the words after a number name people without saying what happened to them. */
    boolean countsPeople(String words) {
        return people.stream().anyMatch(p -> p.matcher(words).find());
    }

    /** Whether the words after a number name what it counts, whatever follows ("24 hours"). */
    boolean countsUnits(String words) {
        return counts.stream().anyMatch(p -> p.matcher(words).find());
    }

    /** The measure of a unit written onto the number ("817-km", "28-month-long"). */
    Optional<Measure> unitMeasure(String words) {
        return units.stream().filter(e -> e.getKey().matcher(words).find()).map(Map.Entry::getValue).findFirst();
    }

    /** The measure a verb or noun right before the number gives ("killing", "the displacement of"). */
    Optional<Measure> measureBefore(String words) {
        return before.stream().filter(e -> e.getKey().matcher(words).find()).map(Map.Entry::getValue).findFirst();
    }
}
