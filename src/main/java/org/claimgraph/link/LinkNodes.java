package org.claimgraph.link;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.domain.Hashes;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.Literals;
import org.claimgraph.rdf.vocab.CG;

/**
 * The link nodes of the candidate links one linking found (since 0.7): the links to one dataset event
 * that carry the same evidence (the same score and the same reasons, in words) share one node, which
 * states its event ({@code cg:linkTo}), score and reasons once and has one {@code cg:linkFrom} per news
 * item. The claims of one day's articles that share their actors meet the statement coded that day
 * with the same evidence: on the 2,000-article bench corpus 64,647 links share 6,245 nodes. Read as
 * before, {@code ?link cg:linkFrom ?item ; cg:linkTo ?event ; cg:linkScore ?score} gives one row per
 * candidate link. A node's IRI is minted from its event and its evidence, so a later linking that finds
 * one more item with that evidence adds one {@code cg:linkFrom} to the node already there, and linking
 * in any order gives the same nodes as linking everything at once.
 */
final class LinkNodes {

    /** What a node says besides its events. */
    private record Evidence(Node event, String score, String reasons) {
    }

    private final Map<Evidence, Set<Node>> items = new LinkedHashMap<>();
    private int links;

    /** Notes the candidate link from {@code item} to {@code event}. */
    void add(Node item, Node event, Candidates.Candidate c) {
        Evidence key = new Evidence(event, String.format(Locale.ROOT, "%.3f", c.score()), String.join("; ", c.reasons()));
        if (items.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(item)) {
            links++;
        }
    }

    /** How many candidate links (item and event pairs) were noted. */
    int links() {
        return links;
    }

    /** The quads of the nodes: three for each node, and one for each of its items. */
    List<Quad> quads() {
        List<Quad> out = new ArrayList<>();
        items.forEach((e, from) -> {
            Node link = node(e.event(), e.score(), e.reasons());
            // no rdf:type cg:EventLink (since 0.4) and no item cg:relatedEvent event (since 0.5): the
            // properties say both
            out.add(Quad.create(EventLinker.LINKS_GRAPH, link, CG.linkTo.asNode(), e.event()));
            out.add(Quad.create(EventLinker.LINKS_GRAPH, link, CG.linkScore.asNode(), Literals.decimal(new BigDecimal(e.score()))));
            out.add(Quad.create(EventLinker.LINKS_GRAPH, link, CG.linkReason.asNode(), NodeFactory.createLiteralString(e.reasons())));
            from.forEach(item -> out.add(Quad.create(EventLinker.LINKS_GRAPH, link, CG.linkFrom.asNode(), item)));
        });
        return out;
    }

    /** The node of the links to {@code event} with this score and these reasons. */
    static Node node(Node event, String score, String reasons) {
        String value = new BigDecimal(score).stripTrailingZeros().toPlainString(); // 0.850 and 0.85 are one score
        return NodeFactory.createURI(Iris.ID + "link/" + Hashes.sha256Hex(event.getURI() + " " + value + " " + reasons).substring(0, 16));
    }
}
