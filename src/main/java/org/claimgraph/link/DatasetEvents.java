package org.claimgraph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The dataset events of the store, as the linker compares them. Reading them is most of an
 * update's fixed cost (about 10 s for 120,000 events on a 12 GB store, decoding nodes); reading
 * them one property at a time through the index was slower still.
 */
final class DatasetEvents {

    private static final String EVENTS = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX time: <http://www.w3.org/2006/time#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX geo: <http://www.opengis.net/ont/geosparql#>
            SELECT ?event ?date ?precision ?type ?url ?actor ?wkt ?geoPrecision ?dataset ?fatalities ?low ?high WHERE {
              GRAPH ?g { ?event a cg:DatasetEvent ; cg:eventTime/time:inXSDDate ?date ; cg:datePrecision ?precision .
                         OPTIONAL { ?event cg:datasetEventType ?type } OPTIONAL { { ?event cg:sourceUrl ?url } UNION { ?event cg:mentionedIn ?url } }
                         OPTIONAL { ?event sem:hasActor ?actor }
                         OPTIONAL { ?event cg:fatalities ?fatalities OPTIONAL { ?event cg:fatalitiesLow ?low } OPTIONAL { ?event cg:fatalitiesHigh ?high } }
                         OPTIONAL { ?event sem:hasPlace ?place . ?place cg:geoPrecision ?geoPrecision ; geo:hasGeometry/geo:asWKT ?wkt } }
              BIND(REPLACE(STR(?g), "^.*/", "") AS ?dataset)
            }
            """;

    private DatasetEvents() {
    }

    /** Every dated event, one item per event (its URLs and actors gathered from its rows). */
    static List<EventLinker.Item> read(DatasetGraph dataset) {
        Map<Node, EventLinker.Item> byNode = new LinkedHashMap<>();
        try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(EVENTS).build()) {
            exec.execSelect().forEachRemaining(row -> {
                Node node = row.getResource("event").asNode();
                EventLinker.Item item = byNode.computeIfAbsent(node, n -> new EventLinker.Item(n, "",
                        row.contains("type") ? row.getResource("type").getLocalName() : "",
                        LocalDate.parse(row.getLiteral("date").getLexicalForm().substring(0, 10)), row.getLiteral("precision").getString(),
                        new HashSet<>(), new HashSet<>(), row.contains("wkt") ? EventLinker.point(row.getLiteral("wkt").getLexicalForm()) : Optional.empty(),
                        row.contains("geoPrecision") ? row.getLiteral("geoPrecision").getString() : "city", row.getLiteral("dataset").getString(),
                        deaths(row)));
                if (row.contains("url")) {
                    item.urls().add(row.getLiteral("url").getLexicalForm());
                }
                if (row.contains("actor") && row.get("actor").isURIResource()) {
                    item.actors().add(row.getResource("actor").getURI());
                }
            });
        }
        return new ArrayList<>(byNode.values());
    }

    /** An event's deaths: low, best, high (the best estimate three times where the dataset gives one number). */
    private static Optional<int[]> deaths(QuerySolution row) {
        if (!row.contains("fatalities")) {
            return Optional.empty();
        }
        int best = row.getLiteral("fatalities").getInt();
        return Optional.of(new int[] {row.contains("low") ? row.getLiteral("low").getInt() : best, best,
                row.contains("high") ? row.getLiteral("high").getInt() : best});
    }
}
