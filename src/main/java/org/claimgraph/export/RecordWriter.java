package org.claimgraph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes records as they come, as JSON Lines (one object per line; a record given with a long array
 * is streamed element by element) or as CSV (the first record's fields are the header; nested values
 * are JSON text in their cell). Holds no more than one record.
 */
final class RecordWriter implements RecordSink {

    private final JsonLines.Format format;
    private final OutputStream out;
    private final PrintStream print;
    private List<String> columns;

    RecordWriter(JsonLines.Format format, OutputStream out) {
        this.format = format;
        this.out = out;
        this.print = new PrintStream(out, false, StandardCharsets.UTF_8);
    }

    @Override
    public void record(ObjectNode record) {
        try {
            if (format == JsonLines.Format.jsonl) {
                print.print(JsonLines.JSON.writeValueAsString(record));
                print.print('\n');
            } else {
                csvRow(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void record(ObjectNode head, String field, Iterator<? extends JsonNode> elements) {
        if (format != JsonLines.Format.jsonl) {
            RecordSink.super.record(head, field, elements); // a CSV cell holds the whole array anyway
            return;
        }
        try {
            print.flush();
            try (JsonGenerator json = JsonLines.JSON.getFactory().createGenerator(out)) { // does not close out
            json.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = head.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                json.writeFieldName(f.getKey());
                JsonLines.JSON.writeTree(json, f.getValue());
            }
            json.writeArrayFieldStart(field);
            while (elements.hasNext()) {
                JsonLines.JSON.writeTree(json, elements.next());
            }
            json.writeEndArray();
            json.writeEndObject();
            }
            print.print('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void csvRow(ObjectNode record) throws IOException {
        if (columns == null) {
            columns = new ArrayList<>();
            record.fieldNames().forEachRemaining(columns::add);
            print.print(String.join(",", columns.stream().map(JsonLines::csvCell).toList()) + "\r\n");
        }
        List<String> cells = new ArrayList<>();
        for (String c : columns) {
            JsonNode v = record.get(c);
            cells.add(JsonLines.csvCell(v == null || v.isNull() ? "" : v.isValueNode() ? v.asText() : JsonLines.JSON.writeValueAsString(v)));
        }
        print.print(String.join(",", cells) + "\r\n");
    }

    void flush() {
        print.flush();
    }
}
