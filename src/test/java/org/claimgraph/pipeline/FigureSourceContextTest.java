package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimgraph.domain.ResolvedArticle;
import org.junit.jupiter.api.Test;

/**
 * Who states a number whose source is a document named around it (issue 14): a relative clause on
 * the document ("the report, which counts …") and the sentence after an "according to a report"
 * sentence; a pronoun source that goes on with the unnamed speaker before it (the speaker step's
 * {@code UnnamedPersonAntecedent}); a headline's figure restated later with a source. Sentences written for this test.
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

    @Test
    void aHeadlineFigureRestatedWithItsSourceIsThatSources() {
        // the headline sums up the lead; the lead's source gives the headline's figure too
        ResolvedArticle r = run("Shelling leaves 37 dead in the river town of Norvale\n\n"
                + "Shelling on Tuesday killed 37 people in Norvale, the regional governor said.\n");
        assertEquals("regional governor", PipelineFixture.statedBy(r, "37"));
    }

    @Test
    void aTrucesLengthRestatedWithASourceStaysTheReporters() {
        // a truce's length is a term of the deal, not someone's count: the headline keeps no source
        ResolvedArticle r = run("Rivals agree to a truce of 45 days in the valley\n\n"
                + "The two sides agreed to a truce of 45 days, the mediator said on Friday.\n");
        assertEquals("(reporter)", PipelineFixture.statedBy(r, "45"));
    }
}
