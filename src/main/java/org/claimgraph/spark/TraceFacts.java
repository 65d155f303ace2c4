package org.claimgraph.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * What cross-article tracing compares, read from one article's graph as JSON objects, one per line:
 * the article (date, publisher and text: syndication compares texts), its claims (speaker, unnamed
 * source's affiliation and descriptor, stance, offsets, what they are about), its quantities (measure,
 * unit, place, period, day, value, who states it) and its negotiation developments (negotiation, kind,
 * day, actors). The same properties the tracer reads from the store, so a cross-article pass can run
 * over these files without the store. Every value is a string: an IRI, or a literal's lexical form;
 * several values (what a claim is about, a development's actors) are an array.
 */
final class TraceFacts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX schema: <http://schema.org/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX time: <http://www.w3.org/2006/time#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            """;
    private static final Query ARTICLE = QueryFactory.create(PREFIXES + """
            SELECT ?article ?id ?date ?publisher ?text WHERE { GRAPH ?g {
              ?article a cg:Article ; cg:articleId ?id ; cg:text ?text .
              OPTIONAL { ?article schema:datePublished ?date } OPTIONAL { ?article schema:publisher ?publisher } } }
            """);
    private static final Query CLAIMS = QueryFactory.create(PREFIXES + """
            SELECT ?claim ?attribution ?speaker ?anonymous ?affiliation ?descriptor ?text ?stance ?begin ?end
                   (GROUP_CONCAT(DISTINCT STR(?entity); SEPARATOR=" ") AS ?about) WHERE { GRAPH ?g {
              ?attribution cg:asserts ?claim ; cg:source ?speaker ; cg:stance ?stance ; oa:start ?begin ; oa:end ?end .
              ?claim cg:claimText ?text .
              OPTIONAL { ?speaker a cg:AnonymousSource . BIND(true AS ?anonymous)
                         OPTIONAL { ?speaker cg:affiliation ?affiliation } OPTIONAL { ?speaker cg:descriptor ?descriptor } }
              OPTIONAL { ?claim cg:about ?entity } } }
            GROUP BY ?claim ?attribution ?speaker ?anonymous ?affiliation ?descriptor ?text ?stance ?begin ?end
            ORDER BY ?begin ?claim
            """);
    private static final Query QUANTITIES = QueryFactory.create(PREFIXES + """
            SELECT ?quantity ?measure ?unit ?place ?period ?asOf ?value ?qualifier ?statedBy ?begin WHERE { GRAPH ?g {
              ?quantity cg:measure ?measure ; cg:place ?place ; cg:value ?value ; oa:start ?begin .
              OPTIONAL { ?quantity cg:period ?period } OPTIONAL { ?quantity cg:asOf ?asOf } OPTIONAL { ?quantity cg:unit ?unit }
              OPTIONAL { ?quantity cg:qualifier ?qualifier } OPTIONAL { ?quantity cg:statedBy ?statedBy } } }
            ORDER BY ?begin ?quantity
            """);
    private static final Query DEVELOPMENTS = QueryFactory.create(PREFIXES + """
            SELECT ?development ?negotiation ?developmentKind ?day ?text ?begin (GROUP_CONCAT(DISTINCT STR(?actor); SEPARATOR=" ") AS ?actors)
            WHERE { GRAPH ?g {
              ?development cg:developmentOf ?negotiation ; cg:developmentKind ?developmentKind ; cg:spanText ?text ; oa:start ?begin .
              OPTIONAL { ?development cg:eventTime/time:inXSDDate ?day } OPTIONAL { ?development sem:hasActor ?actor } } }
            GROUP BY ?development ?negotiation ?developmentKind ?day ?text ?begin
            ORDER BY ?begin ?development
            """);
    private static final Set<String> LISTS = Set.of("about", "actors");

    private TraceFacts() {
    }

    /** The JSON lines of one article graph's quads: the article first, then claims, quantities, developments. */
    static List<String> of(List<Quad> quads) {
        DatasetGraph graph = DatasetGraphFactory.create();
        quads.forEach(graph::add);
        List<String> lines = new ArrayList<>();
        String article = rows(graph, ARTICLE, "article", null, lines);
        rows(graph, CLAIMS, "claim", article, lines);
        rows(graph, QUANTITIES, "quantity", article, lines);
        rows(graph, DEVELOPMENTS, "development", article, lines);
        return lines;
    }

    /** Adds one line per answer row; returns the first row's ?article (the article's IRI). */
    private static String rows(DatasetGraph graph, Query query, String kind, String article, List<String> lines) {
        String first = null;
        try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(graph)).query(query).build()) {
            ResultSet rows = exec.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                ObjectNode line = JSON.createObjectNode();
                line.put("kind", kind);
                if (article != null) {
                    line.put("article", article);
                }
                row.varNames().forEachRemaining(name -> put(line, name, row.get(name)));
                if (first == null && line.has("article")) {
                    first = line.get("article").asText();
                }
                lines.add(line.toString());
            }
        }
        return first;
    }

    private static void put(ObjectNode line, String name, RDFNode value) {
        if (value == null) {
            return;
        }
        Node node = value.asNode();
        String text = node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
        if (LISTS.contains(name)) {
            ArrayNode list = line.putArray(name);
            Arrays.stream(text.split(" ")).filter(s -> !s.isEmpty()).forEach(list::add);
        } else {
            line.put(name, text);
        }
    }
}
