package org.claimgraph.trace;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Who does what to whom in a wording, read from its tags (invented actors). */
class ClaimFrameTest {

    private static boolean swapped(String a, String b) {
        return ClaimFrame.swappedRoles(ClaimFrame.of(a), ClaimFrame.of(b));
    }

    private static boolean otherPredicates(String a, String b) {
        return ClaimFrame.otherPredicates(ClaimFrame.of(a), Words.of(a), ClaimFrame.of(b), Words.of(b));
    }

    @Test
    void theAgentIsTheNameBeforeTheMainVerb() {
        ClaimFrame f = ClaimFrame.of("Arvania has returned the bodies of 300 Belmarkian soldiers");
        assertTrue(f.agent().containsAll(Words.of("Arvania")), f.toString());
        assertTrue(f.others().containsAll(Words.of("Belmarkian")), f.toString());
        assertTrue(f.predicates().containsAll(Words.of("returned")), f.toString());
        assertTrue(ClaimFrame.of("the plan was rejected by Arvania").agent().containsAll(Words.of("Arvania")), "a passive's agent follows 'by'");
    }

    @Test
    void theSubjectIsNamedBeforeTheMainVerbNotAfterBy() {
        assertTrue(ClaimFrame.of("Arvania has returned the bodies of Belmarkian soldiers").subject().containsAll(Words.of("Arvania")));
        // a wording that opens on its verb names no subject: the one who urged is no actor of the plan
        ClaimFrame urged = ClaimFrame.of("plans to visit the capital after being urged by Belmark");
        assertTrue(urged.subject().isEmpty(), urged.toString());
        assertTrue(urged.agent().containsAll(Words.of("Belmark")), urged.toString());
    }

    @Test
    void theSamePredicateWithItsRolesGivenToOtherActorsIsAnotherClaim() {
        assertTrue(swapped("Norway has returned the bodies of Swedish soldiers", "Sweden is to return the bodies of Norwegian soldiers"));
        assertTrue(swapped("Norway agreed and asked the mediators to win over Sweden", "both Norway and Sweden agreed"));
        assertFalse(swapped("Arvania agreed to the truce", "Arvania has agreed to a truce with Belmark"));
        // an agent that is not named ("the governments", "they") is unknown, not another actor
        assertFalse(swapped("the governments will begin talks on the return of Belmarkian prisoners",
                "Arvania and Belmark will begin talks on the return of prisoners"));
    }

    @Test
    void wordingsWithNoPredicateInCommonShareATopicNotAProposition() {
        assertTrue(otherPredicates("we fear that the envoy will obstruct the peace in the valley",
                "there will be no peace in the valley unless the rebels lay down their weapons"));
        // a predicate worded as a noun in the other wording is shared
        assertFalse(otherPredicates("Arvania freed all the hostages", "the release of all the hostages by Arvania"));
        assertFalse(otherPredicates("the hostages", "Arvania freed all the hostages"), "a wording without a verb says nothing of it");
    }

    @Test
    void irregularFormsAndVerbsOfOneActAreOnePredicate() {
        // stemming leaves "take" and "taken" apart; the data file folds them
        assertFalse(otherPredicates("Arvania took the offer to the mediators", "the offer has been taken to the mediators"));
        assertFalse(otherPredicates("Arvania pulled its negotiators out of the talks", "Arvania withdrew its negotiators from the talks"));
        assertTrue(ClaimFrame.of("Arvania accepted the truce").predicates().containsAll(ClaimFrame.of("Arvania agreed to the truce").predicates()));
        // a group keeps one polarity: to accept is not to reject
        assertTrue(otherPredicates("Arvania accepted the offer of a truce", "Arvania rejected the offer of a truce"));
    }
}
