package org.claimgraph.link;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.Literals;
import org.claimgraph.rdf.vocab.CG;
import org.claimgraph.store.Store;

/**
 * How the links graph ({@link EventLinker#LINKS_GRAPH}) is kept: the linker's bookkeeping (which
 * article graphs it has linked, which imported events still wait), finding and dropping the links of
 * an article's items by IRI, and replacing every link without deleting those found again. Every
 * method runs inside the linker's write transaction.
 */
final class LinksGraph {

    private LinksGraph() {
    }

    /** Notes the articles as linked and the articles and events as waiting no longer (written in the linking's transaction). */
    static void noteLinked(DatasetGraph dataset, EventLinker.Changes changes) {
        Set<Node> marked = changes.all() ? articleGraphs(dataset) : changes.articleGraphs();
        marked.forEach(g -> Store.unindexed(dataset).add(EventLinker.LINKS_GRAPH, EventLinker.LINKS_GRAPH, CG.linkedArticleGraph.asNode(), g));
        if (changes.all()) {
            Store.deleteUnindexed(dataset, EventLinker.LINKS_GRAPH, EventLinker.LINKS_GRAPH, CG.pendingArticle.asNode(), Node.ANY);
        } else {
            marked.forEach(g -> Store.deleteUnindexed(dataset, EventLinker.LINKS_GRAPH, EventLinker.LINKS_GRAPH, CG.pendingArticle.asNode(), g));
        }
        Store.deleteUnindexed(dataset, EventLinker.LINKS_GRAPH, EventLinker.LINKS_GRAPH, CG.pendingEvent.asNode(), Node.ANY);
    }

    /**
     * The changes asked for, with what earlier runs left unfinished: article graphs stored but not
     * linked (an ingest stopped before its linking; noted cg:pendingArticle by the transaction that
     * stored them) and events imported but not linked. Only those markers are read, never the list of
     * the store's graphs.
     */
    static EventLinker.Changes withUnfinished(DatasetGraph dataset, EventLinker.Changes asked) {
        if (asked.all()) {
            return asked;
        }
        Set<Node> articles = new LinkedHashSet<>(asked.articleGraphs());
        dataset.find(EventLinker.LINKS_GRAPH, EventLinker.LINKS_GRAPH, CG.pendingArticle.asNode(), Node.ANY).forEachRemaining(q -> articles.add(q.getObject()));
        Set<Node> events = new HashSet<>(asked.events());
        dataset.find(EventLinker.LINKS_GRAPH, EventLinker.LINKS_GRAPH, CG.pendingEvent.asNode(), Node.ANY).forEachRemaining(q -> events.add(q.getObject()));
        return new EventLinker.Changes(false, articles, events);
    }

