package org.claimgraph.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.domain.EntityType;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.vocab.CG;

/**
 * Describes an entity as the exports show it ({@code iri}, {@code label}, {@code type},
 * {@code aliases}, {@code wikidata}, and for places {@code geonames}, {@code lat}, {@code lon}),
 * from a graph that holds the reference data and the articles' own entity descriptions (the
 * union graph of a store).
 */
final class EntityJson {

    private static final Pattern POINT = Pattern.compile("POINT\\s*\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Graph reference;

    EntityJson(Graph descriptions) {
        this.reference = descriptions;
    }

    /** The types of an entity known to claimgraph, most specific first. */
    List<EntityType> types(String iri) {
        return reference.find(uri(iri), RDF.type.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject)
                .filter(o -> o.isURI() && o.getURI().startsWith(CG.NS))
                .map(o -> o.getURI().substring(CG.NS.length()))
                .flatMap(local -> Arrays.stream(EntityType.values()).filter(t -> t.name().equals(local)))
                .distinct()
                .sorted()
                .toList();
    }

    /** The entity as an actor (type: its first actor type) or a place (type: its first place type). */
    ObjectNode describe(String iri, EntityType.Kind kind) {
        Node s = uri(iri);
        ObjectNode o = JSON.objectNode();
        o.put("iri", iri);
        o.put("label", first(s, RDFS.label.asNode()).orElse(iri));
        List<EntityType> types = types(iri);
        o.put("type", types.stream().filter(t -> t.kind() == kind).findFirst().or(() -> types.stream().findFirst())
                .map(Enum::name).orElse(null));
        var aliases = o.putArray("aliases");
        all(s, Vocab.SKOS_ALT_LABEL).stream().distinct().forEach(aliases::add);
        o.put("wikidata", first(s, CG.wikidata.asNode()).orElse(null));
        if (kind == EntityType.Kind.PLACE) {
            o.put("geonames", first(s, CG.geonamesId.asNode()).orElse(null));
            Optional<Matcher> point = reference.find(s, Vocab.GEO_HAS_GEOMETRY, Node.ANY).toList().stream()
                    .flatMap(t -> reference.find(t.getObject(), Vocab.GEO_AS_WKT, Node.ANY).toList().stream())
                    .map(t -> POINT.matcher(t.getObject().getLiteralLexicalForm()))
                    .filter(Matcher::find)
                    .findFirst();
            if (point.isPresent()) {
                o.put("lat", Double.parseDouble(point.get().group(2)));
                o.put("lon", Double.parseDouble(point.get().group(1)));
            } else {
                o.putNull("lat");
                o.putNull("lon");
            }
        }
        return o;
    }

    private Optional<String> first(Node s, Node p) {
        return all(s, p).stream().findFirst();
    }

    private List<String> all(Node s, Node p) {
        return reference.find(s, p, Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).distinct().sorted().toList();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
