package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.claimgraph.domain.Development.Kind;
import org.junit.jupiter.api.Test;

/**
 * Who takes a negotiation step (issue 14: steps found with the wrong actors): a military as itself,
 * a name in apposition, the mediators a sentence names, "the sides", a leader signing for his state,
 * a leader accepting in person. Sentences written for this test.
 */
class NegotiationActorsTest {

    /** The actors of the first step of {@code kind}, failing with what was found when there is none. */
    private static Set<String> actors(String text, Kind kind) {
        return PipelineFixture.stepActors(PipelineFixture.runPublished(text, "2025-07-24"), kind);
    }

    @Test
    void aMilitaryTakesItsStepAsItselfNotAsItsState() {
        assertEquals(Set.of("Sudanese Armed Forces"), actors("The Sudanese army welcomed the truce proposal of the mediators.\n", Kind.RESPONSE));
        assertEquals(Set.of("Sudanese Armed Forces"), actors(
                "Hopes for a truce faded when the Sudanese army announced its decision to boycott the talks.\n", Kind.REJECTION));
    }

    @Test
    void anAppositionThatIsOnlyANameIsTheSubject() {
        assertEquals(Set.of("Abdel Fattah al-Burhan"), actors(
                "Sudan's military ruler, General Abdel Fattah al-Burhan, rejected the truce plan on Sunday.\n", Kind.REJECTION));
        // a role in apposition is no name: the subject is before it
        assertEquals(Set.of("Ron Dermer"), actors(
                "Ron Dermer, Israel's strategic affairs minister, rejected the ceasefire proposal on Sunday.\n", Kind.REJECTION));
    }

    @Test
    void theMediatorsASentenceNamesTakePartInItsDealAndTalks() {
        assertEquals(Set.of("Pakistan", "Afghanistan", "Qatar", "Turkey"), actors(
                "Pakistan and Afghanistan agreed to a truce at talks mediated by Qatar and Turkey.\n", Kind.TALKS_HELD));
        assertEquals(Set.of("United States", "Houthis", "Oman"), actors(
                "The Houthis and the United States agreed to an Oman-mediated truce at sea.\n", Kind.AGREEMENT));
        assertEquals(Set.of("Israel", "Hamas", "Qatar", "Egypt"), actors(
                "Qatari and Egyptian mediators are preparing a new round of indirect negotiations between Israel and Hamas.\n", Kind.TALKS_HELD));
        // mediators named in another clause mediate another step
        assertEquals(Set.of("Israel"), actors(
                "An Israeli team landed in Cairo for talks with Hamas, a day after the group sent its reply to Egyptian mediators.\n",
                Kind.TALKS_HELD));
    }

    @Test
    void theSidesAreTheSidesOfTheTalksTold() {
        assertEquals(Set.of("Russia", "Ukraine"), actors(
                "Russia and Ukraine held talks in Istanbul on Wednesday. The sides agreed to exchange 300 detainees each.\n", Kind.AGREEMENT));
    }

    @Test
    void aLeaderAnnouncingADealMakesItHisStates() {
        assertEquals(Set.of("Israel", "Lebanon"), actors("Benjamin Netanyahu announced a ceasefire agreement with Lebanon on Tuesday.\n",
                Kind.AGREEMENT));
    }

    @Test
    void aLeaderWhoAgreesAloneAcceptsInPerson() {
        assertEquals(Set.of("Vladimir Putin"), actors("Russia's President Vladimir Putin has agreed to the Easter truce plan.\n",
                Kind.ACCEPTANCE));
    }

    @Test
    void aTalksNounTakesEveryPartyOfItsList() {
        // the comma inside "between A, B and C" does not close the list of parties
        assertEquals(Set.of("Russia", "United States", "Ukraine"), actors(
                "Grain shipments were the subject of a meeting between envoys of Russia, the United States and Ukraine in Riyadh.\n",
                Kind.TALKS_HELD));
    }

    @Test
    void aStateNamedOnlyInAPersonsTitleIsNoSecondParty() {
        assertEquals(Set.of("Donald Trump", "Vladimir Putin"), actors(
                "Russian President Vladimir Putin and Donald Trump took questions after a long meeting on the ceasefire.\n",
                Kind.TALKS_HELD));
        assertEquals(Set.of("Steve Witkoff", "Kirill Dmitriev"), actors(
                "The truce plan, drafted by US envoy Steve Witkoff and Russian envoy Kirill Dmitriev, was criticised in Kyiv.\n",
                Kind.PROPOSAL));
        // the state he acts for, named as such, stays a party
        assertEquals(Set.of("Nabih Berri", "Lebanon"), actors(
                "Lebanese parliament speaker Nabih Berri, who negotiated that truce on behalf of Lebanon, met the envoy on Monday.\n",
                Kind.TALKS_HELD));
    }

    @Test
    void aPronounRightAfterAReportingVerbIsTheReporterNotTheAgentOfAnotherVerb() {
        // "put forward by Egyptian officials" is said of the plan, not of who accepts it
        assertEquals(Set.of("Hamas"), actors("Hamas said it accepts the plan put forward by Egyptian officials on Monday.\n", Kind.ACCEPTANCE));
        assertEquals(Set.of("Rapid Support Forces"), actors(
                "The paramilitary force, the Rapid Support Forces (RSF), announced that it accepts the Saudi-drafted truce plan.\n",
                Kind.ACCEPTANCE));
    }
}
