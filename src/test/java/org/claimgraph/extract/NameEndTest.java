package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimgraph.domain.Span;
import org.claimgraph.domain.Token;
import org.junit.jupiter.api.Test;

/** What of a name's last token belongs to the name: the tokenizer leaves a sentence's stop or a quote mark on it. */
class NameEndTest {

    private static String bare(String word) {
        return ProperNounFinder.bare(new Token(new Span(10, 10 + word.length()), word, "PROPN"));
    }

    @Test
    void anAcronymEndingASentenceLosesTheFullStop() {
        assertEquals("NRZ", bare("NRZ."));
        assertEquals(13, ProperNounFinder.end(new Token(new Span(10, 14), "NRZ.", "PROPN")));
    }

    @Test
    void aClosingQuoteMarkIsNoPartOfTheName() {
        assertEquals("North", bare("North\u201d"));
        assertEquals("Tarbikha", bare("Tarbikha\""));
    }

    @Test
    void initialsDottedAbbreviationsAndPossessivesKeepTheirForm() {
        assertEquals("P.", bare("P."));
        assertEquals("U.S.", bare("U.S."));
        assertEquals("Jr.", bare("Jr."));
        assertEquals("Hamas", bare("Hamas's"));
    }
}
