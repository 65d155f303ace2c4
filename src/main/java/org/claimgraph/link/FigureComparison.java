package org.claimgraph.link;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.domain.Hashes;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.vocab.CG;
import org.claimgraph.store.Store;

/**
 * Death tolls in the news set against the fatalities the datasets (UCDP, ACLED) count.
 *
 * <p>In aggregate: the fatalities near the same place over the same period: for a figure "since
 * October 2023" the period runs from the first of that month to the figure's day; a figure without
 * a period covers the days around its day. Events within {@link #RADIUS_KM} of the figure's place
 * count (country-level places are too vague to count). Written as {@code cg:FigureComparison}
 * nodes in the links graph, with the days of the period the dataset covers at all (its first and
 * last event in the period, anywhere), so that a file ending before the toll's day is not read as
 * a lower count. A figure whose period cannot be dated ("since the war began") is not
 * compared.
 *
 * <p>One by one ({@link #single}): a toll of one town and day ("a strike in Khan Younis killed 14")
 * and a dataset event whose deaths agree with it, as a candidate link.
 */
final class FigureComparison {

    static final double RADIUS_KM = 50;
    static final int AROUND_DAYS = 2;

    private static final String FIGURES = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX geo: <http://www.opengis.net/ont/geosparql#>
            SELECT ?g ?q ?asOf ?period ?wkt WHERE {
              GRAPH ?g { ?q cg:measure cg:measure-deaths ; cg:value ?value ; cg:place ?place ; cg:asOf ?asOf . OPTIONAL { ?q cg:period ?period } }
              GRAPH ?r { ?place geo:hasGeometry/geo:asWKT ?wkt }
            }
            """;
    private static final Pattern SINCE = Pattern.compile(
            "since (?:(January|February|March|April|May|June|July|August|September|October|November|December)(?: (\\d{1,2}))?,? )?((?:19|20)\\d\\d)",
            Pattern.CASE_INSENSITIVE);

    private FigureComparison() {
    }

    /**
     * Replaces the comparisons of the dated news death tolls of these article graphs (null: of all)
     * with the datasets' events; returns how many were written. The events near each distinct place
     * are summed by day once, so a toll costs two lookups.
     *
     * @param events every event of the store; null to read only the UCDP and ACLED events of the tolls' periods
     */
    static int compare(DatasetGraph dataset, List<LinkItem> events, Set<Node> articleGraphs) {
        return compare(dataset, events, articleGraphs, articleGraphs);
    }

    /**
     * {@link #compare(DatasetGraph, List, Set)}, the comparisons dropped first being those of the items of
     * {@code linkedBefore} alone (null: of all): an article never linked has none (comparisons are written
     * by the linking that notes their article linked), and finding an article's meant reading every
     * comparison of the store, on every update.
     */
    static int compare(DatasetGraph dataset, List<LinkItem> events, Set<Node> articleGraphs, Set<Node> linkedBefore) {
        if (linkedBefore == null || !linkedBefore.isEmpty()) {
            LinksGraph.pointingAtItemsOf(dataset, CG.comparedFigure.asNode(), linkedBefore)
                    .forEach(q -> Store.deleteUnindexed(dataset, EventLinker.LINKS_GRAPH, q.getSubject(), Node.ANY, Node.ANY));
        }
        List<Quad> out = new ArrayList<>();
        Map<String, TreeMap<Long, int[]>> near = new HashMap<>(); // place and dataset → day → {deaths, events} summed up to that day
        record Toll(Node node, LocalDate[] period, String wkt, double[] point) {
        }
        List<Toll> tolls = new ArrayList<>();
        NewsItems.select(dataset, FIGURES, articleGraphs, (graph, row) -> {
            LocalDate day = LocalDate.parse(row.getLiteral("asOf").getLexicalForm().substring(0, 10));
            Optional<LocalDate[]> period = period(row.contains("period") ? row.getLiteral("period").getString() : "", day);
            String wkt = row.getLiteral("wkt").getLexicalForm();
            Optional<double[]> point = NewsItems.point(wkt);
            if (period.isPresent() && point.isPresent()) {
                tolls.add(new Toll(row.getResource("q").asNode(), period.get(), wkt, point.get()));
            }
        });
        List<LinkItem> counted = events != null || tolls.isEmpty() ? events
                : DatasetEvents.deadly(dataset, tolls.stream().map(t -> t.period()[0]).min(LocalDate::compareTo).orElseThrow(),
                        tolls.stream().map(t -> t.period()[1]).max(LocalDate::compareTo).orElseThrow());
        Map<String, TreeSet<Long>> days = new HashMap<>(); // dataset → the days it has events on, anywhere
        for (Toll toll : tolls) {
            LocalDate[] period = toll.period();
            for (String name : List.of("ucdp", "acled")) {
                TreeMap<Long, int[]> running = near.computeIfAbsent(toll.wkt() + " " + name, k -> runningTotals(counted, name, toll.point()));
                int[] upTo = total(running, period[1].toEpochDay());
                int[] before = total(running, period[0].toEpochDay() - 1);
                if (upTo[1] - before[1] > 0) {
                    TreeSet<Long> covered = days.computeIfAbsent(name, k -> days(counted, name));
                    LocalDate[] coverage = {LocalDate.ofEpochDay(covered.ceiling(period[0].toEpochDay())),
                        LocalDate.ofEpochDay(covered.floor(period[1].toEpochDay()))};
                    write(toll.node(), name, upTo[0] - before[0], upTo[1] - before[1], period, coverage, out);
                }
            }
        }
        out.forEach(Store.unindexed(dataset)::add);
        return (int) out.stream().filter(q -> q.getPredicate().equals(RDF.type.asNode())).count();
    }

    /** Deaths and events of one dataset within {@link #RADIUS_KM} of a point, summed day by day. */
    private static TreeMap<Long, int[]> runningTotals(List<LinkItem> events, String dataset, double[] point) {
        TreeMap<Long, int[]> byDay = new TreeMap<>();
        for (LinkItem e : events) {
            if (e.dataset().equals(dataset) && e.fatalities().isPresent() && e.point().isPresent() && !e.geoPrecision().equals("country")
                    && Candidates.kilometres(point, e.point().get()) <= RADIUS_KM) {
                int[] d = byDay.computeIfAbsent(e.date().toEpochDay(), k -> new int[2]);
                d[0] += e.fatalities().get();
                d[1]++;
            }
        }
        int[] sum = new int[2];
        for (int[] d : byDay.values()) {
            sum[0] += d[0];
            sum[1] += d[1];
            d[0] = sum[0];
            d[1] = sum[1];
        }
        return byDay;
    }

    /**
     * The days one dataset has events on, anywhere: what its imported files cover. A period the
     * files end within (an export that stops in June, set against a toll of August) is covered
     * only in part, which the comparison says, lest the gap be read as a disagreement.
     */
    private static TreeSet<Long> days(List<LinkItem> events, String dataset) {
        TreeSet<Long> days = new TreeSet<>();
        for (LinkItem e : events) {
            if (e.dataset().equals(dataset)) {
                days.add(e.date().toEpochDay());
            }
        }
        return days;
    }

    private static int[] total(TreeMap<Long, int[]> running, long day) {
        Map.Entry<Long, int[]> e = running.floorEntry(day);
        return e == null ? new int[2] : e.getValue();
    }

    /**
     * A single death toll ("killed 14" in one town on one day) against one dataset event: the event
     * must be of a deadly type, within the window and the distance its precision allows, and its
     * deaths must agree with the toll (their ranges overlap: 0.3) or come close (within a quarter
     * or two deaths: 0.15); place (0.2), type (0.1) and the nearer day (up to 0.2) add to that.
     */
    static Optional<Candidates.Candidate> single(LinkItem toll, LinkItem event) {
        if (event.deaths().isEmpty() || toll.deaths().isEmpty() || toll.point().isEmpty() || event.point().isEmpty()
                || !Candidates.compatible(toll.type(), event.type())) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        double score = 0;
        int[] news = toll.deaths().get();
        int[] counted = event.deaths().get();
        String range = counted[0] == counted[2] ? "" : " (" + counted[0] + "–" + counted[2] + ")";
        if (news[0] <= counted[2] && counted[0] <= news[2]) {
            reasons.add(news[1] + " deaths in the news; " + event.dataset() + " counts " + counted[1] + range);
            score += 0.3;
        } else if (Math.abs(news[1] - counted[1]) <= Math.max(2, 0.25 * Math.max(news[1], counted[1]))) {
            reasons.add(news[1] + " deaths in the news, close to the " + counted[1] + range + " " + event.dataset() + " counts");
            score += 0.15;
        } else {
            return Optional.empty();
        }
        long apart = Math.abs(toll.date().toEpochDay() - event.date().toEpochDay());
        long window = Candidates.WINDOW_DAYS + Candidates.widening(event.datePrecision());
        if (apart > window) {
            return Optional.empty();
        }
        double km = Candidates.kilometres(toll.point().get(), event.point().get());
        double allowed = Candidates.allowedKm(event.geoPrecision());
        if (km > allowed) {
            return Optional.empty();
        }
        reasons.add(String.format(Locale.ROOT, "%.0f km apart (%s precision allows %.0f)", km, event.geoPrecision(), allowed));
        score += 0.2;
        reasons.add(event.type() + " is a deadly event");
        score += 0.1;
        reasons.add(apart + " days apart (window " + window + " for " + event.datePrecision() + " precision)");
        score += 0.2 * (1 - (double) apart / (window + 1));
        return Optional.of(new Candidates.Candidate(score, reasons));
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

    private static void write(Node figure, String dataset, int deaths, int events, LocalDate[] period, LocalDate[] coverage, List<Quad> out) {
        Node c = NodeFactory.createURI(Iris.ID + "figure-comparison/" + Hashes.sha256Hex(figure.getURI() + " " + dataset).substring(0, 16));
        Node g = EventLinker.LINKS_GRAPH;
        out.add(Quad.create(g, c, RDF.type.asNode(), CG.FigureComparison.asNode()));
        out.add(Quad.create(g, c, CG.comparedFigure.asNode(), figure));
        out.add(Quad.create(g, c, CG.datasetName.asNode(), NodeFactory.createLiteralString(dataset)));
        out.add(Quad.create(g, c, CG.datasetFatalities.asNode(), NodeFactory.createLiteralDT(Integer.toString(deaths), XSDDatatype.XSDinteger)));
        out.add(Quad.create(g, c, CG.eventCount.asNode(), NodeFactory.createLiteralDT(Integer.toString(events), XSDDatatype.XSDinteger)));
        out.add(Quad.create(g, c, CG.periodStart.asNode(), NodeFactory.createLiteralDT(period[0].toString(), XSDDatatype.XSDdate)));
        out.add(Quad.create(g, c, CG.periodEnd.asNode(), NodeFactory.createLiteralDT(period[1].toString(), XSDDatatype.XSDdate)));
        out.add(Quad.create(g, c, CG.coveredFrom.asNode(), NodeFactory.createLiteralDT(coverage[0].toString(), XSDDatatype.XSDdate)));
        out.add(Quad.create(g, c, CG.coveredTo.asNode(), NodeFactory.createLiteralDT(coverage[1].toString(), XSDDatatype.XSDdate)));
    }
}
