package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.domain.Attribution;
import org.claimgraph.domain.Attribution.Mode;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.Token;

/**
 * Decides what a report says once its cue and source are found: the clause or quote after the cue
 * (past its addressee, "told reporters in Doha that …"), or the quote or clause before it (past a
 * dateline), where the content ends, and whether it is quoted. Stateless.
 */
final class ContentSpans {

    private ContentSpans() {
    }

    /** Prepositions that open no reported content when no verb follows: "reported for duty", "Reporting by staff". */
    private static final Set<String> BARE_OPENERS = Set.of("for", "by", "in", "on", "at", "during", "within");

    /** Verbs whose object is the addressee or target, not the content: "told reporters that", "accused Hamas of". */
    private static final Set<String> OBJECT_FIRST = Set.of("tell", "inform", "urge", "ask", "warn", "accuse", "blame", "criticize",
            "call on", "press", "caution", "condemn", "charge", "promise", "assure");

    private static final Set<String> CONTENT_OPENERS = Set.of("that", "to", "of", "for");

    /** Content that is only a prepositional phrase ("for duty", "by staff") or a single word. */
    static boolean isBarePhrase(Sentence s, Span content) {
        List<Token> inside = s.tokens().stream().filter(t -> content.contains(t.span())).toList();
        if (inside.size() < 2) {
            return true;
        }
        String first = inside.get(0).text().toLowerCase(Locale.ROOT);
        return BARE_OPENERS.contains(first) && inside.stream().noneMatch(t -> t.mainPos().equals("VERB") || NounPhrases.isQuote(t));
    }

    /** Content that is a clause, an infinitive or a quote. */
    static boolean opensClause(String text, Span content) {
        String first = content.of(text).split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return CueSpotter.CLAUSE_OPENERS.contains(first) || Quotes.isMarkAt(first, false);
    }

    /**
     * Whether the sentence holds no clause after {@code from}: only punctuation or a short
     * adverbial ("on Monday", "in a statement", "late on Thursday", "today") — then the content
     * came before.
     */
    static boolean clauseEndsAfter(List<Token> tokens, int from) {
        List<Token> words = tokens.subList(Math.min(from, tokens.size()), tokens.size()).stream()
                .filter(t -> !t.mainPos().equals("PUNCT")).toList();
        if (words.isEmpty()) {
            return true;
        }
        Token first = words.get(0);
        boolean adverbial = first.mainPos().equals("ADP") || first.mainPos().equals("ADV")
                || NounPhrases.TIME_WORDS.contains(first.text().toLowerCase(Locale.ROOT));
        return adverbial && words.size() <= 4 && words.stream().noneMatch(t -> t.mainPos().equals("VERB") || t.mainPos().equals("AUX"));
    }

    /** Words that open a clause about the circumstances, not the content: "…, the agency said, as talks went on". */
    private static final Set<String> CIRCUMSTANCE_OPENERS = Set.of("as", "while", "after", "before", "amid", "when", "because", "although",
            "though", "days", "hours");

    /** "…, X said, as …": a comma right after the cue, then a clause of circumstance. */
    static boolean subordinateAfterComma(List<Token> tokens, int from) {
        return from + 1 < tokens.size() && tokens.get(from).text().equals(",")
                && CIRCUMSTANCE_OPENERS.contains(tokens.get(from + 1).text().toLowerCase(Locale.ROOT));
    }

    /** "…, the ministry said on Tuesday, a grim milestone …": only an adverbial between the cue and the next comma. */
    static boolean adverbialUpToComma(List<Token> tokens, int from) {
        int comma = from;
        while (comma < tokens.size() && !tokens.get(comma).text().equals(",")) {
            comma++;
        }
        return comma < tokens.size() && comma > from && clauseEndsAfter(tokens.subList(0, comma), from);
    }

    /** Content before the source: the quote that ends there, else the sentence up to the comma. */
    static Optional<Span> before(String text, Sentence s, int sourceStart, Quotes quotes) {
        List<Token> tokens = s.tokens();
        int last = sourceStart - 1;
        while (last >= 0 && (tokens.get(last).text().equals(",") || tokens.get(last).mainPos().equals("ADV"))) {
            last--;
        }
        if (last < 0) {
            return Optional.empty();
        }
        int endOffset = tokens.get(last).span().end();
        Optional<Span> quote = quotes.endingAt(endOffset).or(() -> quotes.around(endOffset - 1));
        if (quote.isPresent() && NounPhrases.isQuote(tokens.get(last))) {
            return Optional.of(trim(text, quote.get())); // may begin sentences earlier
        }
        int begin = tokens.get(0).span().begin();
        Matcher dateline = DATELINE.matcher(text).region(begin, endOffset);
        if (dateline.lookingAt()) {
            begin = dateline.end(); // "DOHA, July 11 (Meridian) - " places the story; nobody said it
        }
        return Optional.of(trim(text, new Span(begin, endOffset)));
    }

