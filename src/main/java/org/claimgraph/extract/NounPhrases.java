package org.claimgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.domain.Token;

/**
 * Noun phrases around a cue, from tokens and tags: the subject before it (with appositions,
 * relative clauses and modifiers such as "negotiators from Israel"), the phrase after it, and the
 * auxiliaries, adverbs and time phrases to step over. Names found in the article count as noun
 * tokens whatever tag the tagger gave them ({@code inNames}). Stateless.
 */
final class NounPhrases {

    static final Set<String> NP_POS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");
    /** Prepositions that attach to a noun inside a source: "doctors in Gaza City", "negotiators from Israel". */
    static final Set<String> NOUN_MODIFIERS = Set.of("from", "in", "at", "for", "with");
    /** Words that, with a preposition, describe a source: "an official briefed on the talks", "a source close to Hamas". */
    static final Set<String> SOURCE_DESCRIBERS = Set.of("briefed", "involved", "close", "familiar", "knowledgeable");
    static final Set<String> DESCRIBER_PREPOSITIONS = Set.of("on", "in", "to", "with", "about", "of");
    /** Auxiliaries and negation, whatever tag the tagger gave them ("had/VERB announced"). */
    static final Set<String> AUXILIARIES = Set.of("not", "n't", "has", "have", "had", "is", "was", "were", "are", "been",
            "will", "would", "could", "did", "does", "do");
    static final Set<String> TIME_WORDS = CalendarWords.and(CalendarWords.WEEKDAYS, "today", "yesterday", "tonight", "earlier",
            "later", "recently");
    static final Set<String> RELATIVES = Set.of("which", "who", "whose", "where");
    static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their", "our", "my");
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who", "which");

