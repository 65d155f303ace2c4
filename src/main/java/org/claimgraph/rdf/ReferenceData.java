package org.claimgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.domain.ActorProfile;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Hashes;
import org.claimgraph.domain.Mention.MatchKind;
import org.claimgraph.extract.Gazetteer;
import org.claimgraph.extract.GazetteerEntry;
import org.claimgraph.rdf.vocab.CG;

/**
 * The ontology and the reference gazetteer (actors and places with names, aliases, demonyms and
 * identifiers), read from {@code ontology/} inside the jar. Immutable once loaded.
 */
public final class ReferenceData {

    public static final String ONTOLOGY_FILE = "ontology/claimgraph.ttl";
    public static final String SHAPES_FILE = "ontology/shapes.ttl";
    /** Every file of {@code ontology/reference/}; a test checks the folder and this list agree. */
    public static final List<String> REFERENCE_FILES = List.of(
            "ontology/reference/countries.ttl",
            "ontology/reference/places.ttl",
            "ontology/reference/world-places.ttl",
            "ontology/reference/world-regions.ttl",
            "ontology/reference/actors.ttl",
            "ontology/reference/world-actors.ttl",
            "ontology/reference/world-leaders.ttl",
            "ontology/reference/outlets.ttl",
            "ontology/reference/actor-codes.ttl");

    private final Graph ontology;
    private final Graph reference;
    private final String referenceHash;
    private final Gazetteer gazetteer;

    private ReferenceData(Graph ontology, Graph reference, String referenceHash) {
        this.ontology = ontology;
        this.reference = reference;
        this.referenceHash = referenceHash;
        this.gazetteer = buildGazetteer();
    }

    /** Loads the ontology and reference data from the classpath. */
    public static ReferenceData load() {
        StringBuilder all = new StringBuilder();
        Graph ontology = parse(ONTOLOGY_FILE, all);
        Graph reference = GraphFactory.createDefaultGraph();
        for (String file : REFERENCE_FILES) {
            parse(file, all).find().forEach(reference::add);
        }
        StateInstitutions.derive(reference).find().forEach(reference::add);
        all.append(StateInstitutions.VERSION);
        return new ReferenceData(ontology, reference, Hashes.sha256Hex(all.toString()));
    }

    /** The SHACL shapes, parsed as a graph. */
    public static Graph shapes() {
        return resource(SHAPES_FILE);
    }

    /** A Turtle file that travels in the jar (ontology/…), parsed. */
    public static Graph resource(String resource) {
        return parse(resource, new StringBuilder());
    }

