package org.claimgraph.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.vocab.CG;

/**
 * The {@code claims} export: one record per claim cluster — a representative wording, the
 * speaker, first seen and where, how many articles carry it and how many independent sources
 * (outlets, counting a syndicated copy and its original once), its attributions, the clusters it
 * disputes or supports and the clusters that dispute or support it.
 */
final class ClaimJson {

    private final GraphView view;

    ClaimJson(Graph g) {
        this.view = new GraphView(g);
    }

    /** @param members the attributions of the cluster, oldest first */
    ObjectNode describe(Node cluster, List<Node> members) {
        ObjectNode o = GraphView.JSON.objectNode();
        o.put("iri", cluster.getURI());
        o.put("text", view.text(cluster, CG.claimText.asNode()).orElse(null));
        Node firstSpeaker = view.one(members.get(0), CG.source.asNode()).orElseThrow();
        ObjectNode speaker = view.speaker(firstSpeaker);
        boolean named = !speaker.get("entity").isNull();
        o.set("speaker", named ? view.ref(firstSpeaker) : speaker);
        // and a flat column, so the CSV reads well in a spreadsheet: the label, or an unnamed source's descriptor
        o.put("speaker_label", named ? speaker.get("entity").get("label").asText() : speaker.path("descriptor").asText(null));
        o.put("first_seen", view.text(cluster, CG.firstSeen.asNode()).orElse(null));
        o.put("first_outlet", view.one(cluster, CG.firstOutlet.asNode())
                .flatMap(p -> view.text(p, RDFS.label.asNode())).orElse(null));
        Set<Node> articles = new HashSet<>();
        members.forEach(a -> view.one(a, CG.inArticle.asNode()).ifPresent(articles::add));
        o.put("articles", articles.size());
        o.put("independent_sources", independentSources(articles));
        ArrayNode attributions = o.putArray("attributions");
        members.forEach(a -> attributions.add(a.getURI()));
        ArrayNode disputes = o.putArray("disputes");
        view.all(cluster, CG.disputes.asNode()).forEach(d -> disputes.add(d.getURI()));
        ArrayNode supports = o.putArray("supports");
        view.all(cluster, CG.supports.asNode()).forEach(d -> supports.add(d.getURI()));
        ArrayNode disputedBy = o.putArray("disputed_by");
        view.clustersLinking(CG.disputes.asNode(), cluster).forEach(d -> disputedBy.add(d.getURI()));
        ArrayNode supportedBy = o.putArray("supported_by");
        view.clustersLinking(CG.supports.asNode(), cluster).forEach(d -> supportedBy.add(d.getURI()));
        return o;
    }

    /**
     * Distinct outlets among the articles, where near-duplicate articles (a syndicated copy and its
     * original) count as one source: each group of near duplicates contributes the outlet of its
     * first article.
     */
    private int independentSources(Set<Node> articles) {
        List<Node> ordered = articles.stream().sorted(Comparator.comparing(Node::getURI)).toList();
        Set<Node> seen = new HashSet<>();
        Set<String> outlets = new HashSet<>();
        for (Node a : ordered) {
            if (!seen.add(a)) {
                continue;
            }
            Deque<Node> group = new ArrayDeque<>(List.of(a));
            while (!group.isEmpty()) {
                for (Node b : view.all(group.pop(), CG.nearDuplicateOf.asNode())) {
                    if (articles.contains(b) && seen.add(b)) {
                        group.push(b);
                    }
                }
            }
            outlets.add(view.one(a, Vocab.SCHEMA_PUBLISHER).map(Node::getURI).orElse(a.getURI()));
        }
        return outlets.size();
    }
}
