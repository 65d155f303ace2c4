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
}