    private static Graph parse(String resource, StringBuilder content) {
        try (InputStream in = ReferenceData.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath: rebuild the jar (./claimgraph rebuilds it)");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            content.append(text);
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(text, Lang.TURTLE).base("https://w3id.org/claimgraph/").parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public Graph ontology() {
        return ontology;
    }

    public Graph reference() {
        return reference;
    }

    /** Hash of the ontology and reference files, to tell whether a store holds this version. */
    public String hash() {
        return referenceHash;
    }

    /** Every reference entity whose type is an actor or place class. */
    public List<Entity> entities() {
        List<Entity> entities = new ArrayList<>();
        reference.find(Node.ANY, RDFS.label.asNode(), Node.ANY).mapWith(Triple::getSubject).toSet().stream()
                .filter(Node::isURI)
                .sorted(Comparator.comparing(Node::getURI))
                .forEach(s -> toEntity(s).ifPresent(entities::add));
        return entities;
    }

    private Optional<Entity> toEntity(Node subject) {
        List<EntityType> types = new ArrayList<>();
        reference.find(subject, RDF.type.asNode(), Node.ANY).forEach(t -> entityType(t.getObject()).ifPresent(types::add));
        if (types.isEmpty()) {
            return Optional.empty();
        }
        types.sort(Comparator.naturalOrder());
        return Optional.of(new Entity(subject.getURI(), label(subject), types, literal(subject, CG.wikidata.asNode()), true));
    }

    private static Optional<EntityType> entityType(Node type) {
        if (!type.isURI() || !type.getURI().startsWith(CG.NS)) {
            return Optional.empty();
        }
        String local = type.getURI().substring(CG.NS.length());
        for (EntityType t : EntityType.values()) {
            if (t.name().equals(local)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private String label(Node subject) {
        return literal(subject, RDFS.label.asNode()).orElse(subject.getURI());
    }

    private Optional<String> literal(Node subject, Node property) {
        return reference.find(subject, property, Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted().findFirst();
    }

    private List<String> literals(Node subject, Node property) {
        return reference.find(subject, property, Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted().toList();
    }

    /**
     * The state each government, office or agency acts for, from cg:governmentOf, cg:affiliatedWith
     * and cg:partOf: "Israel's prime minister's office" acts for Israel. Keyed by the office's IRI.
     */
    public Map<String, Entity> statesActedFor() {
        Map<String, Entity> byIri = new HashMap<>();
        entities().forEach(e -> byIri.put(e.iri(), e));
        Map<String, Entity> out = new HashMap<>();
        for (Entity e : entities()) {
            if (!(e.is(EntityType.Government) || e.is(EntityType.Agency))) {
                continue;
            }
            Node node = NodeFactory.createURI(e.iri());
            for (int depth = 0; depth < 3 && node != null; depth++) {
                Node subject = node;
                Optional<Entity> state = Stream.of(CG.governmentOf, CG.affiliatedWith)
                        .flatMap(p -> reference.find(subject, p.asNode(), Node.ANY).toList().stream())
                        .map(Triple::getObject).filter(Node::isURI).map(o -> byIri.get(o.getURI()))
                        .filter(x -> x != null && x.is(EntityType.State)).findFirst();
                if (state.isPresent()) {
                    out.put(e.iri(), state.get());
                    break;
                }
                node = reference.find(subject, CG.partOf.asNode(), Node.ANY).toList().stream().map(Triple::getObject)
                        .filter(Node::isURI).findFirst().orElse(null);
            }
        }
        return Map.copyOf(out);
    }

    /**
     * What the reference data says of each entity beyond its name, by IRI: a person's roles and
     * affiliations (cg:role, cg:affiliatedWith), an office's state (cg:governmentOf, cg:partOf), a
     * place's country (cg:locatedIn). Entities with nothing to say are left out.
     */
    public Map<String, ActorProfile> profiles() {
        Map<String, Entity> byIri = new HashMap<>();
        entities().forEach(e -> byIri.put(e.iri(), e));
        Map<String, ActorProfile> out = new HashMap<>();
        for (Entity e : byIri.values()) {
            Node node = NodeFactory.createURI(e.iri());
            List<String> roles = literals(node, CG.role.asNode());
            List<Entity> affiliations = Stream.of(CG.affiliatedWith, CG.governmentOf, CG.partOf, CG.locatedIn)
                    .flatMap(p -> reference.find(node, p.asNode(), Node.ANY).toList().stream())
                    .map(Triple::getObject).filter(Node::isURI).map(o -> byIri.get(o.getURI()))
                    .filter(java.util.Objects::nonNull).distinct().toList();
            Optional<Entity> capitalOf = reference.find(node, CG.capitalOf.asNode(), Node.ANY).toList().stream()
                    .map(Triple::getObject).filter(Node::isURI).map(o -> byIri.get(o.getURI())).filter(java.util.Objects::nonNull)
                    .findFirst();
            if (!roles.isEmpty() || !affiliations.isEmpty() || capitalOf.isPresent()) {
                out.put(e.iri(), new ActorProfile(roles, affiliations, capitalOf));
            }
        }
        return Map.copyOf(out);
    }

    /** The gazetteer: every label, alias and demonym (with its plural) of every entity. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    private Gazetteer buildGazetteer() {
        List<GazetteerEntry> entries = new ArrayList<>();
        for (Entity e : entities()) {
            Node s = NodeFactory.createURI(e.iri());
            entries.add(new GazetteerEntry(e.label(), e, MatchKind.NAME));
            for (String alias : literals(s, Vocab.SKOS_ALT_LABEL)) {
                entries.add(new GazetteerEntry(alias, e, MatchKind.ALIAS));
            }
            for (String demonym : literals(s, CG.demonym.asNode())) {
                entries.add(new GazetteerEntry(demonym, e, MatchKind.DEMONYM));
                if (!demonym.endsWith("s") && !demonym.endsWith("sh") && !demonym.endsWith("ese")) {
                    entries.add(new GazetteerEntry(demonym + "s", e, MatchKind.DEMONYM));
                }
            }
        }
        return Gazetteer.of(entries);
    }
}
