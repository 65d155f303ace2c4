package org.claimgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Token;

/**
 * What the words around an unknown name say it is: a role before it or in apposition after it (a
 * person), an organisation noun in apposition (an organisation), a locative preposition or a list
 * of places it joins (a place), a newsroom verb after it (an outlet), "who" or a speech verb after
 * it (a person). Each clue looks at the tokens of one sentence around the run [from, to).
 * Immutable and thread-safe.
 */
final class NameContext {

    private final NameCues cues;

    NameContext(NameCues cues) {
        this.cues = cues;
    }

    /**
     * A lower-case role noun just before the name, maybe with adjectives between ("envoy", "chief
     * negotiator"), or heading a phrase the name stands in apposition to ("US deputy special envoy
     * for the Middle East, Morgan Ortagus").
     */
    boolean roleBefore(List<Token> tokens, int from) {
        if (from >= 2 && tokens.get(from - 1).text().equals(",")) {
            for (int k = from - 2; k >= Math.max(0, from - 10); k--) {
                Token t = tokens.get(k);
                if (cues.is("roles", t.text()) && (!t.isCapitalised() || openedTitle(tokens, k))) {
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

    /**
     * A capitalised role that opens a title phrase after a possessive or "the": "Libya's Chief of
     * the General Staff, Karim Nouri" (a capitalised role elsewhere may be a name's own first word).
     */
    private static boolean openedTitle(List<Token> tokens, int k) {
        if (k == 0) {
            return false;
        }
        String before = tokens.get(k - 1).text().toLowerCase(Locale.ROOT);
        return before.equals("'s") || before.equals("\u2019s") || before.equals("the");
    }

    /** ", a spokeswoman for", ", the Israeli body that": a noun of {@code section} in apposition after the name. */
    boolean appositionAfter(List<Token> tokens, int to, String section) {
        return appositionAfter(tokens, to, section, false);
    }

    /** As above; with {@code capitalisedRoles}, a capitalised role word after the first counts too. */
    boolean appositionAfter(List<Token> tokens, int to, String section, boolean capitalisedRoles) {
        if (to + 2 < tokens.size() && tokens.get(to).text().equals("(") && cues.is(section, tokens.get(to + 1).text())
                && tokens.get(to + 2).text().equals(",")) {
            return true; // "Imos Keltan (President, Sava Union)": the role and its body in brackets
        }
        if (to + 1 >= tokens.size() || !tokens.get(to).text().equals(",")) {
            return false;
        }
        Token firstToken = tokens.get(to + 1);
        String first = firstToken.text().toLowerCase(Locale.ROOT);
        boolean opens = List.of("a", "an", "the", "former").contains(first) || cues.is(section, first)
                || (firstToken.isCapitalised() && !firstToken.mainPos().equals("PRON")); // ", Kremlin spokesman,", ", former special director of"
        if (!opens) {
            return false; // "..., his office said" is no apposition
        }
        for (int k = to + 1; k < Math.min(tokens.size(), to + 8); k++) {
            Token t = tokens.get(k);
            if (cues.is(section, t.withoutPossessive()) && (!t.isCapitalised() || capitalisedRoles && k > to + 1 || titleOfBody(tokens, k))) {
                return true; // a capitalised role after another word: ", UN Assistant Secretary-General"
            }
            // a capitalised title the tagger read as a verb ("Special Representative") goes on with the phrase
            boolean titleWord = t.isCapitalised() && cues.is("titles", t.text());
            if (t.mainPos().equals("VERB") && !titleWord || t.text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A capitalised role used as the title of a body, in apposition to a name: ", President of Kanu
     * Union", ", the Assembly's Secretary". The "of" or the possessive says a body holds the office,
     * so the name before it is a person's, even a one-word name.
     */
    private static boolean titleOfBody(List<Token> tokens, int k) {
        boolean ofAfter = k + 2 < tokens.size() && tokens.get(k + 1).text().equals("of") && tokens.get(k + 2).isCapitalised()
                || k + 3 < tokens.size() && tokens.get(k + 1).text().equals("of") && tokens.get(k + 2).text().equals("the");
        String before = k > 0 ? tokens.get(k - 1).text() : "";
        return ofAfter || before.endsWith("'s") || before.endsWith("\u2019s");
    }

    /**
     * "President of Kanu Union", "Chairman of Oru Assembly": a name after a role and "of" is the
     * body that holds the office (a known country or city is the gazetteer's before this is asked).
     */
    boolean bodyOfRole(List<Token> tokens, int from, int to) {
        if (!bodyShaped(tokens, from, to)) {
            return false;
        }
        int k = from - 1; // not after "of the": "Sergeant Major of the Army Dana Holt" runs on into a person
        return k >= 1 && tokens.get(k).text().equals("of") && (cues.is("titles", tokens.get(k - 1).text())
                || cues.is("roles", tokens.get(k - 1).text())) && !cues.is("honorifics", tokens.get(k - 1).text());
    }

    /**
     * Whether [from, to) can be the body an office belongs to: no title word inside ("of State", "of
     * Foreign Affairs" are part of the title) and the name ends there, before a comma, a semicolon, a
     * bracket, a full stop or "and" ("Secretary of the Army Dana Holt said" goes on into a person).
     */
    boolean bodyShaped(List<Token> tokens, int from, int to) {
        boolean titleInside = tokens.subList(from, to).stream().anyMatch(t -> cues.is("titles", t.withoutPossessive()));
        // "Chief of Staff"; "head of UNSMIL": an acronym is the article's short form of a name typed elsewhere
        boolean single = to - from == 1 && (!tokens.get(from).mainPos().equals("PROPN") || tokens.get(from).text().matches("\\p{Lu}{2,}"));
        return !titleInside && !single && (to == tokens.size() || List.of(",", ";", ")", ".", "and").contains(tokens.get(to).text()));
    }

    /**
     * ", the hard-hit city near …", ", a village in …": an article and a place noun in apposition
     * after the name (a hyphenated compound's verb, "hard-hit", does not end the phrase).
     */
    boolean placeNounInApposition(List<Token> tokens, int to) {
        if (to + 2 >= tokens.size() || !tokens.get(to).text().equals(",")
                || !List.of("a", "an", "the").contains(tokens.get(to + 1).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = to + 2; k < Math.min(tokens.size(), to + 7); k++) {
            Token t = tokens.get(k);
            if (!t.isCapitalised() && cues.is("place-nouns", t.text())) {
                return true;
            }
            boolean compound = tokens.get(k - 1).text().equals("-");
            if (t.text().equals(",") || (t.mainPos().equals("VERB") || t.mainPos().equals("AUX")) && !compound) {
                return false;
            }
        }
        return false;
    }

    /** "Tarek Mansour, who runs", "Dalia Mizrahi, whose son": only people are "who". */
    static boolean whoAfter(List<Token> tokens, int to) {
        int k = to < tokens.size() && tokens.get(to).text().equals(",") ? to + 1 : to;
        return k < tokens.size() && (tokens.get(k).text().equals("who") || tokens.get(k).text().equals("whose"));
    }

    /**
     * "According to Musa Danjuma, the captives …": a name that alone stands as the source of a
     * report, closed by a comma, is a speaker; with two or three name words and no body word it is a person.
     */
    static boolean sourceOfAccordingTo(List<Token> tokens, int from, int to) {
        return from >= 2 && tokens.get(from - 1).text().equals("to") && tokens.get(from - 2).text().equalsIgnoreCase("according")
                && to < tokens.size() && tokens.get(to).text().equals(",") && to - from <= 3;
    }

    /** Verbs that only a newsroom does to a story: "Ynet reported", "Al Hadath aired", "Kan broadcast". */
    private static final List<String> OUTLET_VERBS = List.of("reported", "reports", "broadcast", "broadcasts", "aired", "airs",
            "published", "publishes");

    /** "Ynet reported", "Axios, citing …": a name that reports or relays is an outlet. */
    static boolean outletVerbAfter(List<Token> tokens, int to) {
        int k = to < tokens.size() && tokens.get(to).text().equals(",") ? to + 1 : to;
        if (k >= tokens.size()) {
            return false;
        }
        String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
        boolean relays = k + 1 < tokens.size() && List.of("citing", "quoting").contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT));
        return OUTLET_VERBS.contains(w) || (k > to && (w.equals("citing") || w.equals("quoting")))
                || (w.equals("said") || w.equals("says")) && relays; // "Verstka said citing sources close to …"
    }

    /**
     * A speech verb right after the name, or after a short description set off by commas that no
     * role or organisation word typed: "Ali Hassan, a local bus driver, said".
     */
    boolean speechAfter(List<Token> tokens, int to) {
        if (to < tokens.size() && cues.is("speech", tokens.get(to).text())) {
            return true;
        }
        return describedThenSpeaks(tokens, to);
    }

    /**
     * '"…," said Ali Hassan, a local bus driver.': a name between a quote's speech verb and a short
     * description set off by a comma is the person who spoke.
     */
    boolean speaksAfterQuote(List<Token> tokens, int from, int to) {
        if (from < 2 || !cues.is("speech", tokens.get(from - 1).text())) {
            return false;
        }
        String before = tokens.get(from - 2).text();
        boolean afterQuote = before.equals(",") || before.equals("\"") || before.equals("\u201D") || before.equals("''");
        return afterQuote && to + 2 < tokens.size() && tokens.get(to).text().equals(",")
                && List.of("a", "an").contains(tokens.get(to + 1).text().toLowerCase(Locale.ROOT)) && !tokens.get(to + 2).isCapitalised();
    }

    private boolean describedThenSpeaks(List<Token> tokens, int to) {
        if (to + 2 >= tokens.size() || !tokens.get(to).text().equals(",")
                || !List.of("a", "an").contains(tokens.get(to + 1).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = to + 2; k < Math.min(tokens.size() - 1, to + 9); k++) {
            Token t = tokens.get(k);
            if (t.text().equals(",")) {
                return cues.is("speech", tokens.get(k + 1).text());
            }
            if (t.isCapitalised() || !Character.isLetter(t.text().charAt(0))) {
                return false; // "…, a Hamas official, said" is typed by its role; digits and brackets make no description
            }
        }
        return false;
    }

    /** "in Doha", "near the X", "from X" (not after a people noun), "the city of X". */
    boolean placeBefore(List<Token> tokens, int from) {
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
    static boolean coordinatedWithPlace(List<Token> tokens, int from, int to, List<ProperNounFinder.Candidate> earlier) {
        if (from < 2 || earlier.isEmpty()) {
            return false;
        }
        String joiner = tokens.get(from - 1).text();
        if (!joiner.equals("and") && !joiner.equals("or") && !joiner.equals(",")) {
            return false;
        }
        if (joiner.equals(",") && !endsListItem(tokens, to)) {
            return false;
        }
        ProperNounFinder.Candidate previous = earlier.get(earlier.size() - 1);
        return previous.type().isPlace() && previous.span().end() == tokens.get(from - 2).span().end();
    }

    /**
     * "the two negotiators, Petar Novak and Besim Krasniqi": a two-or-more-word name joined by "and"
     * to a person named just before it is a person too (lists of people pair people).
     */
    static boolean coordinatedWithPerson(List<Token> tokens, int from, int to, List<ProperNounFinder.Candidate> earlier) {
        if (from < 2 || to - from < 2 || earlier.isEmpty() || !tokens.get(from - 1).text().equals("and")) {
            return false;
        }
        ProperNounFinder.Candidate previous = earlier.get(earlier.size() - 1);
        return previous.type() == EntityType.Person && previous.span().end() == tokens.get(from - 2).span().end();
    }

    /**
     * Whether a name ending at {@code to} ends an item of a list: a joiner, a closing bracket or the
     * sentence's end follows it, but not a comma and a verb ("…, Ali Hamdan, said" is a speaker set
     * off by commas, not an item).
     */
    private static boolean endsListItem(List<Token> tokens, int to) {
        if (to >= tokens.size()) {
            return true;
        }
        String next = tokens.get(to).text();
        boolean verbAfterComma = next.equals(",") && to + 1 < tokens.size()
                && (tokens.get(to + 1).mainPos().equals("VERB") || tokens.get(to + 1).mainPos().equals("AUX"));
        return List.of("and", "or", ",", ".", ";", ")").contains(next) && !verbAfterComma;
    }

    /** "Dana Rosen, 33," "Karim Haddad, 36, was": an age in apposition makes a person. */
    static boolean ageAfter(List<Token> tokens, int to) {
        if (to + 2 >= tokens.size() || !tokens.get(to).text().equals(",")) {
            return false;
        }
        String number = tokens.get(to + 1).text();
        String after = tokens.get(to + 2).text();
        return number.matches("\\d{1,3}") && Integer.parseInt(number) <= 110 && List.of(",", ";", ")", ".").contains(after);
    }

    /**
     * "two southern villages, Qabrikha and Deir Mimas", "four sites, namely Jabal Tora, Ras Naqoura
     * and Tal Hamra", "five sites, in southern Lebanon, namely …", "the districts of X, Y and Z": a name among the items of a list
     * a plural place noun announces is a place. The name must end its item ("…, Ali Hamdan said" is a speaker after the list, not an item of it).
     */
    boolean listedAfterPlaceNoun(List<Token> tokens, int from, int to) {
        if (!endsListItem(tokens, to)) {
            return false;
        }
        boolean separated = false;
        for (int k = from - 1; k >= Math.max(0, from - 25); k--) {
            Token t = tokens.get(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (List.of(",", "and", ";", ":", "namely", "including", "like", "as", "\u2014", "\u2013").contains(w)) {
                separated = true; // "as" of "such as"
            } else if (w.equals("such")) {
                continue;
            } else if (w.equals("of") && k > 0 && cues.is("list-place-nouns", tokens.get(k - 1).text().toLowerCase(Locale.ROOT))) {
                return true; // "the regions of Tete, Niassa and Sofala": "of" after the noun sets the list off
            } else if (t.isCapitalised()) {
                continue; // an earlier item
            } else if (cues.is("locative", w) || t.mainPos().equals("ADJ")) {
                continue; // "five sites, in southern Lebanon, namely X, Y": where the list is, set off by commas
            } else {
                return separated && !t.isCapitalised() && cues.is("list-place-nouns", w);
            }
        }
        return false;
    }

    /**
     * A lower-case noun right before the name that says what it names: "news portal Kivu Matin",
     * "the news site X" and "the daily Al-Akhbar" (an outlet), "the rights group Karama" (an organisation).
     */
    Optional<EntityType> nounBefore(List<Token> tokens, int from) {
        if (from == 0) {
            return Optional.empty();
        }
        Token t = tokens.get(from - 1);
        if (t.isCapitalised() || !t.mainPos().equals("NOUN") && !t.mainPos().equals("ADJ")) {
            return Optional.empty();
        }
        boolean newsCompound = from >= 2 && tokens.get(from - 2).text().equals("news"); // "news site", "news agency"
        if (cues.is("media-nouns", t.text()) || newsCompound) {
            return Optional.of(EntityType.MediaOutlet);
        }
        return cues.is("org-nouns", t.text()) ? Optional.of(EntityType.Organization) : Optional.empty();
    }
}
