package org.claimgraph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimgraph.domain.Hashes;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.rdf.vocab.CG;
import org.claimgraph.store.Store;

/**
 * Candidate links from negotiation developments, claims and single death tolls in the news to
 * dataset events (a claim to the statement a dataset coded from it: CAMEO 01 public statements, 11
 * disapprove, 12 reject ...; "a strike in Khan Younis killed 14" to the UCDP or ACLED event of that
 * day and place whose fatalities agree), with a score and its reasons, in a graph of their own
 * ({@link #LINKS_GRAPH}): a link node with {@code cg:linkFrom} the news item, {@code cg:linkTo} the
 * event, {@code cg:linkScore} and {@code cg:linkReason} (the shortcut {@code item cg:relatedEvent
 * event} is no longer stored since 0.5: it repeated each link's two ends). A candidate must fall within the
 * date window (two days, widened by the dataset's date precision), within the distance its place
 * precision allows (when both have a place), be of a compatible type, and score at least
 * {@link #KEEP}: the same article (GDELT's SOURCEURL), shared actors (an office counts for its
 * state), the nearer date. Never owl:sameAs: a news report of a step and a coded event are two
 * descriptions that probably meet.
 *
 * <p>An update links only what changed ({@link Changes}): the news of new or replaced articles
 * against the events their dates can reach, and every news item against newly imported events;
 * the links of a replaced article's items are dropped first. What changed is also read from the
 * store ({@link LinksGraph}), so a run stopped between storing and linking is caught up by the
 * next. Death tolls set against the datasets' fatalities in aggregate ({@link FigureComparison})
 * are recomputed whole when events are new, else only for the new articles' tolls.
 */
public final class EventLinker {

    public static final Node LINKS_GRAPH = Iris.LINKS_GRAPH;
    /** The score a candidate needs to be kept. */
    static final double KEEP = 0.5;
    static final int WINDOW_DAYS = 2;
    /** Up to this many article graphs are read one query each. */
    static final int GRAPH_BY_GRAPH = 500;

