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
 * An adverb that makes its clause hearsay with nobody named: "The officials will reportedly outline
 * a position", "The strike was reportedly in retaliation". The adverb is the cue, the clause around
 * it the content (in two spans, before and after the adverb), and there is no source: the subject is
 * what is reported on, not who reports (the annotation guide's "it was reported", PARC's adverbial
 * cues). A reporting verb the adverb modifies ("will reportedly outline") makes no report of the
 * subject's own. Stateless.
 */
final class HearsayAdverb {

    static final Set<String> ADVERBS = Set.of("reportedly");

    private HearsayAdverb() {
    }

    /** Whether token {@code i} is a hearsay adverb. */
    static boolean is(List<Token> tokens, int i) {
        return ADVERBS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT));
    }

    /** Whether the verb at {@code i} is modified by a hearsay adverb among the two words before it. */
    static boolean modifies(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (is(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** The agentless report of the adverb at token {@code i}: its clause, to the sentence's end. */
    static Optional<Attribution> at(String text, Sentence s, int i) {
        List<Token> tokens = s.tokens();
        int begin = 0;
        for (int k = i - 1; k > 0; k--) {
            if (tokens.get(k).text().equals(";")) {
                begin = k + 1; // the clause after a semicolon
                break;
            }
        }
        int last = tokens.size() - 1;
        while (last > i && tokens.get(last).mainPos().equals("PUNCT") && !NounPhrases.isQuote(tokens.get(last))) {
            last--;
        }
        List<Span> content = new ArrayList<>();
        if (i > begin) {
            content.add(new Span(tokens.get(begin).span().begin(), tokens.get(i - 1).span().end()));
        }
        if (last > i) {
            content.add(new Span(tokens.get(i + 1).span().begin(), tokens.get(last).span().end()));
        }
        if (content.isEmpty() || last <= i) {
            return Optional.empty(); // a headline's "…, reportedly": nothing after it to report
        }
        content = content.stream().map(c -> ContentSpans.trim(text, c)).filter(c -> c.length() > 0).toList();
        return Optional.of(new Attribution(s.index(), Optional.empty(), tokens.get(i).span(), "reportedly",
                Attribution.Stance.REPORT, content, ContentSpans.mode(text, content), 0.5));
    }
}
