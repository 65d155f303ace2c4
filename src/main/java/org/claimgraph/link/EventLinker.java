package org.claimgraph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.domain.Hashes;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.rdf.vocab.CG;

/**
 * Candidate links from negotiation developments and claims in the news to dataset events (a claim
 * to the statement a dataset coded from it: CAMEO 01 public statements, 11 disapprove, 12 reject
 * ...), with a score and its reasons, in a graph of their own ({@link #LINKS_GRAPH}): {@code development cg:relatedEvent
 * event}, and a {@code cg:EventLink} node holding {@code cg:linkScore} and {@code cg:linkReason}.
 * A candidate must fall within the date window (two days, widened by the dataset's date
 * precision), within the distance its place precision allows (when both have a place), be of a
 * compatible type, and score at least {@link #KEEP}: the same article (GDELT's SOURCEURL), shared
 * actors (an office counts for its state), the nearer date. Never owl:sameAs: a news report of a
 * step and a coded event are two descriptions that probably meet.
 */
public final class EventLinker {

    public static final Node LINKS_GRAPH = NodeFactory.createURI(Iris.BASE + "graph/links");
    /** The score a candidate needs to be kept. */
    static final double KEEP = 0.5;
    static final int WINDOW_DAYS = 2;

    private static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX schema: <http://schema.org/>
            PREFIX time: <http://www.w3.org/2006/time#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX geo: <http://www.opengis.net/ont/geosparql#>
            """;
    private static final String DEVELOPMENTS = PREFIXES + """
            SELECT ?dev ?kind ?happened ?reported ?url ?actor ?wkt WHERE {
              GRAPH ?g { ?dev a cg:Development ; cg:developmentKind ?kind ; cg:inArticle ?article .
                         OPTIONAL { ?dev cg:eventTime/time:inXSDDate ?happened } OPTIONAL { ?dev cg:reportedTime/time:inXSDDate ?reported }
                         OPTIONAL { ?article schema:url ?url } OPTIONAL { ?dev sem:hasActor ?actor } }
              # the venue's point, only when the development's negotiation has a venue
              OPTIONAL { GRAPH ?v { ?dev cg:developmentOf/cg:venue ?venue } GRAPH ?r { ?venue geo:hasGeometry/geo:asWKT ?wkt } }
            }
            """;
    /** Claims as the linker sees them: the stance as type, the article's day, its URL, speaker and what it is about. */
    private static final String CLAIMS = PREFIXES + """
            SELECT ?dev ?kind ?reported ?url ?actor WHERE {
              GRAPH ?g { ?attribution cg:asserts ?dev ; cg:stance ?kind ; cg:inArticle ?article .
                         ?article schema:datePublished ?reported .
                         OPTIONAL { ?article schema:url ?url }
                         OPTIONAL { { ?attribution cg:source ?actor } UNION { ?dev cg:about ?actor } } }
            }
            """;
    private static final String EVENTS = PREFIXES + """
            SELECT ?event ?date ?precision ?type ?url ?actor ?wkt ?geoPrecision ?dataset ?fatalities WHERE {
              GRAPH ?g { ?event a cg:DatasetEvent ; cg:eventTime/time:inXSDDate ?date ; cg:datePrecision ?precision .
                         OPTIONAL { ?event cg:datasetEventType ?type } OPTIONAL { { ?event cg:sourceUrl ?url } UNION { ?event cg:mentionedIn ?url } }
                         OPTIONAL { ?event sem:hasActor ?actor } OPTIONAL { ?event cg:fatalities ?fatalities }
                         OPTIONAL { ?event sem:hasPlace ?place . ?place cg:geoPrecision ?geoPrecision ; geo:hasGeometry/geo:asWKT ?wkt } }
              BIND(REPLACE(STR(?g), "^.*/", "") AS ?dataset)
            }
            """;
    private static final Pattern POINT = Pattern.compile("POINT\\s*\\(\\s*(-?[\\d.]+)\\s+(-?[\\d.]+)\\s*\\)");

    /** Development kinds and the dataset categories that can describe the same step. */
    private static final Map<String, Set<String>> COMPATIBLE = Map.ofEntries(
            Map.entry("kind-talks-held", Set.of("cameo-03", "cameo-04", "cameo-05")),
            Map.entry("kind-proposal", Set.of("cameo-02", "cameo-03")),
            Map.entry("kind-response", Set.of("cameo-01", "cameo-02", "cameo-03", "cameo-04")),
            Map.entry("kind-acceptance", Set.of("cameo-03", "cameo-05", "cameo-08")),
            Map.entry("kind-rejection", Set.of("cameo-11", "cameo-12")),
            Map.entry("kind-withdrawal", Set.of("cameo-12", "cameo-16")),
            Map.entry("kind-pause", Set.of("cameo-08", "cameo-16")),
            Map.entry("kind-resumption", Set.of("cameo-03", "cameo-04", "cameo-05")),
            Map.entry("kind-agreement", Set.of("cameo-03", "cameo-05", "cameo-06", "acled-strategic-developments")),
            Map.entry("kind-implementation", Set.of("cameo-05", "cameo-06", "cameo-08", "acled-strategic-developments")),
            Map.entry("kind-collapse", Set.of("cameo-12", "cameo-16")),
            // what a claim does, as CAMEO codes a statement
            Map.entry("stance-assert", Set.of("cameo-01")),
            Map.entry("stance-report", Set.of("cameo-01")),
            Map.entry("stance-respond", Set.of("cameo-01")),
            Map.entry("stance-deny", Set.of("cameo-01", "cameo-12")),
            Map.entry("stance-accuse", Set.of("cameo-11")),
            Map.entry("stance-demand", Set.of("cameo-10")),
            Map.entry("stance-warn", Set.of("cameo-13")),
            Map.entry("stance-promise", Set.of("cameo-03")));

    /** A news development or a dataset event, as the linker compares them. */
    record Item(Node node, String type, LocalDate date, String datePrecision, Set<String> urls, Set<String> actors,
            Optional<double[]> point, String geoPrecision, String dataset, Optional<Integer> fatalities) {
    }

    /** What an update did. */
    public record Summary(int developments, int linkedDevelopments, int events, int links, int figureComparisons) {
        public String line() {
            return String.format(Locale.ROOT,
                    "linked %,d of %,d news developments and claims to dataset events (%,d events): %,d candidate links;"
                            + " %,d news death tolls set against dataset fatalities",
                    linkedDevelopments, developments, events, links, figureComparisons);
        }
    }

    private final Map<String, String> stateOf = new HashMap<>();

    public EventLinker(ReferenceData reference) {
        reference.statesActedFor().forEach((office, state) -> stateOf.put(office, state.iri()));
    }

    /** Whether the store holds any dataset event (an index lookup). */
    public static boolean hasDatasetEvents(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> dataset.contains(Node.ANY, Node.ANY, RDF.type.asNode(), CG.DatasetEvent.asNode()));
    }

    /** Recomputes every candidate link and replaces the links graph, in one write transaction. */
    public Summary update(DatasetGraph dataset) {
        return Txn.calculateWrite(dataset, () -> {
            List<Item> developments = new ArrayList<>(items(dataset, DEVELOPMENTS, true));
            developments.addAll(items(dataset, CLAIMS, true));
            List<Item> events = items(dataset, EVENTS, false);
            // an office counts for its state, on both sides: the states join the actor sets once
            developments.forEach(this::addStates);
            events.forEach(this::addStates);
            // without a shared article or a shared side a candidate cannot reach KEEP (type, day and place
            // give at most 0.4), so events are looked up by URL and by side, then by day
            Map<String, List<Item>> byUrl = new HashMap<>();
            Map<String, TreeMap<Long, List<Item>>> bySide = new HashMap<>();
            for (Item e : events) {
                e.urls().forEach(u -> byUrl.computeIfAbsent(u, k -> new ArrayList<>()).add(e));
                e.actors().forEach(a -> bySide.computeIfAbsent(a + " " + e.datePrecision() + " " + e.type(), k -> new TreeMap<>())
                        .computeIfAbsent(e.date().toEpochDay(), d -> new ArrayList<>()).add(e));
            }
            List<Quad> quads = new ArrayList<>();
            int links = 0;
            Set<Node> linked = new HashSet<>();
            for (Item dev : developments) {
                long day = dev.date().toEpochDay();
                Set<Item> candidates = new java.util.LinkedHashSet<>();
                dev.urls().forEach(u -> candidates.addAll(byUrl.getOrDefault(u, List.of())));
                for (String side : dev.actors()) {
                    for (String precision : List.of("day", "week", "month", "year")) {
                        for (String type : COMPATIBLE.getOrDefault(dev.type(), Set.of())) {
                            TreeMap<Long, List<Item>> days = bySide.get(side + " " + precision + " " + type);
                            long window = WINDOW_DAYS + widening(precision);
                            if (days != null) {
                                days.subMap(day - window, true, day + window, true).values().forEach(candidates::addAll);
                            }
                        }
                    }
                }
                for (Item event : candidates) {
                    Optional<Candidate> c = candidate(dev, event);
                    if (c.isPresent() && c.get().score() >= KEEP) {
                        write(dev, event, c.get(), quads);
                        linked.add(dev.node());
                        links++;
                    }
                }
            }
            int comparisons = FigureComparison.compare(dataset, events, quads);
            dataset.deleteAny(LINKS_GRAPH, Node.ANY, Node.ANY, Node.ANY);
            quads.forEach(dataset::add);
            return new Summary(developments.size(), linked.size(), events.size(), links, comparisons);
        });
    }

    /** A scored candidate and why. */
    record Candidate(double score, List<String> reasons) {
    }

    /** The candidate link between a development and an event, or empty when a hard limit rules it out. */
    Optional<Candidate> candidate(Item dev, Item event) {
        List<String> reasons = new ArrayList<>();
        double score = 0;
        long apart = Math.abs(dev.date().toEpochDay() - event.date().toEpochDay());
        long window = WINDOW_DAYS + widening(event.datePrecision());
        if (apart > window) {
            return Optional.empty();
        }
        if (!COMPATIBLE.getOrDefault(dev.type(), Set.of()).contains(event.type())) {
            return Optional.empty();
        }
        reasons.add(event.type() + " fits " + dev.type().replace("kind-", "").replace("stance-", "a claim that does: ").replace('-', ' '));
        score += 0.1;
        if (dev.point().isPresent() && event.point().isPresent()) {
            double km = kilometres(dev.point().get(), event.point().get());
            double allowed = allowedKm(event.geoPrecision());
            if (km > allowed) {
                return Optional.empty();
            }
            reasons.add(String.format(Locale.ROOT, "%.0f km apart (%s precision allows %.0f)", km, event.geoPrecision(), allowed));
            score += 0.1;
        }
        if (dev.urls().stream().anyMatch(event.urls()::contains)) {
            reasons.add("coded from or mentioned in this very article (SOURCEURL, mentions)");
            score += 0.3;
        }
        Set<String> shared = new HashSet<>(dev.actors());
        shared.retainAll(event.actors());
        if (shared.isEmpty() && dev.type().startsWith("stance-")) {
            return Optional.empty(); // an article holds many claims: the coded statement is the one of its actors
        }
        if (!shared.isEmpty()) {
            reasons.add("shared actors: " + String.join(", ", shared.stream().map(a -> a.replaceAll("^.*/", "")).sorted().toList()));
            score += 0.3 * Math.min(1.0, shared.size() / 2.0);
        }
        reasons.add(apart + " days apart (window " + window + " for " + event.datePrecision() + " precision)");
        score += 0.2 * (1 - (double) apart / (window + 1));
        return Optional.of(new Candidate(score, reasons));
    }

    /** Adds to an item's actors the states their offices act for (the sets are the items' own). */
    void addStates(Item item) {
        item.actors().addAll(sides(item.actors()));
    }

    /** Actors and the states their offices act for: "Israel's prime minister's office" meets "Israel". */
    private Set<String> sides(Set<String> actors) {
        Set<String> out = new HashSet<>(actors);
        actors.forEach(a -> {
            if (stateOf.containsKey(a)) {
                out.add(stateOf.get(a));
            }
        });
        return out;
    }

    private static long widening(String precision) {
        return switch (precision) {
            case "week" -> 7;
            case "month" -> 31;
            case "year" -> 366;
            default -> 0;
        };
    }

    /** How far apart two points may be for one event, by the dataset's place precision. */
    static double allowedKm(String precision) {
        return switch (precision) {
            case "exact" -> 10;
            case "city" -> 25;
            case "adm2" -> 50;
            case "adm1" -> 150;
            default -> 400;
        };
    }

    /** Great-circle distance between two lon/lat points. */
    static double kilometres(double[] a, double[] b) {
        double dLat = Math.toRadians(b[1] - a[1]);
        double dLon = Math.toRadians(b[0] - a[0]);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a[1])) * Math.cos(Math.toRadians(b[1])) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }

    private static void write(Item dev, Item event, Candidate c, List<Quad> out) {
        Node link = NodeFactory.createURI(Iris.ID + "link/" + Hashes.sha256Hex(dev.node().getURI() + " " + event.node().getURI()).substring(0, 16));
        out.add(Quad.create(LINKS_GRAPH, dev.node(), CG.relatedEvent.asNode(), event.node()));
        out.add(Quad.create(LINKS_GRAPH, link, RDF.type.asNode(), CG.EventLink.asNode()));
        out.add(Quad.create(LINKS_GRAPH, link, CG.linkFrom.asNode(), dev.node()));
        out.add(Quad.create(LINKS_GRAPH, link, CG.linkTo.asNode(), event.node()));
        out.add(Quad.create(LINKS_GRAPH, link, CG.linkScore.asNode(),
                NodeFactory.createLiteralDT(String.format(Locale.ROOT, "%.3f", c.score()), XSDDatatype.XSDdecimal)));
        out.add(Quad.create(LINKS_GRAPH, link, CG.linkReason.asNode(), NodeFactory.createLiteralString(String.join("; ", c.reasons()))));
    }

    private static List<Item> items(DatasetGraph dataset, String sparql, boolean news) {
        Map<Node, Item> byNode = new LinkedHashMap<>();
        try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(sparql).build()) {
            exec.execSelect().forEachRemaining(row -> {
                Node node = row.getResource(news ? "dev" : "event").asNode();
                Item item = byNode.get(node);
                if (item == null) {
                    Optional<LocalDate> date = news ? date(row, "happened").or(() -> date(row, "reported")) : date(row, "date");
                    if (date.isEmpty()) {
                        return; // an undated development can be placed in no window
                    }
                    String type = news ? row.getResource("kind").getLocalName()
                            : row.contains("type") ? row.getResource("type").getLocalName() : "";
                    item = new Item(node, type, date.get(), news ? "day" : row.getLiteral("precision").getString(),
                            new HashSet<>(), new HashSet<>(),
                            point(row), row.contains("geoPrecision") ? row.getLiteral("geoPrecision").getString() : "city",
                            news ? "" : row.getLiteral("dataset").getString(),
                            row.contains("fatalities") ? Optional.of(row.getLiteral("fatalities").getInt()) : Optional.empty());
                    byNode.put(node, item);
                }
                if (row.contains("url")) {
                    item.urls().add(row.getLiteral("url").getLexicalForm());
                }
                if (row.contains("actor") && row.get("actor").isURIResource()) {
                    item.actors().add(row.getResource("actor").getURI());
                }
            });
        }
        return List.copyOf(byNode.values());
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
