package org.claimgraph.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.domain.Quantity.Qualifier;

/**
 * What a number written in news says by itself, before anything says what it counts: its value
 * ("59,000", "59k", "1.5 million", "twenty-two", "two dozen"; "dozens" and "thousands" are vague and
 * have none), its qualifier ("more than", "at least", "up to"), shares ("half of", "one in three"),
 * fold changes ("tripled"), a currency sign or a unit written onto it ("817-km"), and whether it is
 * a year or a day of a date. Stateless.
 */
final class NumberWords {

    // compiled once: every number of every article is checked
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}");
    private static final Pattern SPACED_DAY = Pattern.compile("\\d{1,2} \\d{3}");
    private static final Pattern MONTH = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b");

    private NumberWords() {
    }

    static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100),
            Map.entry("a dozen", 12), Map.entry("two dozen", 24), Map.entry("three dozen", 36), Map.entry("a hundred", 100),
            Map.entry("a thousand", 1000), Map.entry("a million", 1_000_000),
            Map.entry("a billion", 1_000_000_000));
    /** Shares, as percent: "half of the dead", "roughly one-fifth of Ukraine". */
    static final Map<String, BigDecimal> FRACTIONS = Map.of(
            "half", BigDecimal.valueOf(50), "a third", new BigDecimal("33.3"), "one-third", new BigDecimal("33.3"),
            "two-thirds", new BigDecimal("66.7"), "a quarter", BigDecimal.valueOf(25), "one-quarter", BigDecimal.valueOf(25),
            "three-quarters", BigDecimal.valueOf(75), "a fifth", BigDecimal.valueOf(20), "one-fifth", BigDecimal.valueOf(20));
    /** Fold changes: "tripled", "a fourfold rise". */
    static final Map<String, Integer> FOLDS = Map.ofEntries(Map.entry("doubled", 2), Map.entry("tripled", 3),
            Map.entry("quadrupled", 4), Map.entry("twofold", 2), Map.entry("two-fold", 2), Map.entry("threefold", 3),
            Map.entry("three-fold", 3), Map.entry("fourfold", 4), Map.entry("four-fold", 4), Map.entry("fivefold", 5),
            Map.entry("five-fold", 5), Map.entry("tenfold", 10), Map.entry("ten-fold", 10));
    static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    static final List<String> VAGUE = List.of("tens of thousands", "hundreds of thousands", "dozens", "hundreds",
            "thousands", "scores", "several");
    /** Multipliers written as words after a number: "1.5 million", "two hundred", "3 lakh" (South Asian outlets). */
    private static final Map<String, BigDecimal> MULTIPLIERS = Map.of("hundred", BigDecimal.valueOf(100), "thousand",
            BigDecimal.valueOf(1000), "lakh", BigDecimal.valueOf(100_000), "lakhs", BigDecimal.valueOf(100_000),
            "million", BigDecimal.valueOf(1_000_000), "mln", BigDecimal.valueOf(1_000_000), "mn", BigDecimal.valueOf(1_000_000),
            "crore", BigDecimal.valueOf(10_000_000), "crores", BigDecimal.valueOf(10_000_000), "billion", BigDecimal.valueOf(1_000_000_000));
    private static final String SMALL = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
            + "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    /** A space, no-break space, narrow no-break space or thin space between groups of three digits: "36 000". */
    private static final String GROUP_SPACE = "[ \\u00a0\\u202f\\u2009]";
    private static final Pattern DIGIT_GROUP_SPACE = Pattern.compile("(?<=\\d)" + GROUP_SPACE + "(?=\\d{3})");
    static final Pattern NUMBER = Pattern.compile(
            "(?<qual>more than|over|exceeding|passed|surpassed|topped|upwards of|at least|about|around|nearly|almost|roughly|approximately|some|an estimated|up to|as many as|fewer than|less than)?\\s*"
            + "(?<cur>US\\$|\\$|€|£)?"
            // digits grouped by commas or, in many outlets, by (no-break, thin) spaces; multipliers in words or
            // abbreviated ("1.5 million", "2 mln", "$3bn", "4mn", "2 lakh", "12k")
            + "(?<num>(?:\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:" + GROUP_SPACE + "\\d{3}(?![\\d,]))+)(?:\\.\\d+)?(?:\\s?(?:million|billion|mln|mn|bn|lakhs?|crores?))?"
            + "|\\d+(?:\\.\\d+)?(?:\\s?(?:million|billion|mln|mn|bn|lakhs?|crores?)|k(?!m))?"
            // "two hundred", "forty-five thousand", "several hundred": the multiplier belongs to the number
            + "|(?:(?:" + TENS + ")-(?:" + UNITS + ")|" + SMALL + "|several|a few|a)\\s(?:hundred|thousand|million|billion)(?:\\s(?:thousand|million))?"
            + "|tens of thousands|hundreds of thousands|dozens|hundreds|thousands|scores|several|a dozen|two dozen|three dozen|a hundred|a thousand|a million|a billion"
            + "|(?<fold>doubled|tripled|quadrupled|twofold|two-fold|threefold|three-fold|fourfold|four-fold|fivefold|five-fold|tenfold|ten-fold)"
            + "|(?<ratio>(?:one|two|three|four|\\d{1,2}) (?:in|out of)(?: every)? (?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,3}))(?=\\s+[a-z])"
            + "|(?<fraction>half|a third|one-third|two-thirds|a quarter|one-quarter|three-quarters|a fifth|one-fifth)(?=\\s+(?:of|the)\\s)"
            + "|(?:" + TENS + ")-(?:" + UNITS + ")"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?<suffix>-(?:day|point|hour|week|month|year)s?)?(?:km|%)?(?!\\w)",
            Pattern.CASE_INSENSITIVE);

    static String currency(String sign) {
        return switch (sign) {
            case "€" -> "EUR";
            case "£" -> "GBP";
            default -> "USD";
        };
    }

    /** The unit written onto a number: "km" in "817-km", "month" in "28-month-long". */
    static String unitWord(String onto) {
        Matcher m = Pattern.compile("^-?\\s?([a-z]+)").matcher(onto);
        if (!m.find()) {
            return "items";
        }
        String w = m.group(1);
        return switch (w) {
            case "kilometre", "kilometres", "kilometer", "kilometers" -> "km";
            case "day", "days" -> "days";
            case "point", "points" -> "points";
            default -> w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        };
    }

    static boolean isYearOrDate(String text, Matcher m) {
        String num = m.group("num");
        if (YEAR.matcher(num).matches() && m.group("suffix") == null) {
            return true;
        }
        String around = text.substring(Math.max(0, m.start("num") - 10), Math.min(text.length(), m.end() + 10));
        // "March 12 100 people" reads as a day and a count, not as 12,100
        return (DAY.matcher(num).matches() || SPACED_DAY.matcher(num).matches()) && MONTH.matcher(around).find();
    }

    static boolean precededByLetterOrDigit(String text, int at) {
        return at > 0 && (Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '.' || text.charAt(at - 1) == ':'
                || text.charAt(at - 1) == '-');
    }

    /** "one in three" as a percentage with one decimal (33.3); empty for "one in one" or nonsense. */
    static Optional<BigDecimal> ratio(String words) {
        String[] parts = words.split(" (?:in|out of)(?: every)? ");
        Optional<BigDecimal> part = value(parts[0]);
        Optional<BigDecimal> whole = value(parts[1]);
        if (part.isEmpty() || whole.isEmpty() || whole.get().compareTo(part.get()) <= 0) {
            return Optional.empty();
        }
        return Optional.of(part.get().multiply(BigDecimal.valueOf(100))
                .divide(whole.get(), 1, RoundingMode.HALF_UP).stripTrailingZeros());
    }

    static Optional<BigDecimal> value(String num) {
        if (VAGUE.contains(num) || num.startsWith("several ") || num.startsWith("a few ")) {
            return Optional.empty(); // "several hundred" is as vague as "hundreds"
        }
        String[] words = num.split("\\s+");
        if (!WORDS.containsKey(num) && words.length > 1 && !Character.isDigit(num.charAt(0))
                && MULTIPLIERS.containsKey(words[words.length - 1])) {
            // "two hundred", "forty-five thousand", "a hundred thousand"
            BigDecimal v = words[0].equals("a") ? BigDecimal.ONE : value(words[0]).orElse(BigDecimal.ONE);
            for (int i = 1; i < words.length; i++) {
                v = v.multiply(MULTIPLIERS.get(words[i]));
            }
            return Optional.of(v.stripTrailingZeros());
        }
        if (WORDS.containsKey(num)) {
            return Optional.of(BigDecimal.valueOf(WORDS.get(num)));
        }
        int hyphen = num.indexOf('-');
        if (hyphen > 0 && WORDS.containsKey(num.substring(0, hyphen)) && WORDS.containsKey(num.substring(hyphen + 1))) {
            return Optional.of(BigDecimal.valueOf(WORDS.get(num.substring(0, hyphen)) + WORDS.get(num.substring(hyphen + 1))));
        }
        String n = DIGIT_GROUP_SPACE.matcher(num.replace(",", "")).replaceAll("").strip();
        BigDecimal factor = BigDecimal.ONE;
        Matcher multiplier = Pattern.compile("\\s*([a-z]+)$").matcher(n);
        if (multiplier.find() && MULTIPLIERS.containsKey(multiplier.group(1))) {
            factor = MULTIPLIERS.get(multiplier.group(1));
            n = n.substring(0, multiplier.start());
        } else if (n.endsWith("billion") || n.endsWith("bn")) {
            factor = BigDecimal.valueOf(1_000_000_000);
            n = n.replaceAll("\\s*(?:billion|bn)$", "");
        } else if (n.endsWith("k")) {
            factor = BigDecimal.valueOf(1000);
            n = n.substring(0, n.length() - 1);
        }
        return Optional.of(new BigDecimal(n).multiply(factor).stripTrailingZeros());
    }

    static Optional<Qualifier> qualifier(String words) {
        if (words == null) {
            return Optional.empty();
        }
        return Optional.of(switch (words.toLowerCase(Locale.ROOT)) {
            case "more than", "over", "exceeding", "passed", "surpassed", "topped", "upwards of" -> Qualifier.MORE_THAN;
            case "at least" -> Qualifier.AT_LEAST;
            case "up to", "as many as", "fewer than", "less than" -> Qualifier.UP_TO;
            default -> Qualifier.ABOUT;
        });
    }
}
