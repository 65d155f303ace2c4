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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes records as they come, as JSON Lines (one object per line; a record given with a long array
 * is streamed element by element) or as CSV, one value per cell, in the table's declared columns
 * ({@link CsvTables}; the header is written first, so an empty export still names its columns).
 * Holds no more than one record.
 */
final class RecordWriter implements RecordSink {

    private final JsonLines.Format format;
    private final OutputStream out;
    private final PrintStream print;
    private final CsvTables.Layout layout;
    private final CSVPrinter csv;

    RecordWriter(JsonLines.Format format, OutputStream out, StoreExporter.Table table) {
        this.format = format;
        this.out = out;
        this.print = new PrintStream(out, false, StandardCharsets.UTF_8);
        this.layout = CsvTables.of(table);
        try {
            // RFC 4180: comma, CRLF, quoted only when needed; never closed, so neither is out
            this.csv = format == JsonLines.Format.csv ? new CSVPrinter(print, CSVFormat.RFC4180) : null;
            if (csv != null) {
                csv.printRecord(layout.columns());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void record(ObjectNode record) {
        try {
            if (format == JsonLines.Format.jsonl) {
                print.print(JsonLines.JSON.writeValueAsString(record));
                print.print('\n');
            } else if (layout.rows().isPresent()) {
                JsonNode items = record.get(layout.rows().get().field());
                csvRows(record, items == null ? List.<JsonNode>of().iterator() : items.iterator());
            } else {
                csv.printRecord(layout.headCells(record));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void record(ObjectNode head, String field, Iterator<? extends JsonNode> elements) {
        if (format != JsonLines.Format.jsonl) {
            if (layout.rows().isPresent() && layout.rows().get().field().equals(field)) {
                try {
                    csvRows(head, elements); // one row per element, as it comes
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                RecordSink.super.record(head, field, elements); // its columns hold the whole list joined
            }
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

    /** One row per item, the record's own cells repeated on each; a record without items still gets a row. */
    private void csvRows(JsonNode record, Iterator<? extends JsonNode> items) throws IOException {
        List<String> head = layout.headCells(record);
        boolean any = false;
        while (items.hasNext()) {
            csvRow(head, layout.itemCells(items.next()));
            any = true;
        }
        if (!any) {
            csvRow(head, layout.itemCells(null));
        }
    }

    private void csvRow(List<String> head, List<String> item) throws IOException {
        List<String> row = new ArrayList<>(head);
        row.addAll(item);
        csv.printRecord(row);
    }

    void flush() {
        print.flush();
    }
}
