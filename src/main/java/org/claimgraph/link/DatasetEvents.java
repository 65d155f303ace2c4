package org.claimgraph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The dataset events of the store, as the linker compares them: all of them, or only those a
 * window of days can reach. Reading every event is most of an update's cost (about 10 s for
 * 130,000 events on a 12 GB store, decoding nodes; reading them one property at a time through the
 * index was slower still); a date filter placed before the optional parts skips the decoding of
 * the events outside the window.
 */
final class DatasetEvents {

    private static final String EVENTS = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX time: <http://www.w3.org/2006/time#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX geo: <http://www.opengis.net/ont/geosparql#>
            SELECT ?event ?date ?precision ?type ?url ?actor ?wkt ?geoPrecision ?dataset ?fatalities ?low ?high WHERE {
              #GRAPHS
              GRAPH ?g { #EVENT
                         #WINDOW
                         OPTIONAL { ?event cg:datasetEventType ?type } OPTIONAL { { ?event cg:sourceUrl ?url } UNION { ?event cg:mentionedIn ?url } }
                         OPTIONAL { ?event sem:hasActor ?actor }
                         OPTIONAL { ?event cg:fatalities ?fatalities OPTIONAL { ?event cg:fatalitiesLow ?low } OPTIONAL { ?event cg:fatalitiesHigh ?high } }
                         OPTIONAL { ?event sem:hasPlace ?place . ?place cg:geoPrecision ?geoPrecision ; geo:hasGeometry/geo:asWKT ?wkt } }
              BIND(REPLACE(STR(?g), "^.*/", "") AS ?dataset)
            }
            """;

    /** An event, its day and its date precision: every event of the graphs, the date filter after it. */
    private static final String EVERY_EVENT = "?event a cg:DatasetEvent ; cg:eventTime/time:inXSDDate ?date ; cg:datePrecision ?precision .";
    /**
     * The same, found from its day instead (#DAYS: a VALUES clause of the window's days) or from a coarser date
     * precision: the store's (date, property) index is looked up once per day, where the filter over
     * {@link #EVERY_EVENT} reads every event of the store to keep those of a few days (the events an
     * update reads grew with the store while those in its window did not). Dates are written as plain
     * {@code xsd:date}s ({@link DatasetRdf}), so a day's term finds what the value comparison found.
     */
    private static final String EVENT_BY_DAY = "{ #DAYS ?time time:inXSDDate ?date . ?event cg:eventTime ?time ; a cg:DatasetEvent ;"
            + " cg:datePrecision ?precision . FILTER(?precision = \"day\") }"
            + " UNION { VALUES ?precision { \"week\" \"month\" \"year\" } ?event cg:datePrecision ?precision ; a cg:DatasetEvent ;"
            + " cg:eventTime/time:inXSDDate ?date . }";
    /** Day-precision events from ?from to ?to, and every event of a coarser precision (they are few). */
    private static final String NEAR_DAYS = "FILTER(?precision != \"day\" || (?date >= ?from && ?date <= ?to))";
    /** Past this many days a window is read by the filter over every event (a day's look-up costs more than a scan's step). */
    static final int DAY_BY_DAY = 400;
    /** Events from ?from to ?to. */
    private static final String BETWEEN = "FILTER(?date >= ?from && ?date <= ?to)";
    /** The graphs of the datasets that count deaths (a filter inside GRAPH ?g cannot see ?g). */
    private static final String DEADLY_GRAPHS = "VALUES ?g { <" + DatasetRdf.graph("ucdp").getURI() + "> <" + DatasetRdf.graph("acled").getURI() + "> }";

    private DatasetEvents() {
    }

    /** Every dated event. */
    static List<LinkItem> read(DatasetGraph dataset) {
        return read(dataset, "", EVERY_EVENT, "", null, null);
    }

    /** The events a news item dated from {@code from} to {@code to} can be linked to, within the widest window of a day-precision event. */
    static List<LinkItem> near(DatasetGraph dataset, LocalDate from, LocalDate to) {
        LocalDate first = from.minusDays(Candidates.WINDOW_DAYS);
        LocalDate last = to.plusDays(Candidates.WINDOW_DAYS);
        return read(dataset, "", found(first, last), NEAR_DAYS, first, last);
    }

    /** The UCDP and ACLED events from {@code from} to {@code to}, for the comparisons of death tolls. */
    static List<LinkItem> deadly(DatasetGraph dataset, LocalDate from, LocalDate to) {
        return read(dataset, DEADLY_GRAPHS, found(from, to), BETWEEN, from, to);
    }

    /**
     * How the events of a window are found: by its days ({@link #EVENT_BY_DAY}), or all of them when it is
     * longer than {@link #DAY_BY_DAY} days. The window's filter is kept either way: it selects the same
     * events, whichever way they were found.
     */
    private static String found(LocalDate first, LocalDate last) {
        if (last.isBefore(first) || first.datesUntil(last.plusDays(1)).count() > DAY_BY_DAY) {
            return EVERY_EVENT;
        }
        return EVENT_BY_DAY.replace("#DAYS", "VALUES ?date { " + String.join(" ", first.datesUntil(last.plusDays(1))
                .map(d -> "\"" + d + "\"^^<" + XSDDatatype.XSDdate.getURI() + ">").toList()) + " }");
    }

    /** Dated events of {@code graphs} (a VALUES clause, or all) passing {@code filter}, one item per event (its URLs and actors gathered from its rows). */
    private static List<LinkItem> read(DatasetGraph dataset, String graphs, String event, String filter, LocalDate from, LocalDate to) {
        Map<Node, LinkItem> byNode = new LinkedHashMap<>();
        ParameterizedSparqlString query = new ParameterizedSparqlString(EVENTS.replace("#GRAPHS", graphs).replace("#EVENT", event)
                .replace("#WINDOW", filter));
        if (from != null) {
            query.setLiteral("from", from.toString(), XSDDatatype.XSDdate);
            query.setLiteral("to", to.toString(), XSDDatatype.XSDdate);
        }
        try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query.asQuery()).build()) {
            exec.execSelect().forEachRemaining(row -> {
                Node node = row.getResource("event").asNode();
                LinkItem item = byNode.computeIfAbsent(node, n -> new LinkItem(n, "",
                        row.contains("type") ? row.getResource("type").getLocalName() : "",
                        LocalDate.parse(row.getLiteral("date").getLexicalForm().substring(0, 10)), row.getLiteral("precision").getString(),
                        new HashSet<>(), new HashSet<>(), row.contains("wkt") ? NewsItems.point(row.getLiteral("wkt").getLexicalForm()) : Optional.empty(),
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
