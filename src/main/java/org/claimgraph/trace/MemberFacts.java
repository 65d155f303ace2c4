package org.claimgraph.trace;

import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * What a cluster's counts, first report and named speakers need of a member, without its wording:
 * for a member traced before, read from the index's doc values, not its stored document.
 *
 * @param speaker the named speaker; empty for an unnamed one
 * @param firstSeenKey where it stands in {@link TracedClaim#FIRST_SEEN}
 * @param claim the claim (its wording is read only for the first report)
 */
record MemberFacts(Node claim, Node article, Optional<Node> publisher, Optional<Node> speaker, boolean dated, String firstSeenKey) {

    static MemberFacts of(TracedClaim c) {
        return new MemberFacts(c.claim(), c.article(), c.publisher(), c.anonymous() ? Optional.empty() : Optional.of(c.speaker()),
                !c.date().isEmpty(), c.firstSeenKey());
    }
}
