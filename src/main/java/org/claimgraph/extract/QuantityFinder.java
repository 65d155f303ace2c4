package org.claimgraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.Quantity;
import org.claimgraph.domain.Quantity.Measure;
import org.claimgraph.domain.Quantity.Qualifier;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;

/**
 * Numbers the news reports, with what they count: "a death toll exceeding 59,000", "10 living
 * hostages", "a 60-day truce", "more than 600 trucks". Digits with separators, "59k", "1.5
 * million", number words and "two dozen" get a value; "dozens", "hundreds", "thousands" stay vague
 * (no value). A number counts only when a measure word is near it, so years, dates and "one of"
 * are no quantities. Immutable and thread-safe.
 */
final class QuantityFinder {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100),
            Map.entry("a dozen", 12), Map.entry("two dozen", 24), Map.entry("three dozen", 36));
    private static final List<String> VAGUE = List.of("tens of thousands", "hundreds of thousands", "dozens", "hundreds",
            "thousands", "scores");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<qual>more than|over|exceeding|passed|surpassed|topped|upwards of|at least|about|around|nearly|almost|roughly|approximately|some|an estimated|up to|as many as|fewer than|less than)?\\s*"
            + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?(?:\\s?(?:million|billion)|k)?"
            + "|tens of thousands|hundreds of thousands|dozens|hundreds|thousands|scores|a dozen|two dozen|three dozen"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?<suffix>-(?:day|point|hour|week|month))?\\b",
            Pattern.CASE_INSENSITIVE);

    /** Measure words, tried in this order in the words right after the number, then before it. */
    private static final List<Map.Entry<Pattern, Measure>> MEASURES = List.of(
            Map.entry(Pattern.compile("\\b(bodies|deceased hostages|dead hostages|hostages?(?: [a-z]+){0,4} dead|remains)\\b"), Measure.HOSTAGES_DEAD),
            Map.entry(Pattern.compile("\\b(living hostages|hostages?(?: [a-z]+){0,4} (?:alive|living))\\b"), Measure.HOSTAGES_ALIVE),
            Map.entry(Pattern.compile("^\\s*(?:of them |of whom )?(?:[a-z]+ ){0,3}(?:are |were |is )?(?:believed |thought |said )?(?:to be )?(?:still )?alive\\b"), Measure.HOSTAGES_ALIVE),
            Map.entry(Pattern.compile("^\\s*(?:of them |of whom )?(?:are |were )?(?:believed |thought |said )?(?:to be )?dead\\b"), Measure.HOSTAGES_DEAD),
            Map.entry(Pattern.compile("\\b(hostages?|captives?)\\b"), Measure.HOSTAGES),
            Map.entry(Pattern.compile("\\b(prisoners?)\\b"), Measure.PRISONERS_RELEASED),
            Map.entry(Pattern.compile("\\b(detainees?|detained)\\b"), Measure.DETAINEES),
            Map.entry(Pattern.compile("\\b(trucks?|truckloads?|lorries)\\b"), Measure.AID_TRUCKS),
            Map.entry(Pattern.compile("\\b(injured|wounded)\\b"), Measure.INJURED),
            Map.entry(Pattern.compile("\\b(killed|dead|deaths?|died|death toll|fatalities|lives)\\b"), Measure.DEATHS),
            Map.entry(Pattern.compile("\\b(displaced|fled|homeless|evacuated)\\b"), Measure.DISPLACED),
            Map.entry(Pattern.compile("\\b(days?)\\b"), Measure.DAYS),
            Map.entry(Pattern.compile("\\b(points?)\\b"), Measure.PLAN_POINTS),
            Map.entry(Pattern.compile("\\b(percent|per cent)\\b|%"), Measure.OTHER),
            Map.entry(Pattern.compile("^\\s*(?:[a-z]+ )?(people|residents|patients|children|reservists|families|meals|hours|kilometres|kilometers|km|miles|soldiers|civilians|tonnes|tons)\\b"), Measure.OTHER));
    /** The period a figure covers: "since October 2023", "since the war began", "over the past week". */
    private static final Pattern PERIOD = Pattern.compile(
            "\\b(?:since (?:the (?:start of the )?(?:war|conflict|October attack|attack)(?: began)?|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \\d{1,2},?)?(?: (?:19|20)\\d\\d)?|(?:19|20)\\d\\d|conflict escalation)"
            + "|over the (?:past|last) (?:day|week|month|year|\\d+ (?:days|weeks|months)))\\b");
    private static final Pattern TOLL_BEFORE = Pattern.compile("\\b(death toll|toll|killed|deaths)\\b[^.;]{0,50}$");
    private static final Pattern BODIES_BEFORE = Pattern.compile("\\b(bodies|remains) of\\s*(?:the\\s*)?$");
    /** A verb right before the number says what happened to the people counted: "killed 14 people", "wounding 30". */
    private static final Pattern KILLED_BEFORE = Pattern.compile("\\b(?:killed|killing|kills|kill)\\s*$");
    private static final Pattern WOUNDED_BEFORE = Pattern.compile("\\b(?:wounded|wounding|wounds|injured|injuring|injures)\\s*$");
    /** The people-nouns an "other" count takes ("14 people", "30 civilians"), so a verb before can say what counts. */
    private static final Pattern PEOPLE = Pattern.compile("^\\s*(?:[a-z]+ )?(people|residents|patients|children|reservists|soldiers|civilians)\\b");
    /** A place after the number is the figure's place only when a preposition introduces it ("killed in Gaza"). */
    private static final Pattern LOCATIVE = Pattern.compile("\\b(?:in|across|inside|near|around|throughout|at|on)\\s+(?:the\\s+)?$");

    /** The quantities of an article, in text order; places come from {@code mentions} used as places. */
    List<Quantity> find(AnnotatedArticle article, List<Mention> mentions) {
        String text = article.text();
        List<Quantity> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (article.clean().isSkipped(s.span())) {
                continue;
            }
            Matcher m = NUMBER.matcher(text).region(s.span().begin(), s.span().end());
            while (m.find()) {
                quantity(text, s, m, mentions).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Quantity> quantity(String text, Sentence s, Matcher m, List<Mention> mentions) {
        String num = m.group("num").toLowerCase(Locale.ROOT);
        int numBegin = m.start("num");
        if (isYearOrDate(text, m) || precededByLetterOrDigit(text, numBegin)) {
            return Optional.empty();
        }
        String suffix = m.group("suffix") == null ? "" : m.group("suffix").toLowerCase(Locale.ROOT);
        String after = text.substring(m.end(), Math.min(s.span().end(), m.end() + 60)).toLowerCase(Locale.ROOT);
        String before = text.substring(Math.max(s.span().begin(), m.start() - 70), m.start()).toLowerCase(Locale.ROOT);
        Optional<Measure> measure = suffix.equals("-day") ? Optional.of(Measure.DAYS)
                : suffix.equals("-point") ? Optional.of(Measure.PLAN_POINTS)
                : BODIES_BEFORE.matcher(before).find() ? Optional.of(Measure.HOSTAGES_DEAD)
                : measureAfter(after).or(() -> TOLL_BEFORE.matcher(before).find() ? Optional.of(Measure.DEATHS) : Optional.empty());
        if (measure.filter(Measure.OTHER::equals).isPresent() && PEOPLE.matcher(after).find()) {
            // "killed 14 people": the verb before says what the people are counted for
            measure = KILLED_BEFORE.matcher(before).find() ? Optional.of(Measure.DEATHS)
                    : WOUNDED_BEFORE.matcher(before).find() ? Optional.of(Measure.INJURED) : measure;
        }
        boolean wordNumber = Character.isLetter(num.charAt(0));
        if (measure.isEmpty() || (wordNumber && !VAGUE.contains(num) && !closeMeasure(after, suffix))) {
            return Optional.empty(); // "one of the mediators", "two sides": no measure word right after
        }
        Optional<BigDecimal> value = value(num);
        int begin = m.group("qual") != null ? m.start("qual") : numBegin;
        Span span = new Span(begin, m.end());
        Matcher period = PERIOD.matcher(text).region(s.span().begin(), s.span().end());
        Optional<String> since = period.find() ? Optional.of(period.group().strip()) : Optional.empty();
        return Optional.of(new Quantity(s.index(), span, measure.get(), value, qualifier(m.group("qual")),
                unit(measure.get(), after), place(text, s, span, mentions), since));
    }

    private static Optional<Measure> measureAfter(String after) {
        String window = after.split("[.;]|\\b(?:and|while|but|since|after)\\b", 2)[0];
        Measure best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Map.Entry<Pattern, Measure> e : MEASURES) {
            Matcher m = e.getKey().matcher(window);
            // a specific measure anywhere near beats a generic count ("150 people … had died": deaths)
            boolean better = best == null || (best == Measure.OTHER && e.getValue() != Measure.OTHER)
                    || (m.find(0) && m.start() < bestAt && (e.getValue() == Measure.OTHER) == (best == Measure.OTHER));
            if (m.find(0) && m.start() <= 45 && better) {
                best = e.getValue();
                bestAt = m.start();
            }
        }
        return Optional.ofNullable(best);
    }

    /** A word number counts only with its measure right after: "ten hostages", "two dozen trucks". */
    private static boolean closeMeasure(String after, String suffix) {
        return !suffix.isEmpty() || measureAfter(after.length() > 40 ? after.substring(0, 40) : after).isPresent();
    }

    private static boolean isYearOrDate(String text, Matcher m) {
        String num = m.group("num");
        if (num.matches("(19|20)\\d\\d") && m.group("suffix") == null) {
            return true;
        }
        String around = text.substring(Math.max(0, m.start("num") - 10), Math.min(text.length(), m.end() + 10));
        return around.matches("(?s).*\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\b.*")
                && num.matches("\\d{1,2}");
    }

    private static boolean precededByLetterOrDigit(String text, int at) {
        return at > 0 && (Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '.');
    }

    static Optional<BigDecimal> value(String num) {
        if (VAGUE.contains(num)) {
            return Optional.empty();
        }
        if (WORDS.containsKey(num)) {
            return Optional.of(BigDecimal.valueOf(WORDS.get(num)));
        }
        String n = num.replace(",", "").strip();
        BigDecimal factor = BigDecimal.ONE;
        if (n.endsWith("million")) {
            factor = BigDecimal.valueOf(1_000_000);
            n = n.substring(0, n.length() - "million".length()).strip();
        } else if (n.endsWith("billion")) {
            factor = BigDecimal.valueOf(1_000_000_000);
            n = n.substring(0, n.length() - "billion".length()).strip();
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

    private static String unit(Measure measure, String after) {
        return switch (measure) {
            case AID_TRUCKS -> "trucks";
            case DAYS -> "days";
            case PLAN_POINTS -> "points";
            case OTHER -> otherUnit(after);
            default -> "people";
        };
    }

    /** The unit of an "other" count: the people-noun that follows it, else the noun right after. */
    private static String otherUnit(String after) {
        if (after.contains("percent") || after.contains("per cent") || after.strip().startsWith("%")) {
            return "percent";
        }
        Matcher people = PEOPLE.matcher(after);
        if (people.find()) {
            return people.group(1);
        }
        Matcher m = Pattern.compile("^\\s*([a-z%]+)").matcher(after);
        return m.find() ? m.group(1) : "items";
    }

    /**
     * The place the sentence names for it: the first place after the number that a preposition
     * introduces in the same clause ("killed in Gaza"), else the last before ("a strike in Khan Younis killed 14"), else
     * the first after ("Gaza's civil defence agency" is where the counting happens when nothing else is).
     */
    private static Optional<Entity> place(String text, Sentence s, Span number, List<Mention> mentions) {
        List<Mention> places = mentions.stream()
                .filter(m -> m.sentence() == s.index() && m.use() == EntityType.Kind.PLACE).toList();
        List<Mention> after = places.stream().filter(m -> m.span().begin() >= number.end()).toList();
        Optional<Mention> introduced = after.stream()
                .filter(m -> text.substring(number.end(), m.span().begin()).matches("[^,;:()]*")) // in the same clause
                .filter(m -> LOCATIVE.matcher(text.substring(Math.max(s.span().begin(), m.span().begin() - 20), m.span().begin())).find())
                .findFirst();
        return introduced
                .or(() -> places.stream().filter(m -> m.span().end() <= number.begin()).reduce((a, b) -> b))
                .or(() -> after.stream().findFirst())
                .map(Mention::entity);
    }
}
