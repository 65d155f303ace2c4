package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.claimgraph.domain.Attribution;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.ExtractedArticle;

/**
 * The standard extraction stage: the actors and places an article names (with roles), its
 * attributions (who is reported as saying what), the numbers it reports and the steps of
 * negotiations it tells of. Immutable and thread-safe.
 */
public final class ArticleExtractor implements Extractor {

    private final NameExtractor names;
    private final AttributionFinder attributions;
    private final QuantityFinder quantities = QuantityFinder.load();
    private final DevelopmentFinder developments;

    /**
     * @param gazetteer      the known names
     * @param statesActedFor the state each known government office or agency acts for, by IRI: a
     *                       negotiation step taken by an office is the state's step
     */
    public ArticleExtractor(Gazetteer gazetteer, Map<String, Entity> statesActedFor) {
        this.names = new NameExtractor(Objects.requireNonNull(gazetteer, "gazetteer"));
        this.attributions = new AttributionFinder(CueLexicon.load());
        this.developments = DevelopmentFinder.load(statesActedFor);
    }

    @Override
    public ExtractedArticle extract(AnnotatedArticle article) {
        ExtractedArticle named = names.extract(article);
        List<Mention> mentions = named.mentions();
        List<Attribution> found = attributions.find(article, mentions.stream().map(Mention::span).toList());
        Optional<LocalDate> published = article.article().metadata().publishedDate();
        return new ExtractedArticle(article, mentions, named.roles(), found, quantities.find(article, mentions),
                developments.find(article, mentions, found, published));
    }
}
