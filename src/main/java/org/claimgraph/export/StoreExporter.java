package org.claimgraph.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.claimgraph.domain.EntityType;
import org.claimgraph.rdf.vocab.CG;

/** The JSON Lines / CSV and RDF exports of a store. Each export reads in one transaction. */
public final class StoreExporter {

    /** The table exports that exist so far; later issues add attributions, claims, quantities, negotiations. */
    public enum Table { articles, actors, locations, attributions, quantities, negotiations, claims }

    /** RDF serialisations of the whole store, named graphs included. */
    public enum RdfSyntax {
        trig(RDFFormat.TRIG_BLOCKS), nq(RDFFormat.NQUADS), jsonld(RDFFormat.JSONLD11);

        final RDFFormat format;

        RdfSyntax(RDFFormat format) {
            this.format = format;
        }
    }

    static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX schema: <http://schema.org/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            """;

    private static final String ARTICLES = PREFIXES + """
            SELECT ?g ?id ?url ?file ?title ?publisher ?published ?chars ?dups WHERE {
              GRAPH ?g {
                ?a a cg:Article ; cg:articleId ?id ; cg:charCount ?chars ; cg:duplicateParagraphs ?dups .
                OPTIONAL { ?a schema:url ?url }
                OPTIONAL { ?a cg:sourceFile ?file }
                OPTIONAL { ?a dcterms:title ?title }
                OPTIONAL { ?a schema:publisher/rdfs:label ?publisher }
                OPTIONAL { ?a schema:datePublished ?published }
              }
            } ORDER BY str(?published) ?id
            """;

    private static final String MENTIONS = PREFIXES + """
            SELECT ?id ?entity ?text ?begin ?end ?use WHERE {
              GRAPH ?g {
                ?m cg:refersTo ?entity ; cg:mentionText ?text ; oa:start ?begin ; oa:end ?end .
                OPTIONAL { ?m cg:usedAs ?use }
                ?a cg:articleId ?id .
                FILTER NOT EXISTS { ?attribution cg:sourceMention ?m }
              }
            }
            """;

    private static final String ATTRIBUTIONS = PREFIXES + """
            SELECT ?id ?attribution ?begin ?text WHERE {
              GRAPH ?g {
                ?attribution a cg:Attribution ; cg:inArticle ?a ; oa:start ?begin .
                ?a cg:articleId ?id ; cg:text ?text .
              }
            } ORDER BY ?id ?begin ?attribution
            """;

    private static final String QUANTITIES = PREFIXES + """
            SELECT ?id ?quantity ?begin WHERE {
              GRAPH ?g {
                ?quantity a cg:Quantity ; cg:inArticle ?a ; oa:start ?begin .
                ?a cg:articleId ?id .
              }
            } ORDER BY ?id ?begin ?quantity
            """;

    private static final String DEVELOPMENTS = PREFIXES + """
            SELECT ?id ?negotiation ?development ?article WHERE {
              GRAPH ?g {
                ?development a cg:Development ; cg:developmentOf ?negotiation ; cg:inArticle ?article .
                ?article cg:articleId ?id .
              }
            } ORDER BY ?negotiation ?development
            """;

    private static final String VENUES = PREFIXES + """
            SELECT ?negotiation ?venue (COUNT(DISTINCT ?g) AS ?articles) WHERE {
              GRAPH ?g { ?negotiation a cg:Negotiation ; cg:venue ?venue . ?a cg:articleId ?id }
            } GROUP BY ?negotiation ?venue
            """;

    private static final String CLUSTER_MEMBERS = PREFIXES + """
            SELECT ?cluster ?attribution WHERE {
              ?attribution a cg:Attribution ; cg:asserts/cg:inCluster ?cluster ; cg:inArticle ?a ; oa:start ?begin .
              ?a cg:articleId ?id .
              OPTIONAL { ?a schema:datePublished ?date }
            } ORDER BY ?cluster str(?date) ?id ?begin
            """;

    private final DatasetGraph dataset;

