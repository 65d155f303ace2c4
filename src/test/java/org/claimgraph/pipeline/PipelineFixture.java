package org.claimgraph.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.ArticleMetadata;
import org.claimgraph.domain.Development.Kind;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.Quantity;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.domain.ResolvedAttribution;
import org.claimgraph.domain.ResolvedDevelopment;
import org.claimgraph.domain.ResolvedQuantity;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.rdf.ReferenceData;

/**
 * The standard pipeline with the real models and gazetteer, loaded once for every test of this
 * package that runs invented sentences through it, and the look-ups those tests share.
 */
final class PipelineFixture {

    private static Pipeline pipeline;

    private PipelineFixture() {}

    static synchronized Pipeline pipeline() {
        if (pipeline == null)
            pipeline = Pipeline.standard(NlpModels.loadEnglish(), ReferenceData.load());
        return pipeline;
    }

    static ResolvedArticle run(String text) {
        return pipeline().process(new Article("t", text, "h", ArticleMetadata.NONE));
    }

    /** The text as an article published on {@code date} (ISO), for what reads weekdays and "yesterday". */
    static ResolvedArticle runPublished(String text, String date) {
        ArticleMetadata meta = new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(date));
        return pipeline().process(new Article("t", text, "h", meta));
    }

    /** Mention text → entity label, for every mention. */
    static Map<String, String> links(ResolvedArticle r) {
        return r.entities().stream().flatMap(e -> e.mentions().stream())
                .collect(Collectors.toMap(Mention::text, m -> m.entity().label(), (a, b) -> a));
    }

    static Entity entity(ResolvedArticle r, String label) {
        return r.entities().stream().map(ResolvedArticle.EntityMentions::entity).filter(e -> e.label().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError(label + " not found in " + links(r)));
    }

    /** Who states the quantity written {@code figure}: an entity's label, an unnamed source's descriptor, or "(reporter)". */
    static String statedBy(ResolvedArticle r, String figure) {
        String text = r.article().text();
        ResolvedQuantity q = r.quantities().stream().filter(x -> x.quantity().span().of(text).equals(figure)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + figure + " in " + r.quantities()));
        return q.statedBy().map(s -> s.entity().map(e -> e.label()).orElse(s.descriptor().orElse("?"))).orElse("(reporter)");
    }

    /** The actors' labels of the first step of {@code kind}, failing with the kinds found when there is none. */
    static Set<String> stepActors(ResolvedArticle r, Kind kind) {
        List<ResolvedDevelopment> all = r.developments();
        ResolvedDevelopment d = all.stream().filter(x -> x.development().kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + all.stream().map(x -> x.development().kind()).toList()));
        return d.actors().stream().map(Entity::label).collect(Collectors.toSet());
    }

    /** The attributions whose cue reads {@code cue}. */
    static List<ResolvedAttribution> withCue(ResolvedArticle r, String cue) {
        String text = r.article().text();
        return r.attributions().stream().filter(a -> a.attribution().cue().of(text).equals(cue)).toList();
    }

    /** The one attribution whose cue reads {@code cue}; fails unless there is exactly one. */
    static ResolvedAttribution cue(ResolvedArticle r, String cue) {
        List<ResolvedAttribution> found = withCue(r, cue);
        if (found.size() != 1)
            throw new AssertionError("one attribution with cue '" + cue + "' expected in " + r.attributions());
        return found.get(0);
    }

    /** The one quantity in {@code found}, failing with what was found when there is not exactly one. */
    static Quantity onlyQuantity(List<Quantity> found) {
        org.junit.jupiter.api.Assertions.assertEquals(1, found.size(), () -> "one quantity expected: " + found);
        return found.get(0);
    }

    /** That {@code q}'s value is {@code expected}, whatever its scale ("7" and "7.0" alike). */
    static void assertQuantityValue(long expected, Quantity q) {
        org.junit.jupiter.api.Assertions.assertEquals(0, java.math.BigDecimal.valueOf(expected).compareTo(q.value().orElseThrow()),
                () -> "value of " + q);
    }
}
