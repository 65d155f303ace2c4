package org.claimgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks a table's CSV export against its JSON Lines export of the same store, reading the CSV with
 * Apache Commons CSV as a user's tool would: the declared header, every row as wide as it, no cell
 * holding a JSON object or array, one row per record (per development for negotiations), chosen
 * columns equal to the JSON values they flatten (read here by path, independently of
 * {@link CsvShape}), each of them non-empty somewhere, and every JSON field given a column.
 */
public final class TidyCsv {

    /**
     * Column → where its value is in the JSON record: a path of field names and array indices, "*"
     * for every item of a list (values joined with "; "); a path starting "@" is read from the row's
     * development, not from the negotiation.
     */
    static final Map<StoreExporter.Table, Map<String, String>> EXPECTED = Map.of(
            StoreExporter.Table.articles, Map.of("id", "id", "title", "title", "chars", "chars", "published", "published"),
            StoreExporter.Table.actors, Map.of("label", "label", "aliases", "aliases/*", "wikidata", "wikidata",
                    "mentions_article_id", "mentions/*/article/id", "mentions_begin", "mentions/*/span/0", "mentions_end", "mentions/*/span/1"),
            StoreExporter.Table.locations, Map.of("lat", "lat", "geonames", "geonames", "mentions_text", "mentions/*/text",
                    "mentions_article_published", "mentions/*/article/published"),
            StoreExporter.Table.attributions, Map.ofEntries(
                    Map.entry("source_entity_label", "source/entity/label"), Map.entry("source_entity_wikidata", "source/entity/wikidata"),
                    Map.entry("source_descriptor", "source/descriptor"), Map.entry("source_affiliation_label", "source/affiliation/label"),
                    Map.entry("source_begin", "source/span/0"), Map.entry("cue_lemma", "cue/lemma"), Map.entry("cue_begin", "cue/span/0"),
                    Map.entry("content_text", "content/text"), Map.entry("content_begin", "content/spans/*/0"),
                    Map.entry("content_end", "content/spans/*/1"), Map.entry("about_label", "about/*/label"),
                    Map.entry("article_published", "article/published"), Map.entry("disputes", "disputes/*"),
                    Map.entry("confidence_source", "confidence/source")),
            StoreExporter.Table.quantities, Map.of("value", "value", "begin", "span/0", "end", "span/1", "place_label", "place/label",
                    "stated_by_entity_label", "stated_by/entity/label", "stated_by_anonymous", "stated_by/anonymous",
                    "conflicts_with", "conflicts_with/*"),
            StoreExporter.Table.negotiations, Map.of("iri", "iri", "parties_label", "parties/*/label", "venue_label", "venue/label",
                    "development_kind", "@kind", "development_actors_label", "@actors/*/label", "development_begin", "@span/0",
                    "development_article_id", "@article/id", "development_text", "@text"),
            StoreExporter.Table.claims, Map.of("speaker_label", "speaker_label", "speaker_iri", "speaker/iri",
                    "speaker_descriptor", "speaker/descriptor", "attributions", "attributions/*", "disputed_by", "disputed_by/*",
                    "independent_sources", "independent_sources"));

    private TidyCsv() {
    }

    /** Checks {@code csv} against {@code jsonl}, two exports of {@code table} from one store. */
    public static void check(StoreExporter.Table table, String jsonl, String csv) {
        CsvTables.Layout layout = CsvTables.of(table);
        List<JsonNode> records = jsonl.lines().map(TidyCsv::json).toList();
        List<JsonNode[]> expectedRows = new ArrayList<>(); // {record, development or null}
        for (JsonNode r : records) {
            assertEquals(List.of(), undeclared(layout, r), table + ": fields of the JSON record with no CSV column");
            if (layout.rows().isPresent() && r.path(layout.rows().get().field()).size() > 0) {
                r.get(layout.rows().get().field()).forEach(item -> expectedRows.add(new JsonNode[] {r, item}));
            } else {
                expectedRows.add(new JsonNode[] {r, null});
            }
        }
        List<CSVRecord> rows;
        List<String> header;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            header = parser.getHeaderNames();
            rows = parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(layout.columns(), header, table + ": the declared columns");
        assertEquals(expectedRows.size(), rows.size(), table + ": one row per record");
        Map<String, String> expected = EXPECTED.get(table);
        Set<String> filled = new java.util.HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            assertEquals(header.size(), row.size(), table + " row " + (i + 1) + ": as many cells as the header");
            for (String cell : row) {
                assertFalse(cell.startsWith("{") || cell.startsWith("["), table + " row " + (i + 1) + ": JSON in a cell: " + cell);
            }
            for (Map.Entry<String, String> e : expected.entrySet()) {
                String path = e.getValue();
                JsonNode from = path.startsWith("@") ? expectedRows.get(i)[1] : expectedRows.get(i)[0];
                String want = String.join("; ", values(from, path.replaceFirst("^@", "")));
                assertEquals(want, row.get(e.getKey()), table + " row " + (i + 1) + " column " + e.getKey());
                if (!want.isEmpty()) {
                    filled.add(e.getKey());
                }
            }
        }
        assertEquals(expected.keySet(), filled, table + ": each checked column has a value somewhere");
    }

    /** The values at {@code path} ("a/b/0", "*" for every item), null and missing as empty text. */
    private static List<String> values(JsonNode node, String path) {
        List<JsonNode> at = new ArrayList<>();
        at.add(node);
        for (String step : path.split("/")) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode n : at) {
                if (n == null || n.isNull() || n.isMissingNode()) {
                    next.add(n);
                } else if (step.equals("*")) {
                    n.forEach(next::add);
                } else {
                    next.add(step.chars().allMatch(Character::isDigit) ? n.get(Integer.parseInt(step)) : n.get(step));
                }
            }
            at = next;
        }
        return at.stream().map(n -> n == null || n.isNull() || n.isMissingNode() ? "" : n.asText()).toList();
    }

    /** Field paths of the record (and its rows' items) that the layout declares no column or skip for. */
    static List<String> undeclared(CsvTables.Layout layout, JsonNode record) {
        List<String> out = new ArrayList<>();
        undeclared(layout.record(), record, "", layout.rows().map(CsvTables.Layout.Rows::field).orElse(null), out);
        layout.rows().ifPresent(r -> record.path(r.field()).forEach(item -> undeclared(r.item(), item, r.field() + "[].", null, out)));
        return out;
    }

    private static void undeclared(CsvShape shape, JsonNode value, String path, String rowsField, List<String> out) {
        if (value == null || value.isNull()) {
            return;
        }
        if (shape instanceof CsvShape.Obj o) {
            Map<String, CsvShape> fields = o.fields().stream().collect(Collectors.toMap(CsvShape.Field::name, CsvShape.Field::shape));
            value.fieldNames().forEachRemaining(name -> {
                if (!fields.containsKey(name) && !name.equals(rowsField)) {
                    out.add(path + name);
                } else if (fields.containsKey(name)) {
                    undeclared(fields.get(name), value.get(name), path + name + ".", null, out);
                }
            });
        } else if (shape instanceof CsvShape.ListOf l) {
            value.forEach(item -> undeclared(l.item(), item, path, null, out));
        }
    }

    /** Reads numbers as the exports write them: 27.0 stays "27.0", 1.0E7 is "10000000.0" (exact decimals). */
    private static final ObjectMapper READ = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    static JsonNode json(String line) {
        try {
            return READ.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
