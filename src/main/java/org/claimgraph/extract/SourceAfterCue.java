package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.domain.Attribution;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.Token;
import org.claimgraph.extract.CueSpotter.Found;

/**
 * Reports whose source follows the cue ("according to X, …", "…, as reported by X."): the source
 * is the noun phrase after the cue, the content the rest of the sentence on either side, and a
 * channel after the source ("sources cited by Israeli media") is kept as the report's way. Stateless.
 */
final class SourceAfterCue {

    private SourceAfterCue() {
    }

    /** "according to X, …", "…, according to X." and "…, as reported by X." */
    static Optional<Attribution> at(String text, Sentence s, int i, Found c, Set<Token> inNames) {
        List<Token> tokens = s.tokens();
        int afterCue = i + c.length();
        Optional<int[]> np = NounPhrases.npAfter(tokens, afterCue, inNames);
        if (np.isEmpty() && afterCue + 2 < tokens.size() && tokens.get(afterCue).text().toLowerCase(java.util.Locale.ROOT).startsWith("report")
                && List.of("from", "by", "in").contains(tokens.get(afterCue + 1).text().toLowerCase(java.util.Locale.ROOT))) {
            // "according to reports from official Lebanese media": the tagger reads "reports" as a verb; those who report speak
            np = NounPhrases.npAfter(tokens, afterCue + 2, inNames);
        }
        if (np.isEmpty()) {
            return Optional.empty();
        }
        Span cueSpan = new Span(tokens.get(i).span().begin(), tokens.get(afterCue - 1).span().end());
        Span source = new Span(tokens.get(np.get()[0]).span().begin(), tokens.get(np.get()[1] - 1).span().end());
        List<Span> content = new ArrayList<>();
        int end = ContentSpans.lastContentToken(tokens);
        if (i > 0) { // content before: "Talks stalled, according to X."
            int last = i - 1;
            while (last >= 0 && tokens.get(last).text().equals(",")) {
                last--;
            }
            if (last >= 0) {
                content.add(ContentSpans.trim(text, new Span(tokens.get(0).span().begin(), tokens.get(last).span().end())));
            }
        }
        // "according to sources cited by Israeli media": the sources speak, through the media
        Optional<int[]> channel = RelayedSpeech.channelAfter(tokens, np.get()[1], inNames);
        Optional<Span> via = channel.map(r -> new Span(tokens.get(r[0]).span().begin(), tokens.get(r[1] - 1).span().end()));
        int after = channel.map(r -> r[1]).orElse(np.get()[1]);
        while (after < tokens.size() && tokens.get(after).text().equals(",")) {
            after++;
        }
        if (after <= end && (i == 0 || after < end)) {
            content.add(ContentSpans.trim(text, new Span(tokens.get(after).span().begin(), tokens.get(end).span().end())));
        }
        content.removeIf(sp -> sp.length() == 0);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Attribution(s.index(), Optional.of(source), cueSpan, c.lemma(), c.cue().stance(), content,
                ContentSpans.mode(text, content), 0.8, via));
    }
}
