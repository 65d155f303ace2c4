package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.Token;

/**
 * Names the gazetteer does not know: runs of capitalised tokens (with "of", "bin", "al-" and the
 * like inside), typed by their context. A title before the run ("envoy", "Prime Minister"), a role
 * in apposition (", a spokeswoman for"), "who" after it or a speech verb after a full name make a
 * person; an organisation word ("Ministry", "Coalition", also in apposition: ", the Israeli body")
 * an organisation; a place word ("Camp", "crossing") or a locative preposition ("in", "near") a
 * place. A run with no such cue is kept only as the short form of a name typed elsewhere in the
 * article ("Mansour" after "Tarek Mansour", "Meridian" after "Meridian News Agency"), so
 * capitalised common words, sentence-initial words and headline case make no names by themselves.
 * Immutable and thread-safe.
 */
final class ProperNounFinder {

    /** A typed name found in the text. {@code titleSpan} covers a title split from it, if any. */
    record Candidate(Span span, String name, EntityType type, double confidence, Optional<Span> titleSpan) {
    }

    /** A run of name tokens [from, to) of one sentence, before typing. */
    private record Run(Sentence sentence, int from, int to) {
    }

    private static final List<String> CONNECTORS = List.of("of", "bin", "bint", "ibn", "de", "du", "van", "von", "la", "der", "den",
            "del", "della", "da", "dos", "das", "di");
    /** A name written as one token with its article: "al-Hayya", "el-Sisi". */
    private static final Pattern HYPHENATED_ARTICLE = Pattern.compile("^(al|el|ad|as|ash|at|az|abu)-\\p{Lu}.*");
    /** Lower-case Arabic articles that join a name without a hyphen: "Khalil al Hayya". */
    private static final List<String> LOOSE_ARTICLES = List.of("al", "el", "abu");
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("^(al|el|ad|as|ash|at|az|abu|bin)(-\\p{Lu}.*)?");
    private static final Map<String, EntityType> KEYWORD_TYPES = Map.ofEntries(
            Map.entry("agency-keywords", EntityType.Agency),
            Map.entry("armed-group-keywords", EntityType.ArmedGroup),
            Map.entry("government-keywords", EntityType.Government),
            Map.entry("media-keywords", EntityType.MediaOutlet),
            Map.entry("organization-keywords", EntityType.Organization),
            Map.entry("crossing-keywords", EntityType.Crossing),
            Map.entry("region-keywords", EntityType.Region),
            Map.entry("city-keywords", EntityType.City),
            Map.entry("place-keywords", EntityType.Location));

    private final NameCues cues;

    ProperNounFinder(NameCues cues) {
        this.cues = cues;
    }

