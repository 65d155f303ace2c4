package org.claimgraph.clean;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.CleanArticle;
import org.claimgraph.domain.Span;

/**
 * Marks blocks (text between line breaks) whose whitespace-normalised text repeats an earlier
 * block, as web copy often repeats paragraphs. Every repeated block is skipped by extraction, so a
 * statement is counted once; only blocks that read as paragraphs (they end a sentence) count as
 * duplicate paragraphs, so a headline shown twice is skipped but not counted. Page furniture
 * ("Read more: …" links, photo captions with their credit; see {@link PageFurniture}) is skipped too.
 */
public final class RepeatedBlockCleaner implements Cleaner {

    @Override
    public CleanArticle clean(Article article) {
        String text = article.text();
        Set<String> seen = new HashSet<>();
        List<Span> skipped = new ArrayList<>();
        int duplicateParagraphs = 0;
        for (Span block : blocks(text)) {
            String key = normalise(block.of(text));
            if (key.isEmpty()) {
                continue;
            }
            if (PageFurniture.is(key)) {
                skipped.add(block);
            } else if (!seen.add(key)) {
                skipped.add(block);
                if (isParagraph(key)) {
                    duplicateParagraphs++;
                }
            }
        }
        return new CleanArticle(article, skipped, duplicateParagraphs);
    }

    /** Spans of the lines of {@code text}, without their line terminators. */
    static List<Span> blocks(String text) {
        List<Span> blocks = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                blocks.add(new Span(start, i));
                start = i + 1;
            }
        }
        blocks.add(new Span(start, text.length()));
        return blocks;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    static String normalise(String block) {
        return SPACES.matcher(block.strip()).replaceAll(" ");
    }

    /** A paragraph ends a sentence: a full stop, question or exclamation mark, maybe inside quotes. */
    static boolean isParagraph(String normalised) {
        return normalised.matches(".*[.!?][\"'”’)\\]]*$");
    }
}