    /** A wire dateline: "WASHINGTON/DOHA, July 24 (Meridian) - ", "CAIRO, Aug 19 (Meridian) — ". */
    private static final Pattern DATELINE = Pattern.compile(
            "[A-Z][A-Z/ .'-]+,\\s+[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}\\s+\\([^)]{1,40}\\)\\s+[-–—]\\s+");

    /** Content after the cue: past the addressee or target, "that" and a colon, to the sentence end. */
    static Optional<Span> after(String text, Sentence s, int from, String lemma, Quotes quotes, Set<Token> inNames) {
        List<Token> tokens = s.tokens();
        int k = from;
        if (OBJECT_FIRST.contains(lemma)) {
            Optional<int[]> object = NounPhrases.npAfter(tokens, k, inNames);
            if (object.isPresent()) {
                int next = pastAdjunct(tokens, object.get()[1]); // "told reporters in Doha that"
                if (next < tokens.size() && CONTENT_OPENERS.contains(tokens.get(next).text().toLowerCase(Locale.ROOT))) {
                    k = next;
                }
            }
        }
        while (k < tokens.size() && (tokens.get(k).text().equals(":") || tokens.get(k).text().equals(","))) {
            k++;
        }
        k = pastAdjunct(tokens, k);
        int end = lastContentToken(tokens);
        if (k > end) {
            return Optional.empty();
        }
        Optional<Span> quote = quotes.startingAt(tokens.get(k).span().begin());
        if (quote.isPresent() && quote.get().end() > tokens.get(end).span().end()) {
            return Optional.of(trim(text, quote.get())); // a quote running on into later sentences
        }
        return Optional.of(trim(text, new Span(tokens.get(k).span().begin(), tokens.get(end).span().end())));
    }

    /**
     * Past a time or place adjunct before "that": "said on Thursday that …", "said in a
     * statement that …" — the adjunct is neither cue nor content.
     */
    private static int pastAdjunct(List<Token> tokens, int k) {
        if (k >= tokens.size() || !(tokens.get(k).mainPos().equals("ADP") || NounPhrases.TIME_WORDS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT)))) {
            return k;
        }
        for (int j = k + 1; j < Math.min(tokens.size(), k + 6); j++) {
            String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
            if (w.equals("that")) {
                return j;
            }
            if (colonBeforeQuote(tokens, j)) {
                return j + 1; // "wrote on X: "…"": the quote after the colon
            }
            if (!NounPhrases.NP_POS.contains(tokens.get(j).mainPos()) && !tokens.get(j).mainPos().equals("ADP")) {
                return k;
            }
        }
        return k;
    }

    /** Whether token {@code j} is a colon with a quote right after it. */
    static boolean colonBeforeQuote(List<Token> tokens, int j) {
        return tokens.get(j).text().equals(":") && j + 1 < tokens.size() && NounPhrases.isQuote(tokens.get(j + 1));
    }

    /** The last token before the sentence's final punctuation (a closing quote stays). */
    static int lastContentToken(List<Token> tokens) {
        int end = tokens.size() - 1;
        while (end > 0 && (tokens.get(end).text().equals(".") || tokens.get(end).text().equals("!")
                || tokens.get(end).text().equals("?") || tokens.get(end).text().equals(","))) {
            end--;
        }
        return end;
    }

    static Mode mode(String text, List<Span> content) {
        if (isQuoted(text, content)) {
            return Mode.DIRECT;
        }
        boolean fragment = content.stream().map(c -> c.of(text)).anyMatch(t -> t.contains("\"") || t.contains("“") || t.contains("''"));
        return fragment ? Mode.MIXED : Mode.INDIRECT;
    }

    static boolean isQuoted(String text, List<Span> content) {
        return content.stream().map(c -> c.of(text)).allMatch(t -> Quotes.isMarkAt(t, false) && Quotes.isMarkAt(t, true));
    }

    /** Without surrounding spaces and a trailing comma. */
    static Span trim(String text, Span s) {
        int b = s.begin();
        int e = s.end();
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        return new Span(b, e);
    }

    static Attribution endContentBefore(String text, Attribution a, int end) {
        List<Span> content = new ArrayList<>();
        for (Span c : a.content()) {
            if (c.begin() < end) {
                content.add(trim(text, new Span(c.begin(), Math.min(c.end(), end))));
            }
        }
        content.removeIf(c -> c.length() == 0);
        return content.isEmpty() ? a : a.withContent(content, mode(text, content));
    }
}