    /**
     * Candidates in the article, in text order. Tokens for which {@code taken} is true are already
     * named by the gazetteer; a run may cover them only when an organisation or place word ends it
     * ("Gaza Relief Coalition"). Blocks the cleaner marked are skipped. {@code knownPeople}, the
     * people the gazetteer found by their full names, lend their surnames too: "Qassem" alone after
     * "Naim Qassem", when the gazetteer cannot list it (another Qassem has it too).
     */
    List<Candidate> find(AnnotatedArticle article, Predicate<Span> taken, List<Candidate> knownPeople) {
        List<Candidate> typed = new ArrayList<>();
        List<Run> untyped = new ArrayList<>();
        List<Run> headlineRuns = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (article.clean().isSkipped(s.span())) {
                continue;
            }
            boolean headline = isHeadline(s);
            for (Run run : runs(s, taken)) {
                if (headline) {
                    headlineRuns.add(run); // a headline's capitals say nothing by themselves
                    continue;
                }
                Optional<Candidate> c = type(run, typed);
                if (c.isPresent()) {
                    typed.add(c.get());
                } else {
                    untyped.add(run);
                }
            }
        }
        List<Candidate> out = new ArrayList<>(typed);
        untyped.addAll(headlineRuns);
        List<Candidate> named = new ArrayList<>(typed);
        named.addAll(knownPeople);
        for (Run run : untyped) {
            shortForm(run, named).ifPresent(out::add);
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** Three words in four or more capitalised, as in a title line. */
    static boolean isHeadline(Sentence s) {
        return isHeadline(s.tokens());
    }

    static boolean isHeadline(List<Token> tokens) {
        long words = tokens.stream().filter(t -> Character.isLetter(t.text().charAt(0))).count();
        long capitals = tokens.stream().filter(t -> Character.isLetter(t.text().charAt(0)) && t.isCapitalised()).count();
        return words >= 4 && capitals * 4 >= words * 3;
    }

    private List<Run> runs(Sentence s, Predicate<Span> taken) {
        List<Token> tokens = s.tokens();
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!startsName(tokens, i)) {
                i++;
                continue;
            }
            int j = runEnd(tokens, i);
            if (keywordType(tokens, i, extendedEnd(tokens, j)).isPresent() && !taken.test(tokens.get(j - 1).span())) {
                out.add(new Run(s, i, j)); // "Gaza Relief Coalition": the organisation's name wins over the place inside it
            } else {
                untakenParts(s, i, j, taken).forEach(out::add);
            }
            i = j;
        }
        return out;
    }

    /** A run starts at a name token, or at "al" joined by a hyphen to one ("al-Mannai"). */
    private boolean startsName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return (isNameToken(t) && !t.mainPos().equals("PRON")) || joiningArticle(tokens, i);
    }

    /** "al-Mannai", "al Hayya": a lower-case article joined to the name token after it. */
    private boolean joiningArticle(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return isArabicArticle(t) && (hyphenJoins(tokens, i + 1)
                || (LOOSE_ARTICLES.contains(t.text()) && i + 1 < tokens.size() && isNameToken(tokens.get(i + 1))));
    }

    /** End (exclusive) of the run of name tokens starting at {@code i}. */
    private int runEnd(List<Token> tokens, int i) {
        int j = i + 1;
        while (j < tokens.size() && !endsWithPossessive(tokens.get(j - 1))) { // "Qatar's Ministry": the possessive ends it
            int connectors = connectorsAt(tokens, j);
            if (tokens.get(j - 1).text().equals("Channel") && tokens.get(j).mainPos().equals("NUM")) {
                j++; // "Channel 12", "Channel 13 News"
            } else if (isNameToken(tokens.get(j)) || joiningArticle(tokens, j)) {
                j++;
            } else if (hyphenJoins(tokens, j)) {
                j += 2; // "El-Arish", "al-Mannai": the tokenizer splits at the hyphen
            } else if (connectors > 0 && j + connectors < tokens.size() && isNameToken(tokens.get(j + connectors))) {
                j += connectors + 1; // "Ursula von der Leyen", "Ministry of Health"
            } else {
                break;
            }
        }
        return j;
    }

    /** Whether tokens[k] is a hyphen written without spaces between two parts of a name. */
    private boolean hyphenJoins(List<Token> tokens, int k) {
        return k > 0 && k + 1 < tokens.size() && tokens.get(k).text().equals("-")
                && tokens.get(k - 1).span().end() == tokens.get(k).span().begin()
                && tokens.get(k).span().end() == tokens.get(k + 1).span().begin()
                && isNameToken(tokens.get(k + 1));
    }

    private static boolean isArabicArticle(Token t) {
        return ARABIC_ARTICLE.matcher(t.text()).matches() && !t.isCapitalised();
    }

    /** The stretches of [from, to) the gazetteer has not named, each starting with a name token. */
    private List<Run> untakenParts(Sentence s, int from, int to, Predicate<Span> taken) {
        List<Token> tokens = s.tokens();
        List<Run> parts = new ArrayList<>();
        int start = -1;
        for (int k = from; k <= to; k++) {
            boolean free = k < to && !taken.test(tokens.get(k).span());
            if (free && start < 0 && startsName(tokens, k)) {
                start = k;
            } else if (!free && start >= 0) {
                int end = k;
                while (end > start && isConnector(tokens.get(end - 1))) {
                    end--;
                }
                if (!(k < to && Token.isInitial(tokens.get(end - 1).text()))) {
                    parts.add(new Run(s, start, end)); // "Daniel P. Driscoll": first names before a known surname are not a name of their own
                }
                start = -1;
            }
        }
        return parts;
    }

    private boolean isNameToken(Token t) {
        String w = t.withoutPossessive();
        boolean capitalised = t.isCapitalised() && Character.isLetter(w.codePointAt(0));
        return (capitalised || HYPHENATED_ARTICLE.matcher(w).matches()) && !cues.is("not-names", w);
    }

    private static boolean isConnector(Token t) {
        return CONNECTORS.contains(t.text());
    }

    /** How many connectors stand in a row at {@code j}: "von der" gives 2. */
    private static int connectorsAt(List<Token> tokens, int j) {
        int k = j;
        while (k < tokens.size() && isConnector(tokens.get(k)) && k - j < 3) {
            k++;
        }
        return k - j;
    }

    private static boolean endsWithPossessive(Token t) {
        return !t.withoutPossessive().equals(t.text());
    }

    /**
     * Where a run ends once lower-case type words after it are taken in: "the Al-Mawasi
     * displacement camp", "the Al-Awja crossing". Equals {@code to} when none follow.
     */
    private int extendedEnd(List<Token> tokens, int to) {
        if (to > 0 && endsWithPossessive(tokens.get(to - 1))) {
            return to;
        }
        for (int k = to; k < Math.min(tokens.size(), to + 2); k++) {
            Token t = tokens.get(k);
            if (t.isCapitalised() || !(t.mainPos().equals("NOUN") || t.mainPos().equals("ADJ"))) {
                return to;
            }
            if (keywordOf(t.withoutPossessive()).isPresent() || keywordOf(t.text().replaceFirst("s$", "")).isPresent()) {
                boolean nameFollows = k + 1 < tokens.size() && isNameToken(tokens.get(k + 1));
                return nameFollows ? to : k + 1; // "the Lebanese Shia group Hezbollah": the group is Hezbollah
            }
        }
        return to;
    }

    /** Types a run by its words and context; empty when nothing says what it is. */
    private Optional<Candidate> type(Run run, List<Candidate> earlier) {
        List<Token> tokens = run.sentence().tokens();
        int to = extendedEnd(tokens, run.to());
        boolean extended = to > run.to();
        boolean firstWordOnly = run.from() == 0 && run.to() - run.from() == 1;
        if (firstWordOnly && (extended || !tokens.get(0).isProperNoun())) {
            // "Local news portal …", "Government forces held …", "Widespread reports of …": a sentence's first
            // word, capitalised by position and not read as a name, names nothing
            return Optional.empty();
        }
        int nameStart = personAfterTitle(tokens, run.from(), run.to());
        Optional<EntityType> keywordType = nameStart > run.from() ? Optional.empty() : keywordType(tokens, run.from(), to);
        if (extended && keywordType.equals(Optional.of(EntityType.Location))) {
            // "the Tibnah area", "Islamabad airport": the word only says it is a place; the name is "Tibnah"
            Span bare = new Span(tokens.get(run.from()).span().begin(), end(tokens.get(run.to() - 1)));
            return Optional.of(new Candidate(bare, name(tokens, run.from(), run.to()), EntityType.Location, 0.6, Optional.empty()));
        }
        if (nameStart == run.from() && keywordType.isEmpty()) {
            while (nameStart < to && (isTitle(tokens.get(nameStart)) || isConnector(tokens.get(nameStart))
                    || tokens.get(nameStart).text().equals("-"))) {
                if (tokens.get(nameStart).text().equals("of") && nameStart > run.from()) {
                    return Optional.empty(); // "Director General of Military Operations" names an office, not a person
                }
                nameStart++; // "Sheikh Mohammed": an honorific alone is no name
            }
        }
        if (nameStart >= to) {
            return Optional.empty();
        }
        if (nameStart > run.from()) {
            to = run.to(); // "Foreign Minister Ishaq Dar camp" is no camp
            for (int k = nameStart + 2; k < to; k++) {
                if (tokens.get(k).text().equals("of")) {
                    to = k; // "Sen. Rania Talbot of Vermont": after a title, "of" says where the person is from
                    break;
                }
            }
        }
        Optional<Span> titleSpan = nameStart > run.from()
                ? Optional.of(new Span(tokens.get(run.from()).span().begin(), tokens.get(nameStart - 1).span().end()))
                : Optional.empty();
        Span span = new Span(tokens.get(nameStart).span().begin(), end(tokens.get(to - 1)));
        String name = name(tokens, nameStart, to);
        int length = to - nameStart;

        if (keywordType.isPresent()) {
            return length == 1 ? Optional.empty() : Optional.of(new Candidate(span, name, keywordType.get(), 0.75, titleSpan));
        }
        double personConfidence = length >= 2 ? 0.75 : 0.6;
        boolean personShaped = tokens.subList(nameStart, to).stream().noneMatch(t -> t.text().equals("of"));
        if (personShaped && (titleSpan.isPresent() || roleBefore(tokens, run.from()) || appositionAfter(tokens, to, "roles"))) {
            return Optional.of(new Candidate(span, name, EntityType.Person, personConfidence, titleSpan));
        }
        if (appositionAfter(tokens, to, "org-nouns")) {
            return Optional.of(new Candidate(span, name, EntityType.Organization, 0.7, titleSpan));
        }
        if (placeBefore(tokens, run.from()) || coordinatedWithPlace(tokens, run.from(), to, earlier)) {
            return Optional.of(new Candidate(span, name, EntityType.Location, 0.6, titleSpan));
        }
        if (outletVerbAfter(tokens, to) || (tokens.get(nameStart).text().equals("Channel") && length >= 2)) {
            return Optional.of(new Candidate(span, name, EntityType.MediaOutlet, 0.65, titleSpan)); // "Ynet reported", "Channel 12"
        }
        if (personShaped && (whoAfter(tokens, to) || (length >= 2 && speechAfter(tokens, to)))) {
            return Optional.of(new Candidate(span, name, EntityType.Person, personConfidence, titleSpan));
        }
        return Optional.empty();
    }

    /**
     * Where a person's name starts after titles inside a run: "White House Press Secretary Karoline
     * Leavitt" (after "Secretary"), "Information Minister Attaullah Tarar", "Hezbollah
     * Secretary-General Naim Qassem". The name is what follows the last title word, when that is one
     * or more name words with no "of" ("Director General of Military Operations" is an office).
     * {@code from} when the run holds no such title.
     */
    private int personAfterTitle(List<Token> tokens, int from, int to) {
        int lastTitle = -1;
        for (int k = from; k < to; k++) {
            if (isTitle(tokens.get(k))) {
                lastTitle = k;
            }
        }
        if (lastTitle < 0 || lastTitle == to - 1) {
            return from;
        }
        int nameStart = lastTitle + 1;
        if (tokens.get(nameStart).text().equals("-")) {
            return from; // "Secretary-General" is all title
        }
        for (int k = nameStart; k < to; k++) {
            Token t = tokens.get(k);
            if (t.text().equals("of") || keywordOf(t.withoutPossessive()).isPresent()) {
                return from;
            }
        }
        return nameStart;
    }

    /** A title word, in either number: "Minister", "Generals", "Sheikh" — or a role written as one ("Mediator Karim …"). */
    private boolean isTitle(Token t) {
        String w = t.withoutPossessive();
        String singular = w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
        return t.isCapitalised() && (cues.is("titles", w) || cues.is("titles", singular) || cues.is("roles", w) || cues.is("roles", singular));
    }

    /**
     * An untyped run that repeats part of a name typed in the article: a surname ("Mansour",
     * "Al-Thani" after "Mohammed bin Abdulrahman Al Thani"), or an organisation's first word.
     */
    private Optional<Candidate> shortForm(Run run, List<Candidate> typed) {
        List<Token> tokens = run.sentence().tokens();
        if (run.to() - run.from() > 3) {
            return Optional.empty();
        }
        Token last = tokens.get(run.to() - 1);
        Span span = new Span(tokens.get(run.from()).span().begin(), end(last));
        String word = name(tokens, run.from(), run.to());
        String key = nameKey(word);
        List<String> carriers = typed.stream().filter(c -> c.type() == EntityType.Person && nameKey(c.name()).endsWith(" " + key))
                .map(Candidate::name).distinct().toList();
        if (carriers.size() == 1) {
            return Optional.of(new Candidate(span, carriers.get(0), EntityType.Person, 0.6, Optional.empty()));
        }
        for (Candidate c : typed) {
            String[] words = c.name().split(" ");
            if (run.to() - run.from() == 1 && words.length >= 2 && c.type() != EntityType.Person && !c.type().isPlace()
                    && words[0].equals(word)) {
                return Optional.of(new Candidate(span, c.name(), c.type(), 0.6, Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /** A name folded for comparing its parts: lower case, hyphens as spaces, no leading Arabic article. */
    static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-\u2010\u2011]", " ").replaceAll("\\s+", " ").strip()
                .replaceFirst("^(al|el) ", "");
    }

    /**
     * The type the run's head word gives: its last word, or its last word before "of" ("Ministry of
     * Health" is an Agency, "Gaza Relief Coalition" an Organization; "Lebanese Army Day" is neither).
     */
    private Optional<EntityType> keywordType(List<Token> tokens, int from, int to) {
        int head = to - 1;
        for (int k = from + 1; k < to; k++) {
            if (tokens.get(k).text().equals("of")) {
                head = k - 1;
                break;
            }
        }
        String w = tokens.get(head).withoutPossessive();
        return keywordOf(w).or(() -> pluralKeyword(w));
    }

    /** A plural keyword in lower case: "the Zeitoun and Sheikh Radwan neighbourhoods". */
    private Optional<EntityType> pluralKeyword(String word) {
        return Character.isLowerCase(word.charAt(0)) && word.endsWith("s") ? keywordOf(word.substring(0, word.length() - 1)) : Optional.empty();
    }

    private Optional<EntityType> keywordOf(String word) {
        return KEYWORD_TYPES.entrySet().stream().filter(e -> cues.is(e.getKey(), word)).map(Map.Entry::getValue).findFirst();
    }

    /**
     * A lower-case role noun just before the name, maybe with adjectives between ("envoy", "chief
     * negotiator"), or heading a phrase the name stands in apposition to ("US deputy special envoy
     * for the Middle East, Morgan Ortagus").
     */
    private boolean roleBefore(List<Token> tokens, int from) {
        if (from >= 2 && tokens.get(from - 1).text().equals(",")) {
            for (int k = from - 2; k >= Math.max(0, from - 10); k--) {
                Token t = tokens.get(k);
                if (!t.isCapitalised() && cues.is("roles", t.text())) {
                    return true;
                }
                String pos = t.mainPos();
                if (t.text().equals(",") || pos.equals("VERB") || pos.equals("AUX") || pos.equals("PRON") || pos.equals("SCONJ")) {
                    return false;
                }
            }
            return false;
        }
        for (int k = from - 1; k >= Math.max(0, from - 3); k--) {
            Token t = tokens.get(k);
            if (!t.isCapitalised() && cues.is("roles", t.text())) {
                return true;
            }
            String pos = t.mainPos();
            if (!pos.equals("ADJ") && !pos.equals("NOUN") && !pos.equals("PROPN")) {
                return false; // "an officer from Kiryat Gat": the role is not this name's
            }
        }
        return false;
    }

    /** ", a spokeswoman for", ", the Israeli body that": a noun of {@code section} in apposition after the name. */
    private boolean appositionAfter(List<Token> tokens, int to, String section) {
        if (to + 1 >= tokens.size() || !tokens.get(to).text().equals(",")) {
            return false;
        }
        Token firstToken = tokens.get(to + 1);
        String first = firstToken.text().toLowerCase(Locale.ROOT);
        boolean opens = List.of("a", "an", "the").contains(first) || cues.is(section, first)
                || (firstToken.isCapitalised() && !firstToken.mainPos().equals("PRON")); // ", Kremlin spokesman,"
        if (!opens) {
            return false; // "..., his office said" is no apposition
        }
        for (int k = to + 1; k < Math.min(tokens.size(), to + 8); k++) {
            Token t = tokens.get(k);
            if (cues.is(section, t.withoutPossessive()) && !t.isCapitalised()) {
                return true;
            }
            if (t.mainPos().equals("VERB") || t.text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** "Tarek Mansour, who runs", "Dalia Mizrahi, whose son": only people are "who". */
    private static boolean whoAfter(List<Token> tokens, int to) {
        int k = to < tokens.size() && tokens.get(to).text().equals(",") ? to + 1 : to;
        return k < tokens.size() && (tokens.get(k).text().equals("who") || tokens.get(k).text().equals("whose"));
    }

    /** Verbs that only a newsroom does to a story: "Ynet reported", "Al Hadath aired", "Kan broadcast". */
    private static final List<String> OUTLET_VERBS = List.of("reported", "reports", "broadcast", "broadcasts", "aired", "airs",
            "published", "publishes");

    /** "Ynet reported", "Axios, citing …": a name that reports or relays is an outlet. */
    private static boolean outletVerbAfter(List<Token> tokens, int to) {
        int k = to < tokens.size() && tokens.get(to).text().equals(",") ? to + 1 : to;
        if (k >= tokens.size()) {
            return false;
        }
        String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
        return OUTLET_VERBS.contains(w) || (k > to && (w.equals("citing") || w.equals("quoting")));
    }

    private boolean speechAfter(List<Token> tokens, int to) {
        return to < tokens.size() && cues.is("speech", tokens.get(to).text());
    }

    /** "in Doha", "near the X", "from X" (not after a people noun), "the city of X". */
    private boolean placeBefore(List<Token> tokens, int from) {
        int k = from - 1;
        if (k >= 0 && tokens.get(k).text().equalsIgnoreCase("the")) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
        if (cues.is("locative", w)) {
            return true;
        }
        if (w.equals("from")) {
            return k == 0 || !cues.is("people-nouns", tokens.get(k - 1).text());
        }
        return w.equals("of") && k > 0 && cues.is("place-nouns", tokens.get(k - 1).text());
    }

    /**
     * "Shujaiya and Tuffah", "Gaza City, Khan Younis and Rafah": a name joined to a place just named
     * is a place — after a comma only when the name ends a list item ("Punjab Province, Maryam
     * Nawaz, declared" is an apposition).
     */
    private static boolean coordinatedWithPlace(List<Token> tokens, int from, int to, List<Candidate> earlier) {
        if (from < 2 || earlier.isEmpty()) {
            return false;
        }
        String joiner = tokens.get(from - 1).text();
        if (!joiner.equals("and") && !joiner.equals("or") && !joiner.equals(",")) {
            return false;
        }
        if (joiner.equals(",")) {
            String next = to < tokens.size() ? tokens.get(to).text() : ".";
            boolean endsItem = List.of("and", "or", ",", ".", ";").contains(next);
            boolean verbAfterComma = next.equals(",") && to + 1 < tokens.size()
                    && (tokens.get(to + 1).mainPos().equals("VERB") || tokens.get(to + 1).mainPos().equals("AUX"));
            if (!endsItem || verbAfterComma) {
                return false;
            }
        }
        Candidate previous = earlier.get(earlier.size() - 1);
        return previous.type().isPlace() && previous.span().end() == tokens.get(from - 2).span().end();
    }

    /** End of a token without its possessive suffix. */
    private static int end(Token t) {
        return t.span().begin() + t.withoutPossessive().length();
    }

    private static String name(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (k > from && t.span().begin() > tokens.get(k - 1).span().end()) {
                b.append(' ');
            }
            b.append(k == to - 1 ? t.withoutPossessive() : t.text());
        }
        return b.toString().replaceAll("\\s+", " ").strip();
    }
}
