package org.claimgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.domain.Span;
import org.junit.jupiter.api.Test;

/** Where the sentence model ends a sentence that does not end. */
class SentenceBreakTest {

    private static boolean falseBreak(String first, String second) {
        String text = first + " " + second;
        return OpenNlpAnnotator.falseBreak(text, new Span(0, first.length()), new Span(first.length() + 1, text.length()));
    }

    @Test
    void aTitleAnInitialOrALowerCaseWordContinueTheSentence() {
        assertTrue(falseBreak("\u201cThe vote will go ahead,\u201d said Sen.", "Rania Talbot of Vermont."));
        assertTrue(falseBreak("Army Secretary Daniel P.", "Driscoll traveled to Abu Dhabi."));
        assertTrue(falseBreak("Rep. Owen Mercer (D-Ore.)", "said the aid package was too small."));
    }

    @Test
    void aCountryAbbreviationOrAFullStopEndsIt() {
        assertFalse(falseBreak("The aid came from the U.S.", "The ministry confirmed it."));
        assertFalse(falseBreak("Talks resumed in Doha.", "Hamas sent a delegation."));
    }
}