    /** From {@code k} leftwards past adverbs, auxiliaries and negation: "has repeatedly said". */
    static int skipBackOverAdverbs(List<Token> tokens, int k) {
        while (k >= 0) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (tokens.get(k).mainPos().equals("ADV") || tokens.get(k).mainPos().equals("AUX") || AUXILIARIES.contains(w)) {
                k--;
            } else if (TIME_WORDS.contains(w) && k > 0 && tokens.get(k - 1).text().equalsIgnoreCase("on")) {
                k -= 2; // "Qatar on Friday denied": the time is not the source
            } else {
                break;
            }
        }
        return k;
    }

    /** The subject of the sentence's main clause: the noun phrase before its first verb, past an opening phrase ("In Doha,"). */
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our");

    /** Nouns of a statement whose "by" agent speaks in a participle after it. */
    private static final Set<String> STATEMENT_NOUNS = Set.of("statement", "statements", "remarks", "comments", "announcement",
            "post", "message", "letter", "speech", "interview", "briefing", "communique", "communiqué", "declaration");

    /**
     * "… followed a statement by his envoy, Steve Witkoff, announcing that …": the agent of a
     * statement noun just before a participle cue speaks, not the sentence's subject. Token bounds of
     * the agent, or empty.
     */
    static Optional<int[]> statementAgent(List<Token> tokens, int participle, Set<Token> inNames) {
        if (participle < 1 || !tokens.get(participle - 1).text().equals(",")) {
            return Optional.empty();
        }
        return npBefore(tokens, participle - 1, inNames)
                .or(() -> npBefore(tokens, participle - 2, inNames))
                .map(np -> np[0] >= 1 && POSSESSIVES.contains(tokens.get(np[0] - 1).text().toLowerCase(Locale.ROOT))
                        ? new int[] {np[0] - 1, np[1]} : np) // "by his special envoy"
                .filter(np -> np[0] >= 2 && tokens.get(np[0] - 1).text().equalsIgnoreCase("by")
                        && STATEMENT_NOUNS.contains(tokens.get(np[0] - 2).text().toLowerCase(Locale.ROOT)));
    }

    /**
     * "a statement by the interior ministry", "a message from the rebel command": a statement noun
     * phrase with its author after "by" or "from". Token bounds of the author, or empty.
     */
    static Optional<int[]> statementBy(List<Token> tokens, int[] np, Set<Token> inNames) {
        if (np[1] + 1 >= tokens.size() || !STATEMENT_NOUNS.contains(tokens.get(np[1] - 1).text().toLowerCase(Locale.ROOT))
                || !List.of("by", "from").contains(tokens.get(np[1]).text().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return npAfter(tokens, np[1] + 1, inNames);
    }

    /** Verbs that issue a statement: its issuer, their subject, is who speaks in it. */
    private static final Set<String> ISSUING_VERBS = Set.of("issued", "issues", "released", "releases", "published",
            "publishes", "posted", "posts", "put", "sent", "sends", "delivered", "made");

    /**
     * "Hamas released a statement on Friday announcing …", "the Contact Group issued a statement
     * calling for …": a statement noun found as the subject of a cue is the object of the verb that
     * issued it, and that verb's subject speaks. Token bounds of the issuer, or empty when the noun
     * phrase is not an issued statement.
     */
    static Optional<int[]> issuer(List<Token> tokens, int[] np, Set<Token> inNames) {
        if (!STATEMENT_NOUNS.contains(tokens.get(np[1] - 1).text().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int verb = np[0] - 1;
        if (verb >= 1 && tokens.get(verb).text().equalsIgnoreCase("out")) {
            verb--; // "put out a statement"
        }
        if (verb < 1 || !ISSUING_VERBS.contains(tokens.get(verb).text().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return subjectBefore(tokens, skipBackOverAdverbs(tokens, verb - 1), inNames);
    }

    /** Words that open a subordinate clause with a subject of its own: "…, when Witkoff withdrew his team, saying …". */
    private static final Set<String> SUBORDINATORS = Set.of("when", "after", "before", "because", "since", "as", "while", "once");

    /**
     * ", and the minister vowed to reply, saying …": an "and" or "but" after a comma that
     * follows a clause with a verb of its own joins a new clause, whose subject speaks in the
     * participle ("Hamas, Egypt, and Qatar agreed" has no verb before its "and": a list, not a clause).
     */
    private static boolean clauseJoiner(List<Token> tokens, int w) {
        String word = tokens.get(w).text().toLowerCase(Locale.ROOT);
        if (!(word.equals("and") || word.equals("but")) || w < 2 || !tokens.get(w - 1).text().equals(",")) {
            return false;
        }
        return tokens.subList(0, w - 1).stream().anyMatch(t -> t.mainPos().equals("VERB") || t.mainPos().equals("AUX"));
    }

    static Optional<int[]> mainSubject(List<Token> tokens, int limit, Set<Token> inNames) {
        return nearestClauseSubject(tokens, limit, inNames).or(() -> {
            for (int v = 1; v < limit; v++) {
                String pos = tokens.get(v).mainPos();
                if (pos.equals("VERB") || pos.equals("AUX")) {
                    Optional<int[]> np = npBefore(tokens, skipBackOverAdverbs(tokens, v - 1), inNames);
                    boolean relative = np.filter(r -> r[1] - r[0] == 1 && RELATIVES.contains(tokens.get(r[0]).text().toLowerCase(Locale.ROOT)))
                            .isPresent();
                    if (!relative) {
                        return np;
                    }
                    // "After the strikes, which hit … and launched …, the party backed …": the relative
                    // clause runs to its comma and heads no main clause
                    while (v + 1 < limit && !tokens.get(v + 1).text().equals(",")) {
                        v++;
                    }
                }
            }
            return Optional.empty();
        });
    }

    /**
     * The subject of the nearest subordinate or joined clause before {@code limit}: a participle
     * belongs to the nearest clause, and that clause's subject speaks in it. Empty when the
     * participle hangs on the sentence's main clause.
     */
    static Optional<int[]> nearestClauseSubject(List<Token> tokens, int limit, Set<Token> inNames) {
        for (int w = limit - 1; w > 0; w--) {
            if (!SUBORDINATORS.contains(tokens.get(w).text().toLowerCase(Locale.ROOT)) && !clauseJoiner(tokens, w)) {
                continue;
            }
            for (int v = w + 2; v < limit; v++) {
                if (tokens.get(v).mainPos().equals("VERB") || tokens.get(v).mainPos().equals("AUX")) {
                    int at = w;
                    return npBefore(tokens, skipBackOverAdverbs(tokens, v - 1), inNames).filter(np -> np[0] == at + 1);
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The noun phrase ending at token {@code end}, as token bounds [from, to): a pronoun alone, or
     * determiners, adjectives, nouns, names, numbers, possessives and "of", "and" between them, with
     * an apposition set off by commas ("Nadia Karam, a spokeswoman for the coalition,").
     */
    static Optional<int[]> npBefore(List<Token> tokens, int end, Set<Token> inNames) {
        if (end < 0) {
            return Optional.empty();
        }
        Token last = tokens.get(end);
        if (last.text().equals(")")) {
            // "Lebanon's National News Agency (NNA)": an acronym in brackets stays with its phrase
            int open = end - 1;
            while (open >= 0 && !tokens.get(open).text().equals("(") && end - open <= MAX_BRACKET) {
                open--;
            }
            if (open > 0 && end - open > 6 && !namesOnly(tokens.subList(open + 1, end))) {
                return Optional.empty();
            }
            if (open > 0 && tokens.get(open).text().equals("(")) {
                return npBefore(tokens, open - 1, inNames).map(np -> new int[] {np[0], end + 1});
            }
            return Optional.empty();
        }
        if (last.mainPos().equals("PRON") && PRONOUNS.contains(last.text().toLowerCase(Locale.ROOT))) {
            return Optional.of(new int[] {end, end + 1});
        }
        if (last.text().equals(",")) {
            return Asides.beforeComma(tokens, end, inNames); // an apposition, a relative clause or an aside
        }
        int anonymity = Asides.anonymityClauseOpening(tokens, end);
        if (anonymity > 0) {
            return npBefore(tokens, anonymity - 1, inNames).map(np -> new int[] {np[0], end + 1}); // "the official, who asked not to be named"
        }
        if (!isNpToken(inNames, last)) {
            return Optional.empty();
        }
        int from = end;
        while (from > 0) {
            Token prev = tokens.get(from - 1);
            String w = prev.text().toLowerCase(Locale.ROOT);
            // "doctors in Gaza City", "the Roper Center for Public Opinion Research", "Commission on Presidential Debates"
            boolean nameContinues = tokens.get(from).isCapitalised() && from >= 2 && tokens.get(from - 2).mainPos().equals("PROPN");
            boolean joiner = (w.equals("of") || w.equals("and") || hyphen(tokens, from - 1) || w.equals("'s")
                    || (NOUN_MODIFIERS.contains(w) && from >= 2 && tokens.get(from - 2).mainPos().equals("NOUN"))
                    || ((NOUN_MODIFIERS.contains(w) || w.equals("on")) && nameContinues))
                    && from >= 2 && isNpToken(inNames, tokens.get(from - 2));
            // "an unnamed official", "the unidentified source": a participle between a determiner and the noun
            boolean adjectival = prev.text().endsWith("ed") && from >= 2 && tokens.get(from - 2).mainPos().equals("DET");
            if (isNpToken(inNames, prev) || joiner || adjectival) {
                from--;
            } else if (from >= 3 && tokens.get(from - 2).text().equals("-") && attached(tokens, from - 2)) {
                from -= 3; // "Hamas-run": a hyphenated modifier the tagger splits
            } else if (from >= 3 && DESCRIBER_PREPOSITIONS.contains(w)
                    && SOURCE_DESCRIBERS.contains(tokens.get(from - 2).text().toLowerCase(Locale.ROOT)) && isNpToken(inNames, tokens.get(from - 3))) {
                from -= 2; // "a Palestinian official briefed on the talks": the phrase describes the source
            } else {
                break;
            }
        }
        return Optional.of(new int[] {from, end + 1});
    }

    /** The longest bracket kept with the phrase before it: an acronym, or a list of members. */
    private static final int MAX_BRACKET = 14;

    /** "(Norway, Chile, and Kenya)": the members of a named group. */
    private static boolean namesOnly(List<Token> inside) {
        return inside.stream().allMatch(t -> t.mainPos().equals("PROPN") || t.isCapitalised() || t.text().equals(",")
                || t.text().equalsIgnoreCase("and") || t.text().equalsIgnoreCase("the"));
    }

    /** Prepositions of an adjunct between a subject and its verb: "X in a statement said", "X on Friday said". */
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("in", "on", "at", "during", "via", "through", "after", "before", "fighting", "battling"); // "rebels fighting the army claim": whom they fight is no subject

    /**
     * The subject before a verb, past an adjunct between them: "FO spokesperson Shafqat Khan in a
     * statement said", "Hamas, in a statement, said" — the adjunct is neither source nor cue.
     */
    static Optional<int[]> subjectBefore(List<Token> tokens, int end, Set<Token> inNames) {
        if (end >= 1 && tokens.get(end).text().equals(",")) {
            int open = end - 1;
            while (open >= 0 && !tokens.get(open).text().equals(",") && end - open <= 8) {
                open--;
            }
            if (open > 0 && open < end - 1 && tokens.get(open).text().equals(",")
                    && ADJUNCT_PREPOSITIONS.contains(tokens.get(open + 1).text().toLowerCase(Locale.ROOT))) {
                Optional<int[]> before = npBefore(tokens, open - 1, inNames);
                if (before.isPresent()) {
                    return before;
                }
            }
        }
        int timeStart = timeBefore(tokens, end);
        if (timeStart <= end) {
            // "Hamas this week said", "A poll in late August found": the time is when, not who
            int before = timeStart - 1;
            if (before >= 1 && ADJUNCT_PREPOSITIONS.contains(tokens.get(before).text().toLowerCase(Locale.ROOT))) {
                before--;
            }
            return before >= 0 ? npBefore(tokens, before, inNames) : Optional.empty();
        }
        Optional<int[]> np = npBefore(tokens, end, inNames);
        // "Hegseth in his post said": a possessive pronoun may stand between the adjunct's preposition and its noun
        int adjunctStart = np.map(r -> r[0] >= 3 && POSSESSIVE_PRONOUNS.contains(tokens.get(r[0] - 1).text().toLowerCase(Locale.ROOT))
                ? r[0] - 1 : r[0]).orElse(0);
        if (np.isPresent() && adjunctStart >= 2 && np.get()[1] - adjunctStart <= 4
                && ADJUNCT_PREPOSITIONS.contains(tokens.get(adjunctStart - 1).text().toLowerCase(Locale.ROOT))) {
            int adp = adjunctStart - 1;
            Optional<int[]> before = npBefore(tokens, adp - 1, inNames).filter(b -> b[1] == adp);
            if (before.isPresent()) {
                return before;
            }
        }
        return np;
    }

    /** The last words of a time phrase that may stand between a subject and its verb. */
    static final Set<String> TIME_HEADS = CalendarWords.monthsWeekdaysAnd("week", "month", "year", "weekend", "morning",
            "afternoon", "evening", "night", "today", "yesterday");
    private static final Set<String> TIME_MODIFIERS = Set.of("this", "last", "next", "that", "early", "late", "earlier", "later",
            "mid", "on", "in");

    /**
     * Where a time phrase that ends at {@code end} begins ("this week", "late August", "on Friday",
     * "Friday"); {@code end + 1} when the phrase ending there is no time.
     */
    static int timeBefore(List<Token> tokens, int end) {
        int dated = CalendarDates.dateBefore(tokens, end);
        if (dated <= end) {
            return dated;
        }
        if (end < 1 || !TIME_HEADS.contains(tokens.get(end).text().toLowerCase(Locale.ROOT))) {
            return end + 1;
        }
        int k = end;
        while (k > 0 && TIME_MODIFIERS.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT))) {
            k--;
        }
        while (k > 1 && k < end && tokens.get(k - 1).mainPos().equals("ADV")) {
            k--; // "The ministry just this month announced"
        }
        boolean modified = k < end || tokens.get(end).mainPos().equals("PROPN") || tokens.get(end).text().equalsIgnoreCase("today")
                || tokens.get(end).text().equalsIgnoreCase("yesterday");
        return modified && k >= 1 ? k : end + 1;
    }

    /**
     * Where an apposition that closes the sentence ends, for a source after its cue: '"…," said
     * Tomas Reyes, a former negotiator who now advises the mediators.' The source keeps it, as a
     * source before the cue does; {@code end} itself when the phrase after the comma is none.
     */
    static int appositionEnd(List<Token> tokens, int end, Set<Token> inNames) {
        if (end + 1 >= tokens.size() || !tokens.get(end).text().equals(",")) {
            return end;
        }
        Token first = tokens.get(end + 1);
        String pos = first.mainPos();
        if (!(pos.equals("DET") || pos.equals("ADJ") || pos.equals("NOUN") || inNames.contains(first))) {
            return end;
        }
        int k = end + 1;
        boolean relative = false;
        boolean verb = false;
        while (k < tokens.size() && !isQuote(tokens.get(k)) && !(k == tokens.size() - 1 && tokens.get(k).text().matches("[.!?]"))) {
            relative |= RELATIVES.contains(tokens.get(k).text().toLowerCase(Locale.ROOT));
            verb |= !relative && tokens.get(k).mainPos().equals("VERB");
            k++;
        }
        boolean sentenceEnd = k == tokens.size() || tokens.get(k).text().matches("[.!?]");
        return sentenceEnd && !verb ? k : end;
    }

    /** The noun phrase starting at {@code start} (for "…," said X and "according to X"). */
    static Optional<int[]> npAfter(List<Token> tokens, int start, Set<Token> inNames) {
        if (start >= tokens.size()) {
            return Optional.empty();
        }
        Token first = tokens.get(start);
        if (first.mainPos().equals("PRON") && PRONOUNS.contains(first.text().toLowerCase(Locale.ROOT))) {
            return Optional.of(new int[] {start, start + 1});
        }
        int to = start;
        while (to < tokens.size()) {
            Token t = tokens.get(to);
            String w = t.text().toLowerCase(Locale.ROOT);
            boolean nameContinues = to + 1 < tokens.size() && tokens.get(to + 1).isCapitalised() && to > start
                    && tokens.get(to - 1).mainPos().equals("PROPN") && (NOUN_MODIFIERS.contains(w) || w.equals("on"));
            boolean joiner = ((w.equals("of") || w.equals("and") || hyphen(tokens, to) || w.equals("'s")) || nameContinues)
                    && to + 1 < tokens.size() && isNpToken(inNames, tokens.get(to + 1)) && to > start;
            if (isNpToken(inNames, t) || joiner) {
                to++;
            } else {
                break;
            }
        }
        return to > start ? Optional.of(new int[] {start, to}) : Optional.empty();
    }

    /** "Hamas-run": a hyphen inside a word; a spaced dash ("Cameroon - Rebels said") joins nothing. */
    private static boolean hyphen(List<Token> tokens, int k) {
        return tokens.get(k).text().equals("-") && k > 0 && k + 1 < tokens.size() && attached(tokens, k);
    }

    /** A token written without spaces against its neighbours. */
    static boolean attached(List<Token> tokens, int k) {
        return tokens.get(k - 1).span().end() == tokens.get(k).span().begin()
                && tokens.get(k).span().end() == tokens.get(k + 1).span().begin();
    }

    static boolean isNpToken(Set<Token> inNames, Token t) {
        return NP_POS.contains(t.mainPos()) || t.pos().startsWith("PROPN") || inNames.contains(t);
    }

    static boolean isQuote(Token t) {
        String w = t.text();
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("''") || w.equals("``");
    }

    private NounPhrases() {
    }
}
