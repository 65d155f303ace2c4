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
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.Quantity;
import org.claimgraph.domain.Quantity.Measure;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.Token;

/**
 * Numbers the news reports, with what they count: "a death toll exceeding 59,000", "10 living
 * hostages", "a 60-day truce", "more than 600 trucks". Digits with separators, "59k", "1.5
 * million", number words and "two dozen" get a value; "dozens", "hundreds", "thousands", "several" stay vague
 * (no value). A number counts only when a measure word is near it, so years, dates and "one of"
 * are no quantities. Immutable and thread-safe.
 */
final class QuantityFinder {

    /** A share is no figure after an ordinal: "the first half of the year". */
    private static final Pattern ORDINAL_BEFORE = Pattern.compile("\\b(?:first|second|last|latter|other|the)\\s*$");
    /** The period a figure covers: "since October 2023", "since the war began", "over the past week". */
    private static final Pattern PERIOD = Pattern.compile(
            "\\b(?:since (?:the (?:start of the )?(?:war|conflict|October attack|attack)(?: began)?|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \\d{1,2},?)?(?: (?:19|20)\\d\\d)?|(?:19|20)\\d\\d|conflict escalation)"
            + "|over the (?:past|last) (?:day|week|month|year|\\d+ (?:days|weeks|months)))\\b");
    private static final Pattern TOLL_BEFORE = Pattern.compile("\\b(death toll|toll|killed|deaths)\\b[^.;]{0,50}$");
    private static final Pattern BODIES_BEFORE = Pattern.compile("\\b(bodies|remains) of\\s*(?:the\\s*)?$");
    private static final Pattern BODIES_AFTER = Pattern.compile("^\\s*(?:[a-z]+ ){0,2}(bodies|remains)\\b");
    private static final Pattern HOSTAGE_WORD = Pattern.compile("\\b(?:hostages?|captives?)\\b", Pattern.CASE_INSENSITIVE);
    /** The noun that names the unit of a generic count: "14 civilians", "3,000 bodies". */
    private static final Pattern UNIT_NOUN = Pattern.compile("^\\s*(?:[a-z]+ ){0,2}?(people|persons?|individuals|residents|patients|children|reservists|soldiers|troops|civilians|citizens|others|bodies|[a-z]+(?:ians|ese|elis|anis|ans))\\b");
    /** The rest of a range or a part-of after a number: "to 600", "-1,200", "or six", "of the 50". */
    private static final Pattern RANGE = Pattern.compile("^\\s*(?:-|–|to|or|of the|of|out of)\\s*(?:\\d[\\d,.]*(?:\\s?(?:million|billion))?|" + NumberWords.UNITS + ")(?!\\w)");
    /** "the number of violations … has reached": the noun a number is the number of. */
    private static final Pattern NUMBER_OF = Pattern.compile(
            "\\b(?:number|total|tally|count) of (?:those |the |people )?([a-z]+(?: [a-z]+){0,2}?)\\b[^.;,]{0,50}\\b(?:reached|rose to|risen to|stood at|stands at|climbed to|increased to|hit|is|was|at|to)\\s*$");
    private static final Pattern PART_BEFORE = Pattern.compile("\\b(?:including|among them|of whom|of them)\\s*$");
    /** The unit of "3,000 more" or "including 50" until the figure before says what it counts. */
    private static final String MORE_UNIT = "more";
    private static final Pattern MORE = Pattern.compile("^\\s*more\\b(?!\\s+than)");
    /** The unit of a count in brackets until the figure before it in its sentence says what it counts. */
    private static final String RESTATED_UNIT = "restated";
    /** Between a toll and a part of it: "…, including", "among them". */
    private static final Pattern INCLUDING = Pattern.compile("^(?:[^.;]|\\.(?=\\s*\\d))*\\b(?:including|among them|among whom|of whom|of them|equivalent to)\\b(?:[^.;,]|(?<=\\d)[.,](?=\\d))*$");
    /**
     * A list or an aside set off inside the words after a number: ", including two drivers, a medic and a cook,",
     * ", mostly farmers and traders were killed" (the closing comma is often dropped before an auxiliary).
     */
    private static final Pattern APPOSITION = Pattern.compile("^([^,]*),\\s*(?:including|among them|mostly|mainly|largely|chiefly|(?:many|most) of them)\\b"
            + "(?:.*?,\\s*(?=(?:were|was|are|is|have|had|has|[a-z]+ed)\\b)|[^,]*?\\s(?=(?:were|was|are|is|have been|has been|had been)\\s))");
    /** Where the words about a number end: a clause break, a conjunction or the next figure. */
    private static final Pattern WINDOW_END = Pattern.compile("[.;]|\\b(?:and|while|but|since|after)\\b|\\d");
    /** A subject's noun phrase, no verb in it, then the auxiliary of a passive: "… members of the group (TTP) were ". */
    // each word is taken whole (possessive) and ends at a space: with a word split anywhere ("\\s*" between
    // words) the lazy repeat backtracked through every split of every word of a long clause, and this one
    // pattern took most of the pipeline's time (JFR, 5 December 2026)
    private static final Pattern PASSIVE = Pattern.compile("^\\s*+(?:[\\p{L}\\p{N}'’()-]++(?<!\\b(?:who|which|that|had|has|have|are|is|was|were))\\s++){1,12}?"
            + "(?:were|was|have been|has been|had been)\\s+(?:[a-z]+ly\\s+)?");

