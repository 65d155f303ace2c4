package org.claimgraph.pipeline;

import static org.claimgraph.pipeline.PipelineFixture.entity;
import static org.claimgraph.pipeline.PipelineFixture.links;
import static org.claimgraph.pipeline.PipelineFixture.withCue;
import static org.claimgraph.pipeline.PipelineFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.domain.ResolvedAttribution;
import org.junit.jupiter.api.Test;

/**
 * Name and report forms met in news of negotiations the corpus lacked until December 2026 (a UN
 * island dialogue, an EU-facilitated dialogue, a peace process's decommissioning, border talks):
 * buildings named as places, two
 * negotiators named as a pair, "continue" with no quote, a pronoun after a relayed report, Kosovo
 * as a state. Invented sentences; people not in the gazetteer are invented.
 */
class DialogueNewsFormsTest {

    @Test
    void aPalaceOrAHouseNamedAfterAKnownPlaceIsAPlaceOfItsOwn() {
        ResolvedArticle r = run("The envoys met at Hyderabad House on Tuesday. The delegations later moved to the Tarbikha Palace.\n");
        assertTrue(entity(r, "Hyderabad House").isPlace(), links(r).toString());
        assertTrue(entity(r, "Tarbikha Palace").isPlace(), links(r).toString());
    }

    @Test
    void aNameJoinedByAndToAPersonIsAPerson() {
        ResolvedArticle r = run("The EU envoy met the chief negotiators of the two sides, Petar Novak and Besim Krasniqi, on Monday.\n");
        assertEquals(List.of(EntityType.Person), entity(r, "Besim Krasniqi").types(), links(r).toString());
    }

    @Test
    void continueReportsOnlyWhenAQuoteGoesOn() {
        ResolvedArticle r = run("At the next round, discussions will continue on six areas of cooperation, as confirmed by the ministry.\n");
        assertTrue(withCue(r, "will continue").isEmpty(), () -> "no report of the discussions: " + r.attributions());
        assertEquals(1, withCue(r, "as confirmed by").size(), r.attributions().toString());
        ResolvedArticle quoted = run("“We are ready,” the envoy said. “The talks must go on,” she continued.\n");
        assertEquals(1, withCue(quoted, "continued").size(), quoted.attributions().toString());
    }

    @Test
    void aPronounAfterARelayedReportGoesOnWithTheCitedSpeakerNotTheChannel() {
        ResolvedArticle r = run("In a post on X, Ambassador Lina Haddad cited ministry spokesperson Omar Farid, who noted that the "
                + "visit was a chance to rebuild trust. The visit, he said, aims to open new channels.\n");
        ResolvedAttribution said = withCue(r, "said").get(0);
        assertEquals("Omar Farid", said.speaker().entity().map(Entity::label).orElse(""), r.attributions().toString());
    }

    @Test
    void aParticipleWithItsAgentAfterAnAdverbDescribesTheNoun() {
        ResolvedArticle r = run("Only 5% of the disarmed fighters are from the six camps previously acknowledged by the government.\n");
        assertTrue(r.attributions().isEmpty(), () -> "no report of the camps: " + r.attributions());
    }

    @Test
    void kosovoIsAStateWithItsIdentifier() {
        ResolvedArticle r = run("Kosovo and Serbia resumed their dialogue in Brussels on Monday.\n");
        assertEquals("Q1246", entity(r, "Kosovo").wikidata().orElse(""), links(r).toString());
        assertTrue(entity(r, "Kosovo").types().contains(EntityType.State), links(r).toString());
    }

    @Test
    void anArmyNamedByItsSoldiersOrGovernmentForcesIsTheArmy() {
        ResolvedArticle r = run("Ethiopian soldiers clashed with the militia on Monday. Congolese government forces held the airport.\n");
        assertEquals("Ethiopian National Defense Force", links(r).get("Ethiopian soldiers"), links(r).toString());
        assertEquals("FARDC", links(r).get("Congolese government forces"), links(r).toString());
    }

    @Test
    void rebelsFightingAnArmyAreTheSpeakerNotTheArmy() {
        ResolvedArticle r = run("M23 rebels fighting Burundian government forces claim to hold the bridge.\n");
        ResolvedAttribution claim = withCue(r, "claim").get(0);
        assertEquals("M23", claim.speaker().entity().map(Entity::label).orElse(""), r.attributions().toString());
    }

    @Test
    void aStatesForeignMinistryNamedByItsDemonymIsThatStatesMinistry() {
        ResolvedArticle r = run("The talks will go on in May, the Turkish Foreign Ministry said on Monday.\n");
        assertEquals("Ministry of Foreign Affairs of Turkey", links(r).get("Turkish Foreign Ministry"), links(r).toString());
    }

    @Test
    void aReportVerbThatEndsTheSentenceAfterItsClauseReportsIt() {
        ResolvedArticle r = run("Most of the fighters came from other areas, a map of the region shows.\n");
        assertEquals(1, withCue(r, "shows").size(), r.attributions().toString());
    }
}
