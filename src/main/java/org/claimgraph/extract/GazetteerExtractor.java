package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.ExtractedArticle;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.Mention.MatchKind;

/**
 * Mentions of gazetteer entities, linked to their reference IRIs. Repeated blocks marked by the
 * cleaner are skipped. Confidence reflects what matched: a full name is surer than an alias, an
 * alias than a demonym, and a surface form shared by several entities is least sure.
 */
public final class GazetteerExtractor implements Extractor {

    private final Gazetteer gazetteer;

    public GazetteerExtractor(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    @Override
    public ExtractedArticle extract(AnnotatedArticle article) {
        String text = article.article().text();
        List<Mention> mentions = new ArrayList<>();
        for (Gazetteer.Match m : gazetteer.find(text)) {
            if (article.clean().isSkipped(m.span())) {
                continue;
            }
            mentions.add(new Mention(m.span(), m.span().of(text), m.entry().entity(), article.sentenceOf(m.span()),
                    confidence(m.entry().how(), m.ambiguous()), m.entry().how()));
        }
        return new ExtractedArticle(article, mentions);
    }

    static double confidence(MatchKind how, boolean ambiguous) {
        double base = switch (how) {
            case NAME -> 0.95;
            case ALIAS -> 0.9;
            case DEMONYM -> 0.8;
        };
        return ambiguous ? base * 0.6 : base;
    }
}