    private final QuantityLexicon lexicon;

    QuantityFinder(QuantityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A finder with the measure words of {@code quantity-measures.tsv}. */
    static QuantityFinder load() {
        return new QuantityFinder(QuantityLexicon.load());
    }

    /** The quantities of an article, in text order; places come from {@code mentions} used as places. */
    List<Quantity> find(AnnotatedArticle article, List<Mention> mentions) {
        String text = article.text();
        List<Quantity> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (article.clean().isSkipped(s.span())) {
                continue;
            }
            Matcher m = NumberWords.NUMBER.matcher(text).region(s.span().begin(), s.span().end());
            // a sentence cut after an abbreviation ("since Oct. | 8, 2023, including …") goes on with the one before
            boolean fragment = !Character.isUpperCase(text.codePointAt(firstLetterOrDigit(text, s.span())))
                    && !out.isEmpty() && out.get(out.size() - 1).sentence() == s.index() - 1;
            Quantity previous = fragment ? out.get(out.size() - 1) : null;
            // the toll a later "including …" lists part of, past figures in between ("4,500 displaced in one week, … including 90 children")
            Quantity toll = previous != null && isToll(previous) ? previous : null;
            int context = s.index() > 0 ? article.sentences().get(s.index() - 1).span().begin() : s.span().begin();
            while (m.find()) {
                Optional<Quantity> q = quantity(text, s, context, m, mentions).map(x -> restated(out, x));
                boolean part = false;
                if (q.isPresent() && previous != null) {
                    Quantity whole = partOf(text, previous, q.get());
                    if (whole.equals(q.get()) && toll != null && toll != previous) {
                        whole = partOf(text, toll, q.get());
                    }
                    part = !whole.equals(q.get());
                    q = Optional.of(whole);
                }
                if (q.isPresent() && q.get().unit().equals(MORE_UNIT)) {
                    Quantity x = q.get(); // "3,000 more" with nothing before it to be more of
                    q = Optional.of(new Quantity(x.sentence(), x.span(), x.measure(), x.value(), x.qualifier(), "items", x.place(), x.period()));
                }
                if (q.isPresent()) {
                    out.add(q.get());
                    previous = part ? previous : q.get(); // "including 1,106 women and children and 222 health workers"
                    toll = !part && isToll(q.get()) ? q.get() : toll;
                }
            }
        }
        return out;
    }

