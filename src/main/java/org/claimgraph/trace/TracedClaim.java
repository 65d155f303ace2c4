package org.claimgraph.trace;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * One claim as the tracer sees it.
 *
 * @param speakerKey the speaker: its IRI, or for an unnamed source its affiliation and descriptor
 * @param principal whom the speaker speaks for (a state, else its outermost organisation), or ""
 * @param person whether the speaker is a named person (two named people never make one claim)
 * @param words the content words of {@code text} ({@link Words#of})
 * @param numbers the numbers {@code text} gives ({@link Words#numbers})
 * @param cueText the words of the cue ("warned", "disputed that")
 * @param cueWords the content words of the cue: what kind of statement it was
 * @param referent what a denial of "that assessment", "the accusation" points back to (those words), or ""
 *        (see {@link ClaimTracer#referent})
 * @param date the article's publication date-time, "" when undated
 * @param begin the cue's offset in the article
 * @param negatedWording whether {@code text} is negated ({@link ClaimIdentity#negated})
 * @param severalStatements whether {@code text} goes on to another statement ({@link ClaimIdentity#several(String)})
 * @param day the publication day ({@link DatedIndex#day(String)})
 * The last three are worked out from the others once, when the claim is made: claims are compared
 * with each other by the thousand, and matching the patterns and parsing the date on every
 * comparison took a tenth of tracing time (profiled).
 */
record TracedClaim(Node claim, String speakerKey, String principal, Node speaker, boolean anonymous, boolean person, String text,
        Set<String> words, Set<String> numbers, String cueText, Set<String> cueWords, String referent, String stance, Node article, String articleId, String date,
        Optional<Node> publisher, int begin, boolean negatedWording, boolean severalStatements, long day) {

    /** Publication date, then article, then position: the order claims are traced in. */
    static final Comparator<TracedClaim> ORDER = Comparator.comparing(TracedClaim::date)
            .thenComparing(TracedClaim::articleId).thenComparingInt(TracedClaim::begin);

    /** The same, with undated articles last: a cluster's first-seen date and outlet come from a dated article when it has one. */
    static final Comparator<TracedClaim> FIRST_SEEN = Comparator.comparing((TracedClaim c) -> c.date().isEmpty() ? "~" : c.date())
            .thenComparing(TracedClaim::articleId).thenComparingInt(TracedClaim::begin);

    /** A claim with its words worked out from its text and cue. */
    static TracedClaim of(Node claim, String speakerKey, String principal, Node speaker, boolean anonymous, boolean person, String text,
            String cueText, String stance, Node article, String articleId, String date, Optional<Node> publisher, int begin) {
        return new TracedClaim(claim, speakerKey, principal, speaker, anonymous, person, text, Words.of(text), Words.numbers(text), cueText,
                Words.of(cueText),
                ClaimTracer.referent(text, cueText), stance, article, articleId, date, publisher, begin, ClaimIdentity.negated(text),
                ClaimIdentity.several(text), DatedIndex.day(date));
    }

    /**
     * What one statement is, whoever of a joint source said it: the article, the cue's place and
     * words, and the wording. The parties' copies ("Qatar and Egypt insisted …") share it.
     */
    List<Object> statement() {
        return List.of(article, begin, cueText, words);
    }

    /** A key that sorts as {@link #ORDER} does. */
    String orderKey() {
        return date + "\u0000" + articleId + "\u0000" + padded(begin);
    }

    /** A key that sorts as {@link #FIRST_SEEN} does. */
    String firstSeenKey() {
        return (date.isEmpty() ? "~" : date) + "\u0000" + articleId + "\u0000" + padded(begin);
    }

    /** An offset in ten digits, as "%010d" writes it (without the formatter: counts read these keys by the thousand). */
    private static String padded(int begin) {
        String digits = Integer.toString(begin);
        return begin < 0 || digits.length() >= 10 ? String.format(java.util.Locale.ROOT, "%010d", begin) : "0".repeat(10 - digits.length()) + digits;
    }

    /** Content and cue words: "warned … of famine" is a warning of famine. */
    Set<String> wordsWithCue() {
        Set<String> all = new java.util.HashSet<>(words);
        all.addAll(cueWords);
        return all;
    }

    boolean pointsBack() {
        return !referent.isEmpty();
    }

    boolean denies() {
        return stance.endsWith("stance-deny");
    }

    /** Days between two claims' articles; 0 when either is undated. */
    long daysFrom(TracedClaim other) {
        long a = day;
        long b = other.day;
        return a == DatedIndex.UNDATED || b == DatedIndex.UNDATED ? 0 : Math.abs(a - b);
    }
}
