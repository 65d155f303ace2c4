package org.claimgraph.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.rdf.NQuadsFiles;

/**
 * Sends the graphs of N-Quads files ({@code .nq}, {@code .nq.gz}) to any SPARQL 1.1 Graph Store
 * Protocol endpoint: each named graph is replaced (HTTP PUT {@code ?graph=IRI}) the first time this
 * push meets it, and appended to (POST) when it goes on past {@link #CHUNK} quads or comes back in a
 * later block, so memory holds one chunk whatever the file's size and a push run twice leaves the
 * same graphs. Default-graph triples go to {@code ?default}.
 */
public final class GraphStorePush {

    /** Quads per request. */
    static final int CHUNK = 50_000;

    /** What a push sent. */
    public record Summary(int graphs, long quads, int requests) {
        public String line() {
            return String.format("sent %,d quads of %,d graphs in %,d requests", quads, graphs, requests);
        }
    }

    /** The endpoint refused a request, or a file cannot be read; the message says which and what to do. */
    public static final class PushException extends RuntimeException {
        PushException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final URI endpoint;
    private final Optional<String> authorization;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final Set<Node> replaced = new HashSet<>();
    private long quads;
    private int requests;

    /**
     * @param endpoint the Graph Store Protocol endpoint, e.g. {@code http://host:3030/ds/data}
     * @param authorization an {@code Authorization} header value, when the endpoint needs one
     */
    public GraphStorePush(URI endpoint, Optional<String> authorization) {
        if (endpoint.getScheme() == null || !endpoint.getScheme().startsWith("http")) {
            throw new IllegalArgumentException("--gsp " + endpoint + " is not an http(s) URL: give the Graph Store endpoint,"
                    + " e.g. http://localhost:3030/ds/data");
        }
        this.endpoint = endpoint;
        this.authorization = authorization;
    }

    /** Sends every file's graphs; {@code progress} hears the quads sent so far. */
    public Summary push(List<Path> files, LongConsumer progress) {
        for (Path file : files) {
            Chunks chunks = new Chunks(file, progress);
            try (InputStream in = NQuadsFiles.open(file)) {
                RDFParser.create().source(in).lang(Lang.NQUADS).parse(chunks);
            } catch (IOException e) {
                throw new PushException(file + ": cannot be read (" + e.getMessage() + "): check the path, and that a .gz file is gzip", e);
            } catch (RiotException e) {
                throw new PushException(file + ": not N-Quads: " + e.getMessage(), e);
            }
            chunks.send();
        }
        return new Summary(replaced.size(), quads, requests);
    }

    /** Holds the triples of the graph being read, up to a chunk. */
    private final class Chunks extends StreamRDFBase {
        private final Path file;
        private final LongConsumer progress;
        private Node graph;
        private final List<Triple> triples = new ArrayList<>();

        Chunks(Path file, LongConsumer progress) {
            this.file = file;
            this.progress = progress;
        }

        @Override
        public void quad(Quad quad) {
            add(quad.isDefaultGraph() ? Quad.defaultGraphIRI : quad.getGraph(), quad.asTriple());
        }

        @Override
        public void triple(Triple triple) {
            add(Quad.defaultGraphIRI, triple);
        }

        private void add(Node g, Triple t) {
            if (!g.equals(graph) || triples.size() >= CHUNK) {
                send();
                graph = g;
            }
            triples.add(t);
        }

        void send() {
            if (triples.isEmpty()) {
                return;
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            StreamRDF out = StreamRDFWriter.getWriterStream(body, RDFFormat.NTRIPLES);
            out.start();
            triples.forEach(out::triple);
            out.finish();
            boolean first = replaced.add(graph);
            String target = graph.equals(Quad.defaultGraphIRI) ? "default"
                    : "graph=" + URLEncoder.encode(graph.getURI(), StandardCharsets.UTF_8);
            URI uri = URI.create(endpoint + (endpoint.getQuery() == null ? "?" : "&") + target);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5))
                    .header("Content-Type", "application/n-triples")
                    .method(first ? "PUT" : "POST", HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
            authorization.ifPresent(a -> request.header("Authorization", a));
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new PushException("cannot reach " + endpoint + " (" + e.getMessage() + "): is the server running?", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PushException("push interrupted", e);
            }
            requests++;
            int status = response.statusCode();
            if (status / 100 != 2) {
                String hint = status == 401 || status == 403 ? ": the endpoint needs a user allowed to write (--auth-file FILE)"
                        : status == 404 ? ": no Graph Store endpoint there (Fuseki's is /DATASET/data)" : "";
                String said = response.body().strip();
                throw new PushException(file + ": " + endpoint + " answered " + status + " to " + (first ? "PUT" : "POST") + " of "
                        + (graph.isURI() ? graph.getURI() : "the default graph") + hint
                        + (said.isEmpty() ? "" : " (" + said.substring(0, Math.min(200, said.length())) + ")"), null);
            }
            quads += triples.size();
            progress.accept(quads);
            triples.clear();
        }
    }
}
