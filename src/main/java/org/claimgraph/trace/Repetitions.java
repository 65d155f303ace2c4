package org.claimgraph.trace;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Whether a claim of another side repeats what an earlier claim states, without a confirming cue
 * (issue 14, item 3: "a confirmation or repetition by another actor supports it"). A mediator
 * announcing that the two parties have agreed to a truce, then one party's minister announcing the
 * truce between the two has been finalised: one proposition, two actors. Shared words alone are not
 * enough (measured before: at 0.3–0.4 of the words, about half the links joined neighbouring
 * claims on one topic), so a repetition must also be the same proposition as far as the wordings
 * show it: the same kind of statement and polarity, figures that agree, a predicate in common
 * given to the same actors ({@link ClaimFrame}), and the same actors or places named by both.
 */
final class Repetitions {

    /**
     * Share of the shorter wording (weighted by {@link Rarity}) the repetition must repeat.
     * Calibrated on the real-news dev split with the checks below: 0.5 found no gold support, 0.4
     * found one of the 8 missed (4 links, 2 plainly right), 0.35 added 3 links that join
     * neighbouring claims.
     */
    static final double REPEATED_WORDS = 0.4;

    /**
     * Words of names (actors, places; folded as claim words are) both wordings must give: a
     * proposition is about someone doing something to someone or somewhere, and two wordings that
     * share one name and a verb ("Sweden will send aid" and "Sweden sent troops") share a topic.
     */
    static final int SHARED_NAMES = 2;

    private final Rarity rarity;
    /** {@link #conditional(TracedClaim)} by wording. */
    private final Map<String, Boolean> conditions = new java.util.HashMap<>();
    /** Frames by wording: tagging is the dearest step, so the batch's clustering and this share one cache. */
    private final Function<TracedClaim, ClaimFrame> frames;

    Repetitions(Rarity rarity, Function<TracedClaim, ClaimFrame> frames) {
        this.rarity = rarity;
        this.frames = frames;
    }

    /** With a cache of its own (tests). */
    Repetitions(Rarity rarity) {
        this(rarity, cached());
    }

    private static Function<TracedClaim, ClaimFrame> cached() {
        Map<String, ClaimFrame> byText = new ConcurrentHashMap<>();
        return c -> byText.computeIfAbsent(c.text(), ClaimFrame::of);
    }

    /**
     * Whether {@code c}, said by another side after {@code m}, states what {@code m} states. The
     * speakers' relation and the order are the caller's ({@link Responses}); this is the wordings only.
     */
    boolean repeats(TracedClaim m, TracedClaim c) {
        if (m.words().size() < ClaimTracer.MIN_WORDS || c.words().size() < ClaimTracer.MIN_WORDS || m.denies() || c.denies()
                || !ClaimIdentity.compatibleStance(m.stance(), c.stance()) || ClaimIdentity.negative(m) != ClaimIdentity.negative(c)
                || !Words.sameFigures(m.numbers(), c.numbers()) || nested(m, c) || conditional(m) != conditional(c)
                || rarity.overlap(m.words(), c.words()) < REPEATED_WORDS) {
            return false;
        }
        ClaimFrame fm = frame(m);
        ClaimFrame fc = frame(c);
        return sharesPredicate(fm, m, fc, c) && !ClaimFrame.swappedRoles(fm, fc) && sharedNames(fm, fc) >= SHARED_NAMES
                && sameActor(actor(fm, m), names(fm), actor(fc, c), names(fc));
    }

    /**
     * Whether the one who acts in either wording is named in the other: "he will visit the capital",
     * said by two leaders, is two visits. The checks are on folded name words.
     */
    static boolean sameActor(Set<String> actorA, Set<String> namesA, Set<String> actorB, Set<String> namesB) {
        return actorA.stream().anyMatch(w -> namesB.contains(w) || actorB.contains(w)) || actorB.stream().anyMatch(namesA::contains);
    }

    /**
     * Who acts in a wording: the names before its main verb, or, when it names none ("will visit
     * the capital", "plans to focus on the war"), the speaker, who speaks of himself or his side.
     */
    static Set<String> actor(ClaimFrame f, TracedClaim c) {
        if (!f.subject().isEmpty()) {
            return f.subject();
        }
        String who = !c.anonymous() ? c.speaker().getURI() : c.principal();
        return who.isEmpty() ? Set.of() : Words.of(who.substring(who.lastIndexOf('/') + 1).replace('-', ' '));
    }

    private static Set<String> names(ClaimFrame f) {
        Set<String> all = new HashSet<>(f.agent());
        all.addAll(f.others());
        return all;
    }

    /**
     * Whether {@code c}, whose cue confirms ("confirmed", "echoed"), can confirm what {@code m} states:
     * the cue stands for the shared words and names a repetition needs, not for the proposition, so
     * the two still say one thing of one actor (a predicate in common, the same actor, the same
     * polarity, figures that agree). A confirmation of the deal said of one side's leader confirms nothing
     * another side's minister said about a ferry crossing, however many everyday words they share.
     */
    boolean canConfirm(TracedClaim m, TracedClaim c) {
        if (ClaimIdentity.negative(m) != ClaimIdentity.negative(c) || !Words.sameFigures(m.numbers(), c.numbers())) {
            return false;
        }
        ClaimFrame fm = frame(m);
        ClaimFrame fc = frame(c);
        return sharesPredicate(fm, m, fc, c) && !ClaimFrame.swappedRoles(fm, fc) && sameActor(actor(fm, m), names(fm), actor(fc, c), names(fc));
    }

    /** Whether one wording's main verb is among the other's words ("agreed to a truce", "the agreement"). */
    private static boolean sharesPredicate(ClaimFrame fm, TracedClaim m, ClaimFrame fc, TracedClaim c) {
        return fm.predicates().stream().anyMatch(c.words()::contains) || fc.predicates().stream().anyMatch(m.words()::contains);
    }

    private static int sharedNames(ClaimFrame a, ClaimFrame b) {
        Set<String> mine = names(a);
        mine.retainAll(names(b));
        return mine.size();
    }

    /** Words that make a statement a condition: "only if", "unless", "until". */
    private static final java.util.regex.Pattern CONDITION = java.util.regex.Pattern.compile(
            "\\b(?:only|unless|until|if|provided)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Whether a wording states a condition: one side's terms ("a deal only if all the captives are
     * freed at once") and another's plain report or offer on the same deal are two propositions, though
     * they share the deal's words and both parties' names.
     */
    static boolean conditional(String text) {
        return CONDITION.matcher(text).find();
    }

    /**
     * Whether a wording states a condition, each wording read once per batch: a plain claim is compared
     * with every sampled member of every candidate cluster, and this case-blind search of both texts at
     * each comparison was a seventh of a 2,000-article retrace's tracing, most of what repetitions
     * added to it (profiled). The same answer as {@link #conditional(String)}.
     */
    boolean conditional(TracedClaim c) {
        return conditions.computeIfAbsent(c.text(), Repetitions::conditional);
    }

    /** How many wordings were read for a condition (tests). */
    int conditionsRead() {
        return conditions.size();
    }

    /** A report inside the other's wording in one article is carried by it, not repeated. */
    private static boolean nested(TracedClaim m, TracedClaim c) {
        return m.article().equals(c.article()) && (m.text().contains(c.text()) || c.text().contains(m.text()));
    }

    private ClaimFrame frame(TracedClaim c) {
        return frames.apply(c);
    }
}
