package org.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.ArticleMetadata;
import org.claimgraph.ingest.Inputs;
import org.claimgraph.ingest.ReadResult;
import org.claimgraph.pipeline.IngestSummary;

/**
 * {@code claimgraph ingest --endpoint URL PATH...}: reads the inputs here, with the readers of a
 * local ingest (so a bad file is reported by its path), and sends the articles to
 * {@code URL/ingest} as JSON Lines ({@code url}, {@code title}, {@code publisher},
 * {@code published}, {@code text}), {@code --batch-size} articles (at most 4 MiB) per request: each
 * request is one write on the server. A request over the server's cap is split in two and sent
 * again. Prints what the server rejected under the local path, a line per request, and the
 * summary line of a local ingest; the same exit codes, and 3 when the server cannot be used.
 */
final class RemoteIngest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_REQUEST_BYTES = 4 << 20;

    private final EndpointClient client;
    private final int batchSize;
    private final Io io;
    private final List<Pending> batch = new ArrayList<>();
    private long batchBytes;
    private int requests;
    private int read;
    private int sent;
    private int stored;
    private int unchanged;
    private int replaced;
    private int rejected;

    /** An article read here, as the JSON line sent for it. */
    private record Pending(String origin, byte[] line) {
    }

    /** A request the server did not take: the run stops. */
    private static final class Stop extends RuntimeException {
        Stop(EndpointClient.RemoteException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private RemoteIngest(EndpointClient client, int batchSize, Io io) {
        this.client = client;
        this.batchSize = batchSize;
        this.io = io;
    }

    static int run(EndpointClient client, List<String> paths, IngestOptions options, Io io) {
        if (options.batchSize < 1) {
            io.err().println("claimgraph ingest: --batch-size must be at least 1");
            return ExitCodes.USAGE;
        }
        return new RemoteIngest(client, options.batchSize, io).run(paths);
    }

    private int run(List<String> paths) {
        try {
            Inputs.of(paths, io.in()).read(result -> {
                read++;
                if (result instanceof ReadResult.Rejected r) {
                    rejected++;
                    io.err().println("rejected " + r.origin() + ": " + r.reason());
                } else if (result instanceof ReadResult.Read r) {
                    r.warnings().forEach(w -> io.err().println("warning " + r.origin() + ": " + w));
                    byte[] line = line(r.article());
                    batch.add(new Pending(r.origin(), line));
                    batchBytes += line.length;
                    if (batch.size() >= batchSize || batchBytes >= MAX_REQUEST_BYTES)
                        flush();
                }
            });
            flush();
        } catch (Stop stop) {
            io.err().println(summary().line());
            io.err().println("claimgraph ingest: " + stop.getMessage());
            return ExitCodes.STORE_UNAVAILABLE;
        }
        io.err().println(summary().line());
        return rejected > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    private IngestSummary summary() {
        return new IngestSummary(read, stored, unchanged, replaced, rejected);
    }

    private void flush() {
        if (batch.isEmpty())
            return;
        List<Pending> items = List.copyOf(batch);
        batch.clear();
        batchBytes = 0;
        send(items);
    }

    private void send(List<Pending> items) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Pending p : items) {
            body.writeBytes(p.line());
            body.write('\n');
        }
        JsonNode reply;
        try {
            reply = client.ingest(body.toByteArray());
        } catch (EndpointClient.RemoteException e) {
            if (!e.tooLarge())
                throw new Stop(e);
            if (items.size() > 1) {
                send(items.subList(0, items.size() / 2));
                send(items.subList(items.size() / 2, items.size()));
            } else {
                rejected++;
                io.err().println("rejected " + items.get(0).origin() + ": " + e.getMessage()
                        + ": the article alone is over the server's cap on request bodies (serve --max-body)");
            }
            return;
        }
        requests++;
        sent += items.size();
        stored += reply.path("stored").asInt();
        unchanged += reply.path("unchanged").asInt();
        replaced += reply.path("replaced").asInt();
        rejected += reply.path("rejected").asInt();
        for (JsonNode r : reply.path("rejections"))
            io.err().println("rejected " + origin(items, r.path("line").asInt()) + ": " + r.path("reason").asText());
        for (JsonNode w : reply.path("warnings"))
            io.err().println("warning " + origin(items, w.path("line").asInt()) + ": " + w.path("warning").asText());
        io.err().println("request " + requests + ": " + items.size() + " articles sent (" + sent + " in all): "
                + reply.path("summary").asText());
        for (String after : List.of("traced", "linked"))
            if (reply.hasNonNull(after))
                io.err().println(reply.get(after).asText());
    }

    /** The local origin of the {@code line}-th article of a request. */
    private static String origin(List<Pending> items, int line) {
        return line >= 1 && line <= items.size() ? items.get(line - 1).origin() : "request line " + line;
    }

    /** The article as the JSON line a server reads back into the same article (same id, text and metadata). */
    private static byte[] line(Article article) {
        ArticleMetadata m = article.metadata();
        ObjectNode node = JSON.createObjectNode();
        m.url().ifPresent(v -> node.put("url", v));
        m.title().ifPresent(v -> node.put("title", v));
        m.publisher().ifPresent(v -> node.put("publisher", v));
        m.published().ifPresent(v -> node.put("published", v));
        node.put("text", article.text());
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
