package org.claimgraph.link;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The news items the linker reads from article graphs: negotiation developments, claims (their
 * stance as type) and single death tolls, each with its day, URLs, actors and place.
 */
final class NewsItems {

    /** Up to this many article graphs are read one query each. */
    static final int GRAPH_BY_GRAPH = 500;

    private static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX schema: <http://schema.org/>
            PREFIX time: <http://www.w3.org/2006/time#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX geo: <http://www.opengis.net/ont/geosparql#>
            """;
    static final String DEVELOPMENTS = PREFIXES + """
            SELECT ?g ?dev ?kind ?happened ?reported ?url ?actor ?wkt WHERE {
              GRAPH ?g { ?dev cg:developmentKind ?kind ; cg:inArticle ?article .
                         OPTIONAL { ?dev cg:eventTime/time:inXSDDate ?happened } OPTIONAL { ?article schema:datePublished ?reported }
                         OPTIONAL { ?article schema:url ?url } OPTIONAL { ?dev sem:hasActor ?actor } }
              # the venue's point, only when the development's negotiation has a venue
              OPTIONAL { GRAPH ?v { ?dev cg:developmentOf/cg:venue ?venue } GRAPH ?r { ?venue geo:hasGeometry/geo:asWKT ?wkt } }
            }
            """;
    /** Claims as the linker sees them: the stance as type, the article's day, its URL, speaker and what it is about. */
    static final String CLAIMS = PREFIXES + """
            SELECT ?g ?dev ?kind ?reported ?url ?actor WHERE {
              GRAPH ?g { ?attribution cg:asserts ?dev ; cg:stance ?kind ; cg:inArticle ?article .
                         ?article schema:datePublished ?reported .
                         OPTIONAL { ?article schema:url ?url }
                         OPTIONAL { { ?attribution cg:source ?actor } UNION { ?dev cg:about ?actor } } }
            }
            """;
    /**
     * Single death tolls: a figure for a town or crossing (a point, not a territory) with no period,
     * such as "a strike in Khan Younis killed 14"; its qualifier widens the value into a range.
     */
    static final String TOLLS = PREFIXES + """
            SELECT ?g ?dev ?kind ?reported ?value ?qualifier ?wkt WHERE {
              GRAPH ?g { ?dev cg:measure cg:measure-deaths ; cg:value ?value ; cg:place ?place ; cg:asOf ?reported .
                         FILTER NOT EXISTS { ?dev cg:period ?period } OPTIONAL { ?dev cg:qualifier ?qualifier } }
              GRAPH ?r { ?place a ?placeType ; geo:hasGeometry/geo:asWKT ?wkt . FILTER(?placeType IN (cg:City, cg:Crossing)) }
              BIND(cg:measure-deaths AS ?kind)
            }
            """;
    private static final Pattern POINT = Pattern.compile("POINT\\s*\\(\\s*(-?[\\d.]+)\\s+(-?[\\d.]+)\\s*\\)");

    private NewsItems() {
    }

    /**
     * The news items a query gives, one per node.
     *
     * @param graphs only the items of these article graphs; null for all
     */
    static List<LinkItem> read(DatasetGraph dataset, String sparql, Set<Node> graphs) {
        Map<Node, LinkItem> byNode = new LinkedHashMap<>();
        select(dataset, sparql, graphs, (graph, row) -> {
            Node node = row.getResource("dev").asNode();
            LinkItem item = byNode.get(node);
            if (item == null) {
                Optional<LocalDate> date = date(row, "happened").or(() -> date(row, "reported"));
                if (date.isEmpty()) {
                    return; // an undated development can be placed in no window
                }
                item = new LinkItem(node, graph.getURI(), row.getResource("kind").getLocalName(), date.get(), "day", new HashSet<>(),
                        new HashSet<>(), point(row), "city", "", tollRange(row));
                byNode.put(node, item);
            }
            if (row.contains("url")) {
                item.urls().add(row.getLiteral("url").getLexicalForm());
            }
            if (row.contains("actor") && row.get("actor").isURIResource()) {
                item.actors().add(row.getResource("actor").getURI());
            }
        });
        return List.copyOf(byNode.values());
    }

    /**
     * Runs a SELECT whose ?g is an article graph over the whole store, or graph by graph with ?g
     * bound (so the query reads only those graphs; past {@link #GRAPH_BY_GRAPH} graphs, one query
     * over all and a filter is faster); gives each row with its graph.
     */
    static void select(DatasetGraph dataset, String sparql, Set<Node> graphs, BiConsumer<Node, QuerySolution> rows) {
        Dataset ds = DatasetFactory.wrap(dataset);
        if (graphs == null || graphs.size() > GRAPH_BY_GRAPH) {
            try (QueryExecution exec = QueryExecution.dataset(ds).query(sparql).build()) {
                exec.execSelect().forEachRemaining(row -> {
                    Node g = row.getResource("g").asNode();
                    if (graphs == null || graphs.contains(g)) {
                        rows.accept(g, row);
                    }
                });
            }
            return;
        }
        // parsed once for all the graphs (parsing it per graph was a fifth of linking time, profiled)
        Query query = QueryFactory.create(sparql);
        for (Node g : graphs) {
            try (QueryExecution exec = QueryExecution.dataset(ds).query(query).substitution("g", ResourceFactory.createResource(g.getURI())).build()) {
                exec.execSelect().forEachRemaining(row -> rows.accept(g, row));
            }
        }
    }

    /** A news death toll as the range its qualifier allows: "at least 14" is 14 to 28, "about 14" 11 to 17. */
    private static Optional<int[]> tollRange(QuerySolution row) {
        if (!row.contains("value")) {
            return Optional.empty();
        }
        int v = (int) Math.round(row.getLiteral("value").getDouble());
        String q = row.contains("qualifier") ? row.getResource("qualifier").getLocalName() : "";
        return Optional.of(switch (q) {
            case "qualifier-more-than", "qualifier-at-least" -> new int[] {v, v, 2 * v};
            case "qualifier-about" -> new int[] {(int) Math.floor(v * 0.8), v, (int) Math.ceil(v * 1.2)};
            case "qualifier-up-to" -> new int[] {v / 2, v, v};
            default -> new int[] {v, v, v};
        });
    }

    private static Optional<LocalDate> date(QuerySolution row, String var) {
        return row.contains(var) ? Optional.of(LocalDate.parse(row.getLiteral(var).getLexicalForm().substring(0, 10))) : Optional.empty();
    }

    private static Optional<double[]> point(QuerySolution row) {
        return row.contains("wkt") ? point(row.getLiteral("wkt").getLexicalForm()) : Optional.empty();
    }

    /** The lon/lat of a WKT point. */
    static Optional<double[]> point(String wkt) {
        Matcher m = POINT.matcher(wkt);
        return m.find() ? Optional.of(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))}) : Optional.empty();
    }
}
