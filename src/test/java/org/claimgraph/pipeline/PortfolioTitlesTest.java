package org.claimgraph.pipeline;

import static org.claimgraph.pipeline.PipelineFixture.entity;
import static org.claimgraph.pipeline.PipelineFixture.links;
import static org.claimgraph.pipeline.PipelineFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.ResolvedArticle;
import org.junit.jupiter.api.Test;

/**
 * Cues that make an unknown name a person (issue 12): a minister's portfolio written between the
 * title and the name (the portfolio is not part of the name), "according to" before a name, and
 * role nouns the list lacked. Texts written for this test; the people are invented.
 */
class PortfolioTitlesTest {

    @Test
    void aPortfolioAfterMinisterOfIsSplitFromThePersonsName() {
        ResolvedArticle r = run("According to the minister of Information Dawit Alemu, the clash started over water. "
                + "Minister of State for Interior and Trade Rana Farooq said the road was closed.\n");
        assertEquals(List.of(EntityType.Person), entity(r, "Dawit Alemu").types());
        assertEquals(List.of(EntityType.Person), entity(r, "Rana Farooq").types());
        assertFalse(links(r).keySet().stream().anyMatch(k -> k.startsWith("Information") || k.startsWith("Interior")), links(r).toString());
    }

    @Test
    void anOfficeWithoutAPortfolioWordIsNoPerson() {
        ResolvedArticle r = run("The Director General of Border Operations said the posts were quiet.\n");
        assertFalse(links(r).containsKey("Border Operations"), links(r).toString());
    }

    @Test
    void aNameAfterAMinistersRegionIsAPerson() {
        ResolvedArticle r = run("The talks brought together the two leaders and the Minister of State for Europe Peter Hallworth.\n");
        assertEquals(List.of(EntityType.Person), entity(r, "Peter Hallworth").types());
    }

    @Test
    void aTwoWordNameAfterAccordingToIsAPerson() {
        ResolvedArticle r = run("According to Musa Danjuma, the captives named the commander.\n");
        assertEquals(List.of(EntityType.Person), entity(r, "Musa Danjuma").types());
    }

    @Test
    void aJudgeOrAnInfluencerBeforeANameMakesAPerson() {
        ResolvedArticle r = run("The panel includes former Kenyan judge Amina Wanjiru. Crowds cheered the social media influencer "
                + "Dayo Kehinde on Sunday.\n");
        assertEquals(List.of(EntityType.Person), entity(r, "Amina Wanjiru").types());
        assertEquals(List.of(EntityType.Person), entity(r, "Dayo Kehinde").types());
    }
}
