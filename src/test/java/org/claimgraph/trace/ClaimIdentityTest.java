package org.claimgraph.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class ClaimIdentityTest {

    private static final String ASSERT = "https://w3id.org/claimgraph/ontology#stance-assert";
    private static final String DENY = "https://w3id.org/claimgraph/ontology#stance-deny";
    private static final String DEMAND = "https://w3id.org/claimgraph/ontology#stance-demand";
    private static final String ACCUSE = "https://w3id.org/claimgraph/ontology#stance-accuse";
    private static int next;

    private static TracedClaim claim(String speaker, String text, String stance, String article, String date) {
        Node n = NodeFactory.createURI("https://example.org/claim/" + next++);
        Node who = NodeFactory.createURI("https://example.org/" + speaker);
        return TracedClaim.of(n, who.getURI(), who.getURI(), who, false, false, text, "said", stance,
                NodeFactory.createURI("https://example.org/article/" + article), article, date, Optional.empty(), next);
    }

    private static ClaimIdentity identity(TracedClaim... claims) {
        return new ClaimIdentity(new Rarity(List.of(claims)));
    }

    @Test
    void countsWrittenAsWordsOrWithSeparatorsAreOneFigure() {
        assertTrue(Words.sameFigures(Words.numbers("eight civilians were killed"), Words.numbers("8 people were killed")));
        assertTrue(Words.of("1,200 prisoners").contains("1200"));
    }

    @Test
    void synonymsFromTheDataFileFoldTogether() {
        assertEquals(Words.of("the sides agreed to swap prisoners"), Words.of("the sides agreed to exchange prisoners"));
    }

    @Test
    void newsParaphrasesOfRetaliationAndDisarmamentFoldTogether() {
        assertEquals(Words.of("the shelling was in retaliation for raids"), Words.of("the shelling was in response to raids"));
        assertEquals(Words.of("the militia will not give up its arms"), Words.of("the militia will not surrender its arms"));
        assertEquals(Words.of("until the militia lays down its arms"), Words.of("until the militia surrenders its arms"));
        assertEquals(Words.of("the council called the offer unacceptable"), Words.of("the council called the offer rejected"));
    }

    @Test
    void theUsAbbreviationIsTheUnitedStatesButThePronounIsNot() {
        assertEquals(Words.of("US envoy"), Words.of("U.S. envoy"));
        assertEquals(Words.of("American envoy"), Words.of("US envoy"));
        assertFalse(Words.of("they told us").contains(Words.of("United").iterator().next()));
        // every state's demonym, from the reference graph, not only the examples' conflict
        assertEquals(Words.of("Ethiopia envoy"), Words.of("Ethiopian envoy"));
        assertEquals(Words.of("Palestine envoy"), Words.of("Palestinian envoy"));
        assertTrue(Words.of("United Kingdom envoy").containsAll(Words.of("British envoy")));
        assertFalse(Words.of("American envoy").containsAll(Words.of("British envoy")), "two states are not one word");
    }

    @Test
    void aPhraseOfASynonymGroupFoldsAsOneWord() {
        assertEquals(Words.of("the rebels seized the port town"), Words.of("the rebels took over the port town"));
        assertTrue(Words.of("the port town fell to the rebels").containsAll(Words.of("seized port town")));
    }

    @Test
    void quotationMarksDoNotChangeTheWording() {
        assertEquals(Words.of("the port town \"did not fall\" to the rebels"), Words.of("the port town did not fall to the rebels"));
        assertTrue(Words.of("the town did not “completely fall” to the rebels").containsAll(Words.of("seized town")));
        assertEquals(Words.of("the rebels’ claim"), Words.of("the rebels' claim"));
    }

    @Test
    void aNegationBearsOnTheFewWordsAfterIt() {
        assertTrue(ClaimIdentity.negatedWords("the port town did not completely fall to the rebels").containsAll(Words.of("seized")));
        assertFalse(ClaimIdentity.negatedWords("we have received no formal reply from the rebels, who seized the port town")
                .containsAll(Words.of("seized")));
        assertTrue(ClaimIdentity.negatedWords("the talks went on").isEmpty());
    }

    @Test
    void aNameWithDigitsIsOneWord() {
        assertTrue(Words.of("talks with the K19 group").contains("k19"));
        assertFalse(Words.of("talks with the K19 group").contains("19"));
    }

    @Test
    void aSpeakerReportingHisOwnSidesClaimAsMostOfWhatHeSaysRepeatsIt() {
        Node negotiator = NodeFactory.createURI("https://example.org/negotiator");
        Node state = NodeFactory.createURI("https://example.org/state");
        Node article = NodeFactory.createURI("https://example.org/article/n");
        TracedClaim outer = new TracedClaim(NodeFactory.createURI("https://example.org/claim/outer"), negotiator.getURI(), state.getURI(),
                negotiator, false, true, "the state proposed forming three working groups on prisoners, aid and borders",
                Words.of("the state proposed forming three working groups on prisoners, aid and borders"), Words.numbers("three"), "said",
                Words.of("said"), "", ASSERT, article, "n", "2025-06-01", Optional.empty(), 10, false, false, DatedIndex.day("2025-06-01"));
        TracedClaim inner = new TracedClaim(NodeFactory.createURI("https://example.org/claim/inner"), state.getURI(), state.getURI(), state,
                false, false, "forming three working groups on prisoners, aid and borders",
                Words.of("forming three working groups on prisoners, aid and borders"), Words.numbers("three"), "proposed",
                Words.of("proposed"), "", ASSERT, article, "n", "2025-06-01", Optional.empty(), 30, false, false, DatedIndex.day("2025-06-01"));
        TracedClaim other = claim("rival", "forming three working groups on prisoners, aid and borders", ASSERT, "n", "2025-06-01");
        ClaimIdentity identity = identity(outer, inner, other, claim("x", "talks on borders went on", ASSERT, "m", "2025-06-01"));
        assertTrue(identity.agreement(outer, inner) >= 1);
        assertEquals(0, identity.agreement(outer, other)); // another side's claim reported inside it stays a report
    }

    @Test
    void aSideAndItsNegotiatorReportingOneActWithDifferentCuesNeedLessThanOneSpeakerChangingHisAct() {
        Node negotiator = NodeFactory.createURI("https://example.org/negotiator");
        Node state = NodeFactory.createURI("https://example.org/ruritania");
        // one act, reported by two outlets: the state "advocated" the pauses (a demand), its negotiator "said" it advocated them
        TracedClaim said = TracedClaim.of(NodeFactory.createURI("https://example.org/claim/said"), negotiator.getURI(), state.getURI(),
                negotiator, false, true, "Ruritania also advocated two-day pauses on the river front to collect the wounded", "said", ASSERT,
                NodeFactory.createURI("https://example.org/article/p"), "p", "2025-04-02", Optional.empty(), 10);
        TracedClaim advocated = TracedClaim.of(NodeFactory.createURI("https://example.org/claim/advocated"), state.getURI(), state.getURI(),
                state, false, false, "two-day pauses to collect the wounded and bury the dead at dawn", "advocated", DEMAND,
                NodeFactory.createURI("https://example.org/article/q"), "q", "2025-04-03", Optional.empty(), 10);
        TracedClaim again = TracedClaim.of(NodeFactory.createURI("https://example.org/claim/again"), negotiator.getURI(), state.getURI(),
                negotiator, false, true, "two-day pauses to collect the wounded and bury the dead at dawn", "advocated", DEMAND,
                NodeFactory.createURI("https://example.org/article/r"), "r", "2025-04-03", Optional.empty(), 10);
        // an order of the side's army and its minister's remark on the order's object: two claims
        TracedClaim ordered = TracedClaim.of(NodeFactory.createURI("https://example.org/claim/ordered"), state.getURI(), state.getURI(),
                state, false, false, "residents of the river villages to move south", "ordered", DEMAND,
                NodeFactory.createURI("https://example.org/article/u"), "u", "2025-04-03", Optional.empty(), 10);
        TracedClaim safe = TracedClaim.of(NodeFactory.createURI("https://example.org/claim/safe"), negotiator.getURI(), state.getURI(),
                negotiator, false, true, "residents who move south will be safe in the camps near the coast", "said", ASSERT,
                NodeFactory.createURI("https://example.org/article/v"), "v", "2025-04-03", Optional.empty(), 10);
        ClaimIdentity identity = identity(said, advocated, again, ordered, safe, claim("x", "the river front was quiet", ASSERT, "s", "2025-04-02"),
                claim("y", "the wounded were taken to the capital", ASSERT, "t", "2025-04-02"));
        double overlap = identity.overlap(said, advocated);
        assertTrue(overlap >= ClaimIdentity.OTHER_STANCE_SAME_SIDE && overlap < ClaimTracer.SAME_CLAIM_UNDATED, "overlap " + overlap);
        assertEquals(ClaimIdentity.Relation.SAME_SIDE, ClaimIdentity.relation(said, advocated));
        assertTrue(identity.agreement(said, advocated) >= 1);
        // one speaker whose act changes ("said", then "advocated") keeps the higher bar
        assertEquals(ClaimIdentity.Relation.SAME_SPEAKER, ClaimIdentity.relation(said, again));
        assertTrue(identity.agreement(said, again) < 1);
        double orderOverlap = identity.overlap(ordered, safe);
        assertTrue(orderOverlap >= ClaimIdentity.OTHER_STANCE_SAME_SIDE && orderOverlap < ClaimTracer.SAME_CLAIM_UNDATED, "overlap " + orderOverlap);
        assertTrue(identity.agreement(ordered, safe) < 1, "neither names the other's act");
    }

    @Test
    void aDenialOfAClaimHasTheSamePolarityAsItsNegatedWording() {
        TracedClaim denied = claim("qatar", "reports that the talks had collapsed", DENY, "a", "2025-07-25");
        TracedClaim negated = claim("qatar", "the talks have not collapsed", ASSERT, "b", "2025-07-25");
        TracedClaim asserted = claim("ministry", "the talks have collapsed", ASSERT, "c", "2025-07-25");
        assertFalse(ClaimIdentity.opposite(denied, negated));
        assertTrue(ClaimIdentity.opposite(asserted, negated));
    }

    @Test
    void oppositePolarityNeedsMoreWordingInCommon() {
        TracedClaim keep = claim("group", "the group will give up its weapons in the south", ASSERT, "a", "2025-08-15");
        TracedClaim refuse = claim("group", "the group will not give up its weapons in the south", ASSERT, "b", "2025-08-15");
        TracedClaim repeat = claim("group", "the group will give up its weapons in the south soon", ASSERT, "c", "2025-08-15");
        ClaimIdentity identity = identity(keep, refuse, repeat);
        assertTrue(identity.agreement(keep, repeat) > identity.agreement(keep, refuse));
    }

    @Test
    void aClusterIsJoinedOnlyWhenItsMembersAgreeOnAverage() {
        TracedClaim a = claim("envoy", "the plan would be taken to Moscow next week", ASSERT, "a", "2025-03-11");
        TracedClaim b = claim("envoy", "sanctions on the bank must be lifted before the truce in the sea", ASSERT, "b", "2025-03-11");
        TracedClaim c = claim("envoy", "the plan would be taken to Moscow soon", ASSERT, "c", "2025-03-12");
        ClaimIdentity identity = identity(a, b, c);
        assertTrue(identity.joins(List.of(a), c) > 0);
        assertEquals(0, identity.joins(List.of(a, b, b), c));
    }

    @Test
    void anotherSpeakerRepeatingAClaimAboutTheSameActorsStatesIt() {
        TracedClaim a = claim("ministry", "the crossing will reopen on Sunday for aid trucks", ASSERT, "a", "2025-03-11");
        TracedClaim b = claim("army", "the crossing will reopen on Sunday for aid trucks", ASSERT, "b", "2025-03-11");
        TracedClaim other = claim("agency", "the harbour stays shut to fishing boats this winter", ASSERT, "c", "2025-03-11");
        assertTrue(identity(a, b, other).agreement(a, b) >= 1);
    }

    @Test
    void anotherSpeakersWordingAboutOtherActorsIsAnotherClaim() {
        TracedClaim a = claim("ministry", "the crossing will reopen on Sunday for aid trucks", ASSERT, "a", "2025-03-11");
        TracedClaim b = claim("army", "the crossing will reopen on Sunday for aid trucks", ASSERT, "b", "2025-03-11");
        ClaimIdentity unrelated = new ClaimIdentity(new Rarity(List.of(a, b)), (x, y) -> false);
        assertEquals(0, unrelated.agreement(a, b));
    }

    @Test
    void anotherSpeakerSayingTheOppositeDoesNotJoinTheClaim() {
        TracedClaim a = claim("ministry", "the crossing will reopen on Sunday for aid trucks", ASSERT, "a", "2025-03-11");
        TracedClaim b = claim("army", "the crossing will not reopen on Sunday for aid trucks", ASSERT, "b", "2025-03-11");
        assertEquals(0, identity(a, b).agreement(a, b));
    }

    @Test
    void anotherSpeakerSharingOnlyPartOfALongerClaimStatesAnotherOne() {
        TracedClaim a = claim("ministry", "the crossing will reopen on Sunday for aid trucks after the engineers repair the road and the gate",
                ASSERT, "a", "2025-03-11");
        TracedClaim b = claim("army", "the crossing will reopen", ASSERT, "b", "2025-03-11");
        TracedClaim other = claim("agency", "the harbour stays shut to fishing boats this winter", ASSERT, "c", "2025-03-11");
        assertTrue(identity(a, b, other).agreement(a, b) < 1);
    }

    /** One speaker's statement of several sentences, as a long quote gives it. */
    private static final String LONG_STATEMENT = "We will keep fighting in the valley until the militia is defeated. The border towns must"
            + " be rebuilt by spring. Our allies abroad are sending engineers and doctors to the capital";

    @Test
    void oneSpeakersShortClaimDoesNotJoinHisLongStatementThroughAFewSharedWords() {
        TracedClaim statement = claim("general", LONG_STATEMENT, ASSERT, "a", "2025-05-02");
        TracedClaim other = claim("general", "the valley hospitals lack fuel and medicine", ASSERT, "b", "2025-05-02");
        TracedClaim filler = claim("agency", "the harbour stays shut to fishing boats this winter", ASSERT, "c", "2025-05-02");
        ClaimIdentity identity = identity(statement, other, filler);
        assertTrue(identity.overlap(statement, other) >= ClaimTracer.SAME_CLAIM, "over the shorter wording alone they would join");
        assertTrue(identity.agreement(statement, other) < 1);
    }

    @Test
    void oneSpeakersPartialQuoteOfHisLongStatementJoinsIt() {
        TracedClaim statement = claim("general", LONG_STATEMENT, ASSERT, "a", "2025-05-02");
        TracedClaim quote = claim("general", "fighting in the valley until the militia is defeated", ASSERT, "b", "2025-05-02");
        TracedClaim filler = claim("agency", "the harbour stays shut to fishing boats this winter", ASSERT, "c", "2025-05-02");
        assertTrue(identity(statement, quote, filler).agreement(statement, quote) >= 1);
    }

    @Test
    void aPositionRestatedWeeksLaterIsOneClaimOnlyWhenWordedClosely() {
        TracedClaim first = claim("movement", "it will ignore the cabinet decision on the northern bases entirely", ASSERT, "a", "2025-08-06");
        TracedClaim close = claim("movement", "it will ignore the cabinet decision on the northern bases", ASSERT, "b", "2025-08-27");
        TracedClaim loose = claim("movement", "the cabinet is serving foreign interests in the north", ASSERT, "c", "2025-08-27");
        TracedClaim late = claim("movement", "it will ignore the cabinet decision on the northern bases", ASSERT, "d", "2025-11-01");
        ClaimIdentity identity = identity(first, close, loose, late);
        assertTrue(identity.agreement(first, close) >= 1, "three weeks later, nearly the same words");
        assertTrue(identity.agreement(first, loose) < 1, "three weeks later, one shared topic word is not enough");
        assertEquals(0, identity.agreement(first, late), "three months later: another claim");
    }

    @Test
    void oneSpeakersWordingsGivingAPredicatesRolesToOtherActorsAreTwoClaims() {
        TracedClaim ours = claim("negotiator", "Norway has returned the bodies of 300 Swedish soldiers", ASSERT, "a", "2025-06-02");
        TracedClaim theirs = claim("negotiator", "Sweden is to return the bodies of 300 Norwegian soldiers", ASSERT, "b", "2025-06-02");
        TracedClaim filler = claim("agency", "the harbour stays shut to fishing boats this winter", ASSERT, "c", "2025-06-02");
        ClaimIdentity identity = identity(ours, theirs, filler);
        assertTrue(identity.overlap(ours, theirs) >= ClaimTracer.SAME_CLAIM, "the same words");
        assertEquals(0, identity.agreement(ours, theirs));
    }

    @Test
    void wordingsWithoutAPredicateInCommonNeedMoreWordsInCommon() {
        TracedClaim fear = claim("general", "we fear that the envoy will obstruct peace in the valley and delay the harvest convoys",
                ASSERT, "a", "2025-06-02");
        TracedClaim terms = claim("general", "peace will return to the valley once the rebels surrender their weapons, free the hostages"
                + " and reopen the roads to the coast", ASSERT, "b", "2025-06-02");
        TracedClaim filler = claim("agency", "the harbour stays shut to fishing boats this winter", ASSERT, "c", "2025-06-02");
        ClaimIdentity identity = identity(fear, terms, filler);
        assertTrue(new Rarity(List.of(fear, terms, filler)).meanOverlap(fear.words(), terms.words()) >= ClaimTracer.SAME_CLAIM,
                "with any predicate in common they would be one claim");
        assertTrue(identity.agreement(fear, terms) < 1);
    }

    /** A claim of {@code speaker}, who speaks for {@code side}. */
    private static TracedClaim sideClaim(String speaker, String side, boolean person, String text, String stance, String article) {
        Node n = NodeFactory.createURI("https://example.org/claim/" + next++);
        Node who = NodeFactory.createURI("https://example.org/" + speaker);
        return TracedClaim.of(n, who.getURI(), "https://example.org/" + side, who, false, person, text, "said", stance,
                NodeFactory.createURI("https://example.org/article/" + article), article, "2025-05-09", Optional.empty(), next);
    }

    @Test
    void aConditionWordedAsARefusalOrAsAnAcceptanceIsOneClaim() {
        assertTrue(ClaimIdentity.setsCondition("there will be no truce unless the militia disarms"));
        assertTrue(ClaimIdentity.setsCondition("the army would join a truce only if the militia disarms"));
        assertTrue(ClaimIdentity.setsCondition("if the militia does not disarm there will be no talks"));
        assertTrue(ClaimIdentity.setsCondition("we will not stop until the prisoners are home"));
        assertFalse(ClaimIdentity.setsCondition("there will be no truce with the militia"));
        TracedClaim refusal = sideClaim("general", "ruritania", true,
                "there can be no truce, no dialogue and no peace with the hill militia unless it first hands over its heavy weapons to the"
                        + " border commission and answers for the raids", ASSERT, "a");
        TracedClaim acceptance = sideClaim("army", "ruritania", false,
                "the army would accept a truce with the hill militia only if its fighters leave the market towns and hand over heavy weapons",
                DEMAND, "b");
        TracedClaim filler = claim("agency", "the harbour stays shut to fishing boats this winter", ASSERT, "c", "2025-05-09");
        ClaimIdentity identity = identity(refusal, acceptance, filler);
        assertTrue(ClaimIdentity.opposite(refusal, acceptance));
        assertEquals(ClaimIdentity.Relation.SAME_SIDE, ClaimIdentity.relation(refusal, acceptance));
        assertTrue(identity.overlap(refusal, acceptance) < ClaimTracer.SAME_CLAIM_UNDATED, "not close enough for an opposite pair");
        assertTrue(identity.agreement(refusal, acceptance) >= 1);
        // without the condition the two are a refusal and an acceptance: opposite claims
        TracedClaim plainRefusal = sideClaim("general", "ruritania", true,
                "there can be no truce, no dialogue and no peace with the hill militia, which must answer for the raids", ASSERT, "d");
        TracedClaim plainAcceptance = sideClaim("army", "ruritania", false,
                "the army would accept a truce with the hill militia and its fighters in the market towns", DEMAND, "e");
        assertTrue(identity(plainRefusal, plainAcceptance, filler).agreement(plainRefusal, plainAcceptance) < 1);
    }

    @Test
    void orNotDoesNotNegateAStatement() {
        assertFalse(ClaimIdentity.negated("the cabinet serves the invaders, knowingly or not"));
        assertFalse(ClaimIdentity.negated("whether or not the talks resume, the convoys will move"));
        assertTrue(ClaimIdentity.negated("the cabinet does not serve the invaders"));
    }

    @Test
    void aSidesChargeWordedAsAnAccusationOrAsAPlainStatementIsOneClaim() {
        TracedClaim accused = sideClaim("leader", "movement", true, "the cabinet of serving the invaders' plan for the coast",
                ACCUSE, "a");
        TracedClaim called = sideClaim("movement", "movement", false, "the decree a grave error that directly serves the invaders' plan",
                ASSERT, "b");
        TracedClaim filler = claim("agency", "the harbour stays shut to fishing boats this winter", ASSERT, "c", "2025-05-09");
        TracedClaim filler2 = claim("agency", "the coast road reopened after the storm", ASSERT, "d", "2025-05-09");
        ClaimIdentity identity = identity(accused, called, filler, filler2);
        assertEquals(ClaimIdentity.Relation.SAME_SIDE, ClaimIdentity.relation(accused, called));
        assertFalse(ClaimIdentity.opposite(accused, called));
        assertTrue(identity.overlap(accused, called) < ClaimTracer.SAME_CLAIM_UNDATED, "not close enough for two kinds of act");
        assertTrue(identity.agreement(accused, called) >= 1);
        // one speaker's accusation and his plain remark keep the bar for two kinds of act
        TracedClaim hisRemark = sideClaim("leader", "movement", true, "the decree a grave error that directly serves the invaders' plan",
                ASSERT, "e");
        assertEquals(ClaimIdentity.Relation.SAME_SPEAKER, ClaimIdentity.relation(accused, hisRemark));
        assertTrue(identity.agreement(accused, hisRemark) < 1);
        // a side's short charge and its office's count on the topic share one word: a topic, not one claim
        TracedClaim charge = sideClaim("leader", "movement", true, "of stealing aid", ACCUSE, "f");
        TracedClaim count = sideClaim("movement", "movement", false, "forty aid lorries crossed the northern bridge on Monday", ASSERT, "g");
        assertTrue(identity(charge, count, filler, filler2).agreement(charge, count) < 1);
    }

    @Test
    void aTwoWordTopicJoinsNoneOfTheSpeakersStatementsButATwoWordChargeDoes() {
        TracedClaim topic = claim("envoy", "the harbour agreement", ASSERT, "a", "2025-06-02");
        TracedClaim statement = claim("envoy", "the harbour agreement lets fishing boats leave at dawn and return before the curfew",
                ASSERT, "b", "2025-06-03");
        TracedClaim filler = claim("agency", "the coast road reopened after the storm", ASSERT, "c", "2025-06-03");
        TracedClaim filler2 = claim("agency", "the ferry to the island sails twice a week", ASSERT, "d", "2025-06-03");
        ClaimIdentity identity = identity(topic, statement, filler, filler2);
        assertTrue(identity.overlap(topic, statement) >= ClaimIdentity.CONTAINED, "the topic is inside the statement");
        assertEquals(0, identity.agreement(topic, statement), "a topic, not a proposition");
        assertEquals(0, identity.agreement(statement, topic));
        // an accusation names the accused and the charge in two words: a proposition
        TracedClaim charge = claim("envoy", "the wardens of bias", ACCUSE, "e", "2025-06-04");
        TracedClaim again = claim("envoy", "if the wardens keep on this way we will call them biased wardens", ACCUSE, "f", "2025-06-05");
        assertTrue(identity(charge, again, filler, filler2).agreement(charge, again) >= 1);
    }
}
