package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.Attribution;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;

/**
 * A quote-only sentence right after an attribution, in the same paragraph, continues its content:
 * "'We will not sign,' he said. 'Not this week.'" is one report of two quotes. Stateless.
 */
final class QuoteContinuation {

    private QuoteContinuation() {
    }

    /** {@code found} with each quote-only sentence that follows one of them in its paragraph added to its content. */
    static List<Attribution> apply(AnnotatedArticle article, Quotes quotes, List<Attribution> found) {
        String text = article.text();
        List<Attribution> out = new ArrayList<>(found);
        for (Span q : quotes.all()) {
            boolean covered = out.stream().anyMatch(a -> a.content().stream().anyMatch(c -> c.overlaps(q)));
            int sentence = article.sentenceOf(new Span(q.begin(), q.begin() + 1));
            if (covered || sentence < 1 || article.clean().isSkipped(q)) {
                continue;
            }
            Sentence s = article.sentences().get(sentence);
            boolean quoteOnly = s.span().begin() == q.begin() && q.end() >= s.span().end() - 1;
            for (int k = out.size() - 1; k >= 0 && quoteOnly; k--) {
                Attribution a = out.get(k);
                if (a.sentence() == sentence - 1 && a.source().isPresent()
                        && !text.substring(a.content().get(a.content().size() - 1).end(), q.begin()).contains("\n")) {
                    List<Span> content = new ArrayList<>(a.content());
                    content.add(ContentSpans.trim(text, q));
                    out.set(k, a.withContent(content, ContentSpans.mode(text, content)));
                    break;
                }
            }
        }
        return out;
    }
}
