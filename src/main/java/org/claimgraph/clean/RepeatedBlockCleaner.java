package org.claimgraph.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.CleanArticle;
import org.claimgraph.domain.Span;

/**
 * Marks blocks (text between line breaks) whose whitespace-normalised text repeats an earlier
 * block, as web copy often repeats paragraphs. Every repeated block is skipped by extraction, so a
 * statement is counted once; only blocks that read as paragraphs (they end a sentence) count as
 * duplicate paragraphs, so a headline shown twice is skipped but not counted. Page furniture
 * ("Read more: …" links, photo captions with their credit; see {@link PageFurniture}) is skipped too,
 * and so is the unfinished sentence a cut text ends in.
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
        unfinishedEnd(text).ifPresent(skipped::add);
        return new CleanArticle(article, skipped, duplicateParagraphs);
    }

    /**
     * The unfinished sentence a text breaks off in, when it ends without a sentence's end ("…, UN
     * Secretary-General António", "Erdogan: The Meeti"): saved pages and search excerpts are often
     * cut, and what the cut sentence would have said is unknown, so its names and reports are not
     * read (the annotation guide skips it too). From the last sentence end in the last line (or
     * that line's start) to the end, when a word or an opening quote starts it; never the whole text.
     */
    static Optional<Span> unfinishedEnd(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || isParagraph(text.substring(Math.max(0, end - 4), end))) {
            return Optional.empty();
        }
        int lineStart = text.lastIndexOf('\n', end - 1) + 1;
        int from = lineStart;
        Matcher m = SENTENCE_END.matcher(text).region(lineStart, end);
        while (m.find()) {
            from = m.end();
        }
        boolean sentenceBefore = SENTENCE_END.matcher(text.substring(0, from)).find() || isParagraph(text.substring(0, from).strip());
        // "“…” ― Lina Haddad": a signature after a quote is finished, though no full stop ends it
        boolean opensSentence = from < end && (Character.isLetterOrDigit(text.charAt(from)) || "\"“‘'«".indexOf(text.charAt(from)) >= 0
                || from == lineStart && "-•".indexOf(text.charAt(from)) >= 0); // a bullet point's words
        return sentenceBefore && opensSentence ? Optional.of(new Span(from, end)) : Optional.empty();
    }

    /** A sentence's end inside a line: its mark, closing quotes or brackets, then a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)\\]]*\\s");

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