    /** {@code context}: where the words that can say the sentence speaks of hostages begin (the sentence before). */
    private Optional<Quantity> quantity(String text, Sentence s, int context, Matcher m, List<Mention> mentions) {
        String num = m.group("num").toLowerCase(Locale.ROOT);
        int numBegin = m.start("num");
        int from = m.group("cur") != null ? m.start("cur") : numBegin;
        if (NumberWords.isYearOrDate(text, m) || NumberWords.precededByLetterOrDigit(text, from)) {
            return Optional.empty();
        }
        String onto = text.substring(m.end("num"), Math.min(s.span().end(), m.end("num") + 60)).toLowerCase(Locale.ROOT);
        int afterAt = m.group("suffix") != null ? m.end("suffix") : m.end("num");
        String next = text.substring(afterAt, Math.min(s.span().end(), afterAt + 100)).toLowerCase(Locale.ROOT);
        String before = text.substring(Math.max(s.span().begin(), m.start() - 70), m.start()).toLowerCase(Locale.ROOT);
        if (lexicon.countsNothing(onto) || lexicon.refersOnly(before, onto) || (num.equals("one") && onto.startsWith(" of "))) {
            return Optional.empty(); // "the two sides", "the two countries", "one of the mediators", "34-year-old"
        }
        boolean plain = m.group("ratio") == null && m.group("fraction") == null && m.group("fold") == null;
        if (plain && m.group("qual") == null && FigureBrackets.lowerEndOfRange(NumberWords.value(num), before, onto)) {
            // "24 to 48 hours": the range is told by its upper end; "at least 500 to 600 trucks" keeps its bound
            return Optional.empty();
        }
        boolean share = FigureBrackets.shareFollows(next);
        // "4,210 (62%) of those …": the share in brackets hides nothing of what the count counts
        String after = share ? next.substring(next.indexOf(')') + 1) : next;
        Optional<Measure> measure;
        String unit;
        if (m.group("fold") != null) {
            measure = Optional.of(Measure.OTHER); // "the number of displaced has tripled"
            unit = "fold";
        } else if (m.group("ratio") != null) {
            measure = Optional.of(Measure.OTHER); // "one in three residents": a share
            unit = "percent";
        } else if (m.group("fraction") != null) {
            if (ORDINAL_BEFORE.matcher(before).find()) {
                return Optional.empty();
            }
            measure = Optional.of(Measure.OTHER);
            unit = "percent";
        } else if (m.group("cur") != null) {
            measure = Optional.of(Measure.OTHER); // "$117 million in security assistance"
            unit = NumberWords.currency(m.group("cur"));
        } else if (lexicon.unitMeasure(onto).isPresent()) {
            measure = lexicon.unitMeasure(onto); // "an 817-km border" is a length, "a 28-month-long war" a duration
            unit = NumberWords.unitWord(onto);
        } else {
            measure = measure(s, text, after, before);
            unit = measure.map(x -> unit(x, after)).orElse("");
            if (measure.isEmpty() && (MORE.matcher(after).find() || PART_BEFORE.matcher(before).find())) {
                measure = Optional.of(Measure.OTHER);
                unit = MORE_UNIT; // "3,000 more", "including about 50": what the figure before counts (partOf)
            }
            if (measure.isEmpty()) {
                Optional<String> head = countedNoun(s, m.end());
                if (head.isPresent() && !lexicon.countsNothing(" " + head.get())) {
                    measure = Optional.of(Measure.OTHER); // "about 100 armed groups", "54 ceasefire violations"
                    unit = head.get();
                }
            }
            if (measure.isEmpty() && (share || (plain && FigureBrackets.restates(num, before, after)))) {
                measure = Optional.of(Measure.OTHER); // "4,210 (62%)"; "children (1,310)" counts what the figure before counts
                unit = share ? "items" : RESTATED_UNIT;
            }
        }
        if (measure.isEmpty()) {
            return Optional.empty();
        }
        if (num.equals("several") && (measure.get() == Measure.OTHER || measure.get() == Measure.DAYS)) {
            return Optional.empty(); // "several people were killed" is a toll; "several areas", "several days" count nothing traced
        }
        if (!HOSTAGE_WORD.matcher(text.substring(context, s.span().end())).find()) {
            // "19 dead and 64 injured" reads as dead hostages only where hostages are spoken of
            measure = measure.map(QuantityFinder::withoutHostages);
        }
        Optional<BigDecimal> value = m.group("ratio") != null ? NumberWords.ratio(num)
                : m.group("fraction") != null ? Optional.of(NumberWords.FRACTIONS.get(num))
                : m.group("fold") != null ? Optional.of(BigDecimal.valueOf(NumberWords.FOLDS.get(num))) : NumberWords.value(num);
        int begin = m.group("qual") != null ? m.start("qual") : from;
        Span span = new Span(begin, m.end());
        Matcher period = PERIOD.matcher(text).region(s.span().begin(), s.span().end());
        Optional<String> since = period.find() ? Optional.of(period.group().strip()) : Optional.empty();
        return Optional.of(new Quantity(s.index(), span, measure.get(), value, NumberWords.qualifier(m.group("qual")),
                unit, FigurePlace.of(text, s, span, mentions), since));
    }

