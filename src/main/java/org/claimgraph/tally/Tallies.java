package org.claimgraph.tally;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.domain.Hashes;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.vocab.CG;

/**
 * Counts kept in the store so that the canned queries that count across all articles answer at any
 * size without reading them all, in the graph {@link #GRAPH}:
 * <ul>
 * <li>for each pair of names, the sentences and articles naming both ({@code co-mentioned});</li>
 * <li>for each speaker and what its claims are about, the claims and articles ({@code actor-network});</li>
 * <li>for each outlet, its articles and first and last publication dates ({@code outlets}).</li>
 * </ul>
 * Kept by {@link #update} in the transaction that writes the articles: each article adds its part
 * ({@link ArticlePart}), and a replaced article first takes back the part of its old graph, so the
 * counts are always those of the stored articles. Names are the labels as the article's graph and
 * the reference data give them.
 */
public final class Tallies {

    public static final Node GRAPH = NodeFactory.createURI(Iris.BASE + "graph/tallies");

    private final DatasetGraph dataset;
    /** Where the counts are written: the tallies hold nothing the text index indexes. */
    private final DatasetGraph writes;
    private final Graph reference;
    /** Tally node → change of its counts, and the labels that name it. */
    private final Map<Node, Change> changes = new HashMap<>();
    private final Map<Node, Node> outletLabels = new HashMap<>();
    /** Outlets that lost an article: their first and last dates are read again. */
    private final List<Node> outletsToRecheck = new ArrayList<>();
    /** The first and last dates of the outlets' new articles. */
    private final Map<Node, String[]> outletDates = new HashMap<>();

    private record Change(String kind, List<Node> labels, int[] counts) {
    }

    private Tallies(DatasetGraph dataset, DatasetGraph writes, Graph reference) {
        this.dataset = dataset;
        this.writes = writes;
        this.reference = reference;
    }

    /**
     * Collects the changes of one write transaction; {@link #apply} writes them into {@code writes}
     * (the dataset, or the TDB2 database under its text index).
     */
    public static Tallies open(DatasetGraph dataset, DatasetGraph writes) {
        return new Tallies(dataset, writes, dataset.getGraph(Iris.REFERENCE_GRAPH));
    }

    /**
     * Collects changes with the reference data from {@code reference} (a copy: {@link #add} then reads
     * no dataset, so it runs outside any transaction); {@link #apply} reads and writes {@code dataset}.
     */
    public static Tallies open(DatasetGraph dataset, Graph reference) {
        return new Tallies(dataset, dataset, reference);
    }

    /** Takes back the part of an article graph about to be replaced or deleted (call before deleting it). */
    public void remove(Graph article) {
        add(ArticlePart.of(article, reference), -1);
    }

    /** Adds the part of a newly written article graph. */
    public void add(Graph article) {
        add(ArticlePart.of(article, reference), 1);
    }

    private void add(ArticlePart part, int sign) {
        part.coMentions().forEach((pair, sentences) -> change("co-mention", pair, sign * sentences, sign));
        part.speakerTopics().forEach((pair, claims) -> change("speaker-topic", pair, sign * claims, sign));
        part.publisherLabel().ifPresent(label -> {
            Node outlet = change("outlet", List.of(label), sign, 0);
            outletLabels.put(outlet, label);
            if (sign < 0) {
                outletsToRecheck.add(outlet);
            } else {
                part.published().ifPresent(date -> widen(outlet, date));
            }
        });
    }

    private void widen(Node outlet, String date) {
        String[] range = outletDates.computeIfAbsent(outlet, o -> new String[] {date, date});
        range[0] = date.compareTo(range[0]) < 0 ? date : range[0];
        range[1] = date.compareTo(range[1]) > 0 ? date : range[1];
    }

    private Node change(String kind, List<Node> labels, int first, int second) {
        StringBuilder key = new StringBuilder(kind);
        labels.forEach(l -> key.append('\n').append(l));
        Node node = NodeFactory.createURI(Iris.ID + "tally/" + kind + "/" + Hashes.sha256Hex(key.toString()).substring(0, 16));
        int[] counts = changes.computeIfAbsent(node, n -> new Change(kind, labels, new int[2])).counts();
        counts[0] += first;
        counts[1] += second;
        return node;
    }

