package org.claimgraph.tally;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.domain.Span;
import org.claimgraph.rdf.ArticleRdf;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.vocab.CG;

/**
 * One article's part in the {@link Tallies}, read from its graph alone (and the labels of the
 * reference data): which pairs of names stand in one of its sentences and how often, which speaker
 * makes claims about whom and how often, its publisher and date. A pure function of the graph, so a
 * replaced article's old part can be taken back exactly.
 *
 * @param coMentions label pair (first &lt; second) → sentences naming both
 * @param speakerTopics (speaker label, about label) → claims
 */
record ArticlePart(Map<List<Node>, Integer> coMentions, Map<List<Node>, Integer> speakerTopics, Optional<Node> publisherLabel,
        Optional<String> published) {

    /**
     * Reads the part of the article whose graph is {@code article}.
     *
     * @param reference the reference graph, for the labels of the entities it describes
     */
    static ArticlePart of(Graph article, Graph reference) {
        Map<Node, Set<Node>> labels = new HashMap<>();
        return new ArticlePart(coMentions(article, reference, labels), speakerTopics(article, reference, labels),
                publisher(article), published(article));
    }

    /** Names in one sentence: every place of an entity mention (not the words naming a speaker), placed in its sentence by its offsets. */
    private static Map<List<Node>, Integer> coMentions(Graph g, Graph reference, Map<Node, Set<Node>> labels) {
        List<int[]> sentences = new ArrayList<>();
        g.find(Node.ANY, CG.sentenceSpans.asNode(), Node.ANY).forEachRemaining(t -> {
            for (Span s : ArticleRdf.parseSpans(t.getObject().getLiteralLexicalForm())) {
                sentences.add(new int[] {s.begin(), s.end()});
            }
        });
        Map<Integer, Set<Node>> bySentence = new HashMap<>();
        // entity mentions only: the words naming a speaker have no cg:spans
        g.find(Node.ANY, CG.spans.asNode(), Node.ANY).forEachRemaining(t -> {
            List<Span> places = ArticleRdf.parseSpans(t.getObject().getLiteralLexicalForm());
            g.find(t.getSubject(), CG.refersTo.asNode(), Node.ANY).forEachRemaining(ref -> {
                for (Span m : places) {
                    for (int i = 0; i < sentences.size(); i++) {
                        int[] s = sentences.get(i);
                        if (s[0] <= m.begin() && m.end() <= s[1]) {
                            bySentence.computeIfAbsent(i, k -> new HashSet<>()).add(ref.getObject());
                            break;
                        }
                    }
                }
            });
        });
        Map<List<Node>, Integer> out = new HashMap<>();
        for (Set<Node> entities : bySentence.values()) {
            Set<List<Node>> pairs = new HashSet<>(); // a sentence counts once per pair of names
            for (Node a : entities) {
                for (Node b : entities) {
                    for (Node la : labels(a, g, reference, labels)) {
                        for (Node lb : labels(b, g, reference, labels)) {
                            if (la.getLiteralLexicalForm().compareTo(lb.getLiteralLexicalForm()) < 0) {
                                pairs.add(List.of(la, lb));
                            }
                        }
                    }
                }
            }
            pairs.forEach(p -> out.merge(p, 1, Integer::sum));
        }
        return out;
    }

    /** Who makes claims about whom: the speaker's label against each label of what the claim is about. */
    private static Map<List<Node>, Integer> speakerTopics(Graph g, Graph reference, Map<Node, Set<Node>> labels) {
        Map<List<Node>, Integer> out = new HashMap<>();
        g.find(Node.ANY, CG.asserts.asNode(), Node.ANY).forEachRemaining(t -> {
            Set<List<Node>> pairs = new HashSet<>(); // a claim counts once per pair
            g.find(t.getSubject(), CG.source.asNode(), Node.ANY).forEachRemaining(source -> g.find(t.getObject(), CG.about.asNode(), Node.ANY)
                    .forEachRemaining(about -> {
                        for (Node speaker : labels(source.getObject(), g, reference, labels)) {
                            for (Node topic : labels(about.getObject(), g, reference, labels)) {
                                if (!speaker.getLiteralLexicalForm().equals(topic.getLiteralLexicalForm())) {
                                    pairs.add(List.of(speaker, topic));
                                }
                            }
                        }
                    }));
            pairs.forEach(p -> out.merge(p, 1, Integer::sum));
        });
        return out;
    }

    private static Optional<Node> publisher(Graph g) {
        return g.find(Node.ANY, Vocab.SCHEMA_PUBLISHER, Node.ANY).nextOptional()
                .flatMap(t -> g.find(t.getObject(), RDFS.label.asNode(), Node.ANY).nextOptional()).map(Triple::getObject);
    }

    private static Optional<String> published(Graph g) {
        return g.find(Node.ANY, Vocab.SCHEMA_DATE_PUBLISHED, Node.ANY).nextOptional().map(t -> t.getObject().getLiteralLexicalForm());
    }

    /** An entity's labels: from the article's graph (an entity it introduced, an unnamed source) and the reference data. */
    private static Set<Node> labels(Node entity, Graph g, Graph reference, Map<Node, Set<Node>> cache) {
        return cache.computeIfAbsent(entity, e -> {
            Set<Node> out = new LinkedHashSet<>();
            g.find(e, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
            reference.find(e, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
            return out;
        });
    }
}
