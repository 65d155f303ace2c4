package org.claimgraph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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
 * event, {@code cg:linkScore} and {@code cg:linkReason}, shared since 0.7 by the links to one event
 * with the same score and reasons ({@link LinkNodes}; the shortcut {@code item cg:relatedEvent
 * event} is no longer stored since 0.5: it repeated each link's two ends). A candidate must fall within the
 * date window (two days, widened by the dataset's date precision), within the distance its place
 * precision allows (when both have a place), be of a compatible type, and score at least
 * {@link Candidates#KEEP}: the same article (GDELT's SOURCEURL), shared actors (an office counts for its
 * state), the nearer date. Never owl:sameAs: a news report of a step and a coded event are two
 * descriptions that probably meet.
 *
 * <p>An update links only what changed ({@link Changes}): the news of new or replaced articles
 * against the events their dates can reach, and every news item against newly imported events;
 * the links of a replaced article's items are dropped first. What changed is also read from the
 * store ({@link LinksGraph}), so a run stopped between storing and linking is caught up by the
 * next. Death tolls set against the datasets' fatalities in aggregate ({@link FigureComparison})
 * are recomputed whole when events are new, else only for the new articles' tolls.
 *
 * <p>This class decides what to link when; what the news says is read by {@link NewsItems}, which
 * events are looked at by {@link EventIndex}, and whether a pair matches and how well by
 * {@link Candidates}.
 */
public final class EventLinker {

    public static final Node LINKS_GRAPH = Iris.LINKS_GRAPH;

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
            List<LinkItem> news = new ArrayList<>(NewsItems.read(dataset, NewsItems.DEVELOPMENTS, graphs));
            news.addAll(NewsItems.read(dataset, NewsItems.CLAIMS, graphs));
            news.addAll(NewsItems.read(dataset, NewsItems.TOLLS, graphs));
            if (news.isEmpty() && !changes.all() && changes.articleGraphs().isEmpty()) {
                LinksGraph.noteLinked(dataset, changes); // no news to link the events to (a store of datasets only)
                return Summary.nothing(start);
            }
            // new events: every news item meets them, so all events are read; new articles: only the events
            // their items' dates can reach
            List<LinkItem> events = eventsChanged ? DatasetEvents.read(dataset) : news.isEmpty() ? List.of()
                    : DatasetEvents.near(dataset, news.stream().map(LinkItem::date).min(LocalDate::compareTo).orElseThrow(),
                            news.stream().map(LinkItem::date).max(LocalDate::compareTo).orElseThrow());
            List<LinkItem> newEvents = changes.all() ? events : events.stream().filter(e -> changes.events().contains(e.node())).toList();
            // an office counts for its state, on both sides: the states join the actor sets once
            news.forEach(this::addStates);
            events.forEach(this::addStates);
            Set<String> changedGraphs = new HashSet<>();
            changes.articleGraphs().forEach(g -> changedGraphs.add(g.getURI()));
            Set<Node> changedNews = new HashSet<>();
            news.stream().filter(n -> changes.all() || changedGraphs.contains(n.graph())).forEach(n -> changedNews.add(n.node()));
            // the articles linked before (replaced ones): only their items can have links and comparisons to drop
            Set<Node> replaced = changes.all() ? null : LinksGraph.linkedBefore(dataset, changes.articleGraphs());
            if (!changes.all()) {
                LinksGraph.dropLinksOfArticles(dataset, replaced);
            }
            LinksGraph.noteLinked(dataset, changes);

            EventIndex everyEvent = new EventIndex(events);
            EventIndex freshEvents = changes.all() ? everyEvent : new EventIndex(newEvents);
            LinkNodes found = new LinkNodes();
            Set<Node> linked = new HashSet<>();
            int considered = 0;
            for (LinkItem item : news) {
                // a changed item meets every event; the others only the new events
                EventIndex against = changedNews.contains(item.node()) ? everyEvent : freshEvents;
                considered += changedNews.contains(item.node()) || !newEvents.isEmpty() ? 1 : 0;
                for (LinkItem event : against.candidates(item)) {
                    Optional<Candidates.Candidate> c = item.deaths().isPresent() ? FigureComparison.single(item, event) : Candidates.score(item, event);
                    if (c.isPresent() && c.get().score() >= Candidates.KEEP) {
                        found.add(item.node(), event.node(), c.get());
                        linked.add(item.node());
                    }
                }
            }
            List<Quad> quads = found.quads();
            (changes.all() ? LinksGraph.keepUnchanged(dataset, quads) : quads).forEach(Store.unindexed(dataset)::add);
            // new events change every aggregate; new articles only their own tolls' comparisons
            int comparisons = eventsChanged ? FigureComparison.compare(dataset, events, null)
                    : FigureComparison.compare(dataset, null, changes.articleGraphs(), replaced); // reads the events of the tolls' periods
            return new Summary(considered, linked.size(), events.size(), newEvents.size(), changes.all(), found.links(), comparisons,
                    (System.nanoTime() - start) / 1e9);
        });
    }

    /** Adds to an item's actors the states their offices act for (the sets are the items' own). */
    void addStates(LinkItem item) {
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
}
