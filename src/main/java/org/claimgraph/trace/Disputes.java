package org.claimgraph.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.trace.Responses.Response;

/**
 * The clusters a claim disputes: what a denial answers ("Hamas rejected that assessment"), and what
 * a plain statement of another side contradicts by saying the same thing with the opposite polarity.
 */
final class Disputes {

    /** Word overlap (Jaccard) for a denial to dispute a cluster it neither names nor follows in its article. */
    static final double DISPUTE_OVERLAP = 0.2;
    /** Word overlap (Jaccard) a denial needs with a cluster it names or follows. */
    static final double DISPUTE_NAMED_OVERLAP = 0.05;
    /**
     * Share of the shorter wording (weighted by {@link Rarity}) that a plain statement must repeat, with
     * the opposite polarity, of another side's claim to contradict it.
     */
    static final double CONTRADICTION_OVERLAP = 0.5;
    /** The same, when one of the two wordings names the other's speaker or side. */
    static final double CONTRADICTION_NAMED_OVERLAP = 0.3;

    private final AnswerContext ctx;
    private final Map<Node, Set<String>> negatedWords = new HashMap<>();
    private final Map<Node, Boolean> negative = new HashMap<>();
    private final Map<Node, Boolean> several = new HashMap<>();

    Disputes(AnswerContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The cluster a denial answers. "Hamas rejected that assessment" answers the statement just
     * reported by someone else in its article; otherwise the best of the earlier clusters of other
     * speakers it could answer: naming their speaker (or state) counts most, then coming earlier in
     * the same article, then shared wording, and a claim days old counts a little less.
     */
    Optional<Response> denied(TracedClaim c) {
        if (c.pointsBack()) {
            List<TracedClaim> here = ctx.byArticle.get(c.article());
            Optional<TracedClaim> previous = here.stream()
                    .filter(p -> p.begin() < c.begin() && !p.speakerKey().equals(c.speakerKey()) && !AnswerContext.sameSide(p, c)
                            && !insideAnother(p, here)) // Israel's prime minister's office dismisses no demand of Israel's
                    .max(Comparator.comparingInt(TracedClaim::begin));
            if (previous.isPresent()) {
                return Optional.of(new Response(ctx.membership.get(referredTo(c, previous.get()).claim()),
                        "denial cue; refers back (\"" + c.referent() + "\") to the report before it in the article", 0.8));
            }
        }
        Set<Node> named = ctx.named(c);
        Response best = null;
        double bestScore = 0;
        for (Node candidate : ctx.answerCandidates(c, false)) { // one side does not dispute itself
            List<TracedClaim> members = ctx.clusters.members(candidate);
            TracedClaim first = members.get(0);
            if (!ctx.answerable(c, candidate, first) || AnswerContext.sameSide(first, c) || !ctx.relatedClusters.related(c, candidate, members)
                    || ctx.holdsTwin(c, candidate)) {
                continue;
            }
            double overlap = ClaimTracer.sample(members).stream().mapToDouble(m -> Words.jaccard(m.wordsWithCue(), c.words())).max().orElse(0);
            boolean names = ctx.speakers(candidate).stream().anyMatch(named::contains)
                    || (!first.principal().isEmpty() && named.contains(NodeFactory.createURI(first.principal())));
            boolean earlierHere = ctx.earlierInArticle(c, candidate);
            boolean eligible = overlap >= DISPUTE_OVERLAP || ((names || earlierHere) && overlap >= DISPUTE_NAMED_OVERLAP);
            long days = ClaimTracer.sample(members).stream().mapToLong(m -> m.daysFrom(c)).min().orElse(0);
            // a cluster known only from undated articles may not have come first: it counts a little less
            boolean undated = !ctx.dated(candidate);
            double score = overlap + (names ? 0.5 : 0) + (earlierHere ? 0.3 : 0) - 0.01 * Math.min(days, 30) - (undated ? 0.2 : 0);
            if (eligible && score > bestScore) {
                String reason = String.format(java.util.Locale.ROOT, "denial cue; %.2f of the wording in common", overlap)
                        + (names ? "; names its speaker" : "") + (earlierHere ? "; follows it in the article" : "")
                        + (days > 0 ? "; " + days + " days later" : "");
                // the ranking score, on the scale of the strongest evidence (overlap 0.5, named, same article)
                best = new Response(candidate, reason, score / 1.3);
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The clusters of other sides that a plain statement contradicts: a member says the same thing
     * with the opposite polarity ("Goma did not fall to the rebels" against "the rebels took over
     * Goma"), in the same article or published before, sharing {@link #CONTRADICTION_OVERLAP} of the
     * shorter wording's telling words — or {@link #CONTRADICTION_NAMED_OVERLAP} when, in one article,
     * one of the two names the other's speaker or side (the government saying the city did not fall to
     * the rebels, the rebels saying they took it). Every such cluster, best first: a denial answers each wording
     * of what it denies (the rebels' claim and the earlier reports of it).
     */
    List<Response> contradicted(TracedClaim c) {
        if (c.words().size() < ClaimTracer.MIN_WORDS || c.speakerKey().equals("unnamed::")) {
            return List.of();
        }
        List<Response> out = new ArrayList<>();
        for (Node candidate : ctx.answerCandidates(c, false)) {
            List<TracedClaim> members = ctx.clusters.members(candidate);
            TracedClaim first = members.get(0);
            // two sides contradicting each other in one article answer each other, whichever comes first (the
            // article's claims are all in this batch: asking them, not the members, keeps a large cluster unread)
            boolean sameArticle = ctx.inArticle(c, candidate);
            if (!(ctx.answerable(c, candidate, first) || (sameArticle && !first.speakerKey().equals(c.speakerKey())))
                    || candidate.equals(ctx.membership.get(c.claim())) || AnswerContext.sameSide(first, c)
                    || !ctx.relatedClusters.related(c, candidate, members)) {
                continue;
            }
            // naming each other counts only within one article, where a report sets the two sides against each other:
            // across articles, two parties' claims name each other all the time (the examples' talks: every claim names
            // both parties), and at 0.3 a mediator's "no reply received" disputed each party's earlier statements
            boolean named = sameArticle && namesTheOther(c, members);
            double needed = named ? CONTRADICTION_NAMED_OVERLAP : CONTRADICTION_OVERLAP;
            double overlap = ClaimTracer.sample(members).stream()
                    .filter(m -> m.words().size() >= ClaimTracer.MIN_WORDS) // "they want" answers nothing
                    .filter(m -> opposite(m, c) && negatesWhatTheOtherSays(m, c))
                    .mapToDouble(m -> ctx.rarity.overlap(m.words(), c.words())).max().orElse(0);
            if (overlap >= needed) {
                out.add(new Response(candidate, String.format(java.util.Locale.ROOT, "opposite polarity; %.2f of the telling words in common%s",
                        overlap, named ? "; names the other side" : ""), Math.min(1, overlap + (named ? 0.2 : 0))));
            }
        }
        out.sort(Comparator.comparingDouble(Response::confidence).reversed().thenComparing(r -> r.cluster().getURI()));
        return out;
    }

    /**
     * Whether the negation of one wording bears on what the other says: "the city did not fall to the
     * rebels" negates the taking of the city that the rebels claim, while "we have received no formal
     * reply" negates nothing of "it would not accept the proposal" — the two only share their parties.
     * A claim negative only through its cue (a denial) negates its whole wording.
     */
    private boolean negatesWhatTheOtherSays(TracedClaim m, TracedClaim c) {
        return negatesWhat(m, c) || negatesWhat(c, m);
    }

    private boolean negatesWhat(TracedClaim negative, TracedClaim other) {
        if (!negative.negatedWording()) {
            return negative.denies(); // denied by its cue: all of it is negated
        }
        Set<String> scope = negatedWords.computeIfAbsent(negative.claim(), k -> ClaimIdentity.negatedWords(negative.text()));
        return scope.stream().anyMatch(other.words()::contains);
    }

    /** Whether {@code c} names the speaker or side of one of the members, or one of them names {@code c}'s. */
    private boolean namesTheOther(TracedClaim c, List<TracedClaim> members) {
        Set<Node> mine = ctx.named(c);
        for (TracedClaim m : ClaimTracer.sample(members)) {
            if (names(mine, m) || names(ctx.named(m), c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the entities {@code named} hold the speaker of {@code c} or whom it speaks for. */
    private static boolean names(Set<Node> named, TracedClaim c) {
        return (!c.anonymous() && named.contains(c.speaker()))
                || (!c.principal().isEmpty() && named.contains(NodeFactory.createURI(c.principal())));
    }

    /** {@link ClaimIdentity#opposite}, each claim's wording looked at once per batch (a cluster's members meet many claims). */
    private boolean opposite(TracedClaim m, TracedClaim c) {
        return negative.computeIfAbsent(m.claim(), k -> ClaimIdentity.negative(m)) != negative.computeIfAbsent(c.claim(), k -> ClaimIdentity.negative(c))
                && !several.computeIfAbsent(m.claim(), k -> ClaimIdentity.several(m)) && !several.computeIfAbsent(c.claim(), k -> ClaimIdentity.several(c));
    }

    /**
     * A report told inside another speaker's words in the same article ("Witkoff said Hamas's reply
     * showed …"): part of that report, not a statement of its own that a later "that assessment"
     * answers.
     */
    private static boolean insideAnother(TracedClaim p, List<TracedClaim> here) {
        return here.stream().anyMatch(q -> q != p && !q.speakerKey().equals(p.speakerKey())
                && q.text().length() > p.text().length() && q.text().contains(p.text()));
    }

    /**
     * Which report of the previous speaker's run a denial that points back denies: "the
     * statement" begins with the run's first report; "the accusation" is the run's latest
     * accusation; "that", "that assessment" is the latest report.
     */
    private TracedClaim referredTo(TracedClaim c, TracedClaim previous) {
        List<TracedClaim> run = new ArrayList<>();
        List<TracedClaim> before = ctx.byArticle.get(c.article()).stream().filter(p -> p.begin() <= previous.begin())
                .sorted(Comparator.comparingInt(TracedClaim::begin).reversed()).toList();
        for (TracedClaim p : before) {
            if (!p.speakerKey().equals(previous.speakerKey())) {
                break;
            }
            run.add(p); // latest first
        }
        String referent = c.referent().toLowerCase(java.util.Locale.ROOT);
        if (referent.matches(".*\\b(?:statement|remarks?|comments?)\\b.*")) {
            return run.get(run.size() - 1);
        }
        if (referent.matches(".*\\b(?:accusations?|charges?|allegations?)\\b.*")) {
            return run.stream().filter(p -> p.stance().endsWith("stance-accuse")).findFirst().orElse(previous);
        }
        return previous;
    }
}
