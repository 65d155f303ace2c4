package org.claimgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.domain.Attribution;
import org.claimgraph.domain.Token;

/**
 * Decides where a cue of reported speech stands in a sentence: a phrase or verb of the lexicon,
 * read through the tagger's usual errors (a present-tense cue after a name tagged as a plural
 * noun, title-case headline cues, "claims" that are tolls, participles that describe a document).
 * Who speaks and what is said around the cue is {@link AttributionFinder}'s decision. Immutable
 * and thread-safe.
 */
final class CueSpotter {

    private final CueLexicon cues;

    CueSpotter(CueLexicon cues) {
        this.cues = cues;
    }

    private static final Set<String> DOCUMENT_PARTICIPLES = Set.of("posted", "published", "issued", "released", "written",
            "tweeted", "shared", "circulated");
    static final Set<String> CLAUSE_OPENERS = Set.of("that", "to", "whether", "if", "how", "why", "what", "when");
    /** Verbs that take a that-clause without reporting anyone's words or views. */
    private static final Set<String> NOT_REPORTING = Set.of("mean", "means", "meant", "ensure", "ensures", "ensured", "require",
            "requires", "required", "make", "makes", "made", "so", "given", "provided", "assuming", "except", "seem", "seems",
            "seemed", "appear", "appears", "appeared", "happen", "happens", "happened", "prove", "proves", "proved", "turn",
            "turned", "is", "was", "be", "been");

    /**
     * A verb the lexicon does not know that takes a that-clause reports a view: "the panel ruled that
     * …", "aides acknowledged that …". Its lemma is the word itself, lower case; it counts only with
     * a subject (checked by the caller as for any cue).
     */
    private static Optional<Found> thatComplement(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        // 'ruled that "all militias" would disarm': the clause may open with a quote of its words
        int opener = i + 2 < tokens.size() && Quotes.isMarkAt(tokens.get(i + 2).text(), false) ? i + 3 : i + 2;
        if (!t.mainPos().equals("VERB") || opener >= tokens.size() || !tokens.get(i + 1).text().equalsIgnoreCase("that")
                || NOT_REPORTING.contains(t.text().toLowerCase(Locale.ROOT)) || !tokens.get(opener).mainPos().matches("DET|NOUN|PROPN|PRON|NUM|ADJ")) {
            return Optional.empty();
        }
        String w = t.text().toLowerCase(Locale.ROOT);
        return Optional.of(new Found(new CueLexicon.Cue(w, Attribution.Stance.ASSERT, "verb", List.of(w)), 1));
    }

    /** "claimed (the) (thousands of) lives": a toll, not a claim. */
    private static boolean takesLives(List<Token> tokens, int k) {
        for (int j = k; j < Math.min(tokens.size(), k + 5); j++) {
            String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
            if (w.equals("lives") || w.equals("life") || w.equals("victims")) {
                return true;
            }
            if (w.equals("that") || w.equals(",") || tokens.get(j).mainPos().equals("VERB")) {
                return false;
            }
        }
        return false;
    }

    static final Set<String> RELATIVE_OBJECTS = Set.of("whom", "which");

    /** A cue found at a token: its lemma, stance and length in tokens. */
    record Found(CueLexicon.Cue cue, int length) {
        String lemma() {
            return cue.lemma();
        }
    }

