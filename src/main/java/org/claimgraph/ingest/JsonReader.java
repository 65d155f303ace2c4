package org.claimgraph.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.claimgraph.domain.ArticleMetadata;

/**
 * {@code .json} (one object, or an array of them) and {@code .jsonl} (one object per line)
 * articles with fields {@code url}, {@code title}, {@code publisher}, {@code published} and
 * {@code text} or {@code html}, all strings. A bad line of a JSON Lines file, or a bad element of
 * an array, rejects that record only. Memory stays bounded: a JSON Lines line, and a string in a
 * JSON file, longer than {@link Limits#MAX_ARTICLE_CHARS} is rejected unread.
 */
final class JsonReader implements ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Limits.MAX_ARTICLE_CHARS).maxNestingDepth(100).build())
            .build());
    private static final String SHAPE = "each record must be one JSON object {\"url\", \"title\", \"publisher\", \"published\", \"text\"}";

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
            readDocument(origin, in, sink);
            return;
        }
        BoundedLines reader = new BoundedLines(in, Limits.MAX_ARTICLE_CHARS);
        BoundedLines.Line line;
        while ((line = reader.next()) != null) {
            String at = origin + ":" + line.number();
            if (line.bytes() == null) {
                sink.accept(new ReadResult.Rejected(at, "the line is longer than " + Limits.describe() + ": no news article is; split it"));
                continue;
            }
            String text = Utf8.decode(at, line.bytes());
            if (text == null) {
                sink.accept(new ReadResult.Rejected(at, "not valid UTF-8: convert the file to UTF-8"));
            } else if (!text.isBlank()) {
                sink.accept(parse(at, text));
            }
        }
    }

    /** A .json file: one object, or an array of objects read one at a time (each named by the line it starts on). */
    private static void readDocument(String origin, InputStream in, Consumer<ReadResult> sink) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    String at = origin + ":" + parser.currentTokenLocation().getLineNr();
                    index++;
                    if (parser.currentToken() != JsonToken.START_OBJECT) {
                        parser.skipChildren();
                        sink.accept(new ReadResult.Rejected(at, "element " + index + " of the array is no JSON object: " + SHAPE));
                        continue;
                    }
                    sink.accept(article(at, origin, JSON.readTree(parser)));
                }
            } else if (first == JsonToken.START_OBJECT) {
                sink.accept(article(origin, origin, JSON.readTree(parser)));
            } else {
                sink.accept(new ReadResult.Rejected(origin, "expected a JSON object, or an array of them, with a \"text\" or \"html\" field"));
            }
        } catch (JsonProcessingException e) {
            // the records before stay; what the error hides cannot be read
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            sink.accept(new ReadResult.Rejected(line > 0 ? origin + ":" + line : origin, problem(e)));
        }
    }

    private static ReadResult parse(String origin, String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return new ReadResult.Rejected(origin, problem(e));
        }
        return article(origin, origin.replaceFirst(":\\d+$", ""), node);
    }

    /** Why JSON cannot be read: too long, not UTF-8, or not JSON. */
    private static String problem(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message.contains("String value length")) {
            return "a string is longer than " + Limits.describe() + ": no news article is";
        }
        if (message.contains("Invalid UTF-8")) {
            return "not valid UTF-8: convert the file to UTF-8";
        }
        if (message.contains("Document nesting depth")) {
            return "nested too deep: " + SHAPE;
        }
        return "not JSON (" + message + "): " + SHAPE;
    }

    private static ReadResult article(String origin, String file, JsonNode node) {
        if (node == null || !node.isObject()) {
            return new ReadResult.Rejected(origin, "expected a JSON object with a \"text\" or \"html\" field");
        }
        List<String> warnings = new ArrayList<>();
        for (String body : List.of("text", "html")) {
            JsonNode value = node.get(body);
            if (value != null && !value.isNull() && !value.isTextual()) {
                return new ReadResult.Rejected(origin, "\"" + body + "\" is " + kind(value) + ", not a string: give the article's "
                        + body + " as one string");
            }
        }
        ArticleMetadata meta = new ArticleMetadata(field(node, "url", warnings), Optional.of(file), field(node, "title", warnings),
                field(node, "publisher", warnings), field(node, "published", warnings));
        ReadResult result;
        if (node.hasNonNull("text")) {
            result = ArticleFactory.create(origin, node.get("text").textValue(), meta);
        } else if (node.hasNonNull("html")) {
            result = HtmlReader.fromHtml(origin, node.get("html").textValue(), meta);
        } else {
            return new ReadResult.Rejected(origin, "no \"text\" or \"html\" field: add the article text as \"text\"");
        }
        if (result instanceof ReadResult.Read read && !warnings.isEmpty()) {
            warnings.addAll(read.warnings());
            return new ReadResult.Read(read.origin(), read.article(), warnings);
        }
        return result;
    }

    /** A metadata string; another type is left out with a warning (a date written as a number, say). */
    private static Optional<String> field(JsonNode node, String name, List<String> warnings) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            warnings.add("\"" + name + "\" is " + kind(value) + " (" + abbreviate(value.toString()) + "), not a string: stored without it");
            return Optional.empty();
        }
        return Optional.of(value.textValue());
    }

    private static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case OBJECT, POJO -> "an object";
            case ARRAY -> "an array";
            default -> "not a string";
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
