package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.domain.Span;

/**
 * The short lines a news page puts above its headline: the section ("AFRICA"), the site's name
 * ("UN News", "RT.com"), a banner ("Breaking News"). They name no one the article speaks of, and
 * real-news annotators leave them out. A line of one or two words among the text's first three
 * lines is such a kicker; a dateline or a headline has more words. Stateless.
 */
final class SectionKickers {

    /** How many of the text's first lines may be kickers. */
    private static final int TOP_LINES = 3;
    /** At most this many words make a kicker. */
    private static final int MAX_WORDS = 2;

    private SectionKickers() {
    }

    /** The kicker lines' spans in {@code text}. */
    static List<Span> in(String text) {
        List<Span> out = new ArrayList<>();
        int begin = 0;
        for (int line = 0; line < TOP_LINES && begin <= text.length(); line++) {
            int end = text.indexOf('\n', begin);
            if (end < 0) {
                end = text.length();
            }
            String words = text.substring(begin, end).strip();
            if (!words.isEmpty() && words.split("\\s+").length <= MAX_WORDS && end < text.length()) {
                out.add(new Span(begin, end)); // a one-line text is all headline, not a kicker
            }
            begin = end + 1;
        }
        return out;
    }
}
