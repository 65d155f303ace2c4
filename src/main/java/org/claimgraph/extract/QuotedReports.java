package org.claimgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.domain.Attribution;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.Token;
import org.claimgraph.extract.CueSpotter.Found;

/**
 * Decides whether a cue inside a quote is a report of its own: a name the quoted speaker cites
 * ("… the Red Crescent has counted 90 wounded …") reports; "we said", "they will announce" stay
 * the quoted speaker's words. Stateless.
 */
final class QuotedReports {

    private QuotedReports() {
    }

    /**
     * '"… Amnesty International has documented 40 attacks on clinics …," the minister said': a report by a
     * name inside a quote is a report of its own, its content the rest of the quote in the sentence.
     * Only a verb of saying or reporting in the past or present counts: "Egypt will announce" is a
     * plan, and "we said", "they told us" stay the quoted speaker's.
     */
    static Optional<Attribution> at(String text, Sentence s, int i, Found c, Span quote, Set<Token> inNames) {
        List<Token> tokens = s.tokens();
        if (!c.cue().kind().equals("verb") || i < 1 || FUTURE.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int auxStart = NounPhrases.skipBackOverAdverbs(tokens, i - 1) + 1;
        Optional<int[]> subject = NounPhrases.subjectBefore(tokens, auxStart - 1, inNames).filter(np -> named(tokens, np, inNames));
        int afterCue = i + c.length();
        if (subject.isEmpty() || afterCue >= tokens.size()) {
            return Optional.empty();
        }
        int contentEnd = Math.min(quote.end(), s.span().end());
        int contentBegin = tokens.get(afterCue).span().begin();
        if (contentBegin >= contentEnd) {
            return Optional.empty();
        }
        Span content = ContentSpans.trim(text, new Span(contentBegin, contentEnd));
        while (content.end() > content.begin() && "\"'”’.".indexOf(text.charAt(content.end() - 1)) >= 0) {
            content = ContentSpans.trim(text, new Span(content.begin(), content.end() - 1));
        }
        if (content.of(text).split("\\s+").length < MIN_QUOTED_REPORT_WORDS) {
            return Optional.empty(); // "the same proposal Israel said yes to before": a relative clause, no report
        }
        Span source = new Span(tokens.get(subject.get()[0]).span().begin(), tokens.get(subject.get()[1] - 1).span().end());
        Span cue = new Span(tokens.get(auxStart).span().begin(), tokens.get(afterCue - 1).span().end());
        return Optional.of(new Attribution(s.index(), Optional.of(source), cue, c.lemma(), c.cue().stance(), List.of(content),
                Attribution.Mode.INDIRECT, 0.6));
    }

    /** Fewer words after a cue inside a quote say nothing of their own. */
    private static final int MIN_QUOTED_REPORT_WORDS = 4;

    /** Words before a verb inside a quote that make it a plan, not a report: "Russia will answer". */
    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "to", "must", "should", "can", "could", "may", "might");

    /** Whether a noun phrase is a name ("WHO", "the UN Human Rights Office", "Secretary Rubio"), not "we" or "they". */
    private static boolean named(List<Token> tokens, int[] np, Set<Token> inNames) {
        int first = tokens.get(np[0]).text().equalsIgnoreCase("the") ? np[0] + 1 : np[0];
        return first < np[1] && tokens.get(first).isCapitalised()
                && (tokens.get(first).isProperNoun() || inNames.contains(tokens.get(first))); // "WHO", tagged a pronoun
    }
}
