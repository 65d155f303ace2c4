package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.ArticleMetadata;
import org.claimgraph.domain.Development;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.Quantity;
import org.claimgraph.domain.ResolvedDevelopment;
import org.claimgraph.domain.ResolvedQuantity;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.rdf.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The article the project started from, read from ../shared/seeds/ (skipped when absent). */
class SeedArticleTest {

    static final Path SEED = Path.of("../shared/seeds/000_d58e267aacdc5ee2.txt");
    static ResolvedArticle seed;

    @BeforeAll
    static void run() throws IOException {
        assumeTrue(Files.isRegularFile(SEED), "seed article not present");
        String text = Files.readString(SEED);
        Article article = new Article("seed", text, "h", ArticleMetadata.NONE);
        seed = Pipeline.standard(NlpModels.loadEnglish(), ReferenceData.load()).process(article);
    }

    private Set<String> labels() {
        return seed.entities().stream().map(e -> e.entity().label()).collect(Collectors.toSet());
    }

    @Test
    void theSeedRepeatsThreeParagraphs() {
        assertEquals(3, seed.annotated().clean().duplicateParagraphs());
    }

    @Test
    void everyGoldActorAndPlaceWithAReferenceNameIsFound() {
        Set<String> found = labels();
        for (String gold : List.of("Israel", "United States", "Hamas", "Steve Witkoff", "Qatar", "Doha", "Gaza Strip",
                "Israel Defense Forces", "UNRWA", "Gaza Health Ministry", "Government of Israel")) {
            assertTrue(found.contains(gold), gold + " not found; found " + found);
        }
    }

    @Test
    void noActorOrPlaceIsMadeFromACapitalisedCommonWord() {
        Set<String> gold = Set.of("Israel", "United States", "Hamas", "Steve Witkoff", "Government of Israel",
                "Israel Defense Forces", "UNRWA", "Gaza Health Ministry", "Qatar", "Doha", "Gaza Strip");
        assertEquals(gold, labels());
    }

    @Test
    void allMentionsOfWitkoffAreOneEntity() {
        List<ResolvedArticle.EntityMentions> witkoff = seed.entities().stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.text().contains("Witkoff"))).toList();
        assertEquals(1, witkoff.size());
    }

    @Test
    void noMentionLiesInARepeatedParagraph() {
        for (ResolvedArticle.EntityMentions em : seed.entities()) {
            for (Mention m : em.mentions()) {
                assertTrue(!seed.annotated().clean().isSkipped(m.span()), m + " is in a repeated block");
                assertEquals(m.text(), m.span().of(seed.article().text()));
            }
        }
    }

    @Test
    void theDeathTollIsMoreThan59000StatedByTheGazaHealthMinistry() {
        ResolvedQuantity toll = seed.quantities().stream()
                .filter(q -> q.quantity().measure() == Quantity.Measure.DEATHS).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("59000").compareTo(toll.quantity().value().orElseThrow()));
        assertEquals(Optional.of(Quantity.Qualifier.MORE_THAN), toll.quantity().qualifier());
        assertEquals("Gaza Strip", toll.quantity().place().orElseThrow().label());
        assertEquals("Gaza Health Ministry", toll.statedBy().orElseThrow().entity().orElseThrow().label());
    }

    @Test
    void israelAndTheUnitedStatesWithdrawFromTheDohaTalksWithHamas() {
        ResolvedDevelopment withdrawal = seed.developments().stream()
                .filter(d -> d.development().kind() == Development.Kind.WITHDRAWAL).findFirst().orElseThrow();
        assertEquals(Set.of("Israel", "United States"), withdrawal.actors().stream().map(Entity::label).collect(Collectors.toSet()));
        assertTrue(seed.developments().stream().anyMatch(d -> d.development().venue().map(Entity::label).equals(Optional.of("Doha"))));
        Set<String> actors = seed.developments().stream().flatMap(d -> d.actors().stream()).map(Entity::label).collect(Collectors.toSet());
        assertTrue(actors.containsAll(Set.of("Israel", "United States", "Hamas")), actors.toString());
        assertEquals(1, seed.developments().stream().map(d -> d.negotiation().iri()).distinct().count());
    }
}
