package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.domain.Attribution;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.Token;

/**
 * Reports made with a noun of speech: "Hamas's claim that the talks collapsed", "a denial by the
 * ministry that …", "Israel's accusations of …", "the Kremlin's statement: '…'". The noun is the
 * cue; the source is its possessor ("Hamas's", "his") or the phrase after "by"/"from"; the content
 * is the that-clause or quote after it, or — for nouns such as "criticism", "accusations",
 * "calls" — the phrase after "of", "about", "on", "against" or "for". A noun with no such content
 * ("In a statement, Hamas said") reports nothing by itself. Immutable and thread-safe.
 */
final class NominalCues {

    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their", "our");
    private static final Set<String> PREPOSITIONS = Set.of("of", "about", "on", "against", "for");
    private static final Set<String> AGENT_PREPOSITIONS = Set.of("by", "from");

    private final CueLexicon cues;

    NominalCues(CueLexicon cues) {
        this.cues = cues;
    }

    /** The noun-cue attributions of one sentence, given the spans already taken by other cues. */
    List<Attribution> find(String text, Sentence s, Set<Token> inNames, Quotes quotes, List<Span> taken) {
        List<Token> tokens = s.tokens();
        List<Attribution> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Optional<CueLexicon.Cue> cue = t.mainPos().equals("NOUN") ? cues.noun(t.text()) : Optional.empty();
            int at = i;
            if (cue.isEmpty() || taken.stream().anyMatch(x -> x.overlaps(t.span())) || quotes.around(t.span().begin()).isPresent()) {
                continue;
            }
            Optional<Span> source = possessor(tokens, i, inNames);
            int k = i + 1;
            if (source.isEmpty() && k + 1 < tokens.size() && AGENT_PREPOSITIONS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                Optional<int[]> agent = NounPhrases.npAfter(tokens, k + 1, inNames);
                if (agent.isPresent()) {
                    source = Optional.of(span(tokens, agent.get()[0], agent.get()[1]));
                    k = agent.get()[1];
                }
            }
            Optional<Span> content = content(text, tokens, k, cue.get().kind().equals("noun-of"), quotes, inNames);
            if (content.isEmpty() || source.isEmpty()) {
                continue;
            }
            List<Span> spans = List.of(content.get());
            out.add(new Attribution(s.index(), source, tokens.get(at).span(), cue.get().lemma(), cue.get().stance(), spans,
                    ContentSpans.mode(text, spans), 0.6));
        }
        return out;
    }

    /** "Hamas's claim", "Israel's repeated accusations", "his claim": the possessor before the noun. */
    private static Optional<Span> possessor(List<Token> tokens, int noun, Set<Token> inNames) {
        int k = noun - 1;
        while (k >= 0 && (tokens.get(k).mainPos().equals("ADJ") || tokens.get(k).mainPos().equals("ADV"))) {
            k--; // "repeated", "latest"
        }
        if (k < 0) {
            return Optional.empty();
        }
        Token p = tokens.get(k);
        if (POSSESSIVE_PRONOUNS.contains(p.text().toLowerCase(Locale.ROOT))) {
            return Optional.of(p.span());
        }
        boolean possessive = p.text().equals("'s") || p.text().equals("’s") || p.text().equals("'") || !p.withoutPossessive().equals(p.text());
        if (!possessive) {
            return Optional.empty();
        }
        int end = p.withoutPossessive().equals(p.text()) ? k - 1 : k;
        Optional<int[]> np = NounPhrases.npBefore(tokens, end, inNames);
        return np.map(r -> {
            Token last = tokens.get(r[1] - 1);
            int stop = last.span().begin() + last.withoutPossessive().length();
            return new Span(tokens.get(r[0]).span().begin(), stop);
        });
    }

    /** The that-clause, the quote, or (for "criticism of …") the phrase after the noun. */
    private static Optional<Span> content(String text, List<Token> tokens, int k, boolean takesPhrase, Quotes quotes, Set<Token> inNames) {
        if (k >= tokens.size()) {
            return Optional.empty();
        }
        String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
        int end = tokens.size() - 1;
        while (end > k && tokens.get(end).text().matches("[.!?]")) {
            end--;
        }
        if (w.equals("that") && k + 2 <= end && tokens.get(k + 1).mainPos().matches("DET|NOUN|PROPN|PRON|NUM|ADJ")) {
            return Optional.of(ContentSpans.trim(text, new Span(tokens.get(k + 1).span().begin(), tokens.get(end).span().end())));
        }
        int q = w.equals(":") || w.equals(",") ? k + 1 : k;
        if (q < tokens.size()) {
            Optional<Span> quote = quotes.startingAt(tokens.get(q).span().begin());
            if (quote.isPresent()) {
                return Optional.of(ContentSpans.trim(text, quote.get()));
            }
        }
        if (takesPhrase && PREPOSITIONS.contains(w) && k + 1 <= end && tokens.get(k + 1).text().endsWith("ing")
                && tokens.get(k + 1).mainPos().equals("VERB")) {
            // "accusations … of supplying weapons": a gerund's clause, to the next comma
            int stop = k + 1;
            while (stop < end && !tokens.get(stop + 1).text().equals(",")) {
                stop++;
            }
            return Optional.of(span(tokens, k + 1, stop + 1));
        }
        if (takesPhrase && PREPOSITIONS.contains(w)) {
            Optional<int[]> np = NounPhrases.npAfter(tokens, k + 1, inNames);
            return np.map(r -> span(tokens, r[0], r[1]));
        }
        return Optional.empty();
    }

    private static Span span(List<Token> tokens, int from, int to) {
        return new Span(tokens.get(from).span().begin(), tokens.get(to - 1).span().end());
    }
}