    /** The cue that starts at token {@code i}, if any: a phrase of the lexicon, or a verb of saying the tagger may have mis-tagged. */
    Optional<Found> cueAt(List<Token> tokens, int i) {
        for (CueLexicon.Cue phrase : cues.phrasesStartingWith(tokens.get(i).text())) {
            List<String> words = phrase.words();
            if (i + words.size() <= tokens.size()) {
                boolean match = true;
                for (int k = 1; k < words.size() && match; k++) {
                    match = tokens.get(i + k).text().equalsIgnoreCase(words.get(k));
                }
                // "a fresh push for Gaza", "calls for restraint grew": a phrase cue starts with a verb
                if (match && (phrase.sourceAfter() || tokens.get(i).mainPos().equals("VERB")
                        || tokens.get(i).mainPos().equals("AUX") || phraseTaggedAsNoun(tokens, i))) {
                    return Optional.of(new Found(phrase, words.size()));
                }
            }
        }
        Token t = tokens.get(i);
        // "of whom Israel believes": the tagger often takes the verb for a plural noun here
        boolean afterRelative = (i >= 2 && RELATIVE_OBJECTS.contains(tokens.get(i - 2).text().toLowerCase(Locale.ROOT)))
                || (i >= 3 && RELATIVE_OBJECTS.contains(tokens.get(i - 3).text().toLowerCase(Locale.ROOT)));
        if ((!t.mainPos().equals("VERB") && !afterRelative && !verbTaggedAsNoun(tokens, i)) || (i > 0 && (tokens.get(i - 1).mainPos().equals("DET")
                || !tokens.get(i - 1).withoutPossessive().equals(tokens.get(i - 1).text())))) {
            return Optional.empty(); // "an agreed number", "Trump's remarks": a mis-tagged noun or adjective
        }
        if (Asides.asksAnonymity(tokens, i)) {
            return Optional.empty(); // "the official, who asked not to be named, said": the request reports nothing
        }
        if (reducedRelative(tokens, i) || describesObject(tokens, i)) {
            return Optional.empty(); // "in a statement posted online": a participle describing a noun
        }
        return cues.verb(t.text()).map(c -> new Found(c, 1)).or(() -> thatComplement(tokens, i))
                .filter(c -> !(c.lemma().equals("claim") && takesLives(tokens, i + 1))); // "the fighting has claimed thousands of lives"
    }

    private static final Set<String> SUBJECT_OPENERS = Set.of("he", "she", "it", "they", "we", "i", "the", "his",
            "her", "its", "their", "there", "no", "any", "all");

    /**
     * "Kagame insists he will keep …": the tagger reads a present-tense cue after a name as a plural noun
     * ("Kagame insists" like "Kagame supporters"). A cue form in -s between a name and the start of a clause
     * is the verb; a real noun would be followed by its own verb ("Hamas claims were denied").
     */
    private boolean verbTaggedAsNoun(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (headlineVerb(tokens, i)) {
            return true;
        }
        if (participleTaggedAsNoun(tokens, i) || absoluteParticiple(tokens, i) || secondParticiple(tokens, i)
                || pastTaggedAsAdjective(tokens, i) || VerbShapes.gerundOfMeans(tokens, i) && cues.verb(t.text()).isPresent()
                || ONLY_VERBS.contains(t.text())) {
            return true;
        }
        if (!t.mainPos().equals("NOUN") || !t.text().endsWith("s") || i == 0 || i + 1 >= tokens.size()
                || cues.verb(t.text()).isEmpty()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        Token after = tokens.get(i + 1);
        String next = after.text().toLowerCase(Locale.ROOT);
        if (i + 2 == tokens.size() && next.equals(".") && before.mainPos().matches("NOUN|PROPN")
                && tokens.subList(0, i - 1).stream().anyMatch(x -> x.text().equals(","))) {
            return true; // "…, a map of the region shows.": the subject's verb ends the sentence after its clause
        }
        boolean afterName = before.isProperNoun() && before.withoutPossessive().equals(before.text());
        if (afterName) {
            // "…, UNN reports citing …" / "… with reference to The Guardian": a relayed report
            boolean relays = next.equals("citing") || next.equals("quoting")
                    || (next.equals("with") && i + 2 < tokens.size() && tokens.get(i + 2).text().equalsIgnoreCase("reference"));
            return CLAUSE_OPENERS.contains(next) || SUBJECT_OPENERS.contains(next) || Quotes.isMarkAt(after.text(), false) || relays;
        }
        // "The UN report shows that …": after any noun phrase but a modifier ("Israeli claims
        // that", "the claims that", "Hamas's claims that" are nouns with a relative clause)
        String beforePos = before.mainPos();
        boolean modifier = beforePos.equals("DET") || beforePos.equals("ADJ") || beforePos.equals("NUM")
                || !before.withoutPossessive().equals(before.text());
        return next.equals("that") && !modifier && (beforePos.equals("NOUN") || beforePos.equals("PUNCT"));
    }

    /**
     * "…, warning that the decision aims to …": a cue in -ing after a comma that opens a clause or a
     * quote is the participle of a report, though the tagger reads "warning" or "saying" as a noun
     * there; the noun would not open a clause ("a warning that …" has its determiner).
     */
    private boolean participleTaggedAsNoun(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.mainPos().equals("NOUN") || i + 1 >= tokens.size() || !AttributionFinder.isParticipleAfterComma(tokens, i)
                || cues.verb(t.text()).isEmpty()) {
            return false;
        }
        Token after = tokens.get(i + 1);
        String next = after.text().toLowerCase(Locale.ROOT);
        // "…, writing on X: "…"": a short place or channel, then a colon and the quote
        boolean quoteAfterAdjunct = after.mainPos().equals("ADP")
                && java.util.stream.IntStream.range(i + 2, Math.min(tokens.size(), i + 6)).anyMatch(j -> ContentSpans.colonBeforeQuote(tokens, j));
        return CLAUSE_OPENERS.contains(next) || Quotes.isMarkAt(after.text(), false) || quoteAfterAdjunct;
    }

