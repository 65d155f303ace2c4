package org.claimgraph.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.Vocab;

/**
 * The article references exports embed ({@code id}, {@code url}, {@code publisher},
 * {@code published}), read from each article's own graph and kept for the most recently used
 * articles only, so an export of any size holds a bounded number.
 */
final class ArticleRefs {

    private static final int KEPT = 10_000;

    private final DatasetGraph dataset;
    private final Map<String, ObjectNode> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ObjectNode> eldest) {
            return size() > KEPT;
        }
    };

    ArticleRefs(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The reference of the article with this id (call inside a read transaction). */
    ObjectNode of(String id) {
        return recent.computeIfAbsent(id, this::read);
    }

    /** The reference of the article node {@code article} (its IRI ends in its id). */
    ObjectNode ofArticle(Node article) {
        return of(article.getURI().substring(article.getURI().lastIndexOf('/') + 1));
    }

    private ObjectNode read(String id) {
        Graph g = dataset.getGraph(Iris.articleGraph(id));
        Node article = Iris.article(id);
        ObjectNode ref = GraphView.JSON.objectNode();
        ref.put("id", id);
        ref.put("url", value(g, article, Vocab.SCHEMA_URL).orElse(null));
        ref.put("publisher", g.find(article, Vocab.SCHEMA_PUBLISHER, Node.ANY).nextOptional()
                .flatMap(p -> value(g, p.getObject(), RDFS.label.asNode())).orElse(null));
        ref.put("published", value(g, article, Vocab.SCHEMA_DATE_PUBLISHED).orElse(null));
        return ref;
    }

    private static Optional<String> value(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).nextOptional().map(Triple::getObject).map(Node::getLiteralLexicalForm);
    }
}
