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
 * A participle of confirming or repeating, with its agent, describing what was said: "figures echoed
 * by the Red Cross", "the meetings, confirmed by two diplomats, are expected to go on". The agent
 * speaks; what it vouches for is the noun phrase described and, after the agent, what the sentence
 * says of it. Other participles with an agent describe a thing rather than report speech ("the truce
 * proposed by the mediators", "ceasefires announced by the rebels" are not annotated as reports), so
 * {@link CueSpotter} drops them. Stateless.
 */
final class VouchedByAgent {

    /** Verbs whose participle with "by" reports that the agent said the same. */
    static final Set<String> VOUCHING = Set.of("confirmed", "echoed", "corroborated", "disputed", "denied", "contradicted",
            "repeated", "backed");

    private VouchedByAgent() {
    }

    /** Whether token {@code i} is a vouching participle right before "by". */
    static boolean is(List<Token> tokens, int i) {
        return VOUCHING.contains(tokens.get(i).text().toLowerCase(Locale.ROOT)) && i + 1 < tokens.size()
                && tokens.get(i + 1).text().equalsIgnoreCase("by") && i > 0
                && !NounPhrases.AUXILIARIES.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT));
    }

    /** The report of the participle at {@code i}, when it has an agent and describes a noun phrase. */
    static Optional<Attribution> at(String text, Sentence s, int i, CueSpotter.Found c, Set<Token> inNames) {
        List<Token> tokens = s.tokens();
        if (!is(tokens, i)) {
            return Optional.empty();
        }
        Optional<int[]> agent = NounPhrases.npAfter(tokens, i + 2, inNames);
        boolean comma = tokens.get(i - 1).text().equals(",");
        Optional<int[]> described = NounPhrases.npBefore(tokens, comma ? i - 2 : i - 1, inNames);
        if (agent.isEmpty() || described.isEmpty()) {
            return Optional.empty();
        }
        List<Span> content = new ArrayList<>();
        content.add(new Span(tokens.get(described.get()[0]).span().begin(), tokens.get(described.get()[1] - 1).span().end()));
        int after = agent.get()[1];
        // "the meetings, confirmed by two diplomats, are expected to …": the rest of the clause is what they confirm
        if (comma && after + 1 < tokens.size() && tokens.get(after).text().equals(",")
                && tokens.get(after + 1).mainPos().matches("AUX|VERB")) {
            int last = tokens.size() - 1;
            while (last > after + 1 && tokens.get(last).mainPos().equals("PUNCT")) {
                last--;
            }
            content.add(new Span(tokens.get(after + 1).span().begin(), tokens.get(last).span().end()));
        }
        Span source = new Span(tokens.get(agent.get()[0]).span().begin(), tokens.get(agent.get()[1] - 1).span().end());
        Span cue = new Span(tokens.get(i).span().begin(), tokens.get(i + 1).span().end());
        return Optional.of(new Attribution(s.index(), Optional.of(source), cue, c.lemma(), c.cue().stance(), content,
                ContentSpans.mode(text, content), 0.6));
    }
}
