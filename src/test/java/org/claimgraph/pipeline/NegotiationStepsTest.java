package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.ArticleMetadata;
import org.claimgraph.domain.Development.Kind;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.domain.ResolvedDevelopment;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.rdf.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Negotiation steps worded as news words them (issue 14), from the cues in
 * {@code development-cues.tsv}. Sentences written for this test.
 */
class NegotiationStepsTest {

    static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.standard(NlpModels.loadEnglish(), ReferenceData.load());
    }

    private static List<ResolvedDevelopment> steps(String text) {
        ArticleMetadata meta = new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("2025-07-24"));
        ResolvedArticle r = pipeline.process(new Article("t", text, "h", meta));
        return r.developments();
    }

    /** The one step of {@code kind}, failing with what was found when there is none. */
    private static ResolvedDevelopment step(String text, Kind kind) {
        List<ResolvedDevelopment> all = steps(text);
        return all.stream().filter(d -> d.development().kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + all.stream().map(d -> d.development().kind()).toList()));
    }

    private static Set<String> actors(ResolvedDevelopment d) {
        return d.actors().stream().map(Entity::label).collect(Collectors.toSet());
    }

    @Test
    void aTeamBroughtHomeOrPulledIsAWithdrawal() {
        assertEquals(Set.of("Israel"), actors(step("Israel brought its negotiating team home from Doha for consultations.\n", Kind.WITHDRAWAL)));
        assertEquals(Set.of("United States"), actors(step("The United States pulled its team from the ceasefire talks.\n", Kind.WITHDRAWAL)));
    }

    @Test
    void whatIsSubmittedDecidesBetweenAReplyAndAProposal() {
        step("Hamas submitted its reply to the mediators in Cairo.\n", Kind.RESPONSE);
        step("Egypt presented a new framework to both delegations.\n", Kind.PROPOSAL);
    }

    @Test
    void aCeasefireThatTakesEffectOrBeganIsImplementedWithoutNamedActors() {
        step("A ceasefire between the two sides took effect on Sunday morning after weeks of talks.\n", Kind.IMPLEMENTATION);
        step("Strikes continued despite the truce that began last week under the deal.\n", Kind.IMPLEMENTATION);
    }

    @Test
    void oneSideAgreeingToAProposalAcceptsIt() {
        assertEquals(Set.of("Hamas"), actors(step("Hamas has agreed to the truce proposal drafted by the mediators.\n", Kind.ACCEPTANCE)));
        assertEquals(Set.of("Russia", "Ukraine"), actors(step("Russia and Ukraine agreed to a prisoner exchange during the talks.\n",
                Kind.AGREEMENT)));
    }

    @Test
    void talksNamedByANounCountWhenTheTextSaysWhoTookPart() {
        assertTrue(steps("Qatar hosted indirect talks between Israel and Hamas on Monday.\n").stream()
                .anyMatch(d -> d.development().kind() == Kind.TALKS_HELD && actors(d).equals(Set.of("Israel", "Hamas"))));
        assertEquals(Set.of("Donald Trump", "Vladimir Putin"),
                actors(step("Donald Trump and Vladimir Putin spoke to reporters following a three-hour meeting in Alaska.\n", Kind.TALKS_HELD)));
    }

    @Test
    void aSigningOfAPeaceDeclarationIsAnAgreementEvenWithoutTheWordTalks() {
        ResolvedDevelopment d = step("Rwanda and the Democratic Republic of the Congo signed a peace declaration in Washington.\n", Kind.AGREEMENT);
        assertEquals(Set.of("Rwanda", "Democratic Republic of the Congo"), actors(d));
    }

    @Test
    void criticisingAProposalRejectsItButCriticisingAStrikeIsNoStep() {
        step("Army chief Abdel Fattah al-Burhan criticised the proposal presented by the mediators.\n", Kind.REJECTION);
        assertTrue(steps("Hamas condemned the air strike on the camp.\n").stream().noneMatch(d -> d.development().kind() == Kind.REJECTION));
    }

    @Test
    void stepsNamedByNounsTakeTheirPartiesFromAnOfPhraseOrTheSubject() {
        assertEquals(Set.of("Rwanda", "Democratic Republic of the Congo"), actors(step(
                "Leaders came to witness the signing of the peace accords between Rwanda and the Democratic Republic of the Congo.\n",
                Kind.AGREEMENT)));
        assertEquals(Set.of("Pakistan", "India"), actors(step("Pakistan and India announced a mutual agreement to cease fire.\n", Kind.AGREEMENT)));
        assertEquals(Set.of("Pakistan", "India"), actors(step("In a development following four days of fighting, Pakistan and India "
                + "announced a mutual agreement to cease fire.\n", Kind.AGREEMENT)));
    }

    @Test
    void aPositiveReplyAcceptsAndAnOrderToTheArmyImplements() {
        step("Vladimir Putin responded positively to the ceasefire proposal.\n", Kind.ACCEPTANCE);
        step("Vladimir Putin instructed the military to halt strikes under the truce.\n", Kind.IMPLEMENTATION);
    }

    @Test
    void aRelativePronounActsForTheNounBeforeIt() {
        assertEquals(Set.of("Egypt"), actors(step("Egypt, which hosted the talks in Cairo, said both sides were serious.\n", Kind.TALKS_HELD)));
        // the ceasefire is far before "it": the pronoun carries the subject condition of "took effect"
        step("The ceasefire between the two sides in southern Lebanon was violated twice in the week after it took effect.\n",
                Kind.IMPLEMENTATION);
        assertTrue(steps("The two sides traded fire in the week after it took effect.\n").stream()
                .noneMatch(d -> d.development().kind() == Kind.IMPLEMENTATION), "no ceasefire named, nothing took effect");
    }

    @Test
    void aCompoundSplitAtItsHyphenIsReadWhole() {
        step("Strikes continued despite a cease-fire that began on Nov. 27 under the deal.\n", Kind.IMPLEMENTATION);
    }

    @Test
    void aParticipleAfterItsNounTellsAStepWhenItsAgentOrTheOtherSideFollows() {
        assertEquals(Set.of("Egypt", "Qatar"), actors(step("The talks resumed on a ceasefire proposal put forward by Egypt and Qatar.\n",
                Kind.PROPOSAL)));
        assertTrue(actors(step("Israeli forces carried out strikes, although the ceasefire agreed with Hezbollah has largely held.\n",
                Kind.AGREEMENT)).contains("Hezbollah"));
        assertTrue(steps("The framework discussed in Doha remains vague, officials in the region say.\n").stream()
                .noneMatch(d -> d.development().kind() == Kind.TALKS_HELD), "a participle describing a noun tells no talks");
    }

    @Test
    void aDealSignedWithAPartnerNamesThePartner() {
        assertEquals(Set.of("Israel"), actors(step("A previous rebel group signed a peace agreement with Israel in 2009.\n", Kind.AGREEMENT)));
    }

    @Test
    void nounStepsTakeTheirPartiesAcrossAPlaceOrAnAnnouncingSubject() {
        assertEquals(Set.of("Ukraine", "United States"), actors(step("The talks in Geneva between Ukraine and the United States ended on Monday.\n",
                Kind.TALKS_HELD)));
        assertEquals(Set.of("Rapid Support Forces"), actors(step(
                "The Rapid Support Forces released a statement on Thursday announcing acceptance of the truce proposal.\n", Kind.ACCEPTANCE)));
        assertTrue(actors(step("Netanyahu announced a ceasefire agreement with Lebanon after the cabinet met.\n", Kind.AGREEMENT))
                .contains("Lebanon"));
    }

    @Test
    void aHypotheticalWordReachesThroughACoordinatedNounPhrase() {
        assertTrue(steps("Sudan's army chief rejected on Friday any truce or peace agreement with the Rapid Support Forces.\n").stream()
                .noneMatch(d -> d.development().kind() == Kind.AGREEMENT), "any truce or peace agreement is no agreement");
    }

    @Test
    void aFigureReachedIsNoDealReached() {
        List<ResolvedDevelopment> all = steps("Under the ceasefire deal, the number of violations by Israel has reached 287.\n");
        assertTrue(all.stream().noneMatch(d -> d.development().trigger().begin() > 40), "reached 287 is no step: " + all);
        step("Israel and Hezbollah reached a ceasefire agreement on Tuesday.\n", Kind.AGREEMENT);
    }

    @Test
    void renewedStrikesInASentenceAboutATruceEndIt() {
        step("The army unleashed heavy strikes on the coastal towns on Monday, two months after the truce began.\n", Kind.COLLAPSE);
        step("Rebels resumed attacks on the northern garrison despite the ceasefire.\n", Kind.COLLAPSE);
        List<ResolvedDevelopment> resumed = steps("Kenya and Ethiopia resumed talks in Nairobi on the ceasefire.\n");
        assertTrue(resumed.stream().anyMatch(d -> d.development().kind() == Kind.RESUMPTION), "resumed talks: " + resumed);
        assertTrue(resumed.stream().noneMatch(d -> d.development().kind() == Kind.COLLAPSE), "resumed talks is no collapse: " + resumed);
    }

    @Test
    void launchedIsTalksOnlyOfTalks() {
        List<ResolvedDevelopment> strikes = steps("The army launched strikes on the port as mediators pressed for talks.\n");
        assertTrue(strikes.stream().noneMatch(d -> d.development().kind() == Kind.TALKS_HELD), "strikes launched are no talks: " + strikes);
        step("Kenya and Ethiopia launched talks on the border truce in Nairobi.\n", Kind.TALKS_HELD);
    }

    @Test
    void aCallForATruceIsAProposalAndWelcomingOneIsAResponse() {
        assertEquals(Set.of("Kenya"), actors(step("Kenya called for a humanitarian truce in the talks on Tuesday.\n", Kind.PROPOSAL)));
        assertEquals(Set.of("Ethiopia"), actors(step("Ethiopia welcomed the truce proposal on Wednesday.\n", Kind.RESPONSE)));
    }

    @Test
    void aTruceThatCollapsesIsACollapseEvenReadAsANoun() {
        step("Kenya-Ethiopia truce collapses as fighting returns to the border.\n", Kind.COLLAPSE);
    }

    @Test
    void aProposalPassedThroughAMediatorIsTheMediators() {
        assertTrue(actors(step("The new proposal was passed to the rebels through Kenyan mediators on Friday.\n", Kind.PROPOSAL))
                .contains("Kenya"));
    }

    @Test
    void aTreatyBetweenNamedSidesOrAnAnnouncedCeasefireIsAnAgreement() {
        assertEquals(Set.of("Kenya", "Ethiopia"), actors(step(
                "Officials praised the peace treaty between Kenya and Ethiopia at the summit on Friday.\n", Kind.AGREEMENT)));
        step("Kenya announced a ceasefire with the rebels after the talks in Nairobi.\n", Kind.AGREEMENT);
    }

    @Test
    void aTruceOneSideDeclaresIsItsPauseAndOneTwoSidesAnnounceIsADeal() {
        assertEquals(Set.of("Hamas"), actors(step("Hamas declared a temporary ceasefire on Monday to let aid convoys reach the north.\n",
                Kind.PAUSE)));
        step("The Houthis announced a unilateral two-week truce after the talks in Muscat.\n", Kind.PAUSE);
        assertEquals(Set.of("Israel", "Hamas"), actors(step("Israel and Hamas announced a ceasefire on Sunday after talks in Cairo.\n",
                Kind.AGREEMENT)));
        assertTrue(steps("Hamas called the ceasefire proposal unfair during the talks.\n").stream()
                .noneMatch(d -> d.development().kind() == Kind.PAUSE || d.development().kind() == Kind.AGREEMENT));
    }

    @Test
    void aTruceTakingEffectWithoutItsSidesNamedIsTheSidesOfTheArticlesDeal() {
        assertEquals(Set.of("Israel", "Hezbollah"), actors(step("Israel and Hezbollah signed a ceasefire agreement on Tuesday after months of talks.\n"
                + "Residents returned to their villages in the south.\nThe ceasefire took effect on Wednesday morning.\n", Kind.IMPLEMENTATION)));
    }

    @Test
    void talksBetweenTheWarringSidesAreTheArticlesSides() {
        List<ResolvedDevelopment> all = steps("Russia and Ukraine signed a prisoner exchange deal in Istanbul on Monday.\n"
                + "It came after weeks of indirect talks between the warring sides.\n");
        assertTrue(all.stream().anyMatch(d -> d.development().kind() == Kind.TALKS_HELD && actors(d).equals(Set.of("Russia", "Ukraine"))),
                () -> all.toString());
    }

    @Test
    void aStepAQuotedSpeakerSaysIsDoneIsTold() {
        String talks = "Armenia and Azerbaijan held a new round of talks in Vienna on Monday.\n";
        step(talks + "\"After two long days of work, both sides have agreed to swap all of their remaining detainees,\" "
                + "the envoy said.\n", Kind.AGREEMENT);
        // what a quote hopes for is no step
        assertTrue(steps(talks + "\"After two long days of work, we hope that both sides agree to swap all of their remaining detainees,\" "
                + "the envoy said.\n").stream().noneMatch(d -> d.development().kind() == Kind.AGREEMENT));
    }

    @Test
    void talksThatYieldedADealMadeOne() {
        // the tagger reads this "yielded" as no verb; the deal after it decides
        step("Armenia and Azerbaijan held talks in Vienna on the truce.\n"
                + "The long meeting also yielded agreement on a prisoner swap, with both sides set to free 50 detainees.\n", Kind.AGREEMENT);
    }

    @Test
    void refusingToGiveUpWeaponsIsARejectionGivingThemUpIsNot() {
        assertEquals(Set.of("Hezbollah"), actors(step("Hezbollah will never give up its arms, its deputy leader said on Monday.\n",
                Kind.REJECTION)));
        assertTrue(steps("Hezbollah gave up its heavy weapons under the plan, the army said on Monday.\n").stream()
                .noneMatch(d -> d.development().kind() == Kind.REJECTION));
    }

    @Test
    void militarySupportIsNoAcceptanceButSupportForAProposalIs() {
        assertTrue(steps("Rwanda-backed rebels seized the town as the talks stalled in Doha.\n").stream()
                .noneMatch(d -> d.development().kind() == Kind.ACCEPTANCE));
        assertEquals(Set.of("Hamas"), actors(step("Israel said it would not accept the partial truce proposal endorsed by Hamas.\n", Kind.ACCEPTANCE)));
    }

    @Test
    void aLeaderAtTheHeadOfTheSubjectRejectsInPerson() {
        assertEquals(Set.of("Nawaf Salam"),
                actors(step("Lebanon's prime minister Nawaf Salam rejected the disarmament proposal of the mediators on Monday.\n", Kind.REJECTION)));
    }

    @Test
    void aSideEndingOrCallingOffItsTruceCollapsesIt() {
        step("Attacks rose after the rebels unilaterally ended their ceasefire with the government in March.\n", Kind.COLLAPSE);
        step("The militia called off the truce on Friday and resumed its raids.\n", Kind.COLLAPSE);
        // a war that ended before a truce is no collapse of it
        assertTrue(steps("The war ended a day after the ceasefire was signed in Doha.\n").stream()
                .noneMatch(d -> d.development().kind() == Kind.COLLAPSE));
    }

    @Test
    void troopsLeavingUnderATruceCarryItOutAndTroopsToLeaveDoNothingYet() {
        List<ResolvedDevelopment> left = steps("Ethiopian forces withdrew from the border town on Monday under the truce agreed last week.\n");
        assertTrue(left.stream().anyMatch(d -> d.development().kind() == Kind.IMPLEMENTATION), left.toString());
        assertTrue(left.stream().noneMatch(d -> d.development().kind() == Kind.WITHDRAWAL), left.toString());
        assertTrue(steps("Under the accord, Rwandan soldiers are to withdraw from the eastern provinces within three months.\n").stream()
                .noneMatch(d -> d.development().kind() == Kind.WITHDRAWAL || d.development().kind() == Kind.IMPLEMENTATION));
    }

    @Test
    void aDayBetweenTheSubjectAndItsVerbLeavesTheSubjectTheActor() {
        assertEquals(Set.of("Ethiopia", "Eritrea"), actors(step("Ethiopia and Eritrea on Thursday concluded a first round of border talks.\n",
                Kind.TALKS_HELD)));
        assertEquals(Set.of("Hamas"), actors(step("Hamas on 12 March rejected the latest truce proposal.\n", Kind.REJECTION)));
    }

    @Test
    void aCueWhoseObjectIsANegotiatingOneNeedsNoFrameWord() {
        // none of these sentences holds a frame word ("talks", "deal", "truce" …): the cue's own object frames it
        assertEquals(Set.of("Hezbollah"), actors(step("Hezbollah on Monday suspended the disarmament process until the army pays its arrears.\n",
                Kind.PAUSE)));
        assertEquals(Set.of("Hezbollah"), actors(step("Hezbollah sharply condemned the cabinet decision on state control of arms.\n",
                Kind.REJECTION)));
        // and an unframed cue stays unframed: suspending a match is nothing negotiated
        assertTrue(steps("Hezbollah suspended the football match after the stands collapsed.\n").isEmpty());
    }

    @Test
    void anInfinitiveGovernedByAVowOrAnExpectationIsAStepStillToCome() {
        // governed by "vowed", "expected", "right", "required": nothing done yet
        assertTrue(steps("Israel vowed to respond to any breach of the truce by Hezbollah.\n").stream()
                .noneMatch(d -> d.development().kind() == Kind.RESPONSE));
        assertTrue(steps("Under the truce, the US envoy is expected to meet the Lebanese president next week.\n").stream()
                .noneMatch(d -> d.development().kind() == Kind.TALKS_HELD));
        assertTrue(steps("The deal says Israel was required to withdraw completely from the hill villages by spring.\n").stream()
                .noneMatch(d -> d.development().kind() == Kind.WITHDRAWAL || d.development().kind() == Kind.IMPLEMENTATION));
        // an infinitive after "agreed" is a step told
        step("Israel and Hamas agreed to resume talks on the truce in Cairo.\n", Kind.RESUMPTION);
    }
}
