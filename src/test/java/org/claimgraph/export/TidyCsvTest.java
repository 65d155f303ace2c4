package org.claimgraph.export;

import static org.claimgraph.export.CsvShape.SPAN;
import static org.claimgraph.export.CsvShape.VALUE;
import static org.claimgraph.export.CsvShape.listOf;
import static org.claimgraph.export.CsvShape.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/**
 * CSV exports hold one value per cell in columns declared per export ({@link CsvTables}). The records
 * here are the examples' JSON Lines exports as ExampleAnswersIT snapshots them (ExampleAnswersIT
 * checks the same on a store it builds), and a few invented ones.
 */
class TidyCsvTest {

    static final Path SNAPSHOT = Path.of(System.getProperty("claimgraph.project.dir", "."))
            .resolve("src/test/resources/org/claimgraph/answers");

    @Test
    void everyExportOfTheExamplesHasOneValuePerCell() throws IOException {
        for (StoreExporter.Table table : StoreExporter.Table.values()) {
            String jsonl = Files.readString(SNAPSHOT.resolve("export-" + table + ".jsonl"));
            TidyCsv.check(table, jsonl, csv(table, jsonl, false));
        }
    }

    /** Entities and negotiations come with their long list streamed: the CSV is the same as from whole records. */
    @Test
    void aStreamedListGivesTheSameRows() throws IOException {
        for (StoreExporter.Table table : List.of(StoreExporter.Table.actors, StoreExporter.Table.negotiations)) {
            String jsonl = Files.readString(SNAPSHOT.resolve("export-" + table + ".jsonl"));
            assertEquals(csv(table, jsonl, false), csv(table, jsonl, true), table.toString());
        }
    }

    @Test
    void anEmptyStoreStillNamesEveryColumn() {
        for (StoreExporter.Table table : StoreExporter.Table.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new StoreExporter(DatasetGraphFactory.createTxnMem()).exportTable(table, JsonLines.Format.csv, out);
            assertEquals(String.join(",", CsvTables.of(table).columns()) + "\r\n", out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theAttributionColumnsAreThoseAScriptNamesWhateverTheRows() {
        List<String> columns = CsvTables.of(StoreExporter.Table.attributions).columns();
        for (String c : List.of("article_published", "article_publisher", "source_text", "source_begin", "source_entity_label",
                "source_entity_wikidata", "source_anonymous", "source_descriptor", "source_affiliation_label", "cue_lemma",
                "cue_begin", "cue_end", "content_text", "content_begin", "content_end", "about_iri", "about_label")) {
            assertEquals(true, columns.contains(c), c);
        }
    }

    @Test
    void nullObjectsGiveEmptyCellsListsJoinItemByItemAndSpansTheirEnds() {
        CsvShape.Obj shape = obj("iri", VALUE, "entity", obj("iri", VALUE, "label", VALUE),
                "about", listOf(obj("iri", VALUE, "label", VALUE)), "tags", listOf(VALUE), "span", SPAN);
        assertEquals(List.of("iri", "entity_iri", "entity_label", "about_iri", "about_label", "tags", "begin", "end"),
                CsvShape.columns(shape, ""));
        JsonNode full = TidyCsv.json("""
                {"iri":"x","entity":{"iri":"e","label":"Nadia Rahm"},"about":[{"iri":"a","label":"Oskar Vell"},{"iri":"b","label":null}],
                 "tags":["t1","t2"],"span":[3,9]}""");
        assertEquals(List.of("x", "e", "Nadia Rahm", "a; b", "Oskar Vell; ", "t1; t2", "3", "9"), cells(shape, full));
        JsonNode empty = TidyCsv.json("""
                {"iri":"y","entity":null,"about":[],"tags":[],"span":null}""");
        assertEquals(List.of("y", "", "", "", "", "", "", ""), cells(shape, empty));
    }

    @Test
    void aFieldMissingFromAnObjectThatIsThereTakesItsDefault() {
        CsvShape.Obj shape = obj("speaker", obj("iri", VALUE, "anonymous", new CsvShape.Value("false")));
        assertEquals(List.of("s", "false"), cells(shape, TidyCsv.json("{\"speaker\":{\"iri\":\"s\",\"label\":\"Nadia Rahm\"}}")));
        assertEquals(List.of("", "true"), cells(shape, TidyCsv.json("{\"speaker\":{\"entity\":null,\"anonymous\":true}}")));
        assertEquals(List.of("", ""), cells(shape, TidyCsv.json("{\"speaker\":null}")));
    }

    @Test
    void aNegotiationHasOneRowPerDevelopmentAndOneWithoutAny() throws IOException {
        String jsonl = """
                {"iri":"n1","label":"Talks","topic":"ceasefire","venue":null,"parties":[],"mediators":[],"developments":[\
                {"iri":"d1","kind":"proposal","date":"2031-05-01","actors":[{"iri":"p","label":"Pell"}],"article":{"id":"a1"},"text":"It was proposed; then sent","span":[1,5]},\
                {"iri":"d2","kind":"rejection","date":null,"actors":[],"article":{"id":"a2"},"text":"rejected","span":[7,9]}]}
                {"iri":"n2","label":"Other talks","topic":null,"venue":null,"parties":[],"mediators":[],"developments":[]}
                """;
        String csv = csv(StoreExporter.Table.negotiations, jsonl, true);
        List<String> lines = csv.lines().toList();
        assertEquals(4, lines.size());
        assertEquals("n1,Talks,ceasefire,,,,,,,d1,proposal,2031-05-01,p,Pell,a1,,,,It was proposed; then sent,1,5", lines.get(1));
        assertEquals("n2,Other talks,,,,,,,,,,,,,,,,,,,", lines.get(3));
    }

    @Test
    void aListInsideAListItemOrTwoFieldsOfOneNameAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> listOf(obj("actors", listOf(VALUE))));
        assertThrows(IllegalArgumentException.class, () -> CsvShape.columns(obj("a", obj("b", VALUE), "a_b", VALUE), ""));
    }

    @Test
    void aNestedValueWhereAScalarIsDeclaredIsAnError() {
        assertThrows(IllegalStateException.class, () -> cells(obj("iri", VALUE), TidyCsv.json("{\"iri\":{\"x\":1}}")));
    }

    private static List<String> cells(CsvShape shape, JsonNode value) {
        List<String> out = new ArrayList<>();
        CsvShape.cells(shape, value, out);
        return out;
    }

    /** The CSV of the records; {@code streamed}: the rows field given as head and elements, as the exports do. */
    private static String csv(StoreExporter.Table table, String jsonl, boolean streamed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordWriter writer = new RecordWriter(JsonLines.Format.csv, out, table);
        String field = table == StoreExporter.Table.actors ? "mentions" : "developments";
        jsonl.lines().map(line -> (ObjectNode) TidyCsv.json(line)).forEach(record -> {
            if (streamed) {
                JsonNode list = record.remove(field);
                List<JsonNode> items = new ArrayList<>();
                list.forEach(items::add);
                writer.record(record, field, items.iterator());
            } else {
                writer.record(record);
            }
        });
        writer.flush();
        return out.toString(StandardCharsets.UTF_8);
    }
}
