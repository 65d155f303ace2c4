package org.claimgraph.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** Another side stating the same proposition, on invented actors and wordings. */
class RepetitionsTest {

    private static final String ASSERT = "https://w3id.org/claimgraph/ontology#stance-assert";
    private static int next;

    /** A claim of {@code speaker} (an IRI whose last segment names it) in its own article. */
    private static TracedClaim claim(String speaker, String text, String cue) {
        Node n = NodeFactory.createURI("https://example.org/claim/" + next++);
        Node who = NodeFactory.createURI("https://example.org/id/" + speaker);
        return TracedClaim.of(n, who.getURI(), who.getURI(), who, false, false, text, cue, ASSERT,
                NodeFactory.createURI("https://example.org/article/" + next), "a" + next, "2025-04-0" + (next % 9 + 1), Optional.empty(), 0);
    }

    private static Repetitions repetitions(TracedClaim... claims) {
        return new Repetitions(new Rarity(List.of(claims)));
    }

    @Test
    void anotherSideStatingTheSameAgreementRepeatsIt() {
        TracedClaim mediator = claim("iceland", "Ruritania and Borduria have agreed to an immediate truce along the northern border", "said");
        TracedClaim party = claim("ruritania", "Ruritania and Borduria agreed to a truce on the northern border", "announced");
        assertTrue(repetitions(mediator, party).repeats(mediator, party));
    }

    @Test
    void aConditionIsNotRepeatedByAPlainStatementOfTheSameDeal() {
        // the same words, the same actors and verb: one side's terms are not the other's report of the deal
        TracedClaim terms = claim("borduria", "Borduria will sign the truce with Ruritania only if the border guards withdraw", "said");
        TracedClaim plain = claim("iceland", "Borduria will sign the truce with Ruritania", "said");
        assertFalse(repetitions(terms, plain).repeats(terms, plain));
    }

    @Test
    void twoSpeakersSayingTheyWillDoOneThingMakeTwoClaims() {
        // no subject named: each speaks of himself, and two leaders' visits are two propositions
        TracedClaim one = claim("person/anna-alder", "will travel to Vienna next week to meet Carpathian leaders about the truce", "said");
        TracedClaim other = claim("person/boris-birch", "will travel to Vienna next week to meet Carpathian leaders about the truce", "said");
        assertFalse(repetitions(one, other).repeats(one, other));
    }

    @Test
    void aConfirmationMustBeAboutTheSameActor() {
        TracedClaim sweden = claim("sweden", "Norway will reopen the northern ferry crossing for fishing boats", "said");
        TracedClaim denmark = claim("denmark", "Finland will reopen its northern ports for fishing boats", "confirmed");
        TracedClaim finland = claim("finland", "Norway would reopen the northern ferry crossing for fishing boats", "confirmed");
        Repetitions r = repetitions(sweden, denmark, finland);
        assertFalse(r.canConfirm(sweden, denmark));
        assertTrue(r.canConfirm(sweden, finland));
    }

    @Test
    void aWordingIsReadForAConditionOncePerBatch() {
        TracedClaim terms = claim("borduria", "Borduria will sign the truce with Ruritania only if the border guards withdraw", "said");
        TracedClaim plain = claim("iceland", "Borduria will sign the truce with Ruritania", "said");
        TracedClaim again = claim("ruritania", "Borduria will sign the truce with Ruritania", "said");
        Repetitions r = repetitions(terms, plain, again);
        assertTrue(r.conditional(terms));
        assertFalse(r.conditional(plain));
        assertFalse(r.conditional(again));
        r.repeats(terms, plain);
        r.repeats(plain, again);
        assertEquals(2, r.conditionsRead()); // two wordings, each read once whatever the comparisons
    }
}
