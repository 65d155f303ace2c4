package org.claimgraph.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.domain.EntityType;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.vocab.CG;

/** Reads quantities and negotiations back from a graph into the export shapes. */
final class EventJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Graph g;
    private final EntityJson entities;

    EventJson(Graph g) {
        this.g = g;
        this.entities = new EntityJson(g);
    }

    ObjectNode quantity(Node q, ObjectNode articleRef) {
        ObjectNode o = JSON.objectNode();
        o.put("iri", q.getURI());
        o.set("article", articleRef);
        o.put("measure", notation(q, CG.measure.asNode(), "measure-"));
        Optional<String> value = text(q, CG.value.asNode());
        if (value.isPresent()) {
            o.put("value", new BigDecimal(value.get()));
        } else {
            o.putNull("value");
        }
        o.put("qualifier", notation(q, CG.qualifier.asNode(), "qualifier-"));
        o.put("unit", text(q, CG.unit.asNode()).orElse(null));
        Optional<Node> place = one(q, CG.place.asNode());
        o.set("place", place.isPresent() ? ref(place.get()) : JSON.nullNode());
        Optional<Node> statedBy = one(q, CG.statedBy.asNode());
        o.set("stated_by", statedBy.isPresent() ? source(statedBy.get()) : JSON.nullNode());
        o.put("as_of", text(q, CG.asOf.asNode()).orElse(null));
        o.put("period", text(q, CG.period.asNode()).orElse(null));
        Node span = one(q, CG.span.asNode()).orElseThrow();
        o.put("text", text(span, CG.spanText.asNode()).orElse(null));
        o.set("span", span(span));
        return o;
    }

    /**
     * A negotiation with the given developments (already filtered to the articles wanted); its
     * venue is the one most articles name ({@code venueArticles}: venue IRI → article count).
     */
    ObjectNode negotiation(Node n, List<Node> developments, Function<Node, ObjectNode> articleRefOf, Map<String, Integer> venueArticles) {
        ObjectNode o = JSON.objectNode();
        o.put("iri", n.getURI());
        o.put("label", text(n, RDFS.label.asNode()).orElse(n.getURI()));
        o.put("topic", text(n, CG.topic.asNode()).orElse(null));
        Optional<Node> venue = all(n, CG.venue.asNode()).stream()
                .max(Comparator.comparingInt((Node v) -> venueArticles.getOrDefault(v.getURI(), 0))
                        .thenComparing(Node::getURI, Comparator.reverseOrder()));
        o.set("venue", venue.isPresent() ? ref(venue.get()) : JSON.nullNode());
        // a mediator in any article's telling is a mediator, not a party
        List<Node> mediatorNodes = all(n, CG.mediator.asNode());
        ArrayNode parties = o.putArray("parties");
        all(n, CG.party.asNode()).stream().filter(p -> !mediatorNodes.contains(p)).forEach(p -> parties.add(ref(p)));
        ArrayNode mediators = o.putArray("mediators");
        all(n, CG.mediator.asNode()).forEach(m -> mediators.add(ref(m)));
        ArrayNode list = o.putArray("developments");
        developments.stream()
                .sorted(Comparator.comparing((Node d) -> date(d).orElse("")).thenComparing(Node::getURI))
                .forEach(d -> {
                    ObjectNode x = list.addObject();
                    x.put("iri", d.getURI());
                    x.put("kind", notation(d, CG.developmentKind.asNode(), "kind-"));
                    x.put("date", date(d).orElse(null));
                    ArrayNode actors = x.putArray("actors");
                    all(d, Vocab.SEM_HAS_ACTOR).forEach(a -> actors.add(ref(a)));
                    x.set("article", articleRefOf.apply(one(d, CG.inArticle.asNode()).orElseThrow()));
                    Node span = one(d, CG.span.asNode()).orElseThrow();
                    x.put("text", text(span, CG.spanText.asNode()).orElse(null));
                    x.set("span", span(span));
                });
        return o;
    }

    private Optional<String> date(Node development) {
        return one(development, CG.eventTime.asNode()).flatMap(t -> text(t, Vocab.TIME_IN_XSD_DATE));
    }

    /** A speaker as the exports show a source: entity or unnamed with descriptor and affiliation. */
    private ObjectNode source(Node speaker) {
        ObjectNode s = JSON.objectNode();
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
        s.put("descriptor", anonymous ? text(speaker, CG.descriptor.asNode()).orElse(null) : null);
        Optional<Node> affiliation = anonymous ? one(speaker, CG.affiliation.asNode()) : Optional.empty();
        s.set("affiliation", affiliation.isPresent() ? ref(affiliation.get()) : JSON.nullNode());
        return s;
    }

    private ObjectNode ref(Node entity) {
        ObjectNode r = JSON.objectNode();
        r.put("iri", entity.getURI());
        r.put("label", text(entity, RDFS.label.asNode()).orElse(entity.getURI()));
        return r;
    }

    private ArrayNode span(Node spanNode) {
        Node selector = one(spanNode, Vocab.OA_HAS_SELECTOR).orElseThrow();
        return JSON.arrayNode().add(Integer.parseInt(text(selector, Vocab.OA_START).orElseThrow()))
                .add(Integer.parseInt(text(selector, Vocab.OA_END).orElseThrow()));
    }

    private String notation(Node s, Node p, String prefix) {
        return one(s, p).map(n -> n.getURI().substring(CG.NS.length() + prefix.length()).replace('-', '_')).orElse(null);
    }

    private Optional<String> text(Node s, Node p) {
        return one(s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    private Optional<Node> one(Node s, Node p) {
        return all(s, p).stream().findFirst();
    }

    private List<Node> all(Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream().distinct()
                .sorted(Comparator.comparing(Node::toString)).toList();
    }
}