    private static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX schema: <http://schema.org/>
            PREFIX time: <http://www.w3.org/2006/time#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX geo: <http://www.opengis.net/ont/geosparql#>
            """;
    private static final String DEVELOPMENTS = PREFIXES + """
            SELECT ?g ?dev ?kind ?happened ?reported ?url ?actor ?wkt WHERE {
              GRAPH ?g { ?dev cg:developmentKind ?kind ; cg:inArticle ?article .
                         OPTIONAL { ?dev cg:eventTime/time:inXSDDate ?happened } OPTIONAL { ?article schema:datePublished ?reported }
                         OPTIONAL { ?article schema:url ?url } OPTIONAL { ?dev sem:hasActor ?actor } }
              # the venue's point, only when the development's negotiation has a venue
              OPTIONAL { GRAPH ?v { ?dev cg:developmentOf/cg:venue ?venue } GRAPH ?r { ?venue geo:hasGeometry/geo:asWKT ?wkt } }
            }
            """;
    /** Claims as the linker sees them: the stance as type, the article's day, its URL, speaker and what it is about. */
    private static final String CLAIMS = PREFIXES + """
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
    private static final String TOLLS = PREFIXES + """
            SELECT ?g ?dev ?kind ?reported ?value ?qualifier ?wkt WHERE {
              GRAPH ?g { ?dev cg:measure cg:measure-deaths ; cg:value ?value ; cg:place ?place ; cg:asOf ?reported .
                         FILTER NOT EXISTS { ?dev cg:period ?period } OPTIONAL { ?dev cg:qualifier ?qualifier } }
              GRAPH ?r { ?place a ?placeType ; geo:hasGeometry/geo:asWKT ?wkt . FILTER(?placeType IN (cg:City, cg:Crossing)) }
              BIND(cg:measure-deaths AS ?kind)
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
            Map.entry("stance-promise", Set.of("cameo-03")),
            // a single death toll, as the datasets type deadly events
            Map.entry("measure-deaths", Set.of("ucdp-1", "ucdp-2", "ucdp-3", "acled-battles", "acled-explosions-remote-violence",
                    "acled-violence-against-civilians", "acled-riots")));

    /**
     * A news item (development, claim, death toll) or a dataset event, as the linker compares them.
     *
     * @param graph the article graph of a news item; empty for an event
     * @param deaths a death toll's or an event's deaths as low, best, high; empty when it counts none
     */
    record Item(Node node, String graph, String type, LocalDate date, String datePrecision, Set<String> urls, Set<String> actors,
            Optional<double[]> point, String geoPrecision, String dataset, Optional<int[]> deaths) {

        Optional<Integer> fatalities() {
            return deaths.map(d -> d[1]);
        }
    }

    /**
     * What changed since the links were last computed.
     *
     * @param all everything: recompute every link
     * @param articleGraphs the graphs of articles stored or replaced since
     * @param events the dataset events imported since
     */
    public record Changes(boolean all, Set<Node> articleGraphs, Set<Node> events) {
        public static final Changes ALL = new Changes(true, Set.of(), Set.of());

        public static Changes articles(Set<Node> graphs) {
            return new Changes(false, Set.copyOf(graphs), Set.of());
        }

        public static Changes events(Set<Node> events) {
            return new Changes(false, Set.of(), Set.copyOf(events));
        }
    }

    /**
     * What an update did.
     *
     * @param events the events read (all, or those the new articles' dates can reach), or -1 when there was nothing to link
     * @param everything whether every link was recomputed
     */
    public record Summary(int newsItems, int linkedNewsItems, int events, int newEvents, boolean everything, int links, int figureComparisons,
            double seconds) {
        static Summary nothing(long start) {
            return new Summary(0, 0, -1, 0, false, 0, 0, (System.nanoTime() - start) / 1e9);
        }

        public String line() {
            if (events < 0) {
                return String.format(Locale.ROOT, "linking: nothing to link (no new articles, or no news for new events) (%.1f s)", seconds);
            }
            return String.format(Locale.ROOT,
                    "linked %,d of %,d news developments, claims and death tolls to dataset events (%,d events read, %s):"
                            + " %,d candidate links; %,d news death tolls set against dataset fatalities, in %.1f s",
                    linkedNewsItems, newsItems, events, everything ? "all linked afresh" : String.format(Locale.ROOT, "%,d new", newEvents),
                    links, figureComparisons, seconds);
        }
    }

    private final Map<String, String> stateOf = new HashMap<>();

    public EventLinker(ReferenceData reference) {
        reference.statesActedFor().forEach((office, state) -> stateOf.put(office, state.iri()));
    }

    /** Recomputes every candidate link and replaces the links graph, in one write transaction. */
    public Summary update(DatasetGraph dataset) {
        return update(dataset, Changes.ALL);
    }

    /** Links what changed (see {@link Changes}), in one write transaction. */
    public Summary update(DatasetGraph dataset, Changes asked) {
        long start = System.nanoTime();
        return Txn.calculateWrite(dataset, () -> {
            Changes changes = LinksGraph.withUnfinished(dataset, asked);
            if (!changes.all() && changes.articleGraphs().isEmpty() && changes.events().isEmpty()) {
                return Summary.nothing(start);
            }
            boolean eventsChanged = changes.all() || !changes.events().isEmpty();
            // without new events only the news of the changed articles is read
            Set<Node> graphs = eventsChanged ? null : changes.articleGraphs();
            List<Item> news = new ArrayList<>(items(dataset, DEVELOPMENTS, graphs));
            news.addAll(items(dataset, CLAIMS, graphs));
            news.addAll(items(dataset, TOLLS, graphs));
            if (news.isEmpty() && !changes.all() && changes.articleGraphs().isEmpty()) {
                LinksGraph.noteLinked(dataset, changes); // no news to link the events to (a store of datasets only)
                return Summary.nothing(start);
            }
            // new events: every news item meets them, so all events are read; new articles: only the events
            // their items' dates can reach
            List<Item> events = eventsChanged ? DatasetEvents.read(dataset) : news.isEmpty() ? List.of()
                    : DatasetEvents.near(dataset, news.stream().map(Item::date).min(LocalDate::compareTo).orElseThrow(),
                            news.stream().map(Item::date).max(LocalDate::compareTo).orElseThrow());
            List<Item> newEvents = changes.all() ? events : events.stream().filter(e -> changes.events().contains(e.node())).toList();
            // an office counts for its state, on both sides: the states join the actor sets once
            news.forEach(this::addStates);
            events.forEach(this::addStates);
            Set<String> changedGraphs = new HashSet<>();
            changes.articleGraphs().forEach(g -> changedGraphs.add(g.getURI()));
            Set<Node> changedNews = new HashSet<>();
            news.stream().filter(n -> changes.all() || changedGraphs.contains(n.graph())).forEach(n -> changedNews.add(n.node()));
            if (!changes.all()) {
                LinksGraph.dropLinksOfArticles(dataset, LinksGraph.linkedBefore(dataset, changes.articleGraphs())); // replaced articles
            }
            LinksGraph.noteLinked(dataset, changes);

            Events everyEvent = new Events(events);
            Events freshEvents = changes.all() ? everyEvent : new Events(newEvents);
            List<Quad> quads = new ArrayList<>();
            Set<Node> linked = new HashSet<>();
            int considered = 0;
            for (Item item : news) {
                // a changed item meets every event; the others only the new events
                Events against = changedNews.contains(item.node()) ? everyEvent : freshEvents;
                considered += changedNews.contains(item.node()) || !newEvents.isEmpty() ? 1 : 0;
                for (Item event : against.candidates(item)) {
                    Optional<Candidate> c = item.deaths().isPresent() ? FigureComparison.single(item, event) : candidate(item, event);
                    if (c.isPresent() && c.get().score() >= KEEP) {
                        write(item, event, c.get(), quads);
                        linked.add(item.node());
                    }
                }
            }
            (changes.all() ? LinksGraph.keepUnchanged(dataset, quads) : quads).forEach(Store.unindexed(dataset)::add);
            // new events change every aggregate; new articles only their own tolls' comparisons
            int comparisons = eventsChanged ? FigureComparison.compare(dataset, events, null)
                    : FigureComparison.compare(dataset, null, changes.articleGraphs()); // reads the events of the tolls' periods
            int links = (int) quads.stream().filter(q -> q.getPredicate().equals(CG.linkFrom.asNode())).count();
            return new Summary(considered, linked.size(), events.size(), newEvents.size(), changes.all(), links, comparisons,
                    (System.nanoTime() - start) / 1e9);
        });
    }

    /**
     * Events looked up the ways a candidate can reach {@link #KEEP}: by shared article, by side
     * (with date precision and type), and, for death tolls, by day (with type): without a shared
     * article or side a development or claim gets at most 0.4 (type, day, place).
     */
    private static final class Events {
        private final Map<String, List<Item>> byUrl = new HashMap<>();
        private final Map<String, TreeMap<Long, List<Item>>> byKey = new HashMap<>();

        Events(List<Item> events) {
            for (Item e : events) {
                e.urls().forEach(u -> byUrl.computeIfAbsent(u, k -> new ArrayList<>()).add(e));
                e.actors().forEach(a -> add(a + " " + e.datePrecision() + " " + e.type(), e));
                if (e.deaths().isPresent()) {
                    add("deaths " + e.datePrecision() + " " + e.type(), e);
                }
            }
        }

        private void add(String key, Item e) {
            byKey.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(e.date().toEpochDay(), d -> new ArrayList<>()).add(e);
        }

        Set<Item> candidates(Item item) {
            Set<Item> out = new LinkedHashSet<>();
            item.urls().forEach(u -> out.addAll(byUrl.getOrDefault(u, List.of())));
            Set<String> keys = item.deaths().isPresent() ? Set.of("deaths") : item.actors();
            long day = item.date().toEpochDay();
            for (String key : keys) {
                for (String precision : List.of("day", "week", "month", "year")) {
                    long window = WINDOW_DAYS + widening(precision);
                    for (String type : COMPATIBLE.getOrDefault(item.type(), Set.of())) {
                        TreeMap<Long, List<Item>> days = byKey.get(key + " " + precision + " " + type);
                        if (days != null) {
                            days.subMap(day - window, true, day + window, true).values().forEach(out::addAll);
                        }
                    }
                }
            }
            return out;
        }
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
        if (!compatible(dev.type(), event.type())) {
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

    /** Whether a dataset's event type can describe a news item of this kind (development kind, claim stance, measure). */
    static boolean compatible(String kind, String eventType) {
        return COMPATIBLE.getOrDefault(kind, Set.of()).contains(eventType);
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

    static long widening(String precision) {
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
        // no dev cg:relatedEvent event (since 0.5): cg:linkFrom and cg:linkTo say the same, and it was one
        // quad in five of the links graph
        // no rdf:type cg:EventLink: cg:linkScore (domain cg:EventLink) says what the node is, and the
        // type was one quad in six of the links graph (a fifth of the store's quads on the bench corpus)
        out.add(Quad.create(LINKS_GRAPH, link, CG.linkFrom.asNode(), dev.node()));
        out.add(Quad.create(LINKS_GRAPH, link, CG.linkTo.asNode(), event.node()));
        out.add(Quad.create(LINKS_GRAPH, link, CG.linkScore.asNode(),
                NodeFactory.createLiteralDT(String.format(Locale.ROOT, "%.3f", c.score()), XSDDatatype.XSDdecimal)));
        out.add(Quad.create(LINKS_GRAPH, link, CG.linkReason.asNode(), NodeFactory.createLiteralString(String.join("; ", c.reasons()))));
    }

    /**
     * The news items a query gives, one per node.
     *
     * @param graphs only the items of these article graphs; null for all
     */
    private static List<Item> items(DatasetGraph dataset, String sparql, Set<Node> graphs) {
        Map<Node, Item> byNode = new LinkedHashMap<>();
        select(dataset, sparql, graphs, (graph, row) -> {
            Node node = row.getResource("dev").asNode();
            Item item = byNode.get(node);
            if (item == null) {
                Optional<LocalDate> date = date(row, "happened").or(() -> date(row, "reported"));
                if (date.isEmpty()) {
                    return; // an undated development can be placed in no window
                }
                item = new Item(node, graph.getURI(), row.getResource("kind").getLocalName(), date.get(), "day", new HashSet<>(),
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
