package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.Attribution;
import org.claimgraph.domain.Span;

/**
 * A quotation signed with a dash and a name, as in a pull quote or a list of reactions:
 * "“We will rebuild.” ― Lina Haddad" or "“…” — Hamas spokesman Hazem Qassem". The quote is the
 * content, the dash the cue, the words after the dash up to the line's end, the next quote or a
 * full stop the source. Only a dash right after a closing quote signs it: a dash elsewhere opens an
 * aside. Stateless.
 */
final class DashSignature {

    private static final String DASHES = "―—–";
    private static final int MAX_SOURCE_CHARS = 80;

    private DashSignature() {
    }

    static List<Attribution> find(AnnotatedArticle article, Quotes quotes) {
        String text = article.text();
        List<Attribution> out = new ArrayList<>();
        for (Span q : quotes.all()) {
            signature(text, q).ifPresent(sig -> {
                int sentence = article.sentenceOf(sig.cue());
                if (sentence >= 0 && !article.clean().isSkipped(sig.cue())) {
                    List<Span> content = List.of(ContentSpans.trim(text, q));
                    out.add(new Attribution(sentence, Optional.of(sig.source()), sig.cue(), "sign", Attribution.Stance.ASSERT,
                            content, ContentSpans.mode(text, content), 0.6));
                }
            });
        }
        return out;
    }

    private record Signature(Span cue, Span source) {
    }

    /** The dash and the name after the quote {@code q}, if it is signed. */
    static Optional<Signature> signature(String text, Span q) {
        int i = skipSpaces(text, q.end());
        if (i >= text.length() || DASHES.indexOf(text.charAt(i)) < 0) {
            return Optional.empty();
        }
        Span cue = new Span(i, i + 1);
        int begin = skipSpaces(text, i + 1);
        if (begin >= text.length() || !Character.isUpperCase(text.codePointAt(begin))) {
            return Optional.empty();
        }
        int end = begin;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '“' && text.charAt(end) != '"'
                && !fullStop(text, end)) {
            end++;
        }
        while (end > begin && (Character.isWhitespace(text.charAt(end - 1)) || Character.isSpaceChar(text.charAt(end - 1))
                || text.charAt(end - 1) == ',')) {
            end--;
        }
        if (end - begin > MAX_SOURCE_CHARS) {
            return Optional.empty(); // a sentence goes on after the dash: an aside, not a signature
        }
        return Optional.of(new Signature(cue, new Span(begin, end)));
    }

    /** A full stop that ends the signature: not the one after an initial ("Lina A. Haddad"). */
    private static boolean fullStop(String text, int i) {
        boolean stop = text.charAt(i) == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
        boolean initial = i >= 2 && Character.isUpperCase(text.charAt(i - 1)) && !Character.isLetter(text.charAt(i - 2));
        return stop && !initial;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
            i++;
        }
        return i;
    }
}
