package org.claimgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Token;

/**
 * The place line a wire story opens with, up to its dash: "YEREVAN, May 2 (ARMENPRESS) –",
 * "KIGALI, Rwanda / NAIROBI –". Its capitals are places, and a word in brackets is the agency that
 * filed the story; no other context is needed, because nothing else is written that way.
 */
public final class Dateline {

    private Dateline() {
    }

    /** How many words a dateline may hold before its dash. */
    private static final int LONGEST = 16;

    /**
     * Index of the dash that ends the dateline opening {@code tokens}, or -1 when they do not open
     * with one: the first word must be in capitals, and only capitalised words, numbers, commas,
     * slashes, brackets and full stops may stand before the dash. A short line of such words with a
     * comma or slash in it is a dateline whose dash went to the next line.
     */
    static int end(List<Token> tokens) {
        if (tokens.isEmpty() || !isAllCaps(tokens.get(0).text())) {
            return -1;
        }
        boolean separated = false;
        for (int k = 1; k < Math.min(tokens.size(), LONGEST); k++) {
            Token t = tokens.get(k);
            String w = t.text();
            if (List.of("-", "\u2013", "\u2014", "--").contains(w)) {
                return k;
            }
            boolean fits = List.of(",", "/", "(", ")", ".").contains(w) || w.matches("\\d{1,4}(st|nd|rd|th)?") || t.isCapitalised();
            if (!fits) {
                return -1;
            }
            separated |= w.equals(",") || w.equals("/");
        }
        // a line of its own, its dash on the next: "KIGALI, Rwanda / DOUALA, Cameroon"
        return tokens.size() < LONGEST && separated ? tokens.size() : -1;
    }

    /** What a run of [from, to) inside the dateline names: a place in capitals, or the agency in brackets. */
    static Optional<EntityType> type(List<Token> tokens, int from, int to) {
        boolean bracketed = from > 0 && tokens.get(from - 1).text().equals("(") && to < tokens.size() && tokens.get(to).text().equals(")");
        if (bracketed) {
            return Optional.of(EntityType.MediaOutlet);
        }
        boolean capitals = tokens.subList(from, to).stream().allMatch(t -> isAllCaps(t.text()) || NameRuns.isConnector(t));
        return capitals ? Optional.of(EntityType.City) : Optional.empty();
    }

    /**
     * Whether the run [from, to) is an outlet of the bracketed credit a paragraph opens with, alone
     * or after a place: "(MENAFN) In a …", "(MENAFN- IANS) Beirut, …", "Gaza, (APP - UrduPoint /
     * Pakistan Point News - 18th Mar, 2025) Israel …". Brackets, dashes and slashes part the outlets;
     * a run that something else touches ("18th Mar,") is no outlet.
     */
    static boolean inOpeningCredit(List<Token> tokens, int from, int to) {
        int open = -1;
        for (int k = 0; k < Math.min(tokens.size(), 6) && open < 0; k++) {
            Token t = tokens.get(k);
            if (t.text().equals("(")) {
                open = k;
            } else if (!t.text().equals(",") && !t.isCapitalised()) {
                return false;
            }
        }
        if (open < 0 || from <= open || to >= tokens.size() || open > 0 && !tokens.get(open - 1).text().equals(",")) {
            return false; // "Syrian Democratic Forces (SDF) chief …" opens with a name and its acronym, no credit
        }
        for (int k = open + 1; k < from; k++) {
            if (tokens.get(k).text().equals(")")) {
                return false;
            }
        }
        return CREDIT_BEFORE.contains(tokens.get(from - 1).text()) && CREDIT_AFTER.contains(tokens.get(to).text());
    }

    private static final List<String> CREDIT_BEFORE = List.of("(", "-", "\u2013", "/");
    private static final List<String> CREDIT_AFTER = List.of(")", "-", "\u2013", "/");

    /** A dateline line up to its dash: a word in capitals first, then only names, dates and punctuation. */
    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile(
            "^\\s*\\p{Lu}{3,}[\\p{L}\\p{N} .,/()'\u2019-]{0,100}?(?=\\s[-\u2013\u2014]\\s|\\n[-\u2013\u2014]|$)");

    /**
     * Whether {@code span} lies in a dateline ("DOHA, July 11 (Meridian) –"): the place a story was
     * filed from, which says nothing about where its events happen (a venue, a theatre).
     */
    public static boolean covers(String text, org.claimgraph.domain.Span span) {
        int lineStart = text.lastIndexOf('\n', span.begin() - 1) + 1;
        int lineEnd = text.indexOf('\n', span.end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : Math.min(text.length(), lineEnd + 2));
        java.util.regex.Matcher m = LINE.matcher(line);
        return m.find() && span.end() - lineStart <= m.end() && line.substring(0, m.end()).matches("(?s).*[,/(].*");
    }

    /** "DOUALA" as a label: "Douala". */
    static String label(String capitals) {
        StringBuilder b = new StringBuilder(capitals.length());
        boolean wordStart = true;
        for (char c : capitals.toCharArray()) {
            b.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = !Character.isLetter(c);
        }
        return b.toString();
    }

    /** Three or more letters, all in capitals. */
    static boolean isAllCaps(String word) {
        long letters = word.chars().filter(Character::isLetter).count();
        return letters >= 3 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT));
    }
}