    /**
     * For a full recomputation: drops the stored quads of link nodes that are not among {@code quads}
     * and returns the quads still to add. A recomputation mostly finds the links already there, and
     * deleting is what costs on a large TDB2 store (each quad leaves six indexes: clearing 1.8 million
     * quads took over a quarter of an hour). Compared quad by quad, since a node gains and loses events
     * (cg:linkFrom) one at a time; a score by value (the store writes 0.850 as 0.85).
     */
    static List<Quad> keepUnchanged(DatasetGraph dataset, List<Quad> quads) {
        Set<Quad> wanted = new HashSet<>();
        quads.forEach(q -> wanted.add(byValue(q)));
        Set<Quad> present = new HashSet<>();
        List<Quad> gone = new ArrayList<>();
        for (Node p : List.of(CG.linkFrom.asNode(), CG.linkTo.asNode(), CG.linkScore.asNode(), CG.linkReason.asNode())) {
            dataset.find(EventLinker.LINKS_GRAPH, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                if (wanted.contains(byValue(q))) {
                    present.add(byValue(q));
                } else {
                    gone.add(q);
                }
            });
        }
        // the shortcut a store written before 0.5 has for a pair that is no candidate any more
        gone.stream().filter(q -> q.getPredicate().equals(CG.linkTo.asNode())).forEach(to ->
                dataset.find(EventLinker.LINKS_GRAPH, to.getSubject(), CG.linkFrom.asNode(), Node.ANY).forEachRemaining(from ->
                        Store.deleteUnindexed(dataset, EventLinker.LINKS_GRAPH, from.getObject(), CG.relatedEvent.asNode(), to.getObject())));
        gone.forEach(q -> Store.deleteUnindexed(dataset, q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
        return quads.stream().filter(q -> !present.contains(byValue(q))).toList();
    }

    /** The quad with its score written in its value's canonical form ({@link Literals}) (another kind of object as it is). */
    private static Quad byValue(Quad q) {
        if (!q.getPredicate().equals(CG.linkScore.asNode()) || !q.getObject().isLiteral()) {
            return q;
        }
        try {
            return Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), Literals.decimal(new BigDecimal(q.getObject().getLiteralLexicalForm())));
        } catch (NumberFormatException e) {
            return q;
        }
    }

    /** Those of these article graphs that were linked before (replaced articles, whose old links must go). */
    static Set<Node> linkedBefore(DatasetGraph dataset, Set<Node> articleGraphs) {
        Set<Node> out = new HashSet<>();
        articleGraphs.forEach(g -> {
            if (dataset.contains(EventLinker.LINKS_GRAPH, EventLinker.LINKS_GRAPH, CG.linkedArticleGraph.asNode(), g)) {
                out.add(g);
            }
        });
        return out;
    }

    /** Drops the candidate links from the items of these articles. */
    static void dropLinksOfArticles(DatasetGraph dataset, Set<Node> articleGraphs) {
        if (!articleGraphs.isEmpty()) {
            pointingAtItemsOf(dataset, CG.linkFrom.asNode(), articleGraphs).stream().map(Quad::getObject).distinct()
                    .forEach(n -> dropLinks(dataset, n));
        }
    }

    /**
     * The quads of the links graph whose {@code predicate} points at an item of these articles (of
     * any article when null), found by IRI: an item's IRI begins with its article's, and the items
     * of a replaced article may be gone from every other graph.
     */
    static List<Quad> pointingAtItemsOf(DatasetGraph dataset, Node predicate, Set<Node> articleGraphs) {
        Set<String> prefixes = new HashSet<>();
        if (articleGraphs != null) {
            articleGraphs.forEach(g -> prefixes.add(itemPrefix(g)));
        }
        List<Quad> out = new ArrayList<>();
        dataset.find(EventLinker.LINKS_GRAPH, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> {
            if (articleGraphs == null || (q.getObject().isURI() && prefixes.contains(articlePart(q.getObject().getURI())))) {
                out.add(q);
            }
        });
        return out;
    }

    /** ".../id/article/ab12/" for the article graph ".../graph/article/ab12". */
    private static String itemPrefix(Node articleGraph) {
        return Iris.ID + "article/" + articleGraph.getURI().substring(Iris.ARTICLE_GRAPH_PREFIX.length()) + "/";
    }

    /** The ".../id/article/ab12/" an item IRI begins with, or "" for another IRI. */
    private static String articlePart(String itemIri) {
        String base = Iris.ID + "article/";
        int slash = itemIri.startsWith(base) ? itemIri.indexOf('/', base.length()) : -1;
        return slash < 0 ? "" : itemIri.substring(0, slash + 1);
    }

    /** Drops the candidate links to a dataset event (whose facts a revised row replaced), with the relatedEvent triples a store written before 0.5 has. */
    static void dropLinksTo(DatasetGraph dataset, Node event) {
        List<Node> links = new ArrayList<>();
        dataset.find(EventLinker.LINKS_GRAPH, Node.ANY, CG.linkTo.asNode(), event).forEachRemaining(q -> links.add(q.getSubject()));
        links.forEach(link -> Store.deleteUnindexed(dataset, EventLinker.LINKS_GRAPH, link, Node.ANY, Node.ANY));
        Store.deleteUnindexed(dataset, EventLinker.LINKS_GRAPH, Node.ANY, CG.relatedEvent.asNode(), event);
    }

    /**
     * Drops the candidate links from a news item, with the relatedEvent triples a store written before
     * 0.5 has: the item leaves each node that links from it (the node's other items keep their links),
     * and a node left with no item goes.
     */
    private static void dropLinks(DatasetGraph dataset, Node from) {
        List<Node> links = new ArrayList<>();
        dataset.find(EventLinker.LINKS_GRAPH, Node.ANY, CG.linkFrom.asNode(), from).forEachRemaining(q -> links.add(q.getSubject()));
        links.forEach(link -> {
            Store.deleteUnindexed(dataset, EventLinker.LINKS_GRAPH, link, CG.linkFrom.asNode(), from);
            if (!dataset.contains(EventLinker.LINKS_GRAPH, link, CG.linkFrom.asNode(), Node.ANY)) {
                Store.deleteUnindexed(dataset, EventLinker.LINKS_GRAPH, link, Node.ANY, Node.ANY);
            }
        });
        Store.deleteUnindexed(dataset, EventLinker.LINKS_GRAPH, from, CG.relatedEvent.asNode(), Node.ANY);
    }

    /** The graphs of the store's articles. */
    static Set<Node> articleGraphs(DatasetGraph dataset) {
        Set<Node> out = new HashSet<>();
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && g.getURI().startsWith(Iris.ARTICLE_GRAPH_PREFIX)) {
                out.add(g);
            }
        });
        return out;
    }
}
