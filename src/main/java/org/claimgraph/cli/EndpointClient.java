package org.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Posts to the write endpoints of a running {@code claimgraph serve} (JDK HTTP client, basic
 * authentication). A refused or failed request becomes a {@link RemoteException} whose message
 * says what to do; a request the server took gives its JSON summary.
 */
final class EndpointClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final Credentials credentials;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private EndpointClient(URI base, Credentials credentials) {
        String s = base.toString();
        this.base = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
        this.credentials = credentials;
    }

    static EndpointClient connect(URI base, Credentials credentials) {
        if (base.getScheme() == null || !base.getScheme().startsWith("http"))
            throw new IllegalArgumentException("--endpoint " + base + " is not an http(s) URL: give the dataset's base, "
                    + "e.g. http://localhost:3030/claimgraph");
        return new EndpointClient(base, credentials);
    }

    URI base() {
        return base;
    }

    /** The server answered with this status; {@link #tooLarge()} when the body was over its cap. */
    static final class RemoteException extends Exception {
        final int status;

        RemoteException(int status, String message) {
            super(message);
            this.status = status;
        }

        boolean tooLarge() {
            return status == 413;
        }
    }

    /** POSTs articles as JSON Lines to {@code BASE/ingest}. */
    JsonNode ingest(byte[] jsonLines) throws RemoteException {
        return post(base.resolve(base.getPath() + "/ingest"), "application/x-ndjson", HttpRequest.BodyPublishers.ofByteArray(jsonLines));
    }

    /** POSTs one dataset file to {@code BASE/link?dataset=DATASET&file=NAME}. */
    JsonNode link(String dataset, Path file) throws RemoteException {
        String name = file.getFileName().toString();
        URI uri = base.resolve(base.getPath() + "/link?dataset=" + URLEncoder.encode(dataset, StandardCharsets.UTF_8) + "&file=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        try {
            return post(uri, "text/csv", HttpRequest.BodyPublishers.ofFile(file));
        } catch (java.io.FileNotFoundException e) {
            throw new RemoteException(0, "cannot read " + file + ": check the path");
        }
    }

    private JsonNode post(URI uri, String contentType, HttpRequest.BodyPublisher body) throws RemoteException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Content-Type", contentType)
                .header("Authorization", credentials.header())
                .header("Accept", "application/json")
                .POST(body)
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RemoteException(0, "no answer from " + uri + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "): is `claimgraph serve` running there?"
                    + " What it had not answered for may not be stored: sending it again is safe");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException(0, "interrupted while waiting for " + uri);
        }
        int status = response.statusCode();
        String said = firstLine(response.body());
        switch (status) {
            case 200:
                try {
                    return JSON.readTree(response.body());
                } catch (IOException e) {
                    throw new RemoteException(status, uri + " answered with something other than a claimgraph summary: "
                            + "is it the dataset's base of a `claimgraph serve`?");
                }
            case 401, 403:
                throw new RemoteException(status, uri + " refused user " + credentials.user() + " (" + status + "): "
                        + "the server takes users of its password file (serve --passwd); check --auth-file or CLAIMGRAPH_AUTH");
            case 404:
                throw new RemoteException(status, "nothing at " + uri + " (404): give the dataset's base of a `claimgraph serve`, "
                        + "e.g. http://localhost:3030/claimgraph");
            case 413:
                throw new RemoteException(status, "larger than the server takes (413)" + (said.isEmpty() ? "" : ": " + said));
            default:
                throw new RemoteException(status, uri + " answered " + status + (said.isEmpty() ? "" : ": " + said));
        }
    }

    private static String firstLine(String body) {
        if (body == null)
            return "";
        String s = body.strip();
        int nl = s.indexOf('\n');
        s = nl < 0 ? s : s.substring(0, nl);
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
