package org.claimgraph.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.claimgraph.domain.EntityType;

/**
 * The JSON Lines / CSV and RDF exports of a store. Each export reads in one transaction and writes
 * records as they are made: articles in publication order, attributions and quantities article by
 * article, entities and claim clusters one at a time (a long list inside a record, an entity's
 * mentions or a negotiation's developments, streamed), so the heap an export needs does not grow
 * with the store. Sorting a large answer spills to disk ({@link #SPILL}).
 */
public final class StoreExporter {

    /** The table exports. */
    public enum Table { articles, actors, locations, attributions, quantities, negotiations, claims }

    /** RDF serialisations of the whole store, named graphs included. */
    public enum RdfSyntax {
        trig(RDFFormat.TRIG_BLOCKS), nq(RDFFormat.NQUADS), jsonld(RDFFormat.JSONLD11);

        final RDFFormat format;

        RdfSyntax(RDFFormat format) {
            this.format = format;
        }
    }

    /** Rows an ORDER BY sorts in memory before it spills to temporary files. */
    static final long SPILL = 100_000;

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

    private static final String ARTICLE_IDS = PREFIXES + """
            SELECT ?id WHERE { GRAPH ?g { ?a a cg:Article ; cg:articleId ?id } } ORDER BY ?id
            """;

    /** One article's attributions (?id bound), with its text: a cue's words are read from it. */
    private static final String ATTRIBUTIONS = PREFIXES + """
            SELECT ?attribution ?text WHERE {
              GRAPH ?g {
                ?a cg:articleId ?id ; cg:text ?text .
                ?attribution cg:asserts [] ; cg:inArticle ?a ; oa:start ?begin .
              }
            } ORDER BY ?begin ?attribution
            """;

    private static final String QUANTITIES = PREFIXES + """
            SELECT ?quantity WHERE {
              GRAPH ?g {
                ?a cg:articleId ?id .
                ?quantity cg:measure [] ; cg:inArticle ?a ; oa:start ?begin .
              }
            } ORDER BY ?begin ?quantity
            """;

    private static final String DEVELOPMENTS = PREFIXES + """
            SELECT ?negotiation ?development WHERE {
              GRAPH ?g {
                ?development cg:developmentOf ?negotiation ; cg:inArticle ?article .
                ?article cg:articleId ?id .
              }
            } ORDER BY ?negotiation ?development
            """;

    private static final String VENUES = PREFIXES + """
            SELECT ?negotiation ?venue (COUNT(DISTINCT ?g) AS ?articles) WHERE {
              GRAPH ?g { ?negotiation cg:venue ?venue . ?a cg:articleId ?id }
            } GROUP BY ?negotiation ?venue
            """;

    /** The claim clusters, the most widely carried first (the tracer keeps each one's article count). */
    private static final String CLUSTERS = PREFIXES + """
            SELECT ?cluster WHERE { ?cluster cg:articleCount ?articles ; a cg:ClaimCluster } ORDER BY DESC(?articles) ?cluster
            """;

    /** One cluster's attributions (?cluster bound), oldest first. */
    private static final String CLUSTER_MEMBERS = PREFIXES + """
            SELECT ?attribution WHERE {
              ?member cg:inCluster ?cluster . ?attribution cg:asserts ?member ; cg:inArticle ?a ; oa:start ?begin .
              ?a cg:articleId ?id .
              OPTIONAL { ?a schema:datePublished ?date }
            } ORDER BY str(?date) ?id ?begin
            """;

    private final DatasetGraph dataset;
    private final Select select;

    public StoreExporter(DatasetGraph dataset) {
        this.dataset = dataset;
        this.select = new Select(dataset);
    }

    /** The records of a table for the whole store, in memory (for small stores: scoring against gold). */
    public List<ObjectNode> table(Table table) {
        return Txn.calculateRead(dataset, () -> records(table, Optional.empty()));
    }

    /** Writes a table of the whole store, record by record. */
    public void exportTable(Table table, JsonLines.Format format, OutputStream out) {
        RecordWriter writer = new RecordWriter(format, out, table);
        Txn.executeRead(dataset, () -> produce(table, Optional.empty(), writer));
        writer.flush();
    }

    /** The records of one table, for the whole store or one article; call inside a read transaction. */
    List<ObjectNode> records(Table table, Optional<String> articleId) {
        RecordSink.Collecting sink = RecordSink.collecting();
        produce(table, articleId, sink);
        return sink.records();
    }

    private void produce(Table table, Optional<String> articleId, RecordSink sink) {
        ArticleRefs refs = new ArticleRefs(dataset);
        switch (table) {
            case articles -> articles(articleId, sink);
            case actors -> new EntityExport(dataset, select, refs).export(EntityType.Kind.ACTOR, articleId, sink);
            case locations -> new EntityExport(dataset, select, refs).export(EntityType.Kind.PLACE, articleId, sink);
            case attributions -> attributions(articleId, refs, sink);
            case quantities -> quantities(articleId, refs, sink);
            case negotiations -> negotiations(articleId, refs, sink);
            case claims -> claims(sink);
        }
    }

