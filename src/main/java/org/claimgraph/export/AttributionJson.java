package org.claimgraph.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.domain.Attribution;
import org.claimgraph.domain.Span;
import org.claimgraph.rdf.ArticleRdf;
import org.claimgraph.rdf.UsualConfidences;
import org.claimgraph.rdf.vocab.CG;

/** Reads one attribution node back from a graph into the {@code attributions} export shape. */
final class AttributionJson {

    private final GraphView view;

    AttributionJson(Graph g) {
        this.view = new GraphView(g);
    }

    /**
     * @param articleText the text of the attribution's article: its cue's words are read from it
     */
    ObjectNode describe(Node attr, ObjectNode articleRef, String articleText) {
        ObjectNode o = GraphView.JSON.objectNode();
        o.put("iri", attr.getURI());
        o.set("article", articleRef);
        o.set("source", source(attr, articleText));
        Optional<Node> via = view.one(attr, CG.via.asNode());
        o.set("via", via.isPresent() ? view.speaker(via.get()) : GraphView.JSON.nullNode());
        // an attribution is anchored at its cue
        ObjectNode cueJson = o.putObject("cue");
        cueJson.put("text", articleText.substring(view.begin(attr), view.end(attr)));
        cueJson.set("span", view.span(attr));
        cueJson.put("lemma", view.text(attr, CG.cueLemma.asNode()).orElse(null));
        Node claim = view.one(attr, CG.asserts.asNode()).orElseThrow();
        ObjectNode content = o.putObject("content");
        content.put("text", view.text(claim, CG.claimText.asNode()).orElse(null));
        ArrayNode spans = content.putArray("spans");
        view.text(attr, CG.contentSpans.asNode()).map(ArticleRdf::parseSpans).orElse(List.of()).stream()
                .sorted(Comparator.comparingInt(Span::begin))
                .forEach(s -> spans.add(json(s)));
        o.put("mode", view.notation(attr, CG.mode.asNode(), "mode-"));
        o.put("stance", view.notation(attr, CG.stance.asNode(), "stance-"));
        ArrayNode about = o.putArray("about");
        view.all(claim, CG.about.asNode()).forEach(e -> about.add(view.ref(e)));
        o.put("claim", claim.getURI());
        Optional<Node> cluster = view.one(claim, CG.inCluster.asNode());
        if (cluster.isPresent()) {
            o.put("cluster", cluster.get().getURI());
        } else {
            o.putNull("cluster");
        }
        ArrayNode disputes = o.putArray("disputes");
        view.all(claim, CG.disputes.asNode()).forEach(d -> disputes.add(d.getURI()));
        ArrayNode supports = o.putArray("supports");
        view.all(claim, CG.supports.asNode()).forEach(d -> supports.add(d.getURI()));
        ObjectNode confidence = o.putObject("confidence");
        confidence.put("extraction", extractionConfidence(attr));
        confidence.put("source", sourceConfidence(attr));
        return o;
    }

    /** The stored cg:extractionConfidence, or (not stored, since 0.5) the usual one for its speaker's words and mode. */
    private double extractionConfidence(Node attr) {
        Optional<String> stored = view.text(attr, CG.extractionConfidence.asNode());
        if (stored.isPresent()) {
            return Double.parseDouble(stored.get());
        }
        boolean speakerNamed = view.text(attr, CG.sourceSpans.asNode()).isPresent();
        boolean direct = view.one(attr, CG.mode.asNode()).filter(m -> m.equals(CG.concept("mode", Attribution.Mode.DIRECT.code()).asNode())).isPresent();
        return UsualConfidences.extraction(speakerNamed, direct ? Attribution.Mode.DIRECT : Attribution.Mode.INDIRECT);
    }

    /** The stored cg:sourceConfidence, or (not stored, since 0.6) the usual one for its speaker's words and kind. */
    private double sourceConfidence(Node attr) {
        Optional<String> stored = view.text(attr, CG.sourceConfidence.asNode());
        if (stored.isPresent()) {
            return Double.parseDouble(stored.get());
        }
        boolean speakerNamed = view.text(attr, CG.sourceSpans.asNode()).isPresent();
        boolean unnamedSource = view.one(attr, CG.source.asNode())
                .filter(s -> view.all(s, RDF.type.asNode()).contains(CG.AnonymousSource.asNode())).isPresent();
        return UsualConfidences.source(speakerNamed, unnamedSource);
    }

    private static ArrayNode json(Span span) {
        return GraphView.JSON.arrayNode().add(span.begin()).add(span.end());
    }

    /** The source: the words naming the speaker (text and span) and who the speaker is. */
    private ObjectNode source(Node attr, String articleText) {
        ObjectNode s = GraphView.JSON.objectNode();
        Optional<Span> words = view.text(attr, CG.sourceSpans.asNode()).map(w -> ArticleRdf.parseSpans(w).get(0));
        s.put("text", view.text(attr, CG.sourceText.asNode()).orElse(null));
        if (words.isPresent()) {
            s.set("span", json(words.get()));
        } else {
            s.putNull("span");
        }
        Optional<Span> antecedent = view.text(attr, CG.antecedentSpans.asNode()).map(w -> ArticleRdf.parseSpans(w).get(0));
        if (antecedent.isPresent()) {
            ObjectNode a = s.putObject("antecedent");
            a.put("text", antecedent.get().of(articleText));
            a.set("span", json(antecedent.get()));
        } else {
            s.putNull("antecedent");
        }
        s.setAll(view.speaker(view.one(attr, CG.source.asNode()).orElseThrow()));
        return s;
    }
}
