package org.claimgraph.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Span;
import org.claimgraph.rdf.ArticleRdf;
import org.claimgraph.rdf.vocab.CG;

/**
 * The {@code actors} and {@code locations} exports, one entity at a time: the entities are listed and
 * sorted by label, then each one's mentions are read (in article and offset order) and its record
 * written, the mentions streamed. What is held at once is one entity's mentions, not the store's.
 */
final class EntityExport {

    private static final String ENTITIES = StoreExporter.PREFIXES + """
            SELECT DISTINCT ?entity WHERE { GRAPH ?g { ?m cg:refersTo ?entity . ?a cg:articleId ?id } }
            """;
    /**
     * An entity's mentions (one row per entity, use and wording in an article, its places in cg:spans),
     * the words naming a speaker left out (they have no cg:spans); ?entity (and ?id for one article) bound.
     * The wording is stated only where it is not the entity's label: else the label of the article's
     * graph (an entity it introduced) or of the gazetteer.
     */
    private static final String MENTIONS = StoreExporter.PREFIXES + """
            SELECT ?id ?text ?spans ?use WHERE {
              GRAPH ?g {
                ?m cg:refersTo ?entity ; cg:spans ?spans .
                OPTIONAL { ?m cg:usedAs ?use }
                OPTIONAL { ?m cg:mentionText ?stated }
                OPTIONAL { ?entity rdfs:label ?own }
                ?a cg:articleId ?id .
              }
              OPTIONAL { GRAPH <https://w3id.org/claimgraph/graph/reference> { ?entity rdfs:label ?gazetteer } }
              BIND(COALESCE(?stated, STR(?own), STR(?gazetteer)) AS ?text)
            }
            """;

    /** One mention as the record lists it. */
    private record Mention(String articleId, String text, int begin, int end) {
    }

    private final DatasetGraph dataset;
    private final StoreExporter.Select select;
    private final ArticleRefs refs;
    private final EntityJson entities;

    EntityExport(DatasetGraph dataset, StoreExporter.Select select, ArticleRefs refs) {
        this.dataset = dataset;
        this.select = select;
        this.refs = refs;
        this.entities = new EntityJson(dataset.getUnionGraph());
    }

    /** One record per entity that some mention uses as {@code kind}, by label: its description, its articles and mentions. */
    void export(EntityType.Kind kind, Optional<String> articleId, RecordSink sink) {
        List<Map.Entry<String, String>> byLabel = new ArrayList<>();
        select.rows(ENTITIES, articleId, Map.of(), row -> {
            String iri = row.getResource("entity").getURI();
            byLabel.add(Map.entry(entities.describe(iri, kind).get("label").asText(), iri));
        });
        byLabel.sort(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry::getValue));
        for (Map.Entry<String, String> e : byLabel) {
            String iri = e.getValue();
            EntityType.Kind usual = entities.types(iri).stream().anyMatch(t -> !t.isPlace()) ? EntityType.Kind.ACTOR : EntityType.Kind.PLACE;
            List<Mention> mentions = new ArrayList<>();
            Map<String, String> ids = new HashMap<>();
            select.rows(MENTIONS, articleId, Map.of("entity", NodeFactory.createURI(iri)), row -> {
                // the use is stored where the entity's kind does not tell it (ArticleRdf.useGoesWithoutSaying)
                EntityType.Kind use = row.contains("use")
                        ? row.getResource("use").getURI().equals(CG.Location.getURI()) ? EntityType.Kind.PLACE : EntityType.Kind.ACTOR
                        : usual;
                if (use == kind) {
                    String id = ids.computeIfAbsent(articleId.orElseGet(() -> row.getLiteral("id").getLexicalForm()), x -> x);
                    String text = row.getLiteral("text").getLexicalForm();
                    for (Span span : ArticleRdf.parseSpans(row.getLiteral("spans").getLexicalForm())) {
                        mentions.add(new Mention(id, text, span.begin(), span.end()));
                    }
                }
            });
            if (mentions.isEmpty()) {
                continue;
            }
            mentions.sort(Comparator.comparing(Mention::articleId).thenComparingInt(Mention::begin).thenComparingInt(Mention::end));
            ObjectNode head = entities.describe(iri, kind);
            Set<String> articles = new LinkedHashSet<>();
            mentions.forEach(m -> articles.add(m.articleId()));
            head.put("articles", articles.size());
            sink.record(head, "mentions", mentions.stream().map(this::json).iterator());
        }
    }

    private ObjectNode json(Mention m) {
        ObjectNode o = GraphView.JSON.objectNode();
        o.set("article", refs.of(m.articleId()));
        o.put("text", m.text());
        o.putArray("span").add(m.begin()).add(m.end());
        return o;
    }
}