    /**
     * Writes the whole store as RDF. TriG and N-Quads stream; JSON-LD is written graph by graph, as a
     * JSON array holding one document per named graph, so no serialisation holds the whole store.
     * N-Quads come graph by graph too, each graph's quads in one block, so that {@code claimgraph load}
     * can take the file back one article at a time (the store's own order interleaves the graphs).
     */
    public void exportRdf(RdfSyntax syntax, OutputStream out) {
        if (syntax == RdfSyntax.jsonld) {
            Txn.executeRead(dataset, () -> JsonLdByGraph.write(dataset, out));
        } else if (syntax == RdfSyntax.nq) {
            Txn.executeRead(dataset, () -> {
                StreamRDF nquads = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                nquads.start();
                dataset.getDefaultGraph().find().forEachRemaining(nquads::triple);
                dataset.listGraphNodes().forEachRemaining(g -> dataset.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(nquads::quad));
                nquads.finish();
            });
        } else {
            Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset, syntax.format));
        }
    }

    private void articles(Optional<String> articleId, RecordSink sink) {
        select.rows(ARTICLES, articleId, Map.of(), row -> {
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
            sink.record(o);
        });
    }

    /** Each article's id, in order: the exports that go article by article follow it. */
    private void eachArticle(Optional<String> articleId, Consumer<String> each) {
        if (articleId.isPresent()) {
            each.accept(articleId.get());
            return;
        }
        select.rows(ARTICLE_IDS, Optional.empty(), Map.of(), row -> each.accept(text(row, "id")));
    }

    private void attributions(Optional<String> articleId, ArticleRefs refs, RecordSink sink) {
        AttributionJson json = new AttributionJson(dataset.getUnionGraph());
        eachArticle(articleId, id -> select.rows(ATTRIBUTIONS, Optional.of(id), Map.of(), row ->
                sink.record(json.describe(row.getResource("attribution").asNode(), refs.of(id), row.getLiteral("text").getString()))));
    }

    private void quantities(Optional<String> articleId, ArticleRefs refs, RecordSink sink) {
        EventJson json = new EventJson(dataset.getUnionGraph());
        eachArticle(articleId, id -> select.rows(QUANTITIES, Optional.of(id), Map.of(), row ->
                sink.record(json.quantity(row.getResource("quantity").asNode(), refs.of(id)))));
    }

    private void negotiations(Optional<String> articleId, ArticleRefs refs, RecordSink sink) {
        Map<Node, List<Node>> byNegotiation = new LinkedHashMap<>();
        select.rows(DEVELOPMENTS, articleId, Map.of(), row -> byNegotiation.computeIfAbsent(row.getResource("negotiation").asNode(),
                k -> new ArrayList<>()).add(row.getResource("development").asNode()));
        Map<String, Map<String, Integer>> venues = new HashMap<>();
        select.rows(VENUES, articleId, Map.of(), row -> venues.computeIfAbsent(row.getResource("negotiation").getURI(), k -> new HashMap<>())
                .put(row.getResource("venue").getURI(), row.getLiteral("articles").getInt()));
        EventJson json = new EventJson(dataset.getUnionGraph());
        byNegotiation.forEach((n, developments) -> sink.record(json.negotiation(n, venues.getOrDefault(n.getURI(), Map.of())),
                "developments", json.developments(developments, refs::ofArticle).iterator()));
    }

    /** One record per claim cluster, the most widely carried first. */
    private void claims(RecordSink sink) {
        ClaimJson json = new ClaimJson(dataset.getUnionGraph());
        select.rows(CLUSTERS, Optional.empty(), Map.of(), cluster -> {
            List<Node> members = new ArrayList<>();
            select.rows(CLUSTER_MEMBERS, Optional.empty(), Map.of("cluster", cluster.getResource("cluster").asNode()),
                    row -> members.add(row.getResource("attribution").asNode()));
            if (!members.isEmpty()) {
                sink.record(json.describe(cluster.getResource("cluster").asNode(), members));
            }
        });
    }

    private static String text(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    /** Runs the exports' SELECTs, parsed once, with {@code ?id} bound to one article's id when given. */
    static final class Select {
        private final DatasetGraph dataset;
        private final Map<String, Query> parsed = new HashMap<>();

        Select(DatasetGraph dataset) {
            this.dataset = dataset;
        }

        void rows(String sparql, Optional<String> articleId, Map<String, Node> bound, Consumer<QuerySolution> each) {
            Query query = parsed.computeIfAbsent(sparql, QueryFactory::create);
            Map<Var, Node> values = new HashMap<>();
            articleId.ifPresent(id -> values.put(Var.alloc("id"), NodeFactory.createLiteralString(id)));
            bound.forEach((k, v) -> values.put(Var.alloc(k), v));
            Query q = values.isEmpty() ? query : QueryTransformOps.syntaxSubstitute(query, values);
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(q)
                    .set(ARQ.spillToDiskThreshold, SPILL).build()) {
                exec.execSelect().forEachRemaining(each);
            }
        }
    }
}
