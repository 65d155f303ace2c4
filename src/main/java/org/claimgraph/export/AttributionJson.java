package org.claimgraph.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.domain.EntityType;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.vocab.CG;

/** Reads one attribution node back from a graph into the {@code attributions} export shape. */
final class AttributionJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Graph g;
    private final EntityJson entities;

    AttributionJson(Graph g) {
        this.g = g;
        this.entities = new EntityJson(g);
    }

    ObjectNode describe(Node attr, ObjectNode articleRef) {
        ObjectNode o = JSON.objectNode();
        o.put("iri", attr.getURI());
        o.set("article", articleRef);
        o.set("source", source(attr));
        Node cue = one(attr, CG.cue.asNode()).orElseThrow();
        ObjectNode cueJson = o.putObject("cue");
        cueJson.put("text", text(cue, CG.spanText.asNode()));
        cueJson.set("span", span(cue));
        cueJson.put("lemma", text(attr, CG.cueLemma.asNode()));
        ObjectNode content = o.putObject("content");
        content.put("text", text(attr, CG.contentText.asNode()));
        ArrayNode spans = content.putArray("spans");
        all(attr, CG.content.asNode()).stream().map(this::span)
                .sorted(Comparator.comparingInt(s -> s.get(0).asInt()))
                .forEach(spans::add);
        o.put("mode", notation(attr, CG.mode.asNode(), "mode-"));
        o.put("stance", notation(attr, CG.stance.asNode(), "stance-"));
        Node claim = one(attr, CG.asserts.asNode()).orElseThrow();
        ArrayNode about = o.putArray("about");
        all(claim, CG.about.asNode()).forEach(e -> about.add(ref(e)));
        o.put("claim", claim.getURI());
        o.putNull("cluster");
        o.putArray("disputes");
        o.putArray("supports");
        ObjectNode confidence = o.putObject("confidence");
        confidence.put("extraction", Double.parseDouble(text(attr, CG.extractionConfidence.asNode())));
        confidence.put("source", Double.parseDouble(text(attr, CG.sourceConfidence.asNode())));
        return o;
    }

    private ObjectNode source(Node attr) {
        ObjectNode s = JSON.objectNode();
        Node speaker = one(attr, CG.source.asNode()).orElseThrow();
        Optional<Node> mention = one(attr, CG.sourceMention.asNode());
        s.put("text", mention.map(m -> text(m, CG.mentionText.asNode())).orElse(null));
        if (mention.isPresent()) {
            Node selector = one(one(mention.get(), Vocab.OA_HAS_TARGET).orElseThrow(), Vocab.OA_HAS_SELECTOR).orElseThrow();
            s.set("span", JSON.arrayNode().add(integer(selector, Vocab.OA_START)).add(integer(selector, Vocab.OA_END)));
        } else {
            s.putNull("span");
        }
        boolean anonymous = g.contains(speaker, RDF.type.asNode(), CG.AnonymousSource.asNode());
        if (anonymous) {
            s.putNull("entity");
        } else {
            ObjectNode e = entities.describe(speaker.getURI(), EntityType.Kind.ACTOR);
            ObjectNode entity = s.putObject("entity");
            entity.set("iri", e.get("iri"));
            entity.set("label", e.get("label"));
            entity.set("type", e.get("type"));
            entity.set("wikidata", e.get("wikidata"));
        }
        s.put("anonymous", anonymous);
        s.put("descriptor", anonymous ? one(speaker, CG.descriptor.asNode()).map(Node::getLiteralLexicalForm).orElse(null) : null);
        Optional<Node> affiliation = anonymous ? one(speaker, CG.affiliation.asNode()) : Optional.empty();
        if (affiliation.isPresent()) {
            s.set("affiliation", ref(affiliation.get()));
        } else {
            s.putNull("affiliation");
        }
        return s;
    }

    private ObjectNode ref(Node entity) {
        ObjectNode r = JSON.objectNode();
        r.put("iri", entity.getURI());
        r.put("label", one(entity, RDFS.label.asNode()).map(Node::getLiteralLexicalForm).orElse(entity.getURI()));
        return r;
    }

    private ArrayNode span(Node spanNode) {
        Node selector = one(spanNode, Vocab.OA_HAS_SELECTOR).orElseThrow();
        return JSON.arrayNode().add(integer(selector, Vocab.OA_START)).add(integer(selector, Vocab.OA_END));
    }

    private String notation(Node s, Node p, String prefix) {
        return one(s, p).map(n -> n.getURI().substring(CG.NS.length() + prefix.length()).replace('-', '_')).orElse(null);
    }

    private int integer(Node s, Node p) {
        return Integer.parseInt(text(s, p));
    }

    private String text(Node s, Node p) {
        return one(s, p).map(Node::getLiteralLexicalForm).orElse(null);
    }

    private Optional<Node> one(Node s, Node p) {
        return all(s, p).stream().findFirst();
    }

    private List<Node> all(Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream().distinct()
                .sorted(Comparator.comparing(Node::toString)).toList();
    }
}
