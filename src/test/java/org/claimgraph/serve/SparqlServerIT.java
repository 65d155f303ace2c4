package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.claimgraph.store.DatasetAssembly;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SPARQL service over real HTTP: embedded Fuseki on a free port, a store in a temporary
 * directory, the built-in fuseki-config/config.ttl and shiro.ini.
 */
class SparqlServerIT {

    static final String CG = "https://w3id.org/claimgraph/ontology#";
    static final String CGR = "https://w3id.org/claimgraph/id/";
    static final String GRAPH = "https://w3id.org/claimgraph/graph/article/";
    static final String PREFIXES = "PREFIX cg: <" + CG + ">\nPREFIX cgr: <" + CGR + ">\n"
            + "PREFIX text: <http://jena.apache.org/text#>\n";
    static final String USER = "editor";
    static final String PASSWORD = "s3cret-for-tests";
    static final String ALLOWED_ORIGIN = "https://allowed.example";

    @TempDir
    static Path tmp;

    static Path store;
    static SparqlServer server;
    static String base;

    @BeforeAll
    static void startServer() throws IOException {
        store = tmp.resolve("store");
        Path passwd = tmp.resolve("passwd");
        Files.writeString(passwd, USER + ": " + PASSWORD + "\n");
        server = SparqlServer.builder()
                .storeDir(store)
                .port(0)
                .passwordFile(passwd)
                .corsOrigins(List.of(ALLOWED_ORIGIN))
                .queryTimeout(Duration.ofSeconds(1))
                .build()
                .start();
        assertTrue(server.port() > 0, "bound to a port");
        base = "http://127.0.0.1:" + server.port();

        // Ingest while serving: write to the live dataset in this JVM.
        DatasetGraph dsg = server.dataset();
        Txn.executeWrite(dsg, () -> {
            Node a1 = uri(CGR + "article-1"), a2 = uri(CGR + "article-2"), g1 = uri(GRAPH + "1"), g2 = uri(GRAPH + "2");
            Node type = uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
            dsg.add(g1, a1, type, uri(CG + "Article"));
            dsg.add(g1, a1, uri(CG + "text"), NodeFactory.createLiteralLang(
                    "Talks on a ceasefire resumed in Doha on Monday, officials said.", "en"));
            dsg.add(g1, uri(CGR + "claim-1"), uri(CG + "claimText"),
                    NodeFactory.createLiteralString("The hostages will be released within 72 hours"));
            dsg.add(g2, a2, type, uri(CG + "Article"));
            dsg.add(g2, a2, uri(CG + "text"), NodeFactory.createLiteralString("Aid trucks crossed at Rafah."));
            // Data for a deliberately expensive query.
            Node bulk = uri("urn:test:bulk"), p = uri("urn:test:p");
            for (int i = 0; i < 200; i++)
                dsg.add(bulk, uri("urn:test:s" + i), p, NodeFactory.createLiteralString("v" + i));
        });
    }

    @AfterAll
    static void stopServer() {
        if (server != null)
            server.stop();
    }

    // ---- query

    @Test
    void queryUsesTheUnionOfNamedGraphsAsDefaultGraph() throws Exception {
        ResultSet rs = select(PREFIXES + "SELECT ?a { ?a a cg:Article } ORDER BY ?a");
        List<String> articles = new ArrayList<>();
        rs.forEachRemaining(row -> articles.add(row.getResource("a").getURI()));
        assertEquals(List.of(CGR + "article-1", CGR + "article-2"), articles);
    }

    @Test
    void textQueryFindsArticleByAWordOfItsText() throws Exception {
        ResultSet rs = select(PREFIXES + "SELECT ?a { ?a text:query (cg:text \"ceasefire\") }");
        List<String> found = new ArrayList<>();
        rs.forEachRemaining(row -> found.add(row.getResource("a").getURI()));
        assertEquals(List.of(CGR + "article-1"), found);

        ResultSet claims = select(PREFIXES + "SELECT ?c { ?c text:query (cg:claimText \"hostages\") }");
        assertTrue(claims.hasNext(), "claim text is indexed");
        assertEquals(CGR + "claim-1", claims.next().getResource("c").getURI());
    }

