package org.claimgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.Token;

/**
 * The place line a wire story opens with, up to its dash: "YEREVAN, May 2 (ARMENPRESS) –",
 * "KIGALI, Rwanda / NAIROBI –". Its capitals are places, and a word in brackets is the agency that
 * filed the story; no other context is needed, because nothing else is written that way.
 */
public final class Dateline {

    private Dateline() {
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
     * A dateline up to its dash or its line's end: a word in capitals first, then only capitalised
     * words, numbers and commas, slashes, brackets and full stops ("YEREVAN, May 2 (ARMENPRESS)").
     */
    private static final Pattern LINE = Pattern.compile("^\\s*\\p{Lu}{3,}(?:[\\s,/().]+(?:\\p{Lu}[\\p{L}'\u2019.-]*|\\d{1,4}(?:st|nd|rd|th)?))*"
            + "[\\s,/().]*?(?=\\s[-\u2013\u2014](?:\\s|$)|\\s*$)");
    /** The longest dateline, in characters. */
    private static final int LONGEST = 120;

    /**
     * Whether {@code span} lies in the dateline opening its paragraph ("DOHA, July 11 (Meridian) –",
     * "KIGALI, Rwanda / DOUALA, Cameroon" with its dash on the next line): a comma, slash or bracket
     * must be in it, so a headline in capitals is none. The one test of where a dateline is, for
     * names (its capitals are places, its bracket the agency) and for events (where a story was
     * filed says nothing about where its events happen).
     */
    public static boolean covers(String text, Span span) {
        int lineStart = text.lastIndexOf('\n', span.begin() - 1) + 1;
        int lineEnd = text.indexOf('\n', span.end());
        String line = text.substring(lineStart, Math.min(lineEnd < 0 ? text.length() : lineEnd, lineStart + 2 * LONGEST));
        Matcher m = LINE.matcher(line);
        return m.find() && m.end() <= LONGEST && span.end() - lineStart <= m.end() && line.substring(0, m.end()).matches("(?s).*[,/(].*");
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
