package org.claimgraph.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** The period a news death toll covers, read from its wording; single tolls against single events. */
class FigureComparisonTest {

    static final LocalDate DAY = LocalDate.of(2025, 7, 30);
    static final double[] KHAN_YOUNIS = {34.30627, 31.34018};

    private static LinkItem toll(int low, int value, int high, String date) {
        return new LinkItem(NodeFactory.createURI("urn:toll"), "urn:graph", "measure-deaths", LocalDate.parse(date), "day",
                Set.of(), Set.of(), Optional.of(KHAN_YOUNIS), "city", "", Optional.of(new int[] {low, value, high}));
    }

    private static LinkItem event(String type, int low, int best, int high, String date, String precision, double[] point, String geo) {
        return new LinkItem(NodeFactory.createURI("urn:event"), "", type, LocalDate.parse(date), precision, Set.of(), Set.of(),
                Optional.of(point), geo, "ucdp", Optional.of(new int[] {low, best, high}));
    }

    @Test
    void aTollOfOneTownAndDayMeetsTheEventWhoseDeathsAgree() {
        var c = FigureComparison.single(toll(14, 14, 14, "2025-07-08"),
                event("ucdp-1", 12, 14, 18, "2025-07-08", "day", new double[] {34.30, 31.34}, "exact")).orElseThrow();
        assertEquals(0.8, c.score(), 1e-9); // deaths agree, place, deadly type, same day
        assertTrue(c.reasons().get(0).equals("14 deaths in the news; ucdp counts 14 (12–18)"), c.reasons().toString());
        var close = FigureComparison.single(toll(14, 14, 14, "2025-07-08"),
                event("ucdp-1", 16, 16, 16, "2025-07-08", "day", KHAN_YOUNIS, "city")).orElseThrow();
        assertEquals(0.65, close.score(), 1e-9, "16 is close to 14, not within its range");
        assertTrue(close.score() >= Candidates.KEEP);
        var atLeast = FigureComparison.single(toll(10, 10, 20, "2025-07-08"), event("ucdp-1", 15, 15, 15, "2025-07-08", "day", KHAN_YOUNIS, "city"));
        assertEquals(0.8, atLeast.orElseThrow().score(), 1e-9, "\"at least 10\" holds 15");
    }

    @Test
    void anAcledEventWithOneFatalityCountIsMatchedTheSameWay() {
        var acled = new LinkItem(NodeFactory.createURI("urn:acled"), "", "acled-explosions-remote-violence", LocalDate.parse("2025-07-09"),
                "day", Set.of(), Set.of(), Optional.of(new double[] {34.3063, 31.3402}), "exact", "acled", Optional.of(new int[] {14, 14, 14}));
        var c = FigureComparison.single(toll(14, 14, 14, "2025-07-08"), acled).orElseThrow();
        assertTrue(c.reasons().contains("14 deaths in the news; acled counts 14"), c.reasons().toString());
        assertTrue(c.score() >= Candidates.KEEP && c.score() < 0.8, "a day apart scores less than the same day: " + c.score());
    }

    @Test
    void noSingleLinkForOtherDeathsAnotherPlaceAnotherWeekOrAnEventThatKillsNoOne() {
        assertTrue(FigureComparison.single(toll(14, 14, 14, "2025-07-08"),
                event("ucdp-1", 40, 40, 40, "2025-07-08", "day", KHAN_YOUNIS, "city")).isEmpty(), "40 is another event");
        assertTrue(FigureComparison.single(toll(14, 14, 14, "2025-07-08"),
                event("ucdp-1", 14, 14, 14, "2025-07-08", "day", new double[] {34.47, 31.50}, "exact")).isEmpty(),
                "Gaza City is 24 km off; an exact place allows 10");
        assertTrue(FigureComparison.single(toll(14, 14, 14, "2025-07-08"),
                event("ucdp-1", 14, 14, 14, "2025-07-11", "day", KHAN_YOUNIS, "city")).isEmpty(), "three days off");
        assertTrue(FigureComparison.single(toll(14, 14, 14, "2025-07-08"),
                event("ucdp-1", 14, 14, 14, "2025-07-11", "week", KHAN_YOUNIS, "city")).isPresent(), "within a week's precision");
        assertTrue(FigureComparison.single(toll(14, 14, 14, "2025-07-08"),
                event("acled-protests", 14, 14, 14, "2025-07-08", "day", KHAN_YOUNIS, "city")).isEmpty(), "a protest is no deadly type here");
    }

    @Test
    void aDatedSinceRunsFromThatDayOrMonthOrYearToTheFiguresDay() {
        assertArrayEquals(new LocalDate[] {LocalDate.of(2023, 10, 1), DAY}, FigureComparison.period("since October 2023", DAY).orElseThrow());
        assertArrayEquals(new LocalDate[] {LocalDate.of(2023, 10, 7), DAY}, FigureComparison.period("since October 7, 2023", DAY).orElseThrow());
        assertArrayEquals(new LocalDate[] {LocalDate.of(2024, 1, 1), DAY}, FigureComparison.period("since 2024", DAY).orElseThrow());
    }

    @Test
    void noPeriodMeansTheDaysAroundAndAnUndatablePeriodMeansNoComparison() {
        assertArrayEquals(new LocalDate[] {DAY.minusDays(2), DAY.plusDays(2)}, FigureComparison.period("", DAY).orElseThrow());
        assertTrue(FigureComparison.period("since the war began", DAY).isEmpty());
    }
}
