package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.claimgraph.ingest.ArticleIds;
import org.claimgraph.ingest.Inputs;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.pipeline.IngestSummary;
import org.claimgraph.pipeline.Ingester;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.query.CannedQuery;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.claimgraph.link.DatasetImporter;
import org.claimgraph.link.EventLinker;
import org.claimgraph.link.GdeltEvents;
import org.claimgraph.link.UcdpGed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples (and the seed, when present) ingested into an on-disk store and served by Fuseki on
 * a free port; everything checked over HTTP.
 */
class ServedExamplesIT {

    static final Path SEED = Path.of("../shared/seeds/000_d58e267aacdc5ee2.txt");
    static final String PREFIXES = "PREFIX cg: <https://w3id.org/claimgraph/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    @TempDir
    static Path tmp;
    static SparqlServer server;
    static String endpoint;
    static ReferenceData reference;
    static NlpModels models;
    static IngestSummary examples;

    @BeforeAll
    static void serve() {
        server = SparqlServer.builder().storeDir(tmp.resolve("store")).port(0).build().start();
        endpoint = "http://localhost:" + server.port() + "/" + server.serviceName() + "/sparql";
        reference = ReferenceData.load();
        models = NlpModels.loadEnglish();
        List<String> inputs = new ArrayList<>(List.of("examples"));
        if (Files.isRegularFile(SEED)) {
            inputs.add(SEED.toString());
        }
        examples = ingest(inputs);
        try {
            new DatasetImporter(server.dataset(), new GdeltEvents(), reference)
                    .importFiles(List.of(Path.of("examples/datasets/gdelt-events.tsv")), problem -> { }, rows -> { });
            new DatasetImporter(server.dataset(), new UcdpGed(), reference)
                    .importFiles(List.of(Path.of("examples/datasets/ucdp-ged.csv")), problem -> { }, rows -> { });
            new EventLinker(reference).update(server.dataset());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Ingests into the running server's dataset, in this JVM. */
    static IngestSummary ingest(List<String> inputs) {
        return Ingester.builder()
                .store(Store.over(server.dataset()))
                .pipelines(() -> Pipeline.standard(models, reference))
                .reference(reference)
                .batchSize(5)
                .build()
                .ingest(Inputs.of(inputs, new ByteArrayInputStream(new byte[0])));
    }

    static List<QuerySolution> select(String sparql) {
        try (QueryExecution exec = QueryExecutionHTTP.service(endpoint).query(sparql).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            exec.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    static long count(String where) {
        return select(PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { " + where + " }").get(0).getLiteral("n").getLong();
    }

    @Test
    void sparqlCountsEveryArticle() {
        // the article another test ingests while serving is left out
        assertEquals(examples.stored(), count("?a a cg:Article FILTER NOT EXISTS { ?a <http://schema.org/url> \"https://late.example/1\"^^<http://www.w3.org/2001/XMLSchema#anyURI> }"));
        assertTrue(examples.stored() >= 20);
    }

    @Test
    void theSeedGraphNamesHamasIsraelAndDoha() throws IOException {
        assumeTrue(Files.isRegularFile(SEED), "seed article not present");
        String graph = Iris.articleGraph(ArticleIds.idFor(Optional.empty(), Files.readString(SEED))).getURI();
        List<QuerySolution> rows = select(PREFIXES + "SELECT DISTINCT ?label WHERE { GRAPH <" + graph + "> "
                + "{ ?m cg:refersTo ?e } ?e rdfs:label ?label }");
        Set<String> labels = new java.util.HashSet<>();
        rows.forEach(r -> labels.add(r.getLiteral("label").getString()));
        assertTrue(labels.containsAll(Set.of("Hamas", "Israel", "Doha")), labels.toString());
    }

    @Test
    void theSeedsRepeatedParagraphsGiveNoSecondSetOfMentions() throws IOException {
        assumeTrue(Files.isRegularFile(SEED), "seed article not present");
        String graph = Iris.articleGraph(ArticleIds.idFor(Optional.empty(), Files.readString(SEED))).getURI();
        // "Hamas-run health ministry" stands once in the original paragraph and once in its repeat
        // the wording is stated only where it is not the entity's label
        long ministry = count("GRAPH <" + graph + "> { ?m cg:refersTo ?e OPTIONAL { ?m cg:mentionText ?t } OPTIONAL { ?e rdfs:label ?l } "
                + "FILTER(COALESCE(?t, STR(?l)) = \"Hamas-run health ministry\") }");
        assertEquals(1, ministry);
    }

    @Test
    void everyCannedQueryRunsOverHttpAndReturnsRows() {
        QueryRunner remote = QueryRunner.remote(endpoint);
        // the explorer's queries take a cluster or an article: one of this store's, looked up by its words
        String cluster = select(PREFIXES + "SELECT ?c WHERE { ?c a cg:ClaimCluster ; cg:claimText ?t FILTER CONTAINS(?t, \"recalling its negotiators\") }")
                .get(0).getResource("c").getURI();
        String article = select(PREFIXES + "SELECT ?a WHERE { ?a cg:articleId ?id ; <http://schema.org/url> ?u FILTER CONTAINS(STR(?u), \"witkoff-hamas-reply\") }")
                .get(0).getResource("a").getURI();
        Map<String, String> samples = Map.of("name", "Hamas", "q", "ceasefire", "measure", "deaths", "place", "Gaza Strip",
                "cluster", "<" + cluster + ">", "article", "<" + article + ">");
        for (CannedQuery q : QueryCatalog.builtIn().all()) {
            Map<String, String> params = new HashMap<>();
            q.parameterNames().forEach(p -> params.put(p, samples.get(p)));
            assertTrue(remote.countRows(q.text(), params) > 0, q.name());
        }
    }

    @Test
    void anArticleIngestedWhileServingIsQueryableAtOnce() throws IOException {
        Path extra = Files.writeString(tmp.resolve("late.json"),
                "{\"url\":\"https://late.example/1\",\"publisher\":\"Late Post\",\"text\":\"Sharm el-Sheikh hosted a summit.\"}");
        IngestSummary s = ingest(List.of(extra.toString()));
        assertEquals(1, s.stored());
        assertEquals(1, count("?a a cg:Article ; <http://schema.org/publisher>/rdfs:label \"Late Post\"@en"));
    }
}
