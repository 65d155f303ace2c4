package org.claimgraph.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.rdf.vocab.CG;

/**
 * Claims that answer earlier claims of another speaker: a denial {@code cg:disputes} the earlier
 * cluster it answers, a claim that confirms another speaker's earlier claim ("confirmed",
 * "repeating", "echoed") or that another side's plain statement repeats {@code cg:supports} it.
 * The answered cluster is looked for where a reader would look: earlier in
 * the same article, among the claims of the speakers (or the states) the answer names, and among
 * the claims of the answer's own side. Each link is written for the claim and for its cluster.
 */
final class Responses {

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
    /** How many days either side of a claim the claims it may answer are looked for among named speakers. */
    static final int ANSWER_DAYS = 30;
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

    /** How many links were written. */
    record Counts(int disputes, int supports) {
    }

    private final Map<Node, Node> membership;
    private final ClusterBook clusters;
    private final Map<Node, Set<Node>> about;
    private final Rarity rarity;
    private final Map<Node, List<TracedClaim>> byArticle = new HashMap<>();
    /** Where an answer looks for what it answers. */
    private final AnswerCandidates candidates;
    /** Whether an answer and a cluster can be about one thing. */
    private final RelatedClusters relatedClusters;
    /** Whether another side's plain statement repeats a claim. */
    private final Repetitions repetitions;

    /**
     * @param claims     the batch's claims, in {@link TracedClaim#ORDER}
     * @param membership their clusters, after the batch's merges
     * @param clusters   the members of every cluster met
     * @param index      what was traced before, or null
     */
    Responses(List<TracedClaim> claims, Map<Node, Node> membership, ClusterBook clusters, Map<Node, Set<Node>> about, Rarity rarity,
            TraceIndex index) {
        this.membership = membership;
        this.rarity = rarity;
        this.clusters = clusters;
        this.about = about;
        for (TracedClaim c : claims) {
            byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(c);
        }
        this.candidates = new AnswerCandidates(claims, membership, clusters, about, rarity, index, byArticle);
        this.relatedClusters = new RelatedClusters(about, byArticle);
        this.repetitions = new Repetitions(rarity);
    }

    /**
     * Per article, the clusters of its claims ({@link #inArticle}): asked for every candidate, worked out
     * once (memberships no longer change while links are made).
     */
    private final Map<Node, Set<Node>> clustersIn = new HashMap<>();
    private final Map<Node, Set<Node>> speakers = new HashMap<>();
    private final Map<Node, Boolean> dated = new HashMap<>();

    /** The named speakers of a cluster's members (the batch's clusters no longer change). */
    private Set<Node> speakers(Node cluster) {
        return speakers.computeIfAbsent(cluster, k -> {
            Set<Node> named = new HashSet<>();
            clusters.facts(k).forEach(m -> m.speaker().ifPresent(named::add));
            return named;
        });
    }

    /** Whether a member of the cluster comes from a dated article. */
    private boolean dated(Node cluster) {
        return dated.computeIfAbsent(cluster, k -> clusters.facts(k).stream().anyMatch(MemberFacts::dated));
    }

    private TracedClaim lastAsked;
    private Set<Node> lastCandidates;

    /**
     * {@link AnswerCandidates#withWords} for the claim and the speakers and sides it names: a plain
     * claim asks it for contradictions and then for repetitions, so the last claim's are kept.
     */
    private Set<Node> answerCandidates(TracedClaim c, boolean ownSide) {
        if (ownSide) {
            return candidates.withWords(c, about.getOrDefault(c.claim(), Set.of()), true);
        }
        if (lastAsked != c) {
            lastCandidates = candidates.withWords(c, about.getOrDefault(c.claim(), Set.of()), false);
            lastAsked = c;
        }
        return lastCandidates;
    }

    /** The cluster a claim answers, why, and how sure the link is (0 to 1). */
    record Response(Node cluster, String reason, double confidence) {
    }

    Counts link(List<TracedClaim> claims, List<Quad> out) {
        Set<Quad> clusterLinks = new LinkedHashSet<>();
        int disputes = 0;
        int supports = 0;
        for (TracedClaim c : claims) {
            Node own = membership.get(c.claim());
            // a statement that calls another's false ("the ministry's figures are fabricated") answers it as a denial does
            boolean denies = c.denies() || Rebuttals.discredits(c.text());
            List<Response> disputed = denies ? disputed(c).stream().toList() : contradicted(c);
            List<Response> supported = !disputed.isEmpty() || denies ? List.of() : supported(c).stream().toList();
            Node property = !disputed.isEmpty() ? CG.disputes.asNode() : CG.supports.asNode();
            List<Response> responses = !disputed.isEmpty() ? disputed : supported;
            if (responses.isEmpty()) {
                continue;
            }
            // the claim's reason and confidence are those of its strongest link
            Response strongest = responses.get(0);
            out.add(ClaimTracer.quad(c.claim(), CG.responseReason.asNode(), NodeFactory.createLiteralString(strongest.reason())));
            double confidence = Math.round(Math.max(0, Math.min(1, strongest.confidence())) * 1000) / 1000.0;
            out.add(ClaimTracer.quad(c.claim(), CG.responseConfidence.asNode(),
                    NodeFactory.createLiteralDT(Double.toString(confidence), XSDDatatype.XSDdouble)));
            for (Response r : responses) {
                out.add(ClaimTracer.quad(c.claim(), property, r.cluster()));
                clusterLinks.add(ClaimTracer.quad(own, property, r.cluster()));
                if (!disputed.isEmpty()) {
                    disputes++;
                } else {
                    supports++;
                }
            }
        }
        out.addAll(clusterLinks);
        return new Counts(disputes, supports);
    }

