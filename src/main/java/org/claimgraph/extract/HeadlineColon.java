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
 * the cue; the statement may come first and the source last ("‘…’: Ana Ruiz", "… – Ukraine's defence minister"). Labels that happen to end in a colon ("Source:", "Quote:", "Read more:") name nobody and
 * make no attribution. Stateless.
 */
final class HeadlineColon {

    private static final int MAX_NAME_TOKENS = 5;
    private static final int MIN_CONTENT_TOKENS = 3;
    private static final Set<String> LABELS = Set.of("source", "sources", "details", "quote", "background", "update", "updated",
            "read", "photo", "photos", "watch", "also", "note", "editor", "reference", "context", "related", "video", "image",
            "live", "breaking", "exclusive", "opinion", "analysis", "more", "summary", "listen", "see", "tags", "topics", "share",
            "follow", "subscribe", "advertisement", "credit", "caption", "warning", "disclaimer", "correction", "clarification",
            "q", "a", "question", "answer", "by", "from", "to", "date", "time", "location", "posted", "published", "title",
            "previously", "meanwhile", "earlier", "later", "now");
    /** Last words of a topic kicker before a colon ("Southern Vale Crisis: …", "Border War: …"): a subject, not a speaker. */
    private static final Set<String> TOPICS = Set.of("crisis", "war", "conflict", "talks", "ceasefire", "truce", "deal", "election",
            "elections", "protests", "clashes", "fighting", "updates", "explainer", "timeline", "analysis", "dispute");

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
            return statementThenSource(text, s, inNames);
        }
        List<Token> name = tokens.subList(from, colon);
        boolean capitalised = name.stream().allMatch(t -> t.isCapitalised() || inNames.contains(t) || t.text().equals("'s")
                || t.text().equals("."));
        boolean label = LABELS.contains(name.get(0).text().toLowerCase(java.util.Locale.ROOT))
                || TOPICS.contains(name.get(name.size() - 1).text().toLowerCase(java.util.Locale.ROOT))
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
     * The same form turned round, a headline that states first and names its source last:
     * "‘We will not give up our land’: Ana Ruiz", "Talks address a prisoner exchange – Ukraine's
     * defence minister", "Almost 900 displaced in two districts - UN". The line must end with the
     * source: a role with its state or body before it ("US envoy"), or a name when what comes
     * before the separator is a quotation or a clause with a verb (so that "Talks in Geneva: Day
     * Three" or "Live updates: Geneva" report nothing).
     */
    private static Optional<Attribution> statementThenSource(String text, Sentence s, Set<Token> inNames) {
        boolean lineEnd = s.span().end() >= text.length() || text.charAt(s.span().end()) == '\n';
        java.util.regex.Matcher m = STATEMENT_THEN_SOURCE.matcher(s.span().of(text));
        if (!lineEnd || !m.matches()) {
            return Optional.empty();
        }
        int base = s.span().begin();
        Span said = ContentSpans.trim(text, new Span(base + m.start(1), base + m.end(1)));
        Span source = new Span(base + m.start(3), base + m.end(3));
        List<Token> name = s.tokens().stream().filter(t -> source.contains(t.span())).toList();
        List<Token> before = s.tokens().stream().filter(t -> said.contains(t.span())).toList();
        boolean quoted = said.of(text).matches("[\"“‘'].*[\"”’']");
        boolean clause = before.stream().anyMatch(t -> t.mainPos().equals("VERB") || t.mainPos().equals("AUX"));
        if (name.isEmpty() || name.size() > MAX_NAME_TOKENS || before.size() < MIN_CONTENT_TOKENS
                || LABELS.contains(name.get(0).text().toLowerCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        boolean role = roleShaped(name, inNames);
        if (!(role || (quoted || clause) && named(name, inNames, quoted))) {
            return Optional.empty();
        }
        Span cue = ContentSpans.trim(text, new Span(base + m.start(2), base + m.end(2)));
        return Optional.of(new Attribution(s.index(), Optional.of(source), cue, cue.of(text), Attribution.Stance.ASSERT,
                List.of(said), quoted ? Attribution.Mode.DIRECT : ContentSpans.mode(text, List.of(said)), 0.6));
    }

    /** A name the article's names hold ("DR Congo"); after a quotation any capitalised words ("Ana Ruiz"). */
    private static boolean named(List<Token> name, Set<Token> inNames, boolean quoted) {
        return name.stream().allMatch(t -> (quoted && t.isCapitalised()) || inNames.contains(t));
    }

    /** A role after its state or body: "US envoy", "Ukraine's defence minister". */
    private static boolean roleShaped(List<Token> name, Set<Token> inNames) {
        Token last = name.get(name.size() - 1);
        return name.size() >= 2 && inNames.contains(name.get(0)) && ROLES.is("roles", last.text());
    }

    private static final NameCues ROLES = NameCues.load();

    /** A whole line: what was said, a colon or a spaced dash, and the source. */
    private static final java.util.regex.Pattern STATEMENT_THEN_SOURCE = java.util.regex.Pattern.compile(
            "(.+)(:\\s|\\s[-–—]\\s)\\s*(\\p{Lu}[^:\"“”‘’–—]*?)[.!?]?\\s*");
}
