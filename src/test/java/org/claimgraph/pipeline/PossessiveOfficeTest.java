package org.claimgraph.pipeline;

import static org.claimgraph.pipeline.PipelineFixture.links;
import static org.claimgraph.pipeline.PipelineFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.claimgraph.domain.ResolvedArticle;
import org.junit.jupiter.api.Test;

/**
 * A person named inside an office's name ("Benjamin Netanyahu's office") is named all the same; a
 * state before its own institution stays inside the institution's name. Invented sentences.
 */
class PossessiveOfficeTest {

    @Test
    void thePersonWhoseOfficeSpeaksIsMentionedBesideTheOffice() {
        ResolvedArticle r = run("Officials met again in the evening. Prime Minister Benjamin Netanyahu's office said the delegation would stay another day.\n");
        assertEquals("Benjamin Netanyahu", links(r).get("Benjamin Netanyahu"), links(r).toString());
        assertEquals("Prime Minister's Office of Israel", links(r).get("office"), links(r).toString());
        assertEquals(java.util.Optional.of("Prime Minister's Office of Israel"),
                r.attributions().get(0).speaker().entity().map(org.claimgraph.domain.Entity::label), "the office, not the man, is the speaker");
    }

    @Test
    void aStateBeforeItsOwnInstitutionIsNoMentionOfItsOwn() {
        ResolvedArticle r = run("Somalia's government said on Monday that the new district council would sit next month.\n");
        assertFalse(links(r).containsKey("Somalia"), links(r).toString());
    }
}
