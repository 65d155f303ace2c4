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

    @Test
    void pageFurnitureIsSkippedAndTheArticleKept() {
        String body = "The envoy said the talks would resume on Monday.";
        String[] furniture = {
            "Read more: Envoy says a deal is closer than ever",
            "Listen to this article",
            "Mourners gather outside the hospital in the city. Picture: Example Wire",
            "People queue for bread in the market, on May 2, 2025. Jane Doe/AP",
            "The two leaders meet in the capital. (Photo provided by the presidency)",
        };
        String text = String.join("\n", furniture) + "\n" + body + "\n";
        CleanArticle clean = new RepeatedBlockCleaner().clean(article(text));
        for (String line : furniture) {
            int at = text.indexOf(line);
            assertTrue(clean.isSkipped(new Span(at, at + line.length())), line);
        }
        int at = text.indexOf(body);
        assertFalse(clean.isSkipped(new Span(at, at + body.length())));
        assertEquals(0, clean.duplicateParagraphs());
    }

    @Test
    void captionsCreditedInOtherFormsAreFurnitureToo() {
        String body = "The envoy said the talks would resume on Monday.";
        String[] captions = {
            "Soldiers patrol a settlement near the border in Tarbikha, December 2, 2024. /KNX",
            "The delegations meet at the palace in the capital on July 23, 2025. (Meridian Photo)",
            "The president. Stock Photo: EXAMPLE.RU",
            "Two commanders shake hands in the capital on 10 March 2025Image source, Example Wire",
            "Image caption,",
            "General Omar Haddad, chairman of the council, left, Karim Nasser (Abu Ali), commander of the brigades",
            "Commander Omar Haddad (L) signed the deal alongside Karim Nasser (R)",
        };
        String text = String.join("\n", captions) + "\n" + body + "\n";
        CleanArticle clean = new RepeatedBlockCleaner().clean(article(text));
        for (String line : captions) {
            int at = text.indexOf(line);
            assertTrue(clean.isSkipped(new Span(at, at + line.length())), line);
        }
        int at = text.indexOf(body);
        assertFalse(clean.isSkipped(new Span(at, at + body.length())));
        String prose = "The party that had left, the minister said, would return. Talks resumed in and/or near the town.\n";
        assertFalse(new RepeatedBlockCleaner().clean(article(prose)).isSkipped(new Span(0, 10)), prose);
    }

    @Test
    void theUnfinishedSentenceACutTextEndsInIsSkipped() {
        String text = "Talks resumed in Doha on Monday.\n\nThe envoy met the delegations. On Tuesday, UN Secretary-General Ant";
        CleanArticle clean = new RepeatedBlockCleaner().clean(article(text));
        int cut = text.indexOf("On Tuesday");
        assertEquals(java.util.List.of(new Span(cut, text.length())), clean.skipped());
        assertFalse(clean.isSkipped(new Span(text.indexOf("The envoy"), cut - 1)));
        assertTrue(new RepeatedBlockCleaner().clean(article("Talks resumed.\nThe envoy said \"we will return.\"\n")).skipped().isEmpty());
        assertTrue(new RepeatedBlockCleaner().clean(article("Talks Resume in Doha")).skipped().isEmpty(), "never the whole text");
        String bullets = "Talks resumed.\n- The source also said that the te";
        assertEquals(java.util.List.of(new Span(bullets.indexOf('-'), bullets.length())), new RepeatedBlockCleaner().clean(article(bullets)).skipped());
        assertTrue(new RepeatedBlockCleaner().clean(article("\u201cWe will rebuild.\u201d \u2015 Lina Haddad\n")).skipped().isEmpty(), "a signature");
    }

    @Test
    void aParagraphThatOnlyMentionsAPhotoIsNotFurniture() {
        String text = "The ministry released a photo of the convoy, saying it reached the crossing.\n";
        assertFalse(new RepeatedBlockCleaner().clean(article(text)).isSkipped(new Span(0, 10)));
        String glued = "On Friday the envoy told a television channel that the group must disarm and that the army "
                + "would deploy along the border within weeks, a step both governments have promised since the truce, "
                + "and that the monitoring committee would meet again before the end of the month to review it. "
                + "The envoy meets the president at the palace, in this handout image released on Friday. (credit: Example Wire)\n";
        assertFalse(new RepeatedBlockCleaner().clean(article(glued)).isSkipped(new Span(0, 10)), "a caption glued to a paragraph");
    }
}
