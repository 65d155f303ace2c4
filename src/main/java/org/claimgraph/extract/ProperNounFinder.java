package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * article ({@link ShortForms}: "Mansour" after "Tarek Mansour", "Meridian" after "Meridian News Agency") or as an
 * acronym the article brackets after one ({@link BracketedAcronyms}), so
 * capitalised common words, sentence-initial words and headline case make no names by themselves.
 * Immutable and thread-safe.
 */
final class ProperNounFinder {

    /** A typed name found in the text. {@code titleSpan} covers a title split from it, if any. */
    record Candidate(Span span, String name, EntityType type, double confidence, Optional<Span> titleSpan) {
    }

    private static final Set<String> NAME_PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "von", "van");
    private static final Pattern INNER_ARTICLE = Pattern.compile("(al|el)-\\p{Lu}\\p{L}+");

    private final NameCues cues;
    private final NameContext context;
    private final NameRuns runs;
    private final Portfolios portfolios;

    ProperNounFinder(NameCues cues) {
        this.cues = cues;
        this.context = new NameContext(cues);
        this.runs = new NameRuns(cues);
        this.portfolios = new Portfolios(cues);
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
        List<NameRuns.Run> untyped = new ArrayList<>();
        List<NameRuns.Run> headlineRuns = new ArrayList<>();
        List<NameRuns.Run> datelined = new ArrayList<>();
        List<Candidate> longForms = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (article.clean().isSkipped(s.span())) {
                continue;
            }
            longForms.addAll(SpelledAcronyms.longForms(s, taken, runs));
            boolean headline = isHeadline(s);
            boolean opens = opensParagraph(article.text(), s);
            int datelineEnd = opens ? Dateline.end(s.tokens()) : -1;
            for (NameRuns.Run run : runs.in(s, taken)) {
                if (opens && Dateline.inOpeningCredit(s.tokens(), run.from(), run.to())) {
                    typed.add(new Candidate(new Span(s.tokens().get(run.from()).span().begin(), end(s.tokens().get(run.to() - 1))),
                            name(s.tokens(), run.from(), run.to()), EntityType.MediaOutlet, 0.65, Optional.empty()));
                    continue;
                }
                if (run.to() <= datelineEnd && Dateline.type(s.tokens(), run.from(), run.to()).isPresent()) {
                    datelined.add(run);
                    continue;
                }
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
        typed = BracketedAcronyms.widened(article.text(), typed);
        // a name its bracketed acronym spells is one name, whatever runs or types its words made
        typed.removeIf(c -> longForms.stream().anyMatch(l -> l.span().overlaps(c.span())));
        typed.addAll(longForms);
        Predicate<NameRuns.Run> insideLongForm = run -> longForms.stream().anyMatch(l -> l.span().overlaps(spanOf(run)));
        untyped.removeIf(insideLongForm);
        headlineRuns.removeIf(insideLongForm);
        datelined.removeIf(insideLongForm);
        List<Candidate> out = new ArrayList<>(typed);
        untyped.addAll(headlineRuns);
        List<Candidate> named = new ArrayList<>(typed);
        named.addAll(knownPeople);
        BracketedAcronyms acronyms = BracketedAcronyms.in(article.text(), typed);
        // an acronym the article defined names its body, whatever a word around it suggests ("in CAR")
        out.replaceAll(c -> acronyms.of(c).orElse(c));
        for (NameRuns.Run run : untyped) {
            // the bracket is the article's own definition: "MILF" is the front it followed, not the
            // "MILF Central Committee" that holds the word
            acronyms.of(run).or(() -> ShortForms.of(run, named)).ifPresent(out::add);
        }
        for (NameRuns.Run run : datelined) {
            ShortForms.of(run, named).or(() -> inDateline(run)).ifPresent(out::add); // "(Meridian)" is the Meridian News Agency named later
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    private static Span spanOf(NameRuns.Run run) {
        List<Token> tokens = run.sentence().tokens();
        return new Span(tokens.get(run.from()).span().begin(), tokens.get(run.to() - 1).span().end());
    }

    /** Whether only blanks stand between the paragraph's start and the sentence. */
    private static boolean opensParagraph(String text, Sentence s) {
        int k = s.span().begin();
        while (k > 0 && text.charAt(k - 1) != '\n') {
            if (!Character.isWhitespace(text.charAt(k - 1))) {
                return false;
            }
            k--;
        }
        return true;
    }

    /** A place or the filing agency in a wire dateline: "DOUALA, Cameroon –", "(ARMENPRESS) –". */
    private static Optional<Candidate> inDateline(NameRuns.Run run) {
        List<Token> tokens = run.sentence().tokens();
        return Dateline.type(tokens, run.from(), run.to()).map(type -> {
            Span span = new Span(tokens.get(run.from()).span().begin(), end(tokens.get(run.to() - 1)));
            String name = name(tokens, run.from(), run.to());
            return new Candidate(span, type == EntityType.City ? Dateline.label(name) : name, type, 0.6, Optional.empty());
        });
    }

    /** Three words in four or more capitalised, as in a title line. */
    static boolean isHeadline(Sentence s) {
        return isHeadline(s.tokens());
    }

    static boolean isHeadline(List<Token> tokens) {
        long words = tokens.stream().filter(t -> Character.isLetter(t.text().charAt(0))).count();
        long capitals = tokens.stream().filter(t -> Character.isLetter(t.text().charAt(0)) && t.isCapitalised()).count();
        // a long sentence closed by a full stop is body text, however many names it lists ("Among them were Rev. …; Dr. …")
        boolean longSentence = words >= 12 && tokens.get(tokens.size() - 1).text().equals(".");
        return words >= 4 && capitals * 4 >= words * 3 && !longSentence;
    }

    /**
     * Whether the lower-case words after a run only say what kind of body or settlement it names ("FARC
     * guerrilla group", "Ngamdu town"), unlike "Nasser hospital" or "the Al-Awja crossing", whose noun is part
     * of the name. A proper noun must come before: "Kurdish militia" names no one.
     */
    private boolean onlyClassifies(List<Token> tokens, int runEnd, int extendedEnd) {
        return tokens.get(runEnd - 1).isProperNoun() && cues.is("classifier-nouns", tokens.get(extendedEnd - 1).withoutPossessive());
    }

    /** Types a run by its words and context; empty when nothing says what it is. */
    private Optional<Candidate> type(NameRuns.Run run, List<Candidate> earlier) {
        List<Token> tokens = run.sentence().tokens();
        if (run.from() == 0 && run.to() >= 3 && tokens.get(0).mainPos().equals("NOUN") && runs.keywordType(tokens, 0, 1).isEmpty()
                && runs.isNameToken(tokens.get(1)) && runs.keywordType(tokens, 1, runs.extendedEnd(tokens, run.to())).isPresent()) {
            // "Opposition National Unity Government said": a common noun capitalised only by its place opens the sentence
            run = new NameRuns.Run(run.sentence(), 1, run.to());
        }
        int to = runs.extendedEnd(tokens, run.to());
        boolean extended = to > run.to();
        // after a dateline ("DAVAO CITY – Peace groups said"), the body's first word is capitalised by position too
        boolean opensSentence = run.from() == 0 || run.from() == Dateline.end(tokens) + 1;
        boolean firstWordOnly = opensSentence && run.to() - run.from() == 1;
        if (firstWordOnly && (extended || !tokens.get(run.from()).isProperNoun())) {
            // "Local news portal …", "Government forces held …", "Widespread reports of …": a sentence's first
            // word, capitalised by position and not read as a name, names nothing
            return Optional.empty();
        }
        int nameStart = personAfterTitle(tokens, run.from(), run.to());
        if (nameStart == run.from()) {
            nameStart = portfolios.nameStart(tokens, run.from(), run.to()); // "minister of Information Dawit Alemu"
        }
        Optional<EntityType> keywordType = nameStart > run.from() ? Optional.empty() : runs.keywordType(tokens, run.from(), to);
        if (extended && (keywordType.equals(Optional.of(EntityType.Location)) || keywordType.equals(Optional.of(EntityType.Region))
                || keywordType.isPresent() && onlyClassifies(tokens, run.to(), to))) {
            // "the Tibnah area", "Afgoye district", "Ngamdu town", "the FARC guerrilla group", "the White Army militia":
            // the lower-case word only says what kind of place or body it is; the name is "Tibnah", "FARC"
            Span bare = new Span(tokens.get(run.from()).span().begin(), end(tokens.get(run.to() - 1)));
            return Optional.of(new Candidate(bare, name(tokens, run.from(), run.to()), keywordType.get(), 0.6, Optional.empty()));
        }
        if (nameStart == run.from() && keywordType.isEmpty()) {
            while (nameStart < to && (isTitle(tokens.get(nameStart)) || NameRuns.isConnector(tokens.get(nameStart))
                    || tokens.get(nameStart).text().equals("-"))) {
                if (tokens.get(nameStart).text().equals("of") && nameStart > run.from()) {
                    // "Director General of Military Operations" names an office, not a person; after one title,
                    // "President of Kanu Union" names the body that holds it
                    return nameStart == run.from() + 1 && nameStart + 1 < to && tokens.get(nameStart + 1).isCapitalised()
                            && context.bodyShaped(tokens, nameStart + 1, to)
                            ? Optional.of(new Candidate(new Span(tokens.get(nameStart + 1).span().begin(), end(tokens.get(to - 1))),
                                    name(tokens, nameStart + 1, to), EntityType.Organization, 0.6, Optional.empty())) : Optional.empty();
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

        if (keywordType.equals(Optional.of(EntityType.MediaOutlet)) && to < tokens.size() && !tokens.get(to).isCapitalised()
                && cues.is("media-nouns", tokens.get(to).text())) {
            return Optional.empty(); // "a Pakistan TV channel", "the Qatari TV channel Al Jazeera": a description, not a name
        }
        if (keywordType.isPresent()) {
            return length == 1 ? Optional.empty() : Optional.of(new Candidate(span, name, keywordType.get(), 0.75, titleSpan));
        }
        double personConfidence = length >= 2 ? 0.75 : 0.6;
        boolean personShaped = tokens.subList(nameStart, to).stream().noneMatch(t -> t.text().equals("of"));
        Optional<EntityType> nounBefore = titleSpan.isPresent() ? Optional.empty() : context.nounBefore(tokens, run.from());
        if (nounBefore.isPresent()) {
            // "news portal Media Congo": the name goes on over a name the gazetteer knows
            int whole = Math.max(to, runs.runEnd(tokens, run.from()));
            Span wholeSpan = new Span(span.begin(), end(tokens.get(whole - 1)));
            return Optional.of(new Candidate(wholeSpan, name(tokens, nameStart, whole), nounBefore.get(), 0.7, titleSpan));
        }
        if (personShaped && (titleSpan.isPresent() || context.roleBefore(tokens, run.from()) || portfolios.portfolioBefore(tokens, run.from())
                || context.appositionAfter(tokens, to, "roles", length >= 2) || NameContext.ageAfter(tokens, to))) {
            return Optional.of(new Candidate(span, name, EntityType.Person, personConfidence, titleSpan));
        }
        if (context.appositionAfter(tokens, to, "org-nouns") || context.bodyOfRole(tokens, run.from(), to)) {
            return Optional.of(new Candidate(span, name, EntityType.Organization, 0.7, titleSpan));
        }
        if (context.placeNounInApposition(tokens, to)) {
            return Optional.of(new Candidate(span, name, EntityType.Location, 0.6, titleSpan)); // "Mandalay, the hard-hit city near …"
        }
        if (context.placeBefore(tokens, run.from()) || NameContext.coordinatedWithPlace(tokens, run.from(), to, earlier)
                || context.listedAfterPlaceNoun(tokens, run.from(), to)) {
            return Optional.of(new Candidate(span, name, EntityType.Location, 0.6, titleSpan));
        }
        if (NameContext.outletVerbAfter(tokens, to) || (tokens.get(nameStart).text().equals("Channel") && length >= 2)) {
            return Optional.of(new Candidate(span, name, EntityType.MediaOutlet, 0.65, titleSpan)); // "Ynet reported", "Channel 12"
        }
        if (personShaped && NameContext.coordinatedWithPerson(tokens, nameStart, to, earlier)) {
            return Optional.of(new Candidate(span, name, EntityType.Person, 0.6, titleSpan));
        }
        if (personShaped && (NameContext.whoAfter(tokens, to) || length >= 2 && NameContext.sourceOfAccordingTo(tokens, nameStart, to)
                || (length >= 2 && (context.speechAfter(tokens, to) || context.speaksAfterQuote(tokens, run.from(), to))))) {
            return Optional.of(new Candidate(span, name, EntityType.Person, personConfidence, titleSpan));
        }
        if (personShaped && length >= 2 && (length <= 4 || length <= 8 && particles(tokens, nameStart, to) >= 2)
                && particleInside(tokens, nameStart, to)) {
            // "Mohammed bin Abdulaziz bin Saleh Al-Khulaifi": a patronymic chain makes a long name
            return Optional.of(new Candidate(span, name, EntityType.Person, 0.6, titleSpan)); // "Bashar al-Assad fled"
        }
        return Optional.empty();
    }

    /** How many family-name particles ("bin", "al") stand inside [from, to). */
    private static long particles(List<Token> tokens, int from, int to) {
        return tokens.subList(from, to).stream().filter(t -> NAME_PARTICLES.contains(t.text())).count();
    }

    /**
     * A family-name particle after the first word ("Bashar al-Assad", "Mohammed bin Salman", "Ursula
     * von der Leyen") is the form of a person's name; organisations with such words inside are
     * typed by their type word first ("Jaish al-Adl").
     */
    private static boolean particleInside(List<Token> tokens, int from, int to) {
        if (!tokens.get(from).isCapitalised()) {
            return false;
        }
        for (int k = from + 1; k < to - 1; k++) {
            if (NAME_PARTICLES.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return tokens.subList(from + 1, to).stream().anyMatch(t -> INNER_ARTICLE.matcher(t.text()).matches());
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
        String title = tokens.get(lastTitle).withoutPossessive();
        boolean domainWord = !cues.is("roles", title) && !cues.is("honorifics", title); // "Security", not "Minister" or "Dr."
        boolean organisationHead = domainWord && runs.keywordType(tokens, from, to).isPresent();
        for (int k = from + 1; k < lastTitle && organisationHead; k++) {
            if (tokens.get(k).text().equals("for") || tokens.get(k).text().equals("of")) {
                return from; // "Center for Regional and Security Studies": a title word inside an organisation's name
            }
        }
        for (int k = nameStart; k < to; k++) {
            Token t = tokens.get(k);
            if (t.text().equals("of") || runs.keywordOf(t.withoutPossessive()).isPresent()) {
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

    /** End of a token without its possessive suffix. */
    static int end(Token t) {
        return t.span().begin() + bare(t).length();
    }

    /** An acronym with the sentence's full stop ("BARMM."), which the tokenizer keeps as one abbreviation. */
    private static final Pattern ACRONYM_AND_STOP = Pattern.compile("\\p{Lu}{2,}\\.");

    /**
     * The token as a name's last word: no possessive, no closing quote mark the tokenizer left on it
     * ("the North”"), no full stop after an acronym that ends a sentence ("… within the BARMM.");
     * an initial ("P.") and a dotted abbreviation ("U.S.") keep theirs.
     */
    static String bare(Token t) {
        String w = t.withoutPossessive();
        while (w.length() > 1 && (w.endsWith("\u201d") || w.endsWith("\""))) {
            w = w.substring(0, w.length() - 1);
        }
        return ACRONYM_AND_STOP.matcher(w).matches() ? w.substring(0, w.length() - 1) : w;
    }

    /** The name the tokens {@code from}–{@code to} spell, as a label (spaces as written, no final possessive). */
    static String name(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (k > from && t.span().begin() > tokens.get(k - 1).span().end()) {
                b.append(' ');
            }
            // "Sudan Doctors' Network" is labelled as it is usually written, "Sudan Doctors Network"
            b.append(k == to - 1 ? bare(t) : t.text().replaceFirst("(?<=s)['\u2019]$", ""));
        }
        return b.toString().replaceAll("\\s+", " ").strip();
    }
}
