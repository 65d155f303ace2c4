package org.claimgraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.domain.Article;
import org.claimgraph.domain.ArticleMetadata;
import org.claimgraph.domain.CleanArticle;
import org.claimgraph.domain.Span;
import org.junit.jupiter.api.Test;

class RepeatedBlockCleanerTest {

    private static Article article(String text) {
        return new Article("a", text, "h", ArticleMetadata.NONE);
    }

    @Test
    void aRepeatedParagraphIsSkippedAndCountedOnce() {
        String p = "Talks resumed in Doha on Monday.";
        String text = "Headline\n" + p + "\nSomething else happened.\n" + p + "\n";
        CleanArticle clean = new RepeatedBlockCleaner().clean(article(text));
        assertEquals(1, clean.duplicateParagraphs());
        int second = text.lastIndexOf(p);
        assertEquals(new Span(second, second + p.length()), clean.skipped().get(0));
        assertTrue(clean.isSkipped(new Span(second + 1, second + 5)));
        assertFalse(clean.isSkipped(new Span(text.indexOf(p), text.indexOf(p) + 5)));
    }

    @Test
    void whitespaceDifferencesDoNotHideARepeat() {
        String text = "The  envoy spoke.\n  The envoy   spoke.  \n";
        assertEquals(1, new RepeatedBlockCleaner().clean(article(text)).duplicateParagraphs());
    }

    @Test
    void aRepeatedHeadlineIsSkippedButIsNotAParagraph() {
        String text = "Talks Stall in Doha\n\nTalks Stall in Doha\nThe talks stalled.\n";
        CleanArticle clean = new RepeatedBlockCleaner().clean(article(text));
        assertEquals(0, clean.duplicateParagraphs());
        assertEquals(1, clean.skipped().size());
    }

    @Test
    void theTextIsNeverChanged() {
        Article a = article("One.\nOne.\n");
        assertSame(a, new RepeatedBlockCleaner().clean(a).article());
    }
}
