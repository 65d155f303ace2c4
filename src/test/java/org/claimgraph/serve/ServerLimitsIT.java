package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits of the public endpoint, over HTTP with small settings: a row cap of 100 that says so,
 * one query at a time (the next answered 503 with Retry-After), a body cap of 64 KiB, and error
 * answers that show no stack trace or path of the server.
 */
class ServerLimitsIT {

    static final String USER = "editor";
    static final String PASSWORD = "s3cret-for-tests";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final int SUBJECTS = 20_000;

    @TempDir
    static Path dir;
    static SparqlServer server;
    static String base;

    @BeforeAll
    static void serve() throws Exception {
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, USER + ": " + PASSWORD + "\n");
        server = SparqlServer.builder().storeDir(dir.resolve("store")).port(0).passwordFile(passwd)
                .queryTimeout(Duration.ofSeconds(2)).maxResultRows(100).maxConcurrentQueries(1).maxBodyBytes(64 << 10)
                .build().start();
        base = "http://localhost:" + server.port() + "/claimgraph";
        DatasetGraph dsg = server.dataset();
        Node g = NodeFactory.createURI("urn:test:graph");
        Node p = NodeFactory.createURI("urn:test:p");
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < SUBJECTS; i++)
                dsg.add(g, NodeFactory.createURI("urn:test:s" + i), p, NodeFactory.createLiteralString("v" + i));
        });
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> query(String q) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int rows(HttpResponse<String> csv) {
        return (int) csv.body().lines().filter(l -> !l.isBlank()).count() - 1;
    }

    @Test
    void aLongAnswerIsCutAtTheRowCapAndSaysSo() throws Exception {
        HttpResponse<String> all = query("SELECT ?s { ?s <urn:test:p> ?o }");
        assertEquals(200, all.statusCode());
        assertEquals(100, rows(all));
        assertEquals(Optional.of("100"), all.headers().firstValue(CappedQuery.HEADER));
        assertEquals(Optional.of("true"), all.headers().firstValue(CappedQuery.CUT_HEADER));
    }

    @Test
    void anAnswerOfExactlyTheCapIsNotMarkedCut() throws Exception {
        // the cap applies (no LIMIT of its own) but nothing was left out
        HttpResponse<String> exact = query("SELECT ?s { ?s <urn:test:p> ?o } OFFSET " + (SUBJECTS - 100));
        assertEquals(100, rows(exact));
        assertEquals(Optional.of("100"), exact.headers().firstValue(CappedQuery.HEADER));
        assertTrue(exact.headers().firstValue(CappedQuery.CUT_HEADER).isEmpty(), "nothing was cut");
    }

    @Test
    void anAnswerWithinItsOwnSmallerLimitIsNotMarked() throws Exception {
        HttpResponse<String> some = query("SELECT ?s { ?s <urn:test:p> ?o } LIMIT 7");
        assertEquals(7, rows(some));
        assertTrue(some.headers().firstValue(CappedQuery.HEADER).isEmpty(), "no cap applied");
    }

    @Test
    void aQueryPastTheSlotsIsAnsweredBusyWithRetryAfter() throws Exception {
        List<Integer> seen = new ArrayList<>();
        HttpResponse<String> busy = null;
        // a cross product that runs until the 2 s limit (400 million pairs; an equality FILTER would be
        // made a join by ARQ and end at once) holds the only slot meanwhile; when a probe took the slot
        // first (the slow query was then the one refused), try again
        for (int attempt = 0; attempt < 5 && busy == null; attempt++) {
            CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
                try {
                    return query("SELECT (COUNT(*) AS ?n) { ?a <urn:test:p> ?b . ?c <urn:test:p> ?d FILTER(STRLEN(?b) + STRLEN(?d) = 1) }");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            while (!slow.isDone() && busy == null) {
                HttpResponse<String> r = query("ASK { ?s ?p ?o }");
                seen.add(r.statusCode());
                if (r.statusCode() == 503)
                    busy = r;
            }
            slow.join();
        }
        assertTrue(busy != null, "no 503 while the slot was taken; statuses seen: " + seen);
        assertEquals(Optional.of(String.valueOf(SparqlServer.RETRY_AFTER_SECONDS)), busy.headers().firstValue("Retry-After"));
        // the slot is given back once the slow answer is written, a moment after the client has it
        int again = 503;
        for (int i = 0; i < 50 && again == 503; i++) {
            again = query("ASK { ?s ?p ?o }").statusCode();
            if (again == 503)
                Thread.sleep(100);
        }
        assertEquals(200, again, "the slot is free again");
    }

    @Test
    void errorAnswersShowNoStackTraceOrServerPath() throws Exception {
        List<HttpResponse<String>> errors = new ArrayList<>();
        errors.add(query("SELECT ?s WHERE { ?s ?p "));                       // malformed
        errors.add(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/nothing-here")).GET().build(),
                HttpResponse.BodyHandlers.ofString()));                       // 404
        errors.add(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/no/such/path")).GET().build(),
                HttpResponse.BodyHandlers.ofString()));                       // 404 outside the service
        errors.add(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/sparql")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString()));                       // 405
        errors.add(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/update"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> \"" + "x".repeat(70_000) + "\" }")).build(),
                HttpResponse.BodyHandlers.ofString()));                       // 413
        errors.add(query("SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }")); // stopped at the limit
        List<Integer> statuses = errors.stream().map(HttpResponse::statusCode).toList();
        assertEquals(List.of(400, 404, 404, 405, 413, 503), statuses);
        String store = dir.toAbsolutePath().toString();
        for (HttpResponse<String> r : errors) {
            String body = r.body();
            assertFalse(body.contains("\tat ") || body.contains("at org.") || body.contains("at java."), "stack trace in " + r + ": " + body);
            assertFalse(body.contains("Exception"), "exception name in " + r + ": " + body);
            assertFalse(body.contains(store) || body.contains("/tmp/") || body.contains("/home/"), "server path in " + r + ": " + body);
        }
    }
}
