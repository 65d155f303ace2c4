package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimgraph.domain.ResolvedArticle;
import org.junit.jupiter.api.Test;

/**
 * Who states a number whose source is a document named around it (issue 14): a relative clause on
 * the document ("the report, which counts …") and the sentence after an "according to a report"
 * sentence; a pronoun source that goes on with the unnamed speaker before it (the speaker step's
 * {@code UnnamedPersonAntecedent}). Sentences written for this test.
 */
class FigureSourceContextTest {

    private static ResolvedArticle run(String text) {
        return PipelineFixture.runPublished(text, "2025-07-24");
    }

    @Test
    void aFigureInARelativeClauseOnAReportIsTheReports() {
        ResolvedArticle r = run("The World Health Organization report adds that clinics have closed. \"The needs are urgent,\" reads the report, "
                + "which counts 4,120 displaced people in the district.\n");
        assertEquals("World Health Organization", PipelineFixture.statedBy(r, "4,120"));
    }

    @Test
    void theSentenceAfterAReportGivenByAccordingToGoesOnWithIt() {
        ResolvedArticle r = run("According to a field report by the World Health Organization, the fighting forced families to flee. "
                + "In the north, 3,150 people fled to the coast.\n");
        assertEquals("World Health Organization", PipelineFixture.statedBy(r, "3,150"));
    }

    @Test
    void aPronounSourceGivesItsFiguresForTheUnnamedSpeakerItGoesOnWith() {
        // "he" after an unnamed commander: the commander states the quoted toll, not a speaker called "he"
        ResolvedArticle r = run("According to a senior police commander in the province, the clash also injured nine people. "
                + "\"This clash left 40 dead,\" he stated.\n");
        assertEquals("senior police commander", PipelineFixture.statedBy(r, "40"));
    }

    @Test
    void aWishOrWhatSomeoneKnowsGivesNoFigure() {
        // the reporter counts what arrived and what is missing; the mission hoped, the council knows
        ResolvedArticle r = run("Of the 2,000 police officers that the mission had hoped to send to the island, only 640 officers have arrived. "
                + "Where the remaining 1,360 officers will come from, only the regional council knows.\n");
        assertEquals("(reporter)", PipelineFixture.statedBy(r, "640"));
        assertEquals("(reporter)", PipelineFixture.statedBy(r, "1,360"));
    }
}
