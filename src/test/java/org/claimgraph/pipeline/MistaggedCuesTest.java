package org.claimgraph.pipeline;

import static org.claimgraph.pipeline.PipelineFixture.cue;
import static org.claimgraph.pipeline.PipelineFixture.run;
import static org.claimgraph.pipeline.PipelineFixture.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.domain.ResolvedAttribution;
import org.junit.jupiter.api.Test;

/**
 * Cues of report the tagger misreads in a verb's place (issue 12): a past tense read as an
 * adjective after a name, a gerund after "by" read as a noun, "said" read as a noun after "the
 * military", a that-clause opening with a quote, and comparisons as a view. Texts written for
 * this test; the people are invented.
 */
class MistaggedCuesTest {

    private static String source(ResolvedArticle r, ResolvedAttribution a) {
        return a.attribution().source().map(s -> s.of(r.article().text())).orElse("");
    }

    private static Optional<String> speaker(ResolvedAttribution a) {
        return a.speaker().entity().map(Entity::label);
    }

    @Test
    void aPastCueReadAsAnAdjectiveAfterANameIsTheVerb() {
        // the tagger reads "congratulated" before "members" as an adjective
        ResolvedArticle r = run("Minister Aldo Serra congratulated members of the crew for their calm.\n");
        ResolvedAttribution a = cue(r, "congratulated");
        assertEquals(Optional.of("Aldo Serra"), speaker(a));
        assertEquals("members of the crew for their calm", a.attribution().content().get(0).of(r.article().text()));
    }

    @Test
    void aGerundAfterByIsTheActOfTheClauseSubject() {
        ResolvedArticle r = run("General Tomas Brek ended the talks on Sunday by announcing his refusal of the truce.\n\n"
                + "The general closed the session by announcing that he rejected the offer.\n");
        assertEquals(2, withCue(r, "announcing").size(), () -> "both gerunds report: " + r.attributions());
        assertEquals("General Tomas Brek", source(r, withCue(r, "announcing").get(0)));
        assertEquals("The general", source(r, withCue(r, "announcing").get(1)));
    }

    @Test
    void saidAfterTheMilitaryIsTheCueThoughTaggedAsANoun() {
        ResolvedArticle r = run("Troops “effectively held the ridge,” the military said, and after a long exchange of fire, "
                + "nine fighters were killed.\n");
        ResolvedAttribution a = cue(r, "said");
        assertEquals("the military", source(r, a));
        assertEquals("“effectively held the ridge,”", a.attribution().content().get(0).of(r.article().text()));
    }

    @Test
    void aThatClauseOpeningWithAQuoteStillMakesAReport() {
        ResolvedArticle r = run("The accord emphasized the unity of Dravia and stipulated that \"all militias\" would join the army.\n");
        ResolvedAttribution a = cue(r, "stipulated");
        assertEquals("The accord", source(r, a));
        assertEquals("that \"all militias\" would join the army", a.attribution().content().get(0).of(r.article().text()));
    }

    @Test
    void aComparisonDrawnIsAViewButComparedWithIsNot() {
        ResolvedArticle r = run("President Ana Kral voiced anger on Sunday at the delay, likening it to a siege.\n\n"
                + "Exports to Dravia fell by a third compared with last year.\n");
        assertEquals(Optional.of("Ana Kral"), speaker(cue(r, "likening")));
        assertTrue(withCue(r, "compared").isEmpty(), () -> "no report in a comparison of figures: " + r.attributions());
    }
}
