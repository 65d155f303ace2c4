package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.ArticleMetadata;
import org.claimgraph.eval.AttributionGold.GoldAttribution;
import org.claimgraph.export.ExtractJson;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.rdf.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The attribution scorer on a record the real pipeline made from a sentence written for this test. */
class AttributionScorerTest {

    static JsonNode record;

    @BeforeAll
    static void extract() {
        ReferenceData reference = ReferenceData.load();
        Pipeline pipeline = Pipeline.standard(NlpModels.loadEnglish(), reference);
        record = new ExtractJson(reference).toJson(pipeline.process(new Article("t",
                "The State Department said the talks would resume in Cairo next week.\n", "h", ArticleMetadata.NONE)));
    }

    private static AttributionScorer.Score score(String goldSource) {
        GoldAttribution g = new GoldAttribution(goldSource, Optional.empty(), "said", Optional.of("say"), Optional.empty(),
                Optional.empty(), Optional.of("the talks would resume in Cairo next week"), "The State Department said the talks");
        return AttributionScorer.compare(List.of(g), record).score();
    }

    @Test
    void aSpeakerNamedByAnotherOfItsNamesIsRight() {
        assertEquals(1, score("United States Department of State").rightSource(), "an alias of the speaker found");
        assertEquals(1, score("US State Department").rightSource(), "its label");
    }

    @Test
    void anotherSpeakerIsWrong() {
        AttributionScorer.Score s = score("Egypt");
        assertEquals(1, s.found());
        assertEquals(0, s.rightSource());
    }
}
