package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quote marks and the quotations they delimit. */
class QuotesTest {

    @Test
    void aClosingMarkBeforeAWordAtALinesStartOpensAQuote() {
        String text = "\u201dWe will rebuild.\u201d \u2015 Lina Haddad\nShe said the \u201cplan\u201d failed.\n";
        assertEquals(List.of("\u201dWe will rebuild.\u201d", "\u201cplan\u201d"),
                Quotes.of(text).all().stream().map(s -> s.of(text)).toList());
    }

    @Test
    void onlyAQuoteMarkOpensAQuote() {
        assertTrue(Quotes.isMarkAt("\u201dWe will", false));
        assertTrue(Quotes.isMarkAt("\u201cWe will", false));
        assertTrue(Quotes.isMarkAt("''We will", false));
        assertFalse(Quotes.isMarkAt("the government was working", false));
        assertFalse(Quotes.isMarkAt("\u201d", false));
    }
}