    public StoreExporter(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The records of a table for the whole store, read in one transaction. */
    public List<ObjectNode> table(Table table) {
        return Txn.calculateRead(dataset, () -> records(table, Optional.empty()));
    }

    public void exportTable(Table table, JsonLines.Format format, OutputStream out) {
        JsonLines.write(Txn.calculateRead(dataset, () -> records(table, Optional.empty())), format, out);
    }

    /** The records of one table, for the whole store or one article; call inside a read transaction. */
    List<ObjectNode> records(Table table, Optional<String> articleId) {
        return switch (table) {
            case articles -> articles(articleId);
            case actors -> entities(EntityType.Kind.ACTOR, articleId);
            case locations -> entities(EntityType.Kind.PLACE, articleId);
            case attributions -> attributions(articleId);
            case quantities -> quantities(articleId);
            case negotiations -> negotiations(articleId);
            case claims -> claims();
        };
    }

    public void exportRdf(RdfSyntax syntax, OutputStream out) {
        Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset, syntax.format));
    }

    private List<ObjectNode> articles(Optional<String> articleId) {
        List<ObjectNode> records = new ArrayList<>();
        select(ARTICLES, articleId, row -> {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.put("id", articleId.orElseGet(() -> text(row, "id")));
            o.put("url", text(row, "url"));
            o.put("file", text(row, "file"));
            o.put("title", text(row, "title"));
            o.put("publisher", text(row, "publisher"));
            o.put("published", text(row, "published"));
            o.put("graph", row.getResource("g").getURI());
            o.put("chars", row.getLiteral("chars").getLong());
            o.put("duplicate_paragraphs", row.getLiteral("dups").getLong());
            records.add(o);
        });
        return records;
    }

    /** The article references that exports embed: {@code id}, {@code url}, {@code publisher}, {@code published}. */
    private Map<String, ObjectNode> articleRefs(Optional<String> articleId) {
        Map<String, ObjectNode> refs = new LinkedHashMap<>();
        for (ObjectNode a : articles(articleId)) {
            ObjectNode ref = JsonNodeFactory.instance.objectNode();
            ref.set("id", a.get("id"));
            ref.set("url", a.get("url"));
            ref.set("publisher", a.get("publisher"));
            ref.set("published", a.get("published"));
            refs.put(a.get("id").asText(), ref);
        }
        return refs;
    }

    private List<ObjectNode> entities(EntityType.Kind kind, Optional<String> articleId) {
        Map<String, ObjectNode> refs = articleRefs(articleId);
        List<EntityRecords.MentionRow> rows = new ArrayList<>();
        EntityJson entities = new EntityJson(dataset.getUnionGraph());
        select(MENTIONS, articleId, row -> {
            String id = articleId.orElseGet(() -> text(row, "id"));
            // the use is stored where the entity's kind does not tell it (ArticleRdf.useGoesWithoutSaying)
            EntityType.Kind use = row.contains("use")
                    ? row.getResource("use").getURI().equals(CG.Location.getURI()) ? EntityType.Kind.PLACE : EntityType.Kind.ACTOR
                    : entities.types(row.getResource("entity").getURI()).stream().anyMatch(t -> !t.isPlace())
                            ? EntityType.Kind.ACTOR : EntityType.Kind.PLACE;
            rows.add(new EntityRecords.MentionRow(row.getResource("entity").getURI(), id, refs.get(id),
                    text(row, "text"), row.getLiteral("begin").getInt(), row.getLiteral("end").getInt(), use));
        });
        return EntityRecords.build(rows, entities, kind);
    }

    private List<ObjectNode> attributions(Optional<String> articleId) {
        Map<String, ObjectNode> refs = articleRefs(articleId);
        AttributionJson json = new AttributionJson(dataset.getUnionGraph());
        List<ObjectNode> records = new ArrayList<>();
        select(ATTRIBUTIONS, articleId, row -> {
            String id = articleId.orElseGet(() -> text(row, "id"));
            records.add(json.describe(row.getResource("attribution").asNode(), refs.get(id), row.getLiteral("text").getString()));
        });
        return records;
    }

    private List<ObjectNode> quantities(Optional<String> articleId) {
        Map<String, ObjectNode> refs = articleRefs(articleId);
        EventJson json = new EventJson(dataset.getUnionGraph());
        List<ObjectNode> records = new ArrayList<>();
        select(QUANTITIES, articleId, row -> {
            String id = articleId.orElseGet(() -> text(row, "id"));
            records.add(json.quantity(row.getResource("quantity").asNode(), refs.get(id)));
        });
        return records;
    }

    private List<ObjectNode> negotiations(Optional<String> articleId) {
        Map<String, ObjectNode> refs = articleRefs(Optional.empty());
        Map<Node, List<Node>> byNegotiation = new LinkedHashMap<>();
        Map<Node, String> articleIds = new HashMap<>();
        select(DEVELOPMENTS, articleId, row -> {
            byNegotiation.computeIfAbsent(row.getResource("negotiation").asNode(), k -> new ArrayList<>())
                    .add(row.getResource("development").asNode());
            articleIds.put(row.getResource("article").asNode(), articleId.orElseGet(() -> text(row, "id")));
        });
        Map<String, Map<String, Integer>> venues = new HashMap<>();
        select(VENUES, articleId, row -> venues.computeIfAbsent(row.getResource("negotiation").getURI(), k -> new HashMap<>())
                .put(row.getResource("venue").getURI(), row.getLiteral("articles").getInt()));
        EventJson json = new EventJson(dataset.getUnionGraph());
        List<ObjectNode> records = new ArrayList<>();
        byNegotiation.forEach((n, developments) -> records.add(json.negotiation(n, developments,
                article -> refs.get(articleIds.get(article)), venues.getOrDefault(n.getURI(), Map.of()))));
        return records;
    }

    /** One record per claim cluster, the most widely carried first. */
    private List<ObjectNode> claims() {
        Map<Node, List<Node>> members = new LinkedHashMap<>();
        select(CLUSTER_MEMBERS, Optional.empty(), row -> members.computeIfAbsent(row.getResource("cluster").asNode(),
                k -> new ArrayList<>()).add(row.getResource("attribution").asNode()));
        ClaimJson json = new ClaimJson(dataset.getUnionGraph());
        List<ObjectNode> records = new ArrayList<>();
        members.forEach((cluster, attributions) -> records.add(json.describe(cluster, attributions)));
        records.sort(Comparator.comparingInt((ObjectNode o) -> -o.get("articles").asInt())
                .thenComparing(o -> o.get("iri").asText()));
        return records;
    }

    /** Runs a SELECT, with {@code ?id} bound to one article's id when given. */
    private void select(String sparql, Optional<String> articleId, Consumer<QuerySolution> each) {
        Query query = QueryFactory.create(sparql);
        if (articleId.isPresent()) {
            query = QueryTransformOps.syntaxSubstitute(query, Map.of(Var.alloc("id"), NodeFactory.createLiteralString(articleId.get())));
        }
        try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
            ResultSet rs = exec.execSelect();
            rs.forEachRemaining(each);
        }
    }

    private static String text(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
