package org.claimgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.domain.Attribution;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.Token;

/**
 * The headline form of reported speech: a name, a colon, and what the named one said, at the start
 * of a line ("Lynch: No outside influence on FBI probe", "FT: US pushes talks as …"). The colon is
 * the cue; the quote may come first and the name last ("‘…’: Ana Ruiz"). Labels that happen to end in a colon ("Source:", "Quote:", "Read more:") name nobody and
 * make no attribution. Stateless.
 */
final class HeadlineColon {

    private static final int MAX_NAME_TOKENS = 5;
    private static final int MIN_CONTENT_TOKENS = 3;
    private static final Set<String> LABELS = Set.of("source", "sources", "details", "quote", "background", "update", "updated",
            "read", "photo", "photos", "watch", "also", "note", "editor", "reference", "context", "related", "video", "image",
            "live", "breaking", "exclusive", "opinion", "analysis", "more", "summary", "listen", "see", "tags", "topics", "share",
            "follow", "subscribe", "advertisement", "credit", "caption", "warning", "disclaimer", "correction", "clarification",
            "q", "a", "question", "answer", "by", "from", "to", "date", "time", "location", "posted", "published", "title");

    private HeadlineColon() {
    }

    static Optional<Attribution> at(String text, Sentence s, Set<Token> inNames) {
        List<Token> tokens = s.tokens();
        boolean lineStart = s.span().begin() == 0 || text.charAt(s.span().begin() - 1) == '\n';
        if (!lineStart) {
            return Optional.empty();
        }
        int from = !tokens.isEmpty() && NounPhrases.isQuote(tokens.get(0)) ? 1 : 0; // a transcript: '"PENCE: Well, …'
        int colon = -1;
        for (int k = from + 1; k <= Math.min(from + MAX_NAME_TOKENS, tokens.size() - 1); k++) {
            if (tokens.get(k).text().equals(":")) {
                colon = k;
                break;
            }
        }
        if (colon < 0 || tokens.size() - colon - 1 < MIN_CONTENT_TOKENS) {
            return quoteThenName(text, s, inNames);
        }
        List<Token> name = tokens.subList(from, colon);
        boolean capitalised = name.stream().allMatch(t -> t.isCapitalised() || inNames.contains(t) || t.text().equals("'s")
                || t.text().equals("."));
        boolean label = LABELS.contains(name.get(0).text().toLowerCase(java.util.Locale.ROOT))
                || name.stream().anyMatch(t -> Character.isDigit(t.text().charAt(0)));
        if (!capitalised || label) {
            return Optional.empty();
        }
        int last = tokens.size() - 1;
        while (last > colon + 1 && tokens.get(last).text().matches("[.!?]")) {
            last--;
        }
        Span source = new Span(tokens.get(from).span().begin(), tokens.get(colon - 1).span().end());
        List<Span> content = List.of(ContentSpans.trim(text, new Span(tokens.get(colon + 1).span().begin(), tokens.get(last).span().end())));
        return Optional.of(new Attribution(s.index(), Optional.of(source), tokens.get(colon).span(), ":", Attribution.Stance.ASSERT,
                content, ContentSpans.mode(text, content), 0.6));
    }

    /**
     * The same form turned round, a headline that quotes first and names the speaker last:
     * "‘We will not give up our land’: Ana Ruiz". Only a whole quotation before the colon, and only
     * a name after it that ends the line, so that "Talks resume: Geneva" stays a place.
     */
    private static Optional<Attribution> quoteThenName(String text, Sentence s, Set<Token> inNames) {
        boolean lineEnd = s.span().end() >= text.length() || text.charAt(s.span().end()) == '\n';
        java.util.regex.Matcher m = QUOTE_THEN_NAME.matcher(s.span().of(text));
        if (!lineEnd || !m.matches()) {
            return Optional.empty();
        }
        int base = s.span().begin();
        Span source = new Span(base + m.start(2), base + m.end(2));
        List<Token> name = s.tokens().stream().filter(t -> source.contains(t.span())).toList();
        boolean named = !name.isEmpty() && name.size() <= MAX_NAME_TOKENS && name.stream().allMatch(t -> t.isCapitalised() || inNames.contains(t))
                && !LABELS.contains(name.get(0).text().toLowerCase(java.util.Locale.ROOT));
        if (!named) {
            return Optional.empty();
        }
        Span quote = new Span(base + m.start(1), base + m.end(1));
        Span colon = new Span(base + m.end(1), base + m.end(1) + 1);
        return Optional.of(new Attribution(s.index(), Optional.of(source), colon, ":", Attribution.Stance.ASSERT,
                List.of(quote), Attribution.Mode.DIRECT, 0.6));
    }

    /** A whole line: a quotation in single or double marks of at least three words, a colon, a name. */
    private static final java.util.regex.Pattern QUOTE_THEN_NAME = java.util.regex.Pattern.compile(
            "([\"“‘'](?:\\S+\\s+){2,}\\S*?[\"”’']):\\s*(\\p{Lu}[^:\"“”‘’]*?)[.!?]?\\s*");
}
