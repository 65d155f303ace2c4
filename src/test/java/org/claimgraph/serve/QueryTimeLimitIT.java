package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
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
 * and must be refused with 503 soon after the limit, and its evaluation on the server must
 * have ended by then (not only the client's wait).
 */
class QueryTimeLimitIT {

    static final Duration LIMIT = Duration.ofSeconds(2);
    /**
     * The promise of the README: limit + 2 s. Before the path engine and the sort checked the
     * query's cancel signal ({@link CancellableOpExecutor}), a two-way `*` closure and a sort by a
     * hash stopped only at 5.1 s (load average 18 on 2 cores): ARQ checked a closure between start
     * nodes only and a sort between chunks only.
     */
    static final Duration REFUSED_WITHIN = LIMIT.plusSeconds(2);
    /** How long after the client's refusal the server may still be evaluating the query. */
    static final Duration STOPPED_WITHIN = Duration.ofSeconds(1);

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
        // The limit runs from the start of a query's evaluation; the first request of a fresh JVM spends
        // over a second loading classes before that (measured: a closure refused at 3.9 s cold, 2.1 s warm).
        try (QueryExecution warm = QueryExecutionHTTP.service(endpoint)
                .query("SELECT (COUNT(*) AS ?n) { ?a <urn:test:next>* ?b FILTER (?a = <urn:test:s0>) } LIMIT 1").build()) {
            warm.execSelect().forEachRemaining(row -> { });
        }
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static void refusedSoonAfterTheLimit(String query) {
        long start = System.nanoTime();
        // refused with 503, never an answer cut off mid-stream: the server evaluates a SELECT to its
        // end before sending its first byte (SpooledRows)
        QueryExceptionHTTP stopped = assertThrows(QueryExceptionHTTP.class, () -> {
            // the client gives up after 30 s: a query the server never stopped (the MINUS below ran
            // for over ten minutes before QueryDeadline) fails the test rather than hanging it
            try (QueryExecution exec = QueryExecutionHTTP.service(endpoint).query(query).timeout(30, TimeUnit.SECONDS).build()) {
                ResultSet rows = exec.execSelect();
                while (rows.hasNext()) {
                    rows.next();
                }
            }
        }, query);
        assertEquals(503, stopped.getStatusCode(), query + ": " + stopped);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(REFUSED_WITHIN) < 0, query + " was refused only after " + took);
        assertTrue(evaluationEnds(STOPPED_WITHIN), query + " was refused but still evaluated "
                + STOPPED_WITHIN + " later: " + evaluatingThreads());
    }

    /**
     * Whether, within {@code wait}, no thread of this JVM (the server runs in it) is inside ARQ's
     * query evaluation: a time limit that only answered the client would leave the query's thread
     * burning CPU in the engine.
     */
    private static boolean evaluationEnds(Duration wait) {
        long end = System.nanoTime() + wait.toNanos();
        while (!evaluatingThreads().isEmpty()) {
            if (System.nanoTime() > end)
                return false;
            try {
                Thread.sleep(20);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static List<String> evaluatingThreads() {
        List<String> busy = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> t : Thread.getAllStackTraces().entrySet()) {
            if (t.getKey() == Thread.currentThread())
                continue;
            for (StackTraceElement frame : t.getValue()) {
                if (frame.getClassName().startsWith("org.apache.jena.sparql.engine.")
                        || frame.getClassName().startsWith("org.apache.jena.sparql.path.")) {
                    busy.add(t.getKey().getName() + " at " + frame);
                    break;
                }
            }
        }
        return busy;
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
    void anAnswerWhoseRowsFlowFromTheStartIsRefusedNotCutOff() {
        // rows come at once and would stream for minutes: before answers were spooled, the status
        // went out with the first rows and the time limit could only break the answer off (the load
        // check saw nine such broken answers of source-comparison)
        refusedSoonAfterTheLimit("SELECT ?a ?c { ?a <urn:test:p> ?b . ?c <urn:test:p> ?d }");
    }

    // Three shapes that do their work while ARQ builds the plan, under the lock ARQ's own timer needs:
    // before QueryDeadline they ran on after the limit (on the examples store, MINUS past 40 s and
    // the OPTIONAL aggregate to 18 s with a 2 s limit).

    @Test
    void aMinusOverAFilteredCrossProductIsStoppedAtTheLimit() {
        refusedSoonAfterTheLimit("SELECT * { ?a <urn:test:p> ?b . MINUS { ?x <urn:test:p> ?y . ?w <urn:test:p> ?z "
                + "FILTER (STRLEN(?y) + STRLEN(?z) = 1) } }");
    }

    @Test
    void anAggregateSubSelectInAnOptionalIsStoppedAtTheLimit() {
        refusedSoonAfterTheLimit("SELECT ?a ?n { ?a <urn:test:p> ?b . OPTIONAL { SELECT (COUNT(*) AS ?n) "
                + "{ ?x <urn:test:p> ?y . ?w <urn:test:p> ?z } } }");
    }

    @Test
    void aFilterExistsOverACrossProductIsStoppedAtTheLimit() {
        refusedSoonAfterTheLimit("SELECT ?a { ?a <urn:test:p> ?b FILTER EXISTS { ?x <urn:test:p> ?y . ?w <urn:test:p> ?z "
                + "FILTER (STRLEN(?y) + STRLEN(?z) = 1 && ?y != ?b) } }");
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
