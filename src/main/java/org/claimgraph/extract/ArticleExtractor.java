package org.claimgraph.extract;

import java.util.Objects;
import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.ExtractedArticle;

/**
 * The standard extraction stage: the actors and places an article names (with roles), and its
 * attributions — who is reported as saying what. Immutable and thread-safe.
 */
public final class ArticleExtractor implements Extractor {

    private final NameExtractor names;
    private final AttributionFinder attributions;

    public ArticleExtractor(Gazetteer gazetteer) {
        this.names = new NameExtractor(Objects.requireNonNull(gazetteer, "gazetteer"));
        this.attributions = new AttributionFinder(CueLexicon.load());
    }

    @Override
    public ExtractedArticle extract(AnnotatedArticle article) {
        ExtractedArticle named = names.extract(article);
        return new ExtractedArticle(article, named.mentions(), named.roles(),
                attributions.find(article, named.mentions().stream().map(m -> m.span()).toList()));
    }
}