    /** A count in brackets takes the measure and unit of the last count (not a share) before it in its sentence. */
    private static Quantity restated(List<Quantity> earlier, Quantity q) {
        if (!q.unit().equals(RESTATED_UNIT)) {
            return q;
        }
        Quantity whole = null;
        for (Quantity e : earlier) {
            if (e.sentence() == q.sentence() && !e.unit().equals("percent")) {
                whole = e;
            }
        }
        return new Quantity(q.sentence(), q.span(), whole == null ? Measure.OTHER : whole.measure(), q.value(), q.qualifier(),
                whole == null ? "items" : whole.unit(), q.place(), q.period());
    }

    private static Measure withoutHostages(Measure m) {
        return switch (m) {
            case HOSTAGES_DEAD -> Measure.DEATHS;
            case HOSTAGES_ALIVE -> Measure.OTHER;
            default -> m;
        };
    }

    private static int firstLetterOrDigit(String text, Span span) {
        int i = span.begin();
        while (i < span.end() - 1 && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * A count of people that a toll includes counts what the toll counts: "4,061 killed, including
     * 1,106 women and children and 222 health workers".
     */
    private static Quantity partOf(String text, Quantity toll, Quantity part) {
        if (part.unit().equals(MORE_UNIT)) {
            // "returned 7,000 bodies and offered 3,000 more": more of the same
            return new Quantity(part.sentence(), part.span(), toll.measure(), part.value(), part.qualifier(), toll.unit(), part.place(),
                    part.period());
        }
        if (!isToll(toll) || part.measure() != Measure.OTHER
                || !INCLUDING.matcher(text.substring(toll.span().end(), part.span().begin())).find()) {
            return part;
        }
        return new Quantity(part.sentence(), part.span(), toll.measure(), part.value(), part.qualifier(), "people", part.place(),
                part.period());
    }

    /** A count of people that something happened to: the figure an "including …" can list part of. */
    private static boolean isToll(Quantity q) {
        return q.unit().equals("people") && q.measure() != Measure.OTHER && q.measure() != Measure.DAYS
                && q.measure() != Measure.PLAN_POINTS && q.measure() != Measure.AID_TRUCKS;
    }

    /**
     * What a number counts from the words around it: a measure word after it; a verb or noun right
     * before it when what follows only names people or nothing ("killing 14 people", "wounding 35");
     * a toll it completes ("bringing the death toll to 11").
     */
    private Optional<Measure> measure(Sentence s, String text, String after, String before) {
        if (BODIES_BEFORE.matcher(before).find() || BODIES_AFTER.matcher(after).find()) {
            // bodies are dead hostages only where the sentence speaks of hostages; else a count of bodies
            boolean hostages = HOSTAGE_WORD.matcher(text.substring(s.span().begin(), s.span().end())).find();
            return Optional.of(hostages ? Measure.HOSTAGES_DEAD : Measure.OTHER);
        }
        Matcher numberOf = NUMBER_OF.matcher(before);
        if (numberOf.find() && nothingCounted(after)) {
            // "the number of violations has reached 287": what the number is the number of
            return measureAfter(" " + numberOf.group(1)).or(() -> Optional.of(Measure.OTHER));
        }
        if (lexicon.countsUnits(after)) {
            return Optional.of(Measure.OTHER); // "24 hours" counts hours, whoever is wounded after
        }
        Optional<Measure> object = lexicon.measureBefore(before);
        if (object.isPresent() && measureAfter(firstClause(after)).filter(x -> x != Measure.OTHER).isEmpty()) {
            // "the war killed some 9,000 villagers, uprooted 2 million": the verb before governs its object;
            // a measure word past the comma is the next figure's
            return object;
        }
        Optional<Measure> measure = measureAfter(after).or(() -> passiveAfter(after));
        boolean people = lexicon.countsPeople(after);
        if (measure.isEmpty() || (measure.get() == Measure.OTHER && people)) {
            // "killing 14 people", "wounding 35", "killed 300 villagers"; a passive past a long subject of armed men
            Optional<Measure> verb = object.or(() -> passiveAfter(after));
            if (verb.isPresent()) {
                return verb;
            }
            if (TOLL_BEFORE.matcher(before).find() && (people || nothingCounted(after))) {
                return Optional.of(Measure.DEATHS); // "bringing the death toll to 11"
            }
            if (people) {
                return Optional.of(Measure.OTHER); // "46,000 Palestinians"
            }
        }
        return measure;
    }

    /** The words after a number up to the first comma or semicolon: its own clause. */
    private static String firstClause(String after) {
        int comma = after.indexOf(',');
        int semicolon = after.indexOf(';');
        int end = comma < 0 ? semicolon : semicolon < 0 ? comma : Math.min(comma, semicolon);
        return end < 0 ? after : after.substring(0, end);
    }

    /**
     * The measure of a passive that ends a long subject: "Thirty-one alleged fighters of the outlawed
     * Norland front (NLF) were killed" — the participle stands past the reach of {@link #measureAfter}, with no
     * comma or other verb between (a subject of up to {@code PASSIVE_SUBJECT} characters).
     */
    private Optional<Measure> passiveAfter(String after) {
        Matcher aux = PASSIVE.matcher(firstClause(after));
        if (!aux.lookingAt()) {
            return Optional.empty();
        }
        String participle = after.substring(aux.end());
        return lexicon.after().stream().filter(e -> {
            Matcher m = e.getKey().matcher(participle);
            return m.find() && m.start() == 0;
        }).map(Map.Entry::getValue).filter(x -> x != Measure.OTHER).findFirst();
    }

    /** Nothing follows the number that it could count: "wounding 35.", "killing at least 22 and". */
    private static boolean nothingCounted(String after) {
        return after.matches("(?s)\\s*(?:[.,;:)\"”’']|and\\b|while\\b|but\\b|in\\b|on\\b|since\\b|across\\b|from\\b|as\\b|at\\b|$).*")
                || after.matches("(?s)\\s*(?:more|others?|so far|to date)\\b.*");
    }

    private Optional<Measure> measureAfter(String words) {
        // "500 to 600 trucks", "20 of the 50 hostages": the second number does not end the words about the first;
        // "six workers, including four doctors and a nurse, were abducted": the list inside does not either
        String after = APPOSITION.matcher(RANGE.matcher(words).replaceFirst(" ")).replaceFirst("$1 ");
        Matcher end = WINDOW_END.matcher(after);
        String window = end.find() ? after.substring(0, end.start()) : after;
        Measure best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Map.Entry<Pattern, Measure> e : lexicon.after()) {
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

    /**
     * The noun a number counts when no measure word says more: the last noun of the words right
     * after it, past adjectives and noun modifiers ("100 armed groups", "54 ceasefire violations").
     */
    private static Optional<String> countedNoun(Sentence s, int end) {
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size() && tokens.get(i).span().begin() < end) {
            i++;
        }
        if (i + 1 < tokens.size() && tokens.get(i).text().equalsIgnoreCase("of")
                && tokens.get(i + 1).text().toLowerCase(Locale.ROOT).matches("the|these|those|its|their")) {
            i += 2; // "forty-nine of these attacks", "dozens of Hezbollah targets"
        } else if (i < tokens.size() && tokens.get(i).text().equalsIgnoreCase("of")) {
            i++;
        }
        String head = null;
        for (int j = i; j < tokens.size() && j < i + 4; j++) {
            Token t = tokens.get(j);
            String pos = t.mainPos();
            boolean modifier = pos.equals("ADJ") || pos.equals("PROPN")
                    || (pos.equals("VERB") && (t.text().endsWith("ed") || t.text().endsWith("ing")));
            if (head != null && head.endsWith("s") && !head.endsWith("ss")) {
                break; // a plural ends the phrase: "two armies face", not a compound like "ceasefire violations"
            }
            if (pos.equals("NOUN") && t.text().matches("\\p{L}[\\p{L}-]+\\p{L}")) {
                head = t.text().toLowerCase(Locale.ROOT);
            } else if (!modifier || head != null) {
                break;
            }
        }
        return Optional.ofNullable(head);
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
        Matcher people = UNIT_NOUN.matcher(after);
        if (people.find()) {
            return people.group(1);
        }
        Matcher m = Pattern.compile("^\\s*([a-z%]+)").matcher(after);
        return m.find() ? m.group(1) : "items";
    }
}