    /** Writes the collected changes into the tallies graph (inside the caller's write transaction). */
    public void apply() {
        changes.forEach((node, change) -> {
            Node[] countProperties = switch (change.kind()) {
                case "co-mention" -> new Node[] {CG.sentenceCount.asNode(), CG.articleCount.asNode()};
                case "speaker-topic" -> new Node[] {CG.claimCount.asNode(), CG.articleCount.asNode()};
                default -> new Node[] {CG.articleCount.asNode()};
            };
            long first = count(node, countProperties[0]) + change.counts()[0];
            if (first <= 0) {
                writes.deleteAny(GRAPH, node, Node.ANY, Node.ANY);
                return;
            }
            if (count(node, countProperties[0]) == 0) {
                describe(node, change);
            }
            set(node, countProperties[0], first);
            if (countProperties.length > 1) {
                set(node, countProperties[1], count(node, countProperties[1]) + change.counts()[1]);
            }
        });
        outletDates.forEach((outlet, range) -> {
            if (!outletsToRecheck.contains(outlet) && dataset.contains(GRAPH, outlet, CG.articleCount.asNode(), Node.ANY)) {
                date(outlet, CG.firstPublished.asNode(), range[0], true);
                date(outlet, CG.lastPublished.asNode(), range[1], false);
            }
        });
        outletsToRecheck.stream().distinct().filter(o -> dataset.contains(GRAPH, o, CG.articleCount.asNode(), Node.ANY))
                .forEach(o -> recheckDates(o, outletLabels.get(o)));
        changes.clear();
    }

    private void describe(Node node, Change change) {
        switch (change.kind()) {
            case "co-mention" -> change.labels().forEach(l -> writes.add(GRAPH, node, CG.pairLabel.asNode(), l));
            case "speaker-topic" -> {
                writes.add(GRAPH, node, CG.speakerLabel.asNode(), change.labels().get(0));
                writes.add(GRAPH, node, CG.topicLabel.asNode(), change.labels().get(1));
            }
            default -> writes.add(GRAPH, node, RDFS.label.asNode(), change.labels().get(0));
        }
    }

    /** Narrows or widens an outlet's first (or last) date by one more date. */
    private void date(Node outlet, Node property, String date, boolean first) {
        Optional<String> now = dataset.stream(GRAPH, outlet, property, Node.ANY).findFirst().map(q -> q.getObject().getLiteralLexicalForm());
        if (now.isEmpty() || (first ? date.compareTo(now.get()) < 0 : date.compareTo(now.get()) > 0)) {
            writes.deleteAny(GRAPH, outlet, property, Node.ANY);
            writes.add(GRAPH, outlet, property, NodeFactory.createLiteralString(date));
        }
    }

    /** An outlet lost an article: its first and last dates, read again from its articles. */
    private void recheckDates(Node outlet, Node label) {
        String[] range = {null, null};
        dataset.find(Node.ANY, Node.ANY, RDFS.label.asNode(), label).forEachRemaining(publisher -> {
            if (publisher.getGraph().equals(GRAPH)) {
                return;
            }
            dataset.find(publisher.getGraph(), Node.ANY, Vocab.SCHEMA_PUBLISHER, publisher.getSubject()).forEachRemaining(article ->
                    dataset.find(publisher.getGraph(), article.getSubject(), Vocab.SCHEMA_DATE_PUBLISHED, Node.ANY).forEachRemaining(d -> {
                        String date = d.getObject().getLiteralLexicalForm();
                        range[0] = range[0] == null || date.compareTo(range[0]) < 0 ? date : range[0];
                        range[1] = range[1] == null || date.compareTo(range[1]) > 0 ? date : range[1];
                    }));
        });
        writes.deleteAny(GRAPH, outlet, CG.firstPublished.asNode(), Node.ANY);
        writes.deleteAny(GRAPH, outlet, CG.lastPublished.asNode(), Node.ANY);
        if (range[0] != null) {
            writes.add(GRAPH, outlet, CG.firstPublished.asNode(), NodeFactory.createLiteralString(range[0]));
            writes.add(GRAPH, outlet, CG.lastPublished.asNode(), NodeFactory.createLiteralString(range[1]));
        }
    }

    private long count(Node node, Node property) {
        return dataset.stream(GRAPH, node, property, Node.ANY).findFirst().map(q -> Long.parseLong(q.getObject().getLiteralLexicalForm()))
                .orElse(0L);
    }

    private void set(Node node, Node property, long value) {
        writes.deleteAny(GRAPH, node, property, Node.ANY);
        writes.add(new Quad(GRAPH, node, property, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger)));
    }
}
