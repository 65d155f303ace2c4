package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.domain.Span;

/**
 * The quotations of a text: spans from an opening to its closing quote mark, marks included.
 * Curly quotes pair by direction, straight double quotes alternate, and so do the doubled marks
 * some newspapers print (two apostrophes, or two backquotes to open). A quote never runs past its
 * paragraph (line); one left open closes at the line's end.
 */
final class Quotes {

    private final List<Span> spans;

    private Quotes(List<Span> spans) {
        this.spans = spans;
    }

    static Quotes of(String text) {
        List<Span> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                if (open >= 0 && i > open + 1) {
                    spans.add(new Span(open, trimEnd(text, open, i)));
                }
                open = -1;
            } else if (text.startsWith("``", i) || (text.startsWith("''", i) && open < 0 && opensHere(text, i))) {
                open = i;
                i++;
            } else if (text.startsWith("''", i) && open >= 0) {
                spans.add(new Span(open, i + 2));
                open = -1;
                i++;
            } else if (c == '“' || (c == '"' && open < 0) || (c == '”' && open < 0 && opensWord(text, i))) {
                open = i; // a closing mark before a word at a line's or word's start is a misprinted opening one
            } else if ((c == '”' || c == '"') && open >= 0) {
                spans.add(new Span(open, i + 1));
                open = -1;
            }
        }
        return new Quotes(spans);
    }

    /** A doubled apostrophe opens a quote at a line's or word's start, not after a letter ("Jones''s"). */
    private static boolean opensHere(String text, int i) {
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    private static boolean opensWord(String text, int i) {
        boolean start = i == 0 || Character.isWhitespace(text.charAt(i - 1));
        return start && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** Whether {@code s} begins (or, with {@code end}, ends) with a quote mark. */
    static boolean isMarkAt(String s, boolean end) {
        if (s.isEmpty()) {
            return false;
        }
        if (end) {
            return s.endsWith("\"") || s.endsWith("”") || s.endsWith("''");
        }
        return s.startsWith("\"") || s.startsWith("“") || s.startsWith("''") || s.startsWith("``") || (s.startsWith("”") && opensWord(s, 0));
    }

    /** The quote that closes right before {@code offset}, with only spaces and line breaks between. */
    Optional<Span> endingBefore(String text, int offset) {
        return spans.stream().filter(q -> q.end() <= offset && text.substring(q.end(), offset).isBlank()).reduce((a, b) -> b);
    }

    private static int trimEnd(String text, int begin, int end) {
        while (end > begin + 1 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    List<Span> all() {
        return spans;
    }

    /** The quote that ends at {@code end} or just before it (allowing a comma or full stop before the mark). */
    Optional<Span> endingAt(int end) {
        return spans.stream().filter(q -> q.end() == end || q.end() == end - 1).findFirst();
    }

    /** The quote that starts at {@code begin}. */
    Optional<Span> startingAt(int begin) {
        return spans.stream().filter(q -> q.begin() == begin).findFirst();
    }

    /** The quote containing {@code offset}, if any. */
    Optional<Span> around(int offset) {
        return spans.stream().filter(q -> q.begin() <= offset && offset < q.end()).findFirst();
    }
}
