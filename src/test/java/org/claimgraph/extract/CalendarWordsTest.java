package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CalendarWordsTest {

    @Test
    void namesEveryMonthAndWeekdayInLowerCase() {
        assertEquals(12, CalendarWords.MONTHS.size());
        assertEquals(7, CalendarWords.WEEKDAYS.size());
        assertTrue(CalendarWords.MONTHS.containsAll(java.util.Set.of("january", "may", "september", "december")));
        assertTrue(CalendarWords.WEEKDAYS.containsAll(java.util.Set.of("monday", "sunday")));
    }

    @Test
    void alternationsMatchWholeNamesAsWritten() {
        Pattern month = Pattern.compile("\\b(?:" + CalendarWords.MONTH_ALTERNATION + ")\\b");
        assertTrue(month.matcher("talks resume on 3 September").find());
        assertTrue(month.matcher("in May 2025").find());
        assertTrue(!month.matcher("Mayor Lina Ostrow").find(), "a month name inside another word is no month");
        assertEquals("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday", CalendarWords.WEEKDAY_ALTERNATION);
    }

    @Test
    void timeHeadsAndTimeWordsKeepTheirOwnWords() {
        assertTrue(NounPhrases.TIME_HEADS.containsAll(java.util.Set.of("weekend", "yesterday", "march", "friday")));
        assertTrue(NounPhrases.TIME_WORDS.containsAll(java.util.Set.of("recently", "tonight", "thursday")));
        assertTrue(!NounPhrases.TIME_WORDS.contains("june"), "a month alone does not say when a verb happened");
    }
}
