package org.claimgraph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes records as JSON Lines or as CSV (nested values as JSON text in their cell). */
public final class JsonLines {

    static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Output formats of the table exports. */
    public enum Format { jsonl, csv }

    private JsonLines() {
    }

    public static void write(List<ObjectNode> records, Format format, OutputStream out) {
        PrintStream print = new PrintStream(out, false, StandardCharsets.UTF_8);
        try {
            if (format == Format.jsonl) {
                for (ObjectNode r : records) {
                    print.print(JSON.writeValueAsString(r));
                    print.print('\n');
                }
            } else {
                writeCsv(records, print);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        print.flush();
    }

    private static void writeCsv(List<ObjectNode> records, PrintStream print) throws IOException {
        if (records.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>();
        records.get(0).fieldNames().forEachRemaining(columns::add);
        print.print(String.join(",", columns.stream().map(JsonLines::csvCell).toList()) + "\r\n");
        for (ObjectNode r : records) {
            List<String> cells = new ArrayList<>();
            for (String c : columns) {
                JsonNode v = r.get(c);
                cells.add(csvCell(v == null || v.isNull() ? "" : v.isValueNode() ? v.asText() : JSON.writeValueAsString(v)));
            }
            print.print(String.join(",", cells) + "\r\n");
        }
    }

    /** RFC 4180 quoting: quote when the value has a comma, quote or line break. */
    static String csvCell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
