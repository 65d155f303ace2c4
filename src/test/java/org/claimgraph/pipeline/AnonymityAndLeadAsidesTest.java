package org.claimgraph.pipeline;

import static org.claimgraph.pipeline.PipelineFixture.entity;
import static org.claimgraph.pipeline.PipelineFixture.withCue;
import static org.claimgraph.pipeline.PipelineFixture.cue;
import static org.claimgraph.pipeline.PipelineFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.domain.ResolvedAttribution;
import org.junit.jupiter.api.Test;

/**
 * Forms met in the real-news articles of the fifth issue-12 round (Cameroon, Georgia's Geneva
 * talks, Guyana–Venezuela): a request for anonymity between a speaker and the verb with no closing
 * comma, an aside on who leads the speaker or where it is based, two cues the lexicon lacked, a
 * topic kicker before a headline's colon, one who spoke to an outlet, and the breakaway regions of
 * Georgia and the IMF in the gazetteer. Texts written for this test; the people are invented.
 */
class AnonymityAndLeadAsidesTest {

    private static String source(ResolvedArticle r, ResolvedAttribution a) {
        return a.attribution().source().map(s -> s.of(r.article().text())).orElse("");
    }

    @Test
    void aRequestForAnonymityWithoutItsClosingCommaStaysWithTheSpeakerAndReportsNothing() {
        ResolvedArticle r = run("“The road is open again,” the officer, who asked not to be named said.\n");
        assertEquals("the officer, who asked not to be named", source(r, cue(r, "said")));
        assertEquals(0, withCue(r, "asked").size(), () -> r.attributions().toString());
    }

    @Test
    void anAsideOnWhoLeadsTheSpeakerOrWhereItIsBasedIsNotTheSpeaker() {
        ResolvedArticle r = run("Moldova's delegation, led by Deputy Foreign Minister Ana Lupu, called for the release of all detainees.\n");
        assertEquals("Moldova's delegation", source(r, cue(r, "called for")));
        ResolvedArticle based = run("Rebel spokesman Tomas Elu, based in the northern hills, claimed the army had shelled two villages.\n");
        assertEquals("Rebel spokesman Tomas Elu", source(based, cue(based, "claimed")));
    }

    @Test
    void positedAfterAQuoteAndMadeItClearAreCues() {
        ResolvedArticle r = run("“We will hold the bridge,” the governor posited.\n\nShe also made it clear that the deal was final.\n");
        assertEquals("the governor", source(r, cue(r, "posited")));
        assertEquals("She", source(r, cue(r, "also made it clear")));
    }

    @Test
    void georgiasBreakawayRegionsAndTheImfAreKnownWithTheirIdentifiers() {
        ResolvedArticle r = run("Envoys from Abkhazia and South Ossetia left the meeting in Geneva on Tuesday.\n\n"
                + "The IMF approved a new loan for the region.\n");
        assertEquals(Optional.of("Q23334"), entity(r, "Abkhazia").wikidata());
        assertEquals(Optional.of("Q23427"), entity(r, "South Ossetia").wikidata());
        assertEquals(Optional.of("Q7804"), entity(r, "International Monetary Fund").wikidata());
    }

    @Test
    void aTopicKickerOrAnAdverbBeforeAColonIsNoSpeaker() {
        ResolvedArticle r = run("Northern Vale Crisis: Three fighters killed in Arbuk\n\nPreviously: the governor visited the border posts\n\n"
                + "The army said the road was open.\n");
        assertEquals(0, r.attributions().stream().filter(a -> a.attribution().cueLemma().equals(":")).count(), () -> r.attributions().toString());
    }

    @Test
    void whoSpokeToAnOutletIsTheSpeakerAndTheOutletTheChannel() {
        ResolvedArticle r = run("A resident speaking to The Herald said the road was open again.\n");
        ResolvedAttribution a = cue(r, "said");
        assertEquals("A resident", source(r, a));
        assertEquals(Optional.of("The Herald"), a.attribution().via().map(v -> v.of(r.article().text())));
        ResolvedArticle who = run("A farmer who spoke to Radio Dalo said the soldiers had left.\n");
        assertEquals("A farmer", source(who, cue(who, "said")));
    }
}
