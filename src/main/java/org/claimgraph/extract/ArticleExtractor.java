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
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.ExtractedArticle;
import org.claimgraph.domain.Span;

/**
 * The standard extraction stage: the actors and places an article names (with roles), its
 * attributions (who is reported as saying what), the numbers it reports and the steps of
 * negotiations it tells of. Immutable and thread-safe.
 */
public final class ArticleExtractor implements Extractor {

    /** How long (in characters) what follows a colon is when it is a body sentence rather than a headline. */
    private static final int DATELINE_SENTENCE = 80;

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
        List<Attribution> found = attributions.find(article, mentions.stream().map(Mention::span).toList()).stream()
                .filter(a -> !colonDateline(a, mentions)).toList();
        Optional<LocalDate> published = article.article().metadata().publishedDate();
        return new ExtractedArticle(article, mentions, named.roles(), found, quantities.find(article, mentions),
                developments.find(article, mentions, found, published));
    }

    /**
     * "Bamako: More than 100 people … were killed in …": a city and a colon opening a whole sentence is
     * where the story was filed (as "DOHA, July 19 –" is), not a speaker; the headline form ("Lynch: No
     * outside influence") names who speaks in a few words.
     */
    private static boolean colonDateline(Attribution a, List<Mention> mentions) {
        if (!a.cueLemma().equals(":") || a.source().isEmpty() || a.content().isEmpty()) {
            return false;
        }
        Span source = a.source().get();
        Span content = a.content().get(0);
        boolean city = mentions.stream().anyMatch(m -> m.span().equals(source) && m.entity().is(EntityType.City));
        return city && content.end() - content.begin() >= DATELINE_SENTENCE;
    }
}
