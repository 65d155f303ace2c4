package org.claimgraph.trace;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.claimgraph.trace.Responses.Response;

/**
 * The cluster a claim supports: another speaker's earlier claim that it confirms ("Hamas confirmed
 * it had accepted the proposal", after the mediators said so) or, for a plain statement, that
 * another side's wording repeats ({@link Repetitions}).
 */
final class Supports {

    /**
     * Share of the shorter wording (weighted by {@link Rarity}) that a claim whose cue confirms
     * ("confirmed", "repeating", "echoed", "agreed") must repeat of another speaker's earlier claim to
     * support it, when the two say one thing of one actor ({@link Repetitions#canConfirm}). Without such a
     * cue a support needs a repetition ({@link Repetitions#repeats}): on the gold, word overlap alone
     * linked neighbouring but different claims far more often than real confirmations.
     */
    static final double SUPPORT_CUED_OVERLAP = 0.25;
    /** Stems of cues that confirm what another said. */
    private static final Set<String> SUPPORT_CUES = Set.of("confirm", "repeat", "echo", "agre", "acknowledg", "endors", "back",
            "corrobor", "conced", "reiter");

    private final AnswerContext ctx;
    /** Whether another side's plain statement repeats a claim. */
    private final Repetitions repetitions;

    Supports(AnswerContext ctx, Function<TracedClaim, ClaimFrame> frames) {
        this.ctx = ctx;
        this.repetitions = new Repetitions(ctx.rarity, frames);
    }

    /**
     * The cluster of another speaker that a claim confirms: the best earlier one sharing enough words
     * and saying one thing of one actor, or quoted in the claim. Without a confirming cue, the best
     * earlier cluster of another side that the claim repeats.
     */
    Optional<Response> supported(TracedClaim c) {
        if (c.words().size() < ClaimTracer.MIN_WORDS) {
            return Optional.empty();
        }
        if (c.text().startsWith("to ") || c.speakerKey().equals("unnamed::")) {
            return Optional.empty(); // "agreed to discuss" is an act, not a confirmation; an unknown speaker confirms nothing
        }
        if (c.cueWords().stream().noneMatch(SUPPORT_CUES::contains)) {
            // no confirming cue: another side that states the same proposition repeats it
            return mostOverlapping(c, false, (candidate, members) -> ctx.answerable(c, candidate, members.get(0))
                    && !AnswerContext.sameSide(members.get(0), c)
                    && (c.anonymous() || !ctx.speakers(candidate).contains(c.speaker())) && ctx.relatedClusters.related(c, candidate, members),
                    m -> repetitions.repeats(m, c), Repetitions.REPEATED_WORDS, "repeated by another side");
        }
        return mostOverlapping(c, true, (candidate, members) -> (quotes(c, members) || (ctx.answerable(c, candidate, members.get(0))
                        && ctx.relatedClusters.related(c, candidate, members))) && !members.get(0).denies(),
                m -> quotes(c, List.of(m)) || repetitions.canConfirm(m, c), SUPPORT_CUED_OVERLAP, "confirming cue");
    }

    /**
     * The cluster, among those {@code eligible}, with a member (of those {@code comparable}) sharing the
     * most telling words with {@code c}, at least {@code threshold}; the link's evidence starts with
     * {@code why}.
     */
    private Optional<Response> mostOverlapping(TracedClaim c, boolean ownSide, BiPredicate<Node, List<TracedClaim>> eligible,
            Predicate<TracedClaim> comparable, double threshold, String why) {
        Node best = null;
        double bestScore = 0;
        for (Node candidate : ctx.answerCandidates(c, ownSide)) {
            List<TracedClaim> members = ctx.clusters.members(candidate);
            if (!eligible.test(candidate, members)) {
                continue;
            }
            double score = ClaimTracer.sample(members).stream()
                    .filter(m -> m.words().size() >= ClaimTracer.MIN_WORDS) // "they want" answers nothing
                    .filter(comparable)
                    .mapToDouble(m -> ctx.rarity.overlap(m.words(), c.words())).max().orElse(0);
            if (score >= threshold && score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        double overlap = bestScore;
        return Optional.ofNullable(best).map(b -> new Response(b,
                String.format(java.util.Locale.ROOT, "%s; %.2f of the telling words in common", why, overlap), overlap));
    }

    /**
     * Whether a confirmation quotes, in its own wording, another speaker's report of the same article
     * ("Ruritania confirmed an earlier statement by Borduria that the parties had agreed …"): it
     * confirms that report wherever its cue sits in the sentence and whichever article of the day
     * carried it first.
     */
    private static boolean quotes(TracedClaim c, List<TracedClaim> members) {
        return members.stream().anyMatch(m -> m.article().equals(c.article()) && !m.speakerKey().equals(c.speakerKey())
                && m.text().length() < c.text().length() && c.text().contains(m.text()));
    }
}
