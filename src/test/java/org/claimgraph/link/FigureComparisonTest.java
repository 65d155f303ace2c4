package org.claimgraph.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The period a news death toll covers, read from its wording. */
class FigureComparisonTest {

    static final LocalDate DAY = LocalDate.of(2025, 7, 30);

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
