package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.ArticleMetadata;
import org.claimgraph.domain.Quantity;
import org.claimgraph.domain.Quantity.Measure;
import org.claimgraph.domain.ResolvedQuantity;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.rdf.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Numbers as outlets shape them — spaced digit groups, multipliers in words, ranges, counts and shares in
 * brackets, a definite group named by a number — on sentences written for these tests.
 */
class QuantityShapeTest {

    static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.standard(NlpModels.loadEnglish(), ReferenceData.load());
    }

    private static List<Quantity> quantities(String text) {
        ArticleMetadata meta = new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("2025-03-04"));
        return pipeline.process(new Article("t", text, "h", meta)).quantities().stream().map(ResolvedQuantity::quantity).toList();
    }

    private static Quantity only(String text) {
        return PipelineFixture.onlyQuantity(quantities(text));
    }

    private static void assertValue(long expected, Quantity q) {
        PipelineFixture.assertQuantityValue(expected, q);
    }

    @Test
    void aNumberWithoutADefiniteWordCountsCountriesLeadersAndMen() {
        assertValue(7, only("A group of seven countries asked the council to extend the mission in Norland.\n"));
        assertValue(2, only("Rescuers pulled two men from the rubble of the market on Friday.\n"));
        // a definite word makes the number name a group the story already has, not a count
        assertTrue(quantities("The two countries signed the accord in Valmora on Friday.\n").isEmpty());
        assertTrue(quantities("Their two leaders spoke by phone on Friday.\n").isEmpty());
    }

    @Test
    void aCountInBracketsRestatesTheFigureBeforeIt() {
        List<Quantity> found = quantities("The agency counted 2,400 displaced people in one week, over half of them "
                + "children (1,310).\n");
        Quantity children = found.stream().filter(q -> q.value().orElse(BigDecimal.ZERO).intValue() == 1310).findFirst().orElseThrow(
                () -> new AssertionError("no bracketed count in " + found));
        assertEquals(Measure.DISPLACED, children.measure());
        assertEquals("people", children.unit());
    }

    @Test
    void aCountFollowedByItsShareInBracketsIsACount() {
        List<Quantity> found = quantities("Only 4,210 (62%) of those registered came from the northern camps.\n");
        assertTrue(found.stream().anyMatch(q -> q.value().orElse(BigDecimal.ZERO).intValue() == 4210), () -> found.toString());
    }

    @Test
    void aRangeIsToldByItsUpperEnd() {
        Quantity pause = only("The envoy proposed a pause of 24 to 72 hours along the front to evacuate wounded soldiers.\n");
        assertValue(72, pause);
        assertEquals(Measure.OTHER, pause.measure());
    }

    @Test
    void multipliersInWordsAndSpacedDigitGroupsBelongToTheNumber() {
        Quantity fled = only("Some two hundred families fled the village after the raid.\n");
        assertValue(200, fled);
        assertEquals(Measure.DISPLACED, fled.measure());
        assertValue(36000, only("The clashes displaced 36\u00a0000 people in the valley.\n"));
        assertValue(150000, only("The floods and the fighting displaced 1.5 lakh people in the district.\n"));
        assertValue(45000, only("Forty-five thousand people fled the town.\n"));
        assertValue(4_000_000, only("The donors pledged $4mn in aid for the camps.\n"));
    }

    @Test
    void howLongAMeetingOrVisitLastedIsNoFigure() {
        assertTrue(quantities("The ministers held a three-hour meeting in Valmora during a two-day visit.\n").isEmpty());
        assertTrue(quantities("The envoys left the capital after nine hours of talks on the truce.\n").isEmpty());
        // the length of a truce is still told
        assertEquals(Measure.DAYS, only("The rebels announced a 30-day truce in the hills.\n").measure());
    }
}
