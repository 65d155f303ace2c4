package org.claimgraph.link;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.domain.Hashes;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.vocab.CG;

/**
 * Death tolls in the news set against the fatalities the datasets (UCDP, ACLED) count near the
 * same place over the same period: for a figure "since October 2023" the period runs from the
 * first of that month to the figure's day; a figure without a period covers the days around its
 * day. Events within {@link #RADIUS_KM} of the figure's place count (country-level places are too
 * vague to count). Written as {@code cg:FigureComparison} nodes in the links graph. A figure whose
 * period cannot be dated ("since the war began") is not compared.
 */
final class FigureComparison {

    static final double RADIUS_KM = 50;
    static final int AROUND_DAYS = 2;

    private static final String FIGURES = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX geo: <http://www.opengis.net/ont/geosparql#>
            SELECT ?q ?asOf ?period ?wkt WHERE {
              GRAPH ?g { ?q cg:measure cg:measure-deaths ; cg:value ?value ; cg:place ?place ; cg:asOf ?asOf . OPTIONAL { ?q cg:period ?period } }
              GRAPH ?r { ?place geo:hasGeometry/geo:asWKT ?wkt }
            }
            """;
    private static final Pattern SINCE = Pattern.compile(
            "since (?:(January|February|March|April|May|June|July|August|September|October|November|December)(?: (\\d{1,2}))?,? )?((?:19|20)\\d\\d)",
            Pattern.CASE_INSENSITIVE);

    private FigureComparison() {
    }

    /** Compares every dated news death toll with the datasets' events; returns how many comparisons were written. */
    static int compare(DatasetGraph dataset, List<EventLinker.Item> events, List<Quad> out) {
        int n = 0;
        try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(FIGURES).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            exec.execSelect().forEachRemaining(rows::add);
            for (QuerySolution row : rows) {
                LocalDate day = LocalDate.parse(row.getLiteral("asOf").getLexicalForm().substring(0, 10));
                Optional<LocalDate[]> period = period(row.contains("period") ? row.getLiteral("period").getString() : "", day);
                Optional<double[]> point = EventLinker.point(row.getLiteral("wkt").getLexicalForm());
                if (period.isEmpty() || point.isEmpty()) {
                    continue;
                }
                for (String name : List.of("ucdp", "acled")) {
                    int deaths = 0;
                    int counted = 0;
                    for (EventLinker.Item e : events) {
                        if (!e.dataset().equals(name) || e.fatalities().isEmpty() || e.point().isEmpty() || e.geoPrecision().equals("country")
                                || e.date().isBefore(period.get()[0]) || e.date().isAfter(period.get()[1])
                                || EventLinker.kilometres(point.get(), e.point().get()) > RADIUS_KM) {
                            continue;
                        }
                        deaths += e.fatalities().get();
                        counted++;
                    }
                    if (counted > 0) {
                        write(row.getResource("q").asNode(), name, deaths, counted, period.get(), out);
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** The period a figure covers: from a dated "since …" to its day, else the days around its day; empty when undatable. */
    static Optional<LocalDate[]> period(String text, LocalDate day) {
        if (text.isBlank()) {
            return Optional.of(new LocalDate[] {day.minusDays(AROUND_DAYS), day.plusDays(AROUND_DAYS)});
        }
        Matcher m = SINCE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(3));
        Month month = m.group(1) == null ? Month.JANUARY : Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        int date = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        return Optional.of(new LocalDate[] {LocalDate.of(year, month, date), day});
    }

    private static void write(Node figure, String dataset, int deaths, int events, LocalDate[] period, List<Quad> out) {
        Node c = NodeFactory.createURI(Iris.ID + "figure-comparison/" + Hashes.sha256Hex(figure.getURI() + " " + dataset).substring(0, 16));
        Node g = EventLinker.LINKS_GRAPH;
        out.add(Quad.create(g, c, RDF.type.asNode(), CG.FigureComparison.asNode()));
        out.add(Quad.create(g, c, CG.comparedFigure.asNode(), figure));
        out.add(Quad.create(g, c, CG.datasetName.asNode(), NodeFactory.createLiteralString(dataset)));
        out.add(Quad.create(g, c, CG.datasetFatalities.asNode(), NodeFactory.createLiteralDT(Integer.toString(deaths), XSDDatatype.XSDinteger)));
        out.add(Quad.create(g, c, CG.eventCount.asNode(), NodeFactory.createLiteralDT(Integer.toString(events), XSDDatatype.XSDinteger)));
        out.add(Quad.create(g, c, CG.periodStart.asNode(), NodeFactory.createLiteralDT(period[0].toString(), XSDDatatype.XSDdate)));
        out.add(Quad.create(g, c, CG.periodEnd.asNode(), NodeFactory.createLiteralDT(period[1].toString(), XSDDatatype.XSDdate)));
    }
}
