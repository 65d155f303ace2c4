package org.claimgraph.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites example prose into a new article: the invented and minor people of the examples get
 * other invented names (the same ones for every article of one month, so a month's claims recur and
 * meet), large numbers move a little (alike in every article of one day), and the days a text names
 * move to its new publication date.
 * Heads of state, states and organisations stay, as they would in real coverage of one conflict.
 * Deterministic for a given seed.
 */
final class Variation {

    /**
     * First names and surnames of the examples' people whom the generator renames. The two the
     * README's queries ask about (Majed al-Ansari, Khalil al-Hayya) keep their names, as heads of
     * state do, so those queries have answers at every size.
     */
    private static final List<String> FIRST = List.of("Steve", "Badr", "Ron", "Marco", "Hiba", "Hazem", "Tarek",
            "Shai", "Anders", "Gilad", "Nasser", "Stephane", "Rami", "Salma", "Hisham", "Mona", "Dalia", "Yoav");
    private static final List<String> LAST = List.of("Witkoff", "Abdelatty", "Dermer", "Rubio", "Nassar", "Qudra",
            "Mansour", "Lavi", "Holm", "Tamir", "Mannai", "Dujarric", "Haddad", "Fouad", "Mizrahi");
    private static final List<String> NEW_FIRST = List.of("Daniel", "Omar", "Yusuf", "Leila", "Noa", "Avi", "Karim", "Rania", "Samir",
            "Tamar", "Elena", "Jonas", "Farid", "Nadia", "Ilan", "Maya", "Hassan", "Sara", "Adam", "Lina", "Tomas", "Yara", "Eitan",
            "Amira", "Walid", "Dina", "Victor", "Rana", "Ziad", "Miriam");
    private static final List<String> NEW_LAST = List.of("Brenner", "Khatib", "Saleh", "Darwish", "Levin", "Hollis", "Barakat",
            "Shamir", "Aziz", "Rahman", "Castell", "Nour", "Peretz", "Halabi", "Weiss", "Jaber", "Lindqvist", "Mahfouz", "Carver",
            "Tawil", "Segal", "Hamdan", "Okafor", "Rosen", "Masri", "Delacroix", "Amin", "Kovacs", "Sabbagh", "Friedman", "Najjar",
            "Whitlock", "Zayed", "Ben-Ami", "Qasim", "Morrow", "Yassin", "Harel", "Sharif", "Talbot");

    private static final Pattern NAME = Pattern.compile("\\b(" + String.join("|", FIRST) + "|" + String.join("|", LAST) + ")\\b");
    private static final Pattern MONTHS = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2})\\b(?!,? \\d{4})");
    /** Amounts of a hundred and more, with or without separators; years and clock times are left alone. */
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.,:])(\\d{1,3}(?:,\\d{3})+|\\d{3,})(?![\\d.,:]?\\d)");

    private final Map<String, String> names;
    private final double factor;
    private final LocalDate published;
    private final Random random;

    /**
     * @param month     the month the names belong to (one cast of people per month)
     * @param published the new publication day, which the text's dates move to
     * @param seed      the article's own randomness (the days before publication its dates move to)
     */
    Variation(long month, LocalDate published, long seed) {
        Random cast = new Random(month * 7919 + 17);
        java.util.HashMap<String, String> m = new java.util.HashMap<>();
        FIRST.forEach(f -> m.put(f, NEW_FIRST.get(cast.nextInt(NEW_FIRST.size()))));
        LAST.forEach(l -> m.put(l, NEW_LAST.get(cast.nextInt(NEW_LAST.size()))));
        this.names = Map.copyOf(m);
        this.random = new Random(seed);
        // one day's figures are the same in every outlet, as a ministry's daily toll is
        this.factor = 0.9 + 0.2 * new Random(published.toEpochDay() * 31 + 7).nextDouble();
        this.published = published;
    }

    /** The text with names, dates and amounts varied. */
    String apply(String text) {
        return amounts(dates(renamed(text)));
    }

    private String renamed(String text) {
        Matcher m = NAME.matcher(text);
        return m.replaceAll(r -> Matcher.quoteReplacement(names.get(r.group(1))));
    }

    /** "July 24" becomes the publication day or one of the two days before it. */
    private String dates(String text) {
        Matcher m = MONTHS.matcher(text);
        return m.replaceAll(r -> {
            LocalDate d = published.minusDays(random.nextInt(3));
            return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth();
        });
    }

    private String amounts(String text) {
        Matcher m = AMOUNT.matcher(text);
        return m.replaceAll(r -> {
            String digits = r.group(1).replace(",", "");
            long value = Long.parseLong(digits);
            if (value >= 1900 && value <= 2099 && !r.group(1).contains(",")) {
                return r.group(1); // a year
            }
            long varied = Math.max(100, Math.round(value * factor));
            return r.group(1).contains(",") ? String.format(Locale.ROOT, "%,d", varied) : Long.toString(varied);
        });
    }
}
