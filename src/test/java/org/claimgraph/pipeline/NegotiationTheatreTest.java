package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.ArticleMetadata;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.rdf.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The theatre a negotiation is about comes from the places an article names and the reference place hierarchy. */
class NegotiationTheatreTest {

    static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.standard(NlpModels.loadEnglish(), ReferenceData.load());
    }

    private static String negotiation(String text) {
        ArticleMetadata meta = new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("2025-05-20"));
        ResolvedArticle r = pipeline.process(new Article("t", text, "h", meta));
        return r.developments().get(0).negotiation().label();
    }

    @Test
    void aPlaceInATerritoryMakesTheTerritoryTheTheatre() {
        String label = negotiation("Israel recalled its negotiators from Doha after new strikes on Gaza City.\n");
        assertTrue(label.contains("Gaza Strip"), label);
    }

    @Test
    void anotherConflictsTalksAreAboutItsOwnCountryNotTheVenue() {
        String label = negotiation("Russia and Ukraine agreed to a ceasefire at talks in Istanbul after strikes in eastern Ukraine.\n");
        assertTrue(label.contains("Ukraine"), label);
        assertFalse(label.contains("Gaza") || label.contains("Istanbul"), label);
    }
}
