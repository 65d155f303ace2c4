package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.claimgraph.domain.Development.Kind;
import org.claimgraph.domain.ResolvedArticle;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, second round on a wider dev corpus: the sides of an article that tells no deal between
 * them ("… since the truce took effect"), and who states a figure inside a report whose source the
 * attribution step left empty (a subject before an apposition, a participle going on from a report);
 * abductees freed under a local deal, a vow to keep what a deal takes away, a deal told by a dated
 * participle ("a truce reached on Monday"), whom a negotiator acts for, a subject past a long apposition,
 * a headline signed after a dash.
 * Sentences written for this test.
 */
class ArticleSidesAndReportSubjectsTest {

    private static ResolvedArticle run(String text) {
        return PipelineFixture.runPublished(text, "2025-07-24");
    }


    @Test
    void aTruceThatTookEffectIsBetweenThePartiesTheArticleNamesMost() {
        ResolvedArticle r = run("Pakistan accused India on Monday of shelling three border villages. India said Pakistan had fired first. "
                + "Both capitals have traded blame since the truce took effect on Saturday.\n");
        assertEquals(Set.of("Pakistan", "India"), PipelineFixture.stepActors(r, Kind.IMPLEMENTATION));
    }

    @Test
    void aFigureInAParticipleAfterAReportIsStatedByThatReportsSubject() {
        ResolvedArticle r = run("The army said it had repelled an assault in the hills. Meanwhile, rebel spokesman Dawit Berhane, "
                + "based in the north, claimed that the rebels had routed an army column, alleging that 412 soldiers were killed.\n");
        assertEquals("Dawit Berhane", PipelineFixture.statedBy(r, "412"));
    }

    @Test
    void abducteesWhoRegainFreedomUnderADealAreItsImplementation() {
        ResolvedArticle r = run("Twelve abducted farmers regained freedom on Tuesday under a peace deal between the council and the gunmen.\n");
        assertEquals(1, r.developments().stream().filter(x -> x.development().kind() == Kind.IMPLEMENTATION).count());
        ResolvedArticle held = run("The gunmen released 28 villagers held captive since June, after talks with the council.\n");
        assertEquals(1, held.developments().stream().filter(x -> x.development().kind() == Kind.IMPLEMENTATION).count());
    }

    @Test
    void vowingToKeepWhatADealTakesAwayIsARejection() {
        ResolvedArticle r = run("The Houthis vowed to keep their missiles despite the truce deal with Washington.\n");
        assertEquals(Set.of("Houthis"), PipelineFixture.stepActors(r, Kind.REJECTION));
    }

    @Test
    void aDealNamedByAParticipleWithADateWasMade() {
        ResolvedArticle r = run("The mediators said a truce reached on Monday between the two militias was largely holding.\n");
        assertEquals(1, r.developments().stream().filter(x -> x.development().kind() == Kind.AGREEMENT).count());
        // without a date the participle only describes its noun
        ResolvedArticle plain = run("The mediators said the truce discussed in the capital would need more work.\n");
        assertEquals(0, plain.developments().stream().filter(x -> x.development().kind() == Kind.AGREEMENT).count());
    }

    @Test
    void whomANegotiatorActsForNegotiatesWithHim() {
        ResolvedArticle r = run("Uhuru Kenyatta, who negotiated that truce on behalf of the African Union, said both sides had kept it.\n");
        assertEquals(Set.of("Uhuru Kenyatta", "African Union"), PipelineFixture.stepActors(r, Kind.TALKS_HELD));
    }

    @Test
    void aLongAppositionStandsBetweenASubjectAndItsStep() {
        ResolvedArticle r = run("The Arakan Army, one of several ethnic armed groups that have seized large parts of the western state "
                + "from the junta since last year, announced a unilateral two-week ceasefire on Friday.\n");
        assertEquals(Set.of("Arakan Army"), PipelineFixture.stepActors(r, Kind.PAUSE));
    }

    @Test
    void aDealAwaitedAsSoonAsOrOnlyOnceIsNotMadeEvenWhenTheSidesAreKnown() {
        ResolvedArticle r = run("Pakistan accused India on Monday of shelling three border villages. India said Pakistan had fired first. "
                + "Trade will resume as soon as a ceasefire is agreed, officials said.\n");
        assertEquals(0, r.developments().stream().filter(x -> x.development().kind() == Kind.AGREEMENT).count());
    }

    @Test
    void aHeadlineSignedAfterADashIsStatedByItsSigner() {
        ResolvedArticle r = run("Nearly 9,000 displaced in two northern districts this month - UN\n\nAid agencies said more help was needed.\n");
        assertEquals("United Nations", PipelineFixture.statedBy(r, "Nearly 9,000"));
    }
}
