package org.claimgraph.pipeline;

import static org.claimgraph.pipeline.PipelineFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.domain.ResolvedAttribution;

/**
 * A speaker named by office ("Israel's defence minister", "the country's prime minister") is the
 * one reference holder of that office for that state, unless the words or the article say the
 * holder may be another. Texts written for this test.
 */
class OfficeHolderSpeakersTest {

    private static Optional<String> speaker(ResolvedArticle r, String cue) {
        String text = r.article().text();
        List<ResolvedAttribution> matching = r.attributions().stream()
                .filter(a -> a.attribution().cue().of(text).endsWith(cue)).toList();
        assertTrue(!matching.isEmpty(), () -> "no attribution with cue '" + cue + "' in " + r.attributions());
        return matching.get(0).speaker().entity().map(Entity::label);
    }

    @org.junit.jupiter.api.Test
    void aStatesOfficeIsItsOneReferenceHolder() {
        assertEquals(Optional.of("Israel Katz"),
                speaker(run("Israel's defence minister said the northern towns would be rebuilt within a year.\n"), "said"));
    }

    @org.junit.jupiter.api.Test
    void theCountryIsTheStateTheSentenceNamedAsAnActor() {
        ResolvedArticle r = run("Pakistan closed two border crossings on Tuesday. The country's premier said "
                + "any new strike on its soil would be answered.\n");
        assertEquals(Optional.of("Shehbaz Sharif"), speaker(r, "said"));
    }

    @org.junit.jupiter.api.Test
    void aFormerHolderOrAnotherHolderNamedStaysUnresolved() {
        assertEquals(Optional.empty(),
                speaker(run("Pakistan's former prime minister said the ceasefire would not hold for long.\n"), "said"));
        ResolvedArticle r = run("Pakistan's prime minister said the ceasefire would hold.\n"
                + "The markets rose on Monday.\nTraders bought bonds.\nThe rupee gained.\nRain fell in the north.\n"
                + "Pakistani Prime Minister Farid Qureshi flew to the capital on Friday.\n");
        assertEquals(Optional.empty(), speaker(r, "said"));
    }
}
