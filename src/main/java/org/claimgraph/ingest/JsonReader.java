package org.claimgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import org.claimgraph.domain.ArticleMetadata;

/**
 * {@code .json} (one object) and {@code .jsonl} (one object per line) articles with fields
 * {@code url}, {@code title}, {@code publisher}, {@code published} and {@code text} or
 * {@code html}. A bad line of a JSON Lines file rejects that line only.
 */
final class JsonReader implements ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean lines;

    private JsonReader(boolean lines) {
        this.lines = lines;
    }

    static JsonReader single() {
        return new JsonReader(false);
    }

    static JsonReader lines() {
        return new JsonReader(true);
    }

    @Override
    public void read(String origin, InputStream in, Consumer<ReadResult> sink) throws IOException {
        if (!lines) {
            String text = Utf8.decode(origin, in.readAllBytes());
            sink.accept(text == null
                    ? new ReadResult.Rejected(origin, "not valid UTF-8: convert the file to UTF-8")
                    : parse(origin, text));
            return;
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (!line.isBlank()) {
                sink.accept(parse(origin + ":" + number, line));
            }
        }
    }

    private static ReadResult parse(String origin, String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return new ReadResult.Rejected(origin, "not JSON (" + e.getOriginalMessage()
                    + "): each record must be one JSON object {\"url\", \"title\", \"publisher\", \"published\", \"text\"}");
        }
        if (node == null || !node.isObject()) {
            return new ReadResult.Rejected(origin, "expected a JSON object with a \"text\" or \"html\" field");
        }
        String file = origin.replaceFirst(":\\d+$", "");
        ArticleMetadata meta = new ArticleMetadata(
                field(node, "url"), Optional.of(file), field(node, "title"), field(node, "publisher"), field(node, "published"));
        Optional<String> text = field(node, "text");
        if (text.isPresent()) {
            return ArticleFactory.create(origin, node.get("text").asText(), meta);
        }
        Optional<String> html = field(node, "html");
        if (html.isPresent()) {
            return HtmlReader.fromHtml(origin, html.get(), meta);
        }
        return new ReadResult.Rejected(origin, "no \"text\" or \"html\" field: add the article text as \"text\"");
    }

    private static Optional<String> field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() || !value.isValueNode() ? Optional.empty() : Optional.of(value.asText());
    }
}
