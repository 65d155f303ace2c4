package org.claimgraph.rdf.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link CG} and {@code ontology/claimgraph.ttl} name the same terms, the ontology documents every
 * term, and {@code ontology/shapes.ttl} is a usable SHACL shapes graph over the ontology's terms.
 */
class VocabularyMatchesOntologyTest {

    private static final Path ONTOLOGY = Path.of("ontology/claimgraph.ttl");
    private static final Path SHAPES = Path.of("ontology/shapes.ttl");

    private static Model ontology;
    private static Graph shapesGraph;

    @BeforeAll
    static void load() {
        ontology = ModelFactory.createModelForGraph(parse(ONTOLOGY));
        shapesGraph = parse(SHAPES);
    }

    private static Graph parse(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).lang(Lang.TURTLE).parse(g);
        return g;
    }

    private static Graph parseTurtle(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(g);
        return g;
    }

    /** Every IRI in the cg: namespace that is the subject of a triple in the ontology. */
    private static Set<String> declaredTerms() {
        Set<String> terms = new TreeSet<>();
        ontology.listSubjects().forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(CG.NS)) {
                terms.add(s.getURI());
            }
        });
        return terms;
    }

    /** Every public static Resource or Property constant of {@link CG}, by field name. */
    private static Map<String, Resource> constants() {
        Map<String, Resource> constants = new TreeMap<>();
        for (Field f : CG.class.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (Modifier.isPublic(mod) && Modifier.isStatic(mod) && Resource.class.isAssignableFrom(f.getType())) {
                try {
                    constants.put(f.getName(), (Resource) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError("cannot read CG." + f.getName(), e);
                }
            }
        }
        return constants;
    }

    /** The documented mapping from a local name to a Java identifier. */
    private static String javaName(String localName) {
        String name = localName.replace('-', '_');
        return Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    private static boolean isProperty(Resource term) {
        Resource r = ontology.createResource(term.getURI());
        return r.hasProperty(RDF.type, OWL.ObjectProperty) || r.hasProperty(RDF.type, OWL.DatatypeProperty);
    }

    private static Stream<Node> iriNodes(Graph g) {
        return g.find().toList().stream()
                .flatMap(t -> Stream.of(t.getSubject(), t.getPredicate(), t.getObject()))
                .filter(Node::isURI);
    }

    @Test
    void ontologyDeclaresTerms() {
        assertTrue(declaredTerms().size() > 100, "expected the full ontology, found " + declaredTerms().size() + " cg: terms");
    }

    @Test
    void everyOntologyTermHasAConstantWithTheSameIri() {
        Set<String> inJava = new TreeSet<>();
        constants().values().forEach(r -> inJava.add(r.getURI()));
        List<String> missing = declaredTerms().stream().filter(t -> !inJava.contains(t)).toList();
        assertEquals(List.of(), missing, "ontology terms without a constant in CG");
    }

    @Test
    void everyConstantNamesATermTheOntologyDeclares() {
        Set<String> declared = declaredTerms();
        List<String> undeclared = constants().entrySet().stream()
                .filter(e -> !declared.contains(e.getValue().getURI()))
                .map(e -> "CG." + e.getKey() + " = " + e.getValue().getURI())
                .toList();
        assertEquals(List.of(), undeclared, "constants in CG that the ontology does not declare");
    }

    @Test
    void constantsAreNamedAfterTheirLocalNames() {
        List<String> misnamed = constants().entrySet().stream()
                .filter(e -> !e.getKey().equals(javaName(e.getValue().getURI().substring(CG.NS.length()))))
                .map(e -> "CG." + e.getKey() + " = " + e.getValue().getURI())
                .toList();
        assertEquals(List.of(), misnamed);
    }

    @Test
    void propertiesAreExactlyThePropertyConstants() {
        List<String> wrongKind = new ArrayList<>();
        constants().forEach((name, r) -> {
            if (isProperty(r) != (r instanceof Property)) {
                wrongKind.add("CG." + name);
            }
        });
        assertEquals(List.of(), wrongKind, "a property must be a Property constant, anything else a Resource");
    }

    @Test
    void everyTermHasAnEnglishLabelAndComment() {
        List<String> undocumented = new ArrayList<>();
        for (String term : declaredTerms()) {
            Resource r = ontology.createResource(term);
            for (Property p : List.of(RDFS.label, RDFS.comment)) {
                boolean english = r.listProperties(p).toList().stream()
                        .map(Statement::getObject)
                        .anyMatch(o -> o.isLiteral() && o.asLiteral().getLanguage().equals("en")
                                && !o.asLiteral().getString().isBlank());
                if (!english) {
                    undocumented.add(term + " lacks " + p.getLocalName() + "@en");
                }
            }
        }
        assertEquals(List.of(), undocumented);
    }

    @Test
    void everyCgIriTheOntologyMentionsIsDeclared() {
        Set<String> declared = declaredTerms();
        Set<String> dangling = new TreeSet<>();
        iriNodes(ontology.getGraph()).map(Node::getURI)
                .filter(u -> u.startsWith(CG.NS) && !declared.contains(u))
                .forEach(dangling::add);
        assertEquals(Set.of(), dangling);
    }

    @Test
    void everyTermIsAClassPropertyConceptOrConceptScheme() {
        Set<Resource> kinds = Set.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.Concept, SKOS.ConceptScheme);
        List<String> untyped = declaredTerms().stream()
                .filter(t -> ontology.createResource(t).listProperties(RDF.type).toList().stream()
                        .noneMatch(s -> kinds.contains(s.getObject())))
                .toList();
        assertEquals(List.of(), untyped);
    }

    @Test
    void conceptIrisSpellTheirNotationWithHyphens() {
        List<String> wrong = new ArrayList<>();
        ontology.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEach(c -> {
            List<Statement> notations = c.listProperties(SKOS.notation).toList();
            if (notations.size() != 1 || !c.getURI().endsWith("-" + notations.get(0).getString().replace('_', '-'))
                    || !c.hasProperty(SKOS.inScheme)) {
                wrong.add(c.getURI());
            }
        });
        assertEquals(List.of(), wrong, "concepts need one skos:notation, spelled in their IRI, and a scheme");
        assertEquals(CG.measure_hostages_alive, CG.concept("measure", "hostages_alive"));
    }

    @Test
    void shapesParseAsAShaclShapesGraph() {
        Shapes shapes = Shapes.parse(shapesGraph);
        assertFalse(shapes.getTargetShapes().isEmpty(), "shapes.ttl has no targeted shapes");
    }

    @Test
    void shapesUseOnlyTermsTheOntologyDeclares() {
        Set<String> declared = declaredTerms();
        Set<String> unknown = new TreeSet<>();
        iriNodes(shapesGraph).map(Node::getURI)
                .filter(u -> u.startsWith(CG.NS) && !declared.contains(u))
                .forEach(unknown::add);
        assertEquals(Set.of(), unknown);
    }

    // ---- the shapes on sample data, validated together with the ontology as the store does ----

    private static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX cgr: <https://w3id.org/claimgraph/id/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema: <http://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX geo: <http://www.opengis.net/ont/geosparql#>
            """;

    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String OA = "http://www.w3.org/ns/oa#";

    private static final String RUN = """
            cgr:run\\/1 a cg:IngestRun ;
                prov:startedAtTime "2026-11-28T10:00:00Z"^^xsd:dateTime ;
                prov:wasAssociatedWith cgr:software\\/claimgraph\\/0-1-0 .
            cgr:software\\/claimgraph\\/0-1-0 a prov:SoftwareAgent ; cg:softwareVersion "0.1.0" .
            """;

    private static final String ARTICLE = """
            cgr:article\\/a1 a cg:Article ;
                cg:articleId "a1" ;
                cg:text "Israeli officials met in Cairo." ;
                cg:contentHash "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" ;
                cg:charCount 31 ;
                cg:duplicateParagraphs 0 ;
                cg:mentionCount 1 ;
                cg:sentenceSpans "0-31" ;
                dcterms:title "Talks" ;
                schema:url "https://example.org/a1"^^xsd:anyURI ;
                schema:datePublished "2025-10-08"^^xsd:date ;
                prov:wasGeneratedBy cgr:run\\/1 .
            cgr:article\\/a1\\/mention\\/0-7 cg:refersTo cgr:israel ;
                cg:mentionText "Israeli" ;
                cg:usedAs cg:Actor ;
                cg:spans "0-7" .
            """;

    private static final String COUNTRY = """
            cgr:israel a cg:Country, cg:State ;
                rdfs:label "Israel"@en ;
                cg:demonym "Israeli"@en ;
                cg:wikidata "Q801" ;
                cg:geonamesId "294640" ;
                geo:hasGeometry cgr:israel-geometry .
            cgr:israel-geometry a geo:Geometry ; geo:asWKT "POINT(34.85 31.5)"^^geo:wktLiteral .
            """;

    private static ValidationReport validate(String... turtle) {
        Graph data = parseTurtle(PREFIXES + String.join("\n", turtle));
        ontology.getGraph().find().forEach(data::add);
        return ShaclValidator.get().validate(Shapes.parse(shapesGraph), data);
    }

    /** The property paths of the report's violations, as {@code <iri>}. */
    private static Set<String> violatedPaths(ValidationReport report) {
        Set<String> paths = new TreeSet<>();
        report.getEntries().forEach(e -> paths.add(e.resultPath() == null ? "(focus node)" : e.resultPath().toString()));
        return paths;
    }

    private static String path(String iri) {
        return "<" + iri + ">";
    }

    @Test
    void anArticleAsThePipelineWritesItConforms() {
        ValidationReport report = validate(RUN, ARTICLE, COUNTRY);
        assertTrue(report.conforms(), () -> "unexpected violations: " + report.getEntries());
    }

    @Test
    void anArticleWithoutItsIngestRunDoesNotConform() {
        assertEquals(Set.of(path(PROV + "wasGeneratedBy")), violatedPaths(validate(ARTICLE, COUNTRY)));
    }

    @Test
    void offsetsWhoseStartIsNotBeforeTheEndDoNotConform() {
        ValidationReport report = validate(RUN, ARTICLE, COUNTRY, "cgr:article\\/a1\\/quantity\\/0-7 oa:start 7 ; oa:end 7 .");
        assertEquals(Set.of(path(OA + "start")), violatedPaths(report));
    }

    @Test
    void aMentionsPlacesMustBeBeginEndPairs() {
        ValidationReport report = validate(RUN, ARTICLE.replace("cg:spans \"0-7\"", "cg:spans \"0-7,12-19\""), COUNTRY);
        assertFalse(report.conforms());
    }

    @Test
    void sentencesMustBeBeginEndPairs() {
        ValidationReport report = validate(RUN, ARTICLE.replace("cg:sentenceSpans \"0-31\"", "cg:sentenceSpans \"0 31\""), COUNTRY);
        assertEquals(Set.of(path(CG.sentenceSpans.getURI())), violatedPaths(report));
    }

    @Test
    void aMentionWithoutPlacesDoesNotConform() {
        ValidationReport report = validate(RUN, ARTICLE.replace("cg:spans \"0-7\"", "cg:usedAs cg:Actor"), COUNTRY);
        assertFalse(report.conforms());
    }

    @Test
    void anActorSubclassInstanceWithoutLabelDoesNotConform() {
        ValidationReport report = validate("cgr:someone a cg:Person ; cg:wikidata \"Q1\" .");
        assertEquals(Set.of(path(RDFS.label.getURI())), violatedPaths(report));
    }

    @Test
    void aMalformedWikidataIdDoesNotConform() {
        ValidationReport report = validate(RUN, ARTICLE, COUNTRY.replace("\"Q801\"", "\"801\""));
        assertEquals(Set.of(path(CG.wikidata.getURI())), violatedPaths(report));
    }

    @Test
    void aQuantityMeasureOutsideTheFixedListDoesNotConform() {
        String quantity = """
                cgr:q1 a cg:Quantity ; cg:inArticle cgr:article\\/a1 ; cg:measure cg:kind-pause ; cg:value 3 ; oa:start 0 ; oa:end 7 .
                """;
        assertEquals(Set.of(path(CG.measure.getURI())), violatedPaths(validate(RUN, ARTICLE, COUNTRY, quantity)));
        assertTrue(validate(RUN, ARTICLE, COUNTRY, quantity.replace("cg:kind-pause", "cg:measure-days")).conforms());
    }
}
