package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.claimgraph.domain.Development.Kind;
import org.junit.jupiter.api.Test;

/**
 * Step actors standing outside the trigger's own phrase (issue 14): the subject of the verb an
 * infinitive serves, the possessor of "his meeting with …", and the author of a step noun told by a
 * participle ("a proposal put forward by …"). Sentences written for this test.
 */
class StepActorsReachTest {

    private static Set<String> actors(String text, Kind kind) {
        return PipelineFixture.stepActors(PipelineFixture.runPublished(text, "2025-07-24"), kind);
    }

    @Test
    void anInfinitiveOfPurposeMeetsWithItsVerbsSubject() {
        assertEquals(Set.of("Ana Ruiz", "Tomas Verrandel"), actors("Norlandian Prime Minister Ana Ruiz visited Ostria on Monday to meet "
                + "with Ostrian President Tomas Verrandel, seeking to mend ties strained by a border deal.\n", Kind.TALKS_HELD));
    }

    @Test
    void thePossessorOfAMeetingIsTheSideItsPartnerMet() {
        assertEquals(Set.of("Marco Rubio", "Tomas Verrandel"), actors(
                "During his meeting with Marco Rubio, President Tomas Verrandel said that the border talks had gone well.\n", Kind.TALKS_HELD));
    }

    @Test
    void aParticipleBetweenAStepNounAndItsAuthorKeepsTheAuthor() {
        assertEquals(Set.of("United States"), actors(
                "The army chief turned down a truce plan put forward by the United States at the weekend.\n", Kind.PROPOSAL));
    }
}
