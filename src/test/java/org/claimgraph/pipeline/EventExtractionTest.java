package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.ArticleMetadata;
import org.claimgraph.domain.Development;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.Quantity;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.domain.ResolvedDevelopment;
import org.claimgraph.domain.ResolvedQuantity;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.rdf.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quantities, developments and dates on short texts, through the real models. */
class EventExtractionTest {

    static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.standard(NlpModels.loadEnglish(), ReferenceData.load());
    }

    /** An article published on Thursday 2025-07-24. */
    private static ResolvedArticle run(String text) {
        ArticleMetadata meta = new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("2025-07-24"));
        return pipeline.process(new Article("t", text, "h", meta));
    }

    private static Quantity only(List<ResolvedQuantity> quantities) {
        assertEquals(1, quantities.size(), () -> "one quantity expected: " + quantities);
        return quantities.get(0).quantity();
    }

    @Test
    void digitsWithSeparatorsAndAQualifierGiveAValue() {
        Quantity q = only(run("More than 600 aid trucks are needed in Gaza every day.\n").quantities());
        assertEquals(Quantity.Measure.AID_TRUCKS, q.measure());
        assertEquals(0, new BigDecimal(600).compareTo(q.value().orElseThrow()));
        assertEquals(Optional.of(Quantity.Qualifier.MORE_THAN), q.qualifier());
        assertEquals("trucks", q.unit());
    }

    @Test
    void vagueAmountsStayWithoutAValue() {
        Quantity q = only(run("Dozens of people were killed in Khan Younis.\n").quantities());
        assertEquals(Quantity.Measure.DEATHS, q.measure());
        assertEquals(Optional.empty(), q.value());
    }

    @Test
    void shorthandAndWordsAreRead() {
        assertEquals(0, new BigDecimal(59000).compareTo(only(run("Gaza's death toll passed 59k.\n").quantities()).value().orElseThrow()));
        Quantity ten = only(run("Hamas would free ten living hostages.\n").quantities());
        assertEquals(Quantity.Measure.HOSTAGES_ALIVE, ten.measure());
        assertEquals(0, BigDecimal.TEN.compareTo(ten.value().orElseThrow()));
        assertEquals(Quantity.Measure.DAYS, only(run("Mediators proposed a 60-day truce.\n").quantities()).measure());
    }

    @Test
    void theVerbBeforeSaysWhatPeopleAreCountedForAndTheClauseGivesThePlace() {
        Quantity killed = only(run("A strike on a house in Khan Younis killed 14 people on Thursday, Gaza's civil defence agency said,"
                + " as talks went on in Doha.\n").quantities());
        assertEquals(Quantity.Measure.DEATHS, killed.measure());
        assertEquals("people", killed.unit());
        assertEquals("Khan Younis", killed.place().orElseThrow().label(), "the place of the clause, not the talks' Doha");
        Quantity wounded = only(run("The shelling wounded 30 civilians in Rafah.\n").quantities());
        assertEquals(Quantity.Measure.INJURED, wounded.measure());
        assertEquals("Rafah", wounded.place().orElseThrow().label());
    }

    @Test
    void yearsDatesAndOneOfAreNoQuantities() {
        assertEquals(List.of(), run("In July 2025, one of the mediators met on July 24.\n").quantities());
    }

    @Test
    void aFigureInAReportIsStatedByItsSource() {
        ResolvedQuantity q = run("The Gaza Health Ministry said 59,000 people had been killed.\n").quantities().get(0);
        assertEquals("Gaza Health Ministry", q.statedBy().orElseThrow().entity().orElseThrow().label());
        assertEquals(Optional.of(LocalDate.of(2025, 7, 24)), q.asOf());
    }

    @Test
    void howLongTheWarHasLastedIsTheReportersOwnUnlessQuoted() {
        List<ResolvedQuantity> background = run("Hezbollah accused Israel of breaching the ceasefire that ended nearly 14 months of fighting.\n")
                .quantities();
        assertEquals(1, background.size(), () -> background.toString());
        assertEquals(Optional.empty(), background.get(0).statedBy());
        List<ResolvedQuantity> quoted = run("\"This is a turning point after 30 years of war,\" Marco Rubio said on Friday.\n").quantities();
        assertEquals(1, quoted.size(), () -> quoted.toString());
        assertEquals("Marco Rubio", quoted.get(0).statedBy().orElseThrow().entity().orElseThrow().label());
    }

    @Test
    void aRecallOfNegotiatorsIsAWithdrawalDatedByItsWeekday() {
        ResolvedArticle r = run("Israel recalled its negotiators from Doha on Monday for consultations.\n");
        ResolvedDevelopment d = r.developments().get(0);
        assertEquals(Development.Kind.WITHDRAWAL, d.development().kind());
        assertEquals(List.of("Israel"), d.actors().stream().map(Entity::label).toList());
        assertEquals(Optional.of(LocalDate.of(2025, 7, 21)), d.date());
        assertEquals(Optional.of("Doha"), d.development().venue().map(Entity::label));
    }

    @Test
    void aDeniedCollapseIsNoCollapse() {
        ResolvedArticle r = run("Qatar denied that the ceasefire talks had collapsed.\n");
        assertTrue(r.developments().stream().noneMatch(d -> d.development().kind() == Development.Kind.COLLAPSE));
    }

    @Test
    void whatIsHandedOverDecidesTheKind() {
        assertEquals(Development.Kind.RESPONSE, run("Hamas delivered its response to the mediators.\n").developments().get(0).development().kind());
        assertEquals(Development.Kind.PROPOSAL, run("Egypt handed Hamas a new proposal for a truce.\n").developments().get(0).development().kind());
    }

    @Test
    void developmentsOfTheSameTalksInTwoArticlesMeetOnOneNegotiation() {
        String a = run("Israel recalled its negotiators from the Gaza ceasefire talks.\n").developments().get(0).negotiation().iri();
        String b = run("Hamas rejected the new ceasefire proposal for Gaza.\n").developments().get(0).negotiation().iri();
        assertEquals(a, b);
    }

    @Test
    void withoutAPublicationDateRelativeTimesStayUnresolved() {
        ResolvedArticle r = pipeline.process(new Article("t", "Israel recalled its negotiators on Monday from the talks.\n", "h",
                ArticleMetadata.NONE));
        assertEquals(Optional.empty(), r.developments().get(0).date());
    }
}
