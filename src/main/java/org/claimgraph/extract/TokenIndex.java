package org.claimgraph.extract;

import java.util.List;
import java.util.Optional;
import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.Token;

/** Finds the tokens around a mention. */
final class TokenIndex {

    private final AnnotatedArticle article;

    TokenIndex(AnnotatedArticle article) {
        this.article = article;
    }

    Optional<Sentence> sentence(Mention m) {
        return m.sentence() < 0 ? Optional.empty() : Optional.of(article.sentences().get(m.sentence()));
    }

    /** Index of the first token of {@code span} in its sentence (the token that contains its start). */
    static int first(Sentence s, Span span) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().end() > span.begin()) {
                return i;
            }
        }
        return tokens.size();
    }

    /** Index just after the last token of {@code span} in its sentence. */
    static int after(Sentence s, Span span) {
        List<Token> tokens = s.tokens();
        int i = first(s, span);
        while (i < tokens.size() && tokens.get(i).span().begin() < span.end()) {
            i++;
        }
        return i;
    }
}
