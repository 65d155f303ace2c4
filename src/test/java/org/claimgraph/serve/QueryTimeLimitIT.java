package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.resultset.ResultSetException;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query time limit holds for every query shape, over HTTP against the embedded Fuseki with a
 * 2-second limit and 100,000 triples: each query below would run far longer (the sort of the first
 * one ran 31 s with the limit checked only between rows, and its answer then streamed out truncated)
 * and must be refused with an HTTP error soon after the limit.
 */
class QueryTimeLimitIT {

    static final Duration LIMIT = Duration.ofSeconds(2);
    /**
     * The limit plus 6 s (it was 10 s). Measured in this class with a load average of 18 on 2
     * cores: eight shapes stop at 2.0-3.6 s, the sort by a hash and the `*` closure at 5.1 s. The
     * closure's overrun is ARQ's: a path from an unbound start is checked for the limit between
     * start nodes only, and one closure over this graph's 50,000 linked nodes runs to its end.
     */
    static final Duration REFUSED_WITHIN = LIMIT.plusSeconds(6);

    @TempDir
    static Path dir;
    static SparqlServer server;
    static String endpoint;

    @BeforeAll
    static void serveManyTriples() {
        // no row cap in the way: the limit is what stops these answers
        server = SparqlServer.builder().storeDir(dir.resolve("store")).port(0).queryTimeout(LIMIT)
                .maxResultRows(Long.MAX_VALUE - 1).build().start();
        endpoint = "http://localhost:" + server.port() + "/" + server.serviceName() + "/sparql";
        DatasetGraph dsg = server.dataset();
        Node g = NodeFactory.createURI("urn:test:graph");
        Node p = NodeFactory.createURI("urn:test:p");
        Node next = NodeFactory.createURI("urn:test:next");
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 50_000; i++) {
                Node s = NodeFactory.createURI("urn:test:s" + i);
                dsg.add(g, s, p, NodeFactory.createLiteralString("v" + i));
                dsg.add(g, s, next, NodeFactory.createURI("urn:test:s" + ((i * 7 + 1) % 50_000)));
            }
        });
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static void refusedSoonAfterTheLimit(String query) {
        long start = System.nanoTime();
        // refused (503) before any row went out, or, when rows were already streaming, the answer is
        // cut off (the status was sent with the first rows): either way the client gets an error
        RuntimeException stopped = assertThrows(RuntimeException.class, () -> {
            try (QueryExecution exec = QueryExecutionHTTP.service(endpoint).query(query).build()) {
                ResultSet rows = exec.execSelect();
                while (rows.hasNext()) {
                    rows.next();
                }
            }
        }, query);
        assertTrue(stopped instanceof QueryExceptionHTTP || stopped instanceof ResultSetException, query + ": " + stopped);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(REFUSED_WITHIN) < 0, query + " was refused only after " + took);
    }

    @Test
    void aSortOfAnAnswerThatCameFastIsStoppedAtTheLimit() {
        refusedSoonAfterTheLimit("SELECT ?s ?o { ?s ?p ?o } ORDER BY (SHA512(CONCAT(STR(?s), STR(?o))))");
    }

    @Test
    void aDistinctSortIsStoppedAtTheLimit() {
        // no LIMIT: with one, ARQ keeps only the top rows and a fast machine may finish within the limit
        refusedSoonAfterTheLimit("SELECT DISTINCT ?s ?o { ?s ?p ?o } ORDER BY (SHA512(CONCAT(STR(?s), STR(?o))))");
    }

    @Test
    void aCrossJoinIsStoppedAtTheLimit() {
        refusedSoonAfterTheLimit("SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d FILTER (STR(?b) = CONCAT(STR(?d), \"x\")) }");
    }

    @Test
    void aGroupingOfACrossJoinIsStoppedAtTheLimit() {
        refusedSoonAfterTheLimit("SELECT ?b (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d } GROUP BY ?b");
    }

    @Test
    void aSortOfACrossProductIsStoppedAtTheLimit() {
        refusedSoonAfterTheLimit("SELECT ?a ?c { ?a <urn:test:p> ?b . ?c <urn:test:p> ?d } ORDER BY ?b ?d");
    }

    @Test
    void aDistinctOverACrossProductIsStoppedAtTheLimit() {
        refusedSoonAfterTheLimit("SELECT DISTINCT ?b ?d { ?a <urn:test:p> ?b . ?c <urn:test:p> ?d }");
    }

    @Test
    void aFilterOverACrossProductIsStoppedAtTheLimit() {
        refusedSoonAfterTheLimit("SELECT ?a ?c { ?a <urn:test:p> ?b . ?c <urn:test:p> ?d FILTER (STRLEN(?b) + STRLEN(?d) = 1) }");
    }

    @Test
    void aCountOfDistinctPairsIsStoppedAtTheLimit() {
        refusedSoonAfterTheLimit("SELECT (COUNT(DISTINCT CONCAT(?b, ?d)) AS ?n) { ?a <urn:test:p> ?b . ?c <urn:test:p> ?d }");
    }

    @Test
    void aOneOrMorePathIsStoppedAtTheLimit() {
        refusedSoonAfterTheLimit("SELECT ?a ?b { ?a <urn:test:next>+ ?b }");
    }

    @Test
    void aPathClosureIsStoppedAtTheLimit() {
        refusedSoonAfterTheLimit("SELECT (COUNT(*) AS ?n) { ?a (<urn:test:next>|^<urn:test:next>)* ?b }");
    }
}
