package org.claimgraph.extract;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the punctuation right around a number says about it, whatever words are near: the lower end of
 * a range ("24 to 48 hours", "25,000 to 50,000 people") is no figure of its own; a count written in
 * brackets after a word restates a figure ("over half of them children (1,310)"); a count
 * followed by its share in brackets is a count ("4,210 (62%) of those registered"). Outlets write
 * shares and counts both ways, so both readings are of the shape, not of a wording. Stateless.
 */
final class FigureBrackets {

    /** What joins the two ends of a range: "24 to 48", "24- to 48-hour", "5-7", "five or six". */
    private static final Pattern RANGE_JOIN = Pattern.compile("^\\s*(?:-\\s*to|-|–|to|or)\\s*");
    /** A range's lower end is a figure of its own after "from": "rose from 20 to 30" tells two tolls. */
    private static final Pattern FROM_BEFORE = Pattern.compile("\\bfrom\\s*$");
    /** A share in brackets right after a count: "4,210 (62%)", "3,100 (41.5 percent)". */
    private static final Pattern SHARE_AFTER = Pattern.compile("^\\s*\\(\\s*\\d+(?:\\.\\d+)?\\s*(?:%|percent|per cent)\\s*\\)");
    /** A bracket opening right before the number, after a word, a figure or a share ("women (", "4% ("). */
    private static final Pattern OPEN_AFTER_WORD = Pattern.compile("[\\p{L}\\d%]\\s*\\(\\s*$");
    private static final Pattern CLOSE = Pattern.compile("^\\s*\\)");
    /** Digits only, two or more or with a separator: "(1)" and "(a)" number the items of a list. */
    private static final Pattern COUNT = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d{2,}");

    private FigureBrackets() {
    }

    /**
     * Whether the number is the lower end of a range whose upper end follows ({@code onto}: the text right
     * after the number): "24 to 48 hours" gives one figure, the upper one, as the corpus reads it. Equal ends
     * ("1,200-1,200", an exchange) and "from 20 to 30" (two tolls) are no range.
     */
    static boolean lowerEndOfRange(Optional<BigDecimal> value, String before, String onto) {
        Matcher join = RANGE_JOIN.matcher(onto);
        if (value.isEmpty() || !join.lookingAt() || FROM_BEFORE.matcher(before).find()) {
            return false;
        }
        Matcher upper = NumberWords.NUMBER.matcher(onto).region(join.end(), onto.length());
        if (!upper.lookingAt() || upper.group("num") == null || upper.group("qual") != null || upper.group("cur") != null) {
            return false;
        }
        Optional<BigDecimal> high;
        try {
            high = NumberWords.value(upper.group("num").toLowerCase(java.util.Locale.ROOT));
        } catch (NumberFormatException e) {
            return false; // a fraction or a ratio after "or": no range
        }
        return high.isPresent() && high.get().compareTo(value.get()) > 0;
    }

    /** Whether a count is followed by its share in brackets ({@code after}: the text after the number). */
    static boolean shareFollows(String after) {
        return SHARE_AFTER.matcher(after).find();
    }

    /**
     * Whether the number stands alone in brackets after a word: "children (1,310)", "women (412)". It
     * restates in digits the figure or share just before it, so it counts what that one counts.
     */
    static boolean restates(String num, String before, String after) {
        return COUNT.matcher(num).matches() && OPEN_AFTER_WORD.matcher(before).find() && CLOSE.matcher(after).find();
    }
}