    /**
     * "…, promising a reply and voicing hope for …": a cue in -ing joined by "and"/"but" to an
     * earlier participle of report after a comma shares its form and its speaker, though the tagger
     * reads the second one as a noun ("and voicing hope" like "and rising hope").
     */
    private boolean secondParticiple(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i < 3 || !t.text().endsWith("ing") || cues.verb(t.text()).isEmpty() || !tokens.get(i - 1).mainPos().equals("CCONJ")) {
            return false;
        }
        for (int k = i - 2; k > 0; k--) {
            if (AttributionFinder.isParticipleAfterComma(tokens, k) && cues.verb(tokens.get(k).text()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Minister Aldo Serra congratulated members of the crew", "He praised dozens of …": the tagger
     * reads a past-tense cue as an adjective when a plural noun follows, but an adjective never comes
     * right after a name or a subject pronoun, so there the cue is the finite verb. A noun phrase
     * must follow (its object); a lower-case word keeps headlines ("Dbeibeh Welcomed Back") out.
     */
    private boolean pastTaggedAsAdjective(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i == 0 || i + 1 >= tokens.size() || !t.mainPos().equals("ADJ") || !t.text().endsWith("ed")
                || t.isCapitalised() || cues.verb(t.text()).isEmpty()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        boolean subject = (before.isProperNoun() && before.withoutPossessive().equals(before.text()))
                || SUBJECT_PRONOUNS.contains(before.text().toLowerCase(Locale.ROOT));
        return subject && tokens.get(i + 1).mainPos().matches("DET|NOUN|PROPN|PRON|NUM|ADJ");
    }

    /**
     * '"…," the military said': after a noun the tagger took for an adjective ("the military"), it
     * reads the cue as the noun. "said" and "told" are never nouns (and "the said agreement", after a
     * determiner, is refused by the caller).
     */
    private static final Set<String> ONLY_VERBS = Set.of("said", "told");

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");

    /**
     * "Hopes were low, with Kremlin spokesman Dmitry Peskov warning against …": a cue in -ing right
     * after the noun phrase that "with" opens is that phrase's report (an absolute construction),
     * though the tagger reads "warning" after a name as a noun.
     */
    private boolean absoluteParticiple(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i < 2 || !t.text().endsWith("ing") || cues.verb(t.text()).isEmpty()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        if (!(before.isProperNoun() || before.mainPos().equals("NOUN")) || !before.withoutPossessive().equals(before.text())) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(0, i - 8); k--) {
            Token w = tokens.get(k);
            if (w.text().equalsIgnoreCase("with")) {
                return true;
            }
            if (!NounPhrases.NP_POS.contains(w.mainPos())) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Army chief rules out talks", "Hezbollah calls for …": a phrase cue whose first word in -s
     * the tagger read as a plural noun, right after the noun or name that is its subject. After a
     * determiner, an adjective or a possessive it is the noun ("the calls for", "Israeli calls for").
     */
    private static boolean phraseTaggedAsNoun(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i == 0 || !t.mainPos().equals("NOUN") || !t.text().endsWith("s")) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return (before.mainPos().equals("NOUN") || before.isProperNoun()) && before.withoutPossessive().equals(before.text());
    }

    /**
     * "Pakistan Says Crossing Will Reopen", "…, Army Spokesman Says": in a title-case headline the tagger
     * reads the capitalised cue as part of a name. A cue form in -s after a name is the verb when
     * words follow it, or when a comma before the name leaves the report before it.
     */
    private boolean headlineVerb(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i == 0 || !t.isCapitalised() || !t.text().endsWith("s") || cues.verb(t.text()).isEmpty()
                || !ProperNounFinder.isHeadline(tokens)) {
            return false;
        }
        Token before = tokens.get(i - 1);
        if (!before.isCapitalised() || !before.withoutPossessive().equals(before.text())) {
            return false;
        }
        boolean wordsFollow = i + 1 < tokens.size() && Character.isLetterOrDigit(tokens.get(i + 1).text().codePointAt(0));
        boolean reportBefore = tokens.subList(0, i).stream().anyMatch(k -> k.text().equals(",") || k.text().equals(":"));
        return wordsFollow || reportBefore;
    }

    /**
     * "difficulty over maps showing where the troops would remain": "showing" after the object of a
     * preposition says what the thing shows, and nobody speaks; read as a report, the thing became
     * the speaker of the clause and of the real report after it ("…, two sources said"). Only "show",
     * the one evidential cue whose subject is a thing, and not after "with", where "with
     * RealClearPolitics showing her ahead" or "with the ombudsman confirming" is a report of its own.
     */
    private static boolean describesObject(List<Token> tokens, int i) {
        String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
        if (!w.equals("showing") || i < 2 || !tokens.get(i - 1).mainPos().equals("NOUN")) {
            return false;
        }
        int k = i - 2;
        while (k > 0 && Set.of("DET", "ADJ", "NUM", "NOUN").contains(tokens.get(k).mainPos())) {
            k--;
        }
        return tokens.get(k).mainPos().equals("ADP") && !tokens.get(k).text().equalsIgnoreCase("with");
    }

    /**
     * A participle of a publishing verb right after a noun, with the sentence's main verb before
     * it: "announced the decision in a statement posted online" ("posted" describes the statement).
     */
    private static boolean reducedRelative(List<Token> tokens, int i) {
        String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
        boolean participle = DOCUMENT_PARTICIPLES.contains(w);
        // "the camps previously recognised by the government": an adverb may stand between noun and participle
        int before = i > 1 && tokens.get(i - 1).mainPos().equals("ADV") && byAgentAfter(tokens, i) ? i - 2 : i - 1;
        boolean afterNoun = before >= 0 && tokens.get(before).mainPos().equals("NOUN");
        boolean verbBefore = tokens.subList(0, i).stream().anyMatch(x -> x.mainPos().equals("VERB"));
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        boolean noClause = next == null || next.mainPos().equals("PUNCT") || next.mainPos().equals("ADV")
                || (next.mainPos().equals("ADP") && !next.text().equalsIgnoreCase("that"));
        // "the proposal endorsed by Hamas": any past participle with its agent after a noun describes the noun
        // — unless it vouches for what it describes ("figures echoed by the Red Cross": VouchedByAgent)
        boolean byAgent = w.endsWith("ed") && byAgentAfter(tokens, i);
        return (participle && noClause || byAgent) && afterNoun && verbBefore;
    }

    /** A participle with its agent ("endorsed by Hamas") that does not vouch for what it describes. */
    private static boolean byAgentAfter(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("by") && !VouchedByAgent.is(tokens, i);
    }
}
