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

/**
 * Reads the pieces the exports share back from a graph: values, entity references, spans, code-list
 * notations and speakers. Deterministic: several values come back sorted.
 */
final class GraphView {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Graph g;
    private final EntityJson entities;

    GraphView(Graph g) {
        this.g = g;
        this.entities = new EntityJson(g);
    }

    List<Node> all(Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream().distinct()
                .sorted(Comparator.comparing(Node::toString)).toList();
    }

    /**
     * The dataset events the candidate links from {@code item} point to, in IRI order: read from the
     * links themselves ({@code cg:linkFrom}, {@code cg:linkTo}), since the shortcut
     * {@code item cg:relatedEvent event} is no longer stored (0.5).
     */
    List<Node> linkedEvents(Node item) {
        return g.find(Node.ANY, CG.linkFrom.asNode(), item).mapWith(Triple::getSubject).toList().stream()
                .flatMap(link -> g.find(link, CG.linkTo.asNode(), Node.ANY).mapWith(Triple::getObject).toList().stream())
                .distinct().sorted(Comparator.comparing(Node::toString)).toList();
    }

    /** The claim clusters that link to {@code o} by {@code p}, in IRI order. */
    List<Node> clustersLinking(Node p, Node o) {
        return g.find(Node.ANY, p, o).mapWith(Triple::getSubject).toList().stream().distinct()
                .filter(s -> g.contains(s, RDF.type.asNode(), CG.ClaimCluster.asNode()))
                .sorted(Comparator.comparing(Node::toString)).toList();
    }

    Optional<Node> one(Node s, Node p) {
        return all(s, p).stream().findFirst();
    }

    Optional<String> text(Node s, Node p) {
        return one(s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    /** {@code {iri, label}} of an entity. */
    ObjectNode ref(Node entity) {
        ObjectNode r = JSON.objectNode();
        r.put("iri", entity.getURI());
        r.put("label", text(entity, RDFS.label.asNode()).orElse(entity.getURI()));
        return r;
    }

    /** {@code [begin, end]} of a node anchored in its article's text (its own oa:start and oa:end). */
    ArrayNode span(Node anchored) {
        return JSON.arrayNode().add(begin(anchored)).add(Integer.parseInt(text(anchored, Vocab.OA_END).orElseThrow()));
    }

    int begin(Node anchored) {
        return Integer.parseInt(text(anchored, Vocab.OA_START).orElseThrow());
    }

    int end(Node anchored) {
        return Integer.parseInt(text(anchored, Vocab.OA_END).orElseThrow());
    }

    /** The export code of a code-list concept: cg:measure-hostages-alive gives "hostages_alive". */
    String notation(Node s, Node p, String prefix) {
        return one(s, p).map(n -> n.getURI().substring(CG.NS.length() + prefix.length()).replace('-', '_')).orElse(null);
    }

    /**
     * A speaker as the exports show a source: {@code entity} ({iri, label, type, wikidata}) or,
     * for an unnamed one, null with {@code descriptor} and {@code affiliation}.
     */
    ObjectNode speaker(Node speaker) {
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
}