    @Test
    void getEndpointReadsAGraphWithoutLogin() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/claimgraph/get?graph="
                + enc(GRAPH + "2"))).header("Accept", "application/n-triples").GET());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Rafah"), r.body());
    }

    // ---- writes need a user

    @Test
    void updateNeedsAUserFromThePasswordFile() throws Exception {
        String update = "INSERT DATA { GRAPH <" + GRAPH + "3> { <" + CGR + "article-3> a <" + CG + "Article> } }";
        assertEquals(401, update(update, null).statusCode(), "no credentials");
        assertEquals(401, update(update, basic(USER, "wrong")).statusCode(), "wrong password");
        assertFalse(ask("ASK { <" + CGR + "article-3> ?p ?o }"), "refused update changed nothing");

        int status = update(update, basic(USER, PASSWORD)).statusCode();
        assertTrue(status == 200 || status == 204, "accepted, got " + status);
        assertTrue(ask("ASK { <" + CGR + "article-3> a <" + CG + "Article> }"), "the update is visible");
    }

    @Test
    void textIndexFollowsUpdatesAndDeletes() throws Exception {
        String g = GRAPH + "4", a = CGR + "article-4";
        String text = "Negotiators met in Zanzibar for a second round.";
        int status = update("INSERT DATA { GRAPH <" + g + "> { <" + a + "> <" + CG + "text> \"" + text + "\" } }",
                basic(USER, PASSWORD)).statusCode();
        assertTrue(status == 200 || status == 204, "insert accepted, got " + status);
        String search = PREFIXES + "SELECT ?a { ?a text:query (cg:text \"zanzibar\") }";
        assertTrue(select(search).hasNext(), "new text is searchable");

        // Re-ingesting an article replaces its graph: the old text must leave the index.
        status = update("DROP GRAPH <" + g + ">", basic(USER, PASSWORD)).statusCode();
        assertTrue(status == 200 || status == 204, "drop accepted, got " + status);
        assertFalse(select(search).hasNext(), "deleted text is no longer found");
    }

    @Test
    void graphStoreWritesNeedAUser() throws Exception {
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(base + "/claimgraph/data?graph=" + enc("urn:test:put")))
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:test:x> <urn:test:y> \"z\" .\n"));
        assertEquals(401, send(put).statusCode());
        HttpRequest.Builder putToGet = HttpRequest.newBuilder(URI.create(base + "/claimgraph/get?graph=" + enc("urn:test:put")))
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:test:x> <urn:test:y> \"z\" .\n"));
        int status = send(putToGet).statusCode();
        assertTrue(status >= 400 && status < 500, "read-only graph store refuses PUT, got " + status);
        assertFalse(ask("ASK { <urn:test:x> ?p ?o }"));
    }

    @Test
    void queryEndpointRefusesUpdates() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:sneaky> <urn:test:p> 1 } }";
        HttpResponse<String> asBody = send(HttpRequest.newBuilder(URI.create(base + "/claimgraph/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)));
        assertClientError(asBody.statusCode());
        HttpResponse<String> asForm = send(HttpRequest.newBuilder(URI.create(base + "/claimgraph/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + enc(update))));
        assertClientError(asForm.statusCode());
        // Even with credentials: the query endpoint has no update operation.
        HttpResponse<String> withUser = send(HttpRequest.newBuilder(URI.create(base + "/claimgraph/sparql"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", basic(USER, PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(update)));
        assertClientError(withUser.statusCode());
        assertFalse(ask("ASK { <urn:test:sneaky> ?p ?o }"));
    }

    // ---- SERVICE, time limits

    @Test
    void serviceIsRefusedAndNeverContactsTheHost() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger contacts = new AtomicInteger();
            Thread acceptor = new Thread(() -> {
                while (!listener.isClosed()) {
                    try (Socket s = listener.accept()) {
                        contacts.incrementAndGet();
                    } catch (IOException ignored) {
                        // closed
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String remote = "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";

            HttpResponse<String> q = query("SELECT * { SERVICE <" + remote + "> { ?s ?p ?o } }", "application/sparql-results+json");
            assertTrue(q.statusCode() >= 400, "SERVICE query refused, got " + q.statusCode() + " " + q.body());
            Thread.sleep(200);
            assertEquals(0, contacts.get(), "a query must not make the server call the SERVICE host");

            String update = "INSERT { GRAPH <urn:test:svc> { ?s ?p ?o } } WHERE { SERVICE <" + remote + "> { ?s ?p ?o } }";
            int u = update(update, basic(USER, PASSWORD)).statusCode();
            assertTrue(u >= 400, "SERVICE in an update refused, got " + u);

            Thread.sleep(200);
            assertEquals(0, contacts.get(), "an update must not make the server call the SERVICE host");
        }
    }

    @Test
    void queryPastTheTimeLimitIsStopped() throws Exception {
        // 200^4 = 1.6 billion rows to count: far more than one second of work.
        String q = "SELECT (COUNT(*) AS ?n) { GRAPH <urn:test:bulk> { ?a <urn:test:p> ?x . ?b <urn:test:p> ?y . "
                + "?c <urn:test:p> ?z . ?d <urn:test:p> ?w } }";
        long start = System.nanoTime();
        HttpResponse<String> r = query(q, "application/sparql-results+json");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertEquals(503, r.statusCode(), "timed out query; body: " + r.body());
        assertTrue(seconds < 30, "stopped, not run to the end: " + seconds + " s");
        // The server is still fine afterwards.
        assertTrue(ask("ASK { ?s ?p ?o }"));
    }

    // ---- CORS

    @Test
    void corsHeadersOnlyForConfiguredOrigins() throws Exception {
        HttpResponse<String> allowed = send(queryRequest("ASK { ?s ?p ?o }", "application/sparql-results+json")
                .header("Origin", ALLOWED_ORIGIN));
        assertEquals(200, allowed.statusCode());
        assertEquals(Optional.of(ALLOWED_ORIGIN), allowed.headers().firstValue("Access-Control-Allow-Origin"));

        HttpResponse<String> other = send(queryRequest("ASK { ?s ?p ?o }", "application/sparql-results+json")
                .header("Origin", "https://elsewhere.example"));
        assertEquals(200, other.statusCode());
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "no CORS for other origins");
    }

    // ---- UI and admin: localhost only

    @Test
    void uiAndAdminAnswerOnLocalhost() throws Exception {
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "/$/server")).GET()).statusCode());
        HttpResponse<String> ui = send(HttpRequest.newBuilder(URI.create(base + "/")).GET());
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().toLowerCase().contains("<html"), "the Fuseki UI page");
    }

    @Test
    void uiAndAdminRefuseOtherHosts() throws Exception {
        InetAddress external = nonLoopbackAddress();
        Assumptions.assumeTrue(external != null, "no non-loopback network address on this machine");
        String remoteBase = "http://" + external.getHostAddress() + ":" + server.port();
        assertEquals(403, send(HttpRequest.newBuilder(URI.create(remoteBase + "/$/server")).GET()).statusCode());
        assertEquals(403, send(HttpRequest.newBuilder(URI.create(remoteBase + "/")).GET()).statusCode());
        HttpResponse<String> create = send(HttpRequest.newBuilder(URI.create(remoteBase + "/$/datasets?dbName=evil&dbType=mem"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, create.statusCode(), "no dataset creation from other hosts");
        // The SPARQL service itself is public.
        HttpResponse<String> q = send(HttpRequest.newBuilder(URI.create(remoteBase + "/claimgraph/sparql?query=" + enc("ASK {}")))
                .header("Accept", "application/sparql-results+json").GET());
        assertEquals(200, q.statusCode());
    }

    /**
     * The claim explorer is public (from another host too, no login) and read-only: its pages and the
     * canned queries it runs are served, but no method that could write is accepted there, even from a
     * user of the password file, and nothing outside its folders can be named.
     */
    @Test
    void explorerIsPublicAndReadOnly() throws Exception {
        InetAddress external = nonLoopbackAddress();
        String from = external == null ? base : "http://" + external.getHostAddress() + ":" + server.port();
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(from + "/explore/")).GET());
        assertEquals(200, page.statusCode(), "the explorer from " + from);
        assertTrue(page.body().contains("claimgraph explorer"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        HttpResponse<String> query = send(HttpRequest.newBuilder(URI.create(from + "/explore/queries/claim-search.rq")).GET());
        assertEquals(200, query.statusCode());
        assertTrue(query.body().contains("text:query"), "the canned query's text");
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH"))
            for (String path : List.of("/explore/", "/explore/index.html", "/explore/queries/claim-search.rq"))
                assertEquals(405, send(HttpRequest.newBuilder(URI.create(from + path))
                        .header("Authorization", basic(USER, PASSWORD)).header("Content-Type", "application/sparql-update")
                        .method(method, HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x> <urn:y> 1 }"))).statusCode(),
                        method + " " + path);
        for (String path : List.of("/explore/%2e%2e/fuseki-config/shiro.ini", "/explore/queries/%2e%2e/claimgraph.properties",
                "/explore/.hidden.js", "/explore/queries/articles.txt", "/explore/no-such-file.js"))
            assertClientError(send(HttpRequest.newBuilder(URI.create(base + path)).GET()).statusCode());
    }

    @Test
    void withoutPasswordFileNobodyCanWrite() throws Exception {
        try (SparqlServer open = SparqlServer.builder().storeDir(tmp.resolve("store-nopasswd")).port(0).build().start()) {
            String update = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> 1 } }";
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + open.port() + "/claimgraph/update"))
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", basic(USER, PASSWORD))
                    .POST(HttpRequest.BodyPublishers.ofString(update)));
            assertClientError(r.statusCode());
            HttpResponse<String> q = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + open.port()
                    + "/claimgraph/sparql?query=" + enc("ASK { <urn:test:s> ?p ?o }")))
                    .header("Accept", "application/sparql-results+json").GET());
            assertEquals(200, q.statusCode());
            assertTrue(q.body().replaceAll("\\s", "").contains("\"boolean\":false"), q.body());
        }
    }

    // ---- the store in this JVM and in another process

    @Test
    void sameJvmGetsTheServedDataset() {
        DatasetAssembly again = DatasetAssembly.load(null, store);
        assertSame(server.dataset(), again.assemble().asDatasetGraph(), "one open dataset per store and JVM");
        // Local queries (in a read transaction) see the union default graph too.
        DatasetGraph dsg = again.assemble().asDatasetGraph();
        long articles = Txn.calculateRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(PREFIXES + "SELECT ?a { ?a a cg:Article }").build()) {
                RowSet rows = qe.select();
                long n = 0;
                for (; rows.hasNext(); rows.next())
                    n++;
                return n;
            }
        });
        assertTrue(articles >= 2, "articles seen through the default graph: " + articles);
    }

    @Test
    void secondProcessIsToldTheStoreIsLocked() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path err = tmp.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                OpenStoreMain.class.getName(), store.toString())
                .redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "child finished");
        String stderr = Files.readString(err);
        assertEquals(3, child.exitValue(), "exit code 3 (store unavailable); stderr:\n" + stderr);
        assertTrue(stderr.contains("is locked by another process"), stderr);
        assertTrue(stderr.contains("--endpoint"), stderr);
        assertTrue(stderr.contains(store.toAbsolutePath().normalize().toString()), stderr);
    }

    // ---- helpers

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpRequest.Builder queryRequest(String query, String accept) {
        return HttpRequest.newBuilder(URI.create(base + "/claimgraph/sparql?query=" + enc(query)))
                .header("Accept", accept).timeout(Duration.ofSeconds(60)).GET();
    }

    static HttpResponse<String> query(String query, String accept) throws Exception {
        return send(queryRequest(query, accept));
    }

    static ResultSet select(String query) throws Exception {
        HttpResponse<String> r = query(query, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return ResultSetFactory.copyResults(ResultSetMgr.read(
                new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON));
    }

    static boolean ask(String query) throws Exception {
        HttpResponse<String> r = query(query, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().replaceAll("\\s", "").contains("\"boolean\":true");
    }

    static HttpResponse<String> update(String update, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/claimgraph/update"))
                .header("Content-Type", "application/sparql-update")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(update));
        if (authorization != null)
            b.header("Authorization", authorization);
        return send(b);
    }

    /**
     * Each request on a fresh client: Jetty may close a connection after an error response while a
     * pooled client is already reusing it ("header parser received no bytes"), which would make a
     * test fail for a reason that is not the server's answer.
     */
    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return fresh.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void assertClientError(int status) {
        assertTrue(status >= 400 && status < 500, "expected a 4xx refusal, got " + status);
    }

    /** An IPv4 address of this machine that is not loopback (requests from it are "remote"). */
    static InetAddress nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nif : NetworkInterface.networkInterfaces().toList()) {
            if (!nif.isUp() || nif.isLoopback())
                continue;
            for (InetAddress a : nif.inetAddresses().toList()) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                    // Check that it is reachable from here (some sandboxes block it).
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress(a, server.port()), 2000);
                        return a;
                    } catch (IOException ignored) {
                        // try the next one
                    }
                }
            }
        }
        return null;
    }
}