    /**
     * The cluster a denial answers. "Hamas rejected that assessment" answers the statement just
     * reported by someone else in its article; otherwise the best of the earlier clusters of other
     * speakers it could answer: naming their speaker (or state) counts most, then coming earlier in
     * the same article, then shared wording, and a claim days old counts a little less.
     */
    private Optional<Response> disputed(TracedClaim c) {
        if (c.pointsBack()) {
            List<TracedClaim> here = byArticle.get(c.article());
            Optional<TracedClaim> previous = here.stream()
                    .filter(p -> p.begin() < c.begin() && !p.speakerKey().equals(c.speakerKey()) && !sameSide(p, c)
                            && !insideAnother(p, here)) // Israel's prime minister's office dismisses no demand of Israel's
                    .max(Comparator.comparingInt(TracedClaim::begin));
            if (previous.isPresent()) {
                return Optional.of(new Response(membership.get(referredTo(c, previous.get()).claim()),
                        "denial cue; refers back (\"" + c.referent() + "\") to the report before it in the article", 0.8));
            }
        }
        Set<Node> named = about.getOrDefault(c.claim(), Set.of());
        Response best = null;
        double bestScore = 0;
        for (Node candidate : answerCandidates(c, false)) { // one side does not dispute itself
            List<TracedClaim> members = clusters.members(candidate);
            TracedClaim first = members.get(0);
            if (!answerable(c, candidate, first) || sameSide(first, c) || !relatedClusters.related(c, candidate, members) || holdsTwin(c, candidate)) {
                continue;
            }
            double overlap = ClaimTracer.sample(members).stream().mapToDouble(m -> Words.jaccard(m.wordsWithCue(), c.words())).max().orElse(0);
            boolean names = speakers(candidate).stream().anyMatch(named::contains)
                    || (!first.principal().isEmpty() && named.contains(NodeFactory.createURI(first.principal())));
            boolean earlierHere = earlierInArticle(c, candidate);
            boolean eligible = overlap >= DISPUTE_OVERLAP || ((names || earlierHere) && overlap >= DISPUTE_NAMED_OVERLAP);
            long days = ClaimTracer.sample(members).stream().mapToLong(m -> m.daysFrom(c)).min().orElse(0);
            // a cluster known only from undated articles may not have come first: it counts a little less
            boolean undated = !dated(candidate);
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
    private List<Response> contradicted(TracedClaim c) {
        if (c.words().size() < ClaimTracer.MIN_WORDS || c.speakerKey().equals("unnamed::")) {
            return List.of();
        }
        List<Response> out = new ArrayList<>();
        for (Node candidate : answerCandidates(c, false)) {
            List<TracedClaim> members = clusters.members(candidate);
            TracedClaim first = members.get(0);
            // two sides contradicting each other in one article answer each other, whichever comes first (the
            // article's claims are all in this batch: asking them, not the members, keeps a large cluster unread)
            boolean sameArticle = inArticle(c, candidate);
            if (!(answerable(c, candidate, first) || (sameArticle && !first.speakerKey().equals(c.speakerKey())))
                    || candidate.equals(membership.get(c.claim())) || sameSide(first, c) || !relatedClusters.related(c, candidate, members)) {
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
                    .mapToDouble(m -> rarity.overlap(m.words(), c.words())).max().orElse(0);
            if (overlap >= needed) {
                out.add(new Response(candidate, String.format(java.util.Locale.ROOT, "opposite polarity; %.2f of the telling words in common%s",
                        overlap, named ? "; names the other side" : ""), Math.min(1, overlap + (named ? 0.2 : 0))));
            }
        }
        out.sort(Comparator.comparingDouble(Response::confidence).reversed().thenComparing(r -> r.cluster().getURI()));
        return out;
    }

    private final Map<Node, Set<String>> negatedWords = new HashMap<>();

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
        Set<Node> mine = about.getOrDefault(c.claim(), Set.of());
        for (TracedClaim m : ClaimTracer.sample(members)) {
            Set<Node> theirs = about.getOrDefault(m.claim(), Set.of());
            if (names(mine, m) || names(theirs, c)) {
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

    private final Map<Node, Boolean> negative = new HashMap<>();
    private final Map<Node, Boolean> several = new HashMap<>();

    /** {@link ClaimIdentity#opposite}, each claim's wording looked at once per batch (a cluster's members meet many claims). */
    private boolean opposite(TracedClaim m, TracedClaim c) {
        return negative.computeIfAbsent(m.claim(), k -> ClaimIdentity.negative(m)) != negative.computeIfAbsent(c.claim(), k -> ClaimIdentity.negative(c))
                && !several.computeIfAbsent(m.claim(), k -> ClaimIdentity.several(m)) && !several.computeIfAbsent(c.claim(), k -> ClaimIdentity.several(c));
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
        for (Node candidate : answerCandidates(c, ownSide)) {
            List<TracedClaim> members = clusters.members(candidate);
            if (!eligible.test(candidate, members)) {
                continue;
            }
            double score = ClaimTracer.sample(members).stream()
                    .filter(m -> m.words().size() >= ClaimTracer.MIN_WORDS) // "they want" answers nothing
                    .filter(comparable)
                    .mapToDouble(m -> rarity.overlap(m.words(), c.words())).max().orElse(0);
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
        List<TracedClaim> before = byArticle.get(c.article()).stream().filter(p -> p.begin() <= previous.begin())
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

    /**
     * The cluster of another speaker that a claim confirms ("Hamas confirmed it had accepted the
     * proposal", after the mediators said so): the best earlier one sharing enough words and saying
     * one thing of one actor, or quoted in the claim. Without a confirming cue, the best earlier
     * cluster of another side that the claim repeats ({@link Repetitions}).
     */
    private Optional<Response> supported(TracedClaim c) {
        if (c.words().size() < ClaimTracer.MIN_WORDS) {
            return Optional.empty();
        }
        if (c.text().startsWith("to ") || c.speakerKey().equals("unnamed::")) {
            return Optional.empty(); // "agreed to discuss" is an act, not a confirmation; an unknown speaker confirms nothing
        }
        if (c.cueWords().stream().noneMatch(SUPPORT_CUES::contains)) {
            // no confirming cue: another side that states the same proposition repeats it
            return mostOverlapping(c, false, (candidate, members) -> answerable(c, candidate, members.get(0)) && !sameSide(members.get(0), c)
                    && (c.anonymous() || !speakers(candidate).contains(c.speaker())) && relatedClusters.related(c, candidate, members),
                    m -> repetitions.repeats(m, c), Repetitions.REPEATED_WORDS, "repeated by another side");
        }
        return mostOverlapping(c, true, (candidate, members) -> (quotes(c, members) || (answerable(c, candidate, members.get(0))
                        && relatedClusters.related(c, candidate, members))) && !members.get(0).denies(),
                m -> quotes(c, List.of(m)) || repetitions.canConfirm(m, c), SUPPORT_CUED_OVERLAP, "confirming cue");
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

    /**
     * Another speaker's cluster, begun before {@code c}: earlier in the same article, or published
     * earlier (when an article is undated, its claims may answer any other article's).
     */
    private boolean answerable(TracedClaim c, Node candidate, TracedClaim first) {
        if (candidate.equals(membership.get(c.claim())) || first.speakerKey().equals(c.speakerKey())) {
            return false;
        }
        // members are in date order (undated first), so the first tells whether any came before
        return earlierInArticle(c, candidate) || first.date().isEmpty() || c.date().isEmpty() || first.date().compareTo(c.date()) < 0;
    }

    /** Whether a claim of the cluster is in {@code c}'s article. */
    private boolean inArticle(TracedClaim c, Node cluster) {
        return clustersIn.computeIfAbsent(c.article(), a -> {
            Set<Node> set = new HashSet<>();
            byArticle.get(a).forEach(p -> set.add(membership.get(p.claim())));
            return set;
        }).contains(cluster);
    }

    /**
     * Whether the cluster holds {@code c}'s twin: the same words told by the other party of a joint
     * source ("Qatar and Egypt insisted …"), which one party never answers.
     */
    private boolean holdsTwin(TracedClaim c, Node cluster) {
        return byArticle.get(c.article()).stream().anyMatch(p -> p != c && p.statement().equals(c.statement()) && cluster.equals(membership.get(p.claim())));
    }

    /** Per article, where each cluster's first claim in it begins (memberships no longer change while links are made). */
    private final Map<Node, Map<Node, Integer>> firstBegin = new HashMap<>();

    /**
     * Whether a claim of the cluster comes before {@code c} in its article: asked for every candidate of
     * every claim, so each article's clusters are gathered once, not its claims walked each time (profiled).
     */
    private boolean earlierInArticle(TracedClaim c, Node cluster) {
        Integer first = firstBegin.computeIfAbsent(c.article(), a -> {
            Map<Node, Integer> out = new HashMap<>();
            byArticle.get(a).forEach(p -> out.merge(membership.get(p.claim()), p.begin(), Math::min));
            return out;
        }).get(cluster);
        return first != null && first < c.begin();
    }

    /** Speakers of one side (a state, an organisation) do not dispute each other's word here. */
    private static boolean sameSide(TracedClaim a, TracedClaim b) {
        return !a.principal().isEmpty() && a.principal().equals(b.principal());
    }
}
