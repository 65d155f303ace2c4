package org.claimgraph.trace;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.rdf.Literals;
import org.claimgraph.rdf.vocab.CG;

/**
 * Claims that answer earlier claims of another speaker: a denial {@code cg:disputes} the earlier
 * cluster it answers ({@link Disputes}), a claim that confirms another speaker's earlier claim
 * ("confirmed", "repeating", "echoed") or that another side's plain statement repeats
 * {@code cg:supports} it ({@link Supports}). The answered cluster is looked for where a reader would
 * look ({@link AnswerContext}): earlier in the same article, among the claims of the speakers (or the
 * states) the answer names, and among the claims of the answer's own side. Each link is written for
 * the claim and for its cluster, with the reason and confidence of the claim's strongest link.
 */
final class Responses {

    /** How many days either side of a claim the claims it may answer are looked for among named speakers. */
    static final int ANSWER_DAYS = 30;

    /** How many links were written. */
    record Counts(int disputes, int supports) {
    }

    /** The cluster a claim answers, why, and how sure the link is (0 to 1). */
    record Response(Node cluster, String reason, double confidence) {
    }

    private final Map<Node, Node> membership;
    private final Disputes disputes;
    private final Supports supports;

    /**
     * @param claims     the batch's claims, in {@link TracedClaim#ORDER}
     * @param membership their clusters, after the batch's merges
     * @param clusters   the members of every cluster met
     * @param index      what was traced before, or null
     * @param frames     the wordings' frames, as clustering tagged them
     */
    Responses(List<TracedClaim> claims, Map<Node, Node> membership, ClusterBook clusters, Map<Node, Set<Node>> about, Rarity rarity,
            TraceIndex index, Function<TracedClaim, ClaimFrame> frames) {
        this.membership = membership;
        AnswerContext context = new AnswerContext(claims, membership, clusters, about, rarity, index);
        this.disputes = new Disputes(context);
        this.supports = new Supports(context, frames);
    }

    Counts link(List<TracedClaim> claims, List<Quad> out) {
        Set<Quad> clusterLinks = new LinkedHashSet<>();
        int disputeCount = 0;
        int supportCount = 0;
        for (TracedClaim c : claims) {
            Node own = membership.get(c.claim());
            // a statement that calls another's false ("the ministry's figures are fabricated") answers it as a denial does
            boolean denies = c.denies() || Rebuttals.discredits(c.text());
            List<Response> disputed = denies ? disputes.denied(c).stream().toList() : disputes.contradicted(c);
            List<Response> supported = !disputed.isEmpty() || denies ? List.of() : supports.supported(c).stream().toList();
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
                    Literals.dbl(confidence)));
            for (Response r : responses) {
                out.add(ClaimTracer.quad(c.claim(), property, r.cluster()));
                clusterLinks.add(ClaimTracer.quad(own, property, r.cluster()));
                if (!disputed.isEmpty()) {
                    disputeCount++;
                } else {
                    supportCount++;
                }
            }
        }
        out.addAll(clusterLinks);
        return new Counts(disputeCount, supportCount);
    }
}
