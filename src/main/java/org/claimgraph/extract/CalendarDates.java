package org.claimgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.domain.Token;

/**
 * A calendar date read backwards from a verb: where the subject before it ends. A date between a
 * subject and its verb says when, never who ("The governor on Sunday, June 15, 2025, confirmed"):
 * without this the date, set off by commas like an apposition, was taken for the speaker. Stateless.
 */
final class CalendarDates {

    private static final Set<String> MONTHS = CalendarWords.MONTHS;
    private static final Set<String> WEEKDAYS = CalendarWords.WEEKDAYS;
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)?");

    private CalendarDates() {
    }

    /**
     * Where a date that ends at {@code end} begins, with its weekday, its "on" and the comma that
     * closes it (and the one that opens it): "on Sunday, June 15, 2025,", ", June 2,", "on 15 June 2025", "June 15,". {@code end + 1} when no
     * day of a month ends there (a month or a weekday alone is {@link NounPhrases#timeBefore}'s).
     */
    static int dateBefore(List<Token> tokens, int end) {
        int k = end;
        boolean closed = k >= 1 && tokens.get(k).text().equals(",");
        if (closed) {
            k--;
        }
        if (k >= 1 && YEAR.matcher(tokens.get(k).text()).matches()) {
            k -= tokens.get(k - 1).text().equals(",") ? 2 : 1;
        }
        if (k < 1) {
            return end + 1;
        }
        int start;
        if (dayOfMonth(tokens.get(k)) && MONTHS.contains(lower(tokens.get(k - 1)))) {
            start = k - 1; // "June 15"
        } else if (MONTHS.contains(lower(tokens.get(k))) && dayOfMonth(tokens.get(k - 1))) {
            start = k - 1; // "15 June"
        } else {
            return end + 1;
        }
        if (start >= 2 && tokens.get(start - 1).text().equals(",") && WEEKDAYS.contains(lower(tokens.get(start - 2)))) {
            start -= 2; // "Sunday, June 15"
        } else if (start >= 1 && WEEKDAYS.contains(lower(tokens.get(start - 1)))) {
            start -= 1; // "Sunday 15 June"
        }
        if (start >= 2 && lower(tokens.get(start - 1)).equals("on")) {
            start -= 1;
        }
        if (closed && start >= 2 && tokens.get(start - 1).text().equals(",")) {
            start -= 1; // "Mayor Ivo Bran, June 2, announced": both commas of the aside
        }
        return start >= 1 ? start : end + 1;
    }

    private static boolean dayOfMonth(Token t) {
        return DAY_OF_MONTH.matcher(t.text()).matches();
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
