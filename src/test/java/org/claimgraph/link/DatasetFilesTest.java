package org.claimgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.vocab.CG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dataset files as users have them — saved from spreadsheets (byte-order mark, CRLF, semicolons,
 * decimal commas, dates such as 6-Jun-25), zipped as downloaded — with rows written here in the
 * datasets' published layouts (never real rows), imported into TDB2 on disk.
 */
class DatasetFilesTest {

    static ReferenceData reference;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        reference = ReferenceData.load();
    }

    /** An ACLED row with the 31 published columns: the given ones set, the others as a plain export has them. */
    private static List<String> acled(String id, String date, String fatalities, String... more) {
        Map<String, String> row = new LinkedHashMap<>();
        AcledEvents.HEADER.forEach(c -> row.put(c, ""));
        row.putAll(Map.of("event_id_cnty", id, "event_date", date, "year", "2025", "time_precision", "1", "event_type", "Explosions/Remote violence",
                "sub_event_type", "Air/drone strike", "actor1", "Military Forces of Israel (2022-)", "location", "Khan Yunis",
                "latitude", "31.3402", "longitude", "34.3063"));
        row.putAll(Map.of("geo_precision", "1", "fatalities", fatalities, "notes", "Invented for the tests.", "timestamp", "1749513600"));
        for (int i = 0; i < more.length; i += 2) {
            row.put(more[i], more[i + 1]);
        }
        return new ArrayList<>(row.values());
    }

    /** Fields joined as a spreadsheet saves them: quoted when they hold the delimiter, a quote or a line break. */
    private static String line(List<String> fields, String delimiter) {
        return String.join(delimiter, fields.stream()
                .map(f -> f.contains(delimiter) || f.contains("\"") || f.contains("\n") ? "\"" + f.replace("\"", "\"\"") + "\"" : f)
                .toList());
    }

    private Path file(String name, String delimiter, String eol, boolean bom, List<List<String>> rows) throws IOException {
        StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
        text.append(line(AcledEvents.HEADER, delimiter)).append(eol);
        rows.forEach(r -> text.append(line(r, delimiter)).append(eol));
        return Files.writeString(dir.resolve(name), text);
    }

    private DatasetGraph store() {
        return TDB2Factory.connectDataset(dir.resolve("store").toString()).asDatasetGraph();
    }

    private static Node event(String dataset, String id) {
        return NodeFactory.createURI(Iris.ID + "dataset/" + dataset + "/event/" + id);
    }

    private static String date(DatasetGraph dsg, String dataset, String id) {
        return Txn.calculateRead(dsg, () -> dsg.stream(Node.ANY, NodeFactory.createURI(event(dataset, id).getURI() + "/time"),
                Vocab.TIME_IN_XSD_DATE, Node.ANY).map(q -> q.getObject().getLiteralLexicalForm()).findFirst().orElse("none"));
    }

    private static long count(DatasetGraph dsg, Node s, Node p, Node o) {
        return Txn.calculateRead(dsg, () -> dsg.stream(Node.ANY, s, p, o).count());
    }

    private DatasetImporter.Summary importAcled(DatasetGraph dsg, AcledEvents format, List<String> problems, Path... files) throws IOException {
        return new DatasetImporter(dsg, format, reference).importFiles(List.of(files), problems::add, n -> { });
    }

    @Test
    void anAcledExportSavedFromASpreadsheetImportsEveryRow() throws IOException {
        // semicolons, CRLF, a byte-order mark, dates as 6-Jun-25, decimal commas, a note with a line break and a semicolon
        Path file = file("gaza-export.csv", ";", "\r\n", true, List.of(
                acled("PSE9001", "6-Jun-25", "4", "latitude", "31,3402", "notes", "Invented; two lines\r\nof notes."),
                acled("PSE9002", "28-Dec-97", "0"),
                acled("PSE9003", "30-May-25", "2", "event_id_cnty", "PSE9003")));
        DatasetGraph dsg = store();
        List<String> problems = new ArrayList<>();
        DatasetImporter.Summary s = importAcled(dsg, new AcledEvents(), problems, file);

        assertEquals(List.of(), problems);
        assertEquals(3, s.imported());
        assertEquals("2025-06-06", date(dsg, "acled", "PSE9001"));
        assertEquals("1997-12-28", date(dsg, "acled", "PSE9002"), "a two-digit year is the latest not after next year");
        assertEquals(1, count(dsg, event("acled", "PSE9001"), CG.fatalities.asNode(), NodeFactory.createLiteralDT("4", XSDDatatype.XSDinteger)));
        assertEquals(1, count(dsg, event("acled", "PSE9001"), Vocab.SEM_HAS_ACTOR, NodeFactory.createURI(Iris.ID + "israel-defense-forces")));
        assertEquals(1, count(dsg, event("acled", "PSE9001"), DCTerms.modified.asNode(),
                NodeFactory.createLiteralDT("2025-06-10T00:00:00Z", XSDDatatype.XSDdateTime)), "the timestamp column, Unix seconds");
        assertEquals(1, count(dsg, NodeFactory.createURI(event("acled", "PSE9001").getURI() + "/place/geometry"), Vocab.GEO_AS_WKT,
                NodeFactory.createLiteralDT("POINT(34.3063 31.3402)",
                org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(Vocab.GEO + "wktLiteral"))));
    }

    @Test
    void eachUsualDateFormIsReadWhenAFileHasItThroughout() throws IOException {
        Map<String, String> forms = Map.of("2025-06-06", "iso.csv", "06 June 2025", "long.csv", "6 Jun 2025", "short.csv",
                "6/6/2025", "slashes.csv", "06.06.2025", "dots.csv");
        DatasetGraph dsg = store();
        int n = 0;
        for (Map.Entry<String, String> form : forms.entrySet()) {
            List<String> problems = new ArrayList<>();
            String id = "PSE95" + n++;
            importAcled(dsg, new AcledEvents(), problems, file(form.getValue(), ",", "\n", false, List.of(acled(id, form.getKey(), "1"))));
            assertEquals(List.of(), problems, form.getKey());
            assertEquals("2025-06-06", date(dsg, "acled", id), form.getKey());
        }
    }

    @Test
    void dayAndMonthAreToldApartByTheFilesOwnDates() throws IOException {
        // 13/6/2025 can only be day/month, so 5/6/2025 is the 5th of June
        Path file = file("dm.csv", ",", "\n", false, List.of(acled("PSE9101", "5/6/2025", "1"), acled("PSE9102", "13/6/2025", "1")));
        DatasetGraph dsg = store();
        List<String> problems = new ArrayList<>();
        importAcled(dsg, new AcledEvents(), problems, file);
        assertEquals(List.of(), problems);
        assertEquals("2025-06-05", date(dsg, "acled", "PSE9101"));
    }

    @Test
    void aFileThatCannotTellDayFromMonthAsksForTheFormAndTakesItWhenGiven() throws IOException {
        Path file = file("us.csv", ",", "\n", false, List.of(acled("PSE9201", "6/5/2025", "1"), acled("PSE9202", "6/7/2025", "1")));
        DatasetGraph dsg = store();
        List<String> problems = new ArrayList<>();
        DatasetImporter.Summary s = importAcled(dsg, new AcledEvents(), problems, file);
        assertEquals(0, s.imported());
        assertTrue(problems.size() == 1 && problems.get(0).contains("us.csv:1:") && problems.get(0).contains("d/M/yyyy, M/d/yyyy")
                && problems.get(0).contains("--date-format") && problems.get(0).contains("file skipped"), problems.toString());

        problems.clear();
        assertEquals(2, importAcled(dsg, AcledEvents.withDateFormat("M/d/yyyy"), problems, file).imported());
        assertEquals("2025-06-05", date(dsg, "acled", "PSE9201"));
    }

    @Test
    void aFileWhoseDatesFitNoKnownFormSaysWhichItTriedAndHowToGiveOne() throws IOException {
        Path file = file("odd.csv", ",", "\n", false, List.of(acled("PSE9301", "2025.06.06", "1"), acled("PSE9302", "2025.06.07", "1")));
        List<String> problems = new ArrayList<>();
        DatasetGraph dsg = store();
        assertEquals(0, importAcled(dsg, new AcledEvents(), problems, file).imported());
        assertTrue(problems.get(0).contains("yyyy-MM-dd, d MMMM yyyy") && problems.get(0).contains("--date-format"), problems.toString());
        assertEquals(2, importAcled(dsg, AcledEvents.withDateFormat("yyyy.MM.dd"), new ArrayList<>(), file).imported());
    }

    @Test
    void aRowThatCannotBeReadIsNamedByFileLineAndColumnAndTheRestGoIn() throws IOException {
        // the first row spans two lines, so the bad one starts on line 4
        Path file = file("mixed.csv", ",", "\r\n", true, List.of(
                acled("PSE9401", "2025-06-06", "1", "notes", "Two\nlines."),
                acled("PSE9402", "2025-06-31", "1"),
                acled("PSE9403", "2025-06-07", "1")));
        List<String> problems = new ArrayList<>();
        DatasetImporter.Summary s = importAcled(store(), new AcledEvents(), problems, file);
        assertEquals(2, s.imported());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(file + ":4: column event_date: \"2025-06-31\""), problems.toString());
    }

    @Test
    void aRowThatIsNotUtf8IsNamedAndTheRestGoIn() throws IOException {
        Path file = file("latin1.csv", ",", "\n", false, List.of(acled("PSE9501", "2025-06-06", "1")));
        try (OutputStream out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND)) {
            out.write(line(acled("PSE9502", "2025-06-07", "1", "location", "Caf\u00e9"), ",").getBytes(StandardCharsets.ISO_8859_1));
            out.write('\n');
            out.write(line(acled("PSE9503", "2025-06-08", "1"), ",").getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        List<String> problems = new ArrayList<>();
        DatasetImporter.Summary s = importAcled(store(), new AcledEvents(), problems, file);
        assertEquals(2, s.imported());
        assertTrue(problems.size() == 1 && problems.get(0).startsWith(file + ":3: column location: not UTF-8"), problems.toString());
    }

    /** A zip holding one file, as GDELT publishes them. */
    private Path zip(String name, String entry, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(text.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    @Test
    void gdeltFilesAreReadZippedAsDownloaded() throws IOException {
        String events = GdeltImportTest.row("1200000001", "20250606", "ISRMIL", "ISRAEL", "ISR", "", "PSEREB", "HAMAS", "PSE", "HMS", "190",
                "19", "4", "Gaza, Gaza Strip, Occupied Palestinian Territory", "31.5", "34.4667", "https://harbortimes.example/z") + "\n";
        String[] mention = new String[GdeltEvents.MENTION_COLUMNS];
        Arrays.fill(mention, "");
        mention[0] = "1200000001";
        mention[3] = "1";
        mention[5] = "https://gulfledger.example/m";
        Path export = zip("20250606120000.export.CSV.zip", "20250606120000.export.CSV", events);
        Path mentions = zip("20250606120000.mentions.CSV.zip", "20250606120000.mentions.CSV", String.join("\t", mention) + "\n");
        DatasetGraph dsg = store();
        List<String> problems = new ArrayList<>();
        DatasetImporter.Summary s = new DatasetImporter(dsg, new GdeltEvents(), reference).importFiles(List.of(export, mentions), problems::add, n -> { });
        assertEquals(List.of(), problems);
        assertEquals(2, s.imported());
        assertEquals("2025-06-06", date(dsg, "gdelt", "1200000001"));
        assertEquals(1, count(dsg, event("gdelt", "1200000001"), CG.mentionedIn.asNode(),
                NodeFactory.createLiteralDT("https://gulfledger.example/m", XSDDatatype.XSDanyURI)));
    }

    @Test
    void aZipWithMoreThanOneFileIsSkippedWithTheReason() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (String name : List.of("a.CSV", "b.CSV")) {
                z.putNextEntry(new ZipEntry(name));
                z.closeEntry();
            }
        }
        Path both = Files.write(dir.resolve("two.zip"), bytes.toByteArray());
        List<String> problems = new ArrayList<>();
        new DatasetImporter(store(), new GdeltEvents(), reference).importFiles(List.of(both), problems::add, n -> { });
        assertTrue(problems.size() == 1 && problems.get(0).contains("two.zip") && problems.get(0).contains("holds 2 files"), problems.toString());
    }

    @Test
    void ucdpCandidateRowsWithTrueFalseYearsEmptyQuotedIdsAndCrlfImport() throws IOException {
        String header = UcdpAcledImportTest.UCDP_HEADER;
        String row1 = "\"880001\",\"\",2026,true,\"\",1,\"\",\"\",\"\",\"\",\"\",\"\",\"\",121,Government of Israel,\"\",209,Hamas,1,"
                + "\"Invented wire;\r\nInvented paper\",,,,,1,Rafah,,,,31.29,34.25,,,Israel,666,Middle East,1,1,"
                + "2026-01-05,2026-01-05,0,0,2,0,2,3,2,666,";
        String row2 = "\"880002\",\"\",2026,false,\"\",3,\"\",\"\",\"\",\"\",\"\",\"\",\"\",121,Government of Israel,\"\",1,Civilians,1,"
                + ",,,,,2,Gaza City,,,,31.5,34.47,,,Israel,666,Middle East,1,1,2026-01-06,2026-01-06,0,0,1,0,1,1,1,666,";
        Path file = Files.writeString(dir.resolve("GEDEvent_v26_01_26_01.csv"), header + "\r\n" + row1 + "\r\n" + row2 + "\r\n");
        DatasetGraph dsg = store();
        List<String> problems = new ArrayList<>();
        DatasetImporter.Summary s = new DatasetImporter(dsg, new UcdpGed(), reference).importFiles(List.of(file), problems::add, n -> { });
        assertEquals(List.of(), problems);
        assertEquals(2, s.imported());
        assertEquals("2026-01-06", date(dsg, "ucdp", "880002"));
        assertEquals(1, count(dsg, event("ucdp", "880001"), Vocab.SEM_HAS_ACTOR, NodeFactory.createURI(Iris.ID + "hamas")));
    }

    private static Set<Node> objects(DatasetGraph dsg, Node s, Node p) {
        return Txn.calculateRead(dsg, () -> dsg.stream(Node.ANY, s, p, Node.ANY).map(Quad::getObject).collect(Collectors.toSet()));
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    @Test
    void aRevisedAcledRowReplacesTheEventsFactsInsteadOfAddingToThem() throws IOException {
        Path first = file("acled-june.csv", ",", "\n", false, List.of(acled("PSE9101", "6-Jun-25", "4"), acled("PSE9102", "7-Jun-25", "1")));
        // the next export: the same event id, a higher count, a later timestamp and another place
        Path revised = file("acled-july.csv", ",", "\n", false, List.of(acled("PSE9101", "6-Jun-25", "7", "timestamp", "1752105600",
                "location", "Rafah", "latitude", "31.2968", "longitude", "34.2435"), acled("PSE9102", "7-Jun-25", "1")));
        DatasetGraph dsg = store();
        List<String> problems = new ArrayList<>();
        importAcled(dsg, new AcledEvents(), problems, first);
        DatasetImporter.Summary s = importAcled(dsg, new AcledEvents(), problems, revised);

        Node ev = event("acled", "PSE9101");
        assertEquals(List.of(), problems);
        assertEquals(Set.of(integer(7)), objects(dsg, ev, CG.fatalities.asNode()), "one count, the revised one");
        assertEquals(Set.of(NodeFactory.createLiteralDT("2025-07-10T00:00:00Z", XSDDatatype.XSDdateTime)), objects(dsg, ev, DCTerms.modified.asNode()));
        Node geometry = NodeFactory.createURI(ev.getURI() + "/place/geometry");
        assertEquals(1, objects(dsg, geometry, Vocab.GEO_AS_WKT).size(), "one point: the revised place's");
        assertEquals(Set.of(NodeFactory.createLiteralString("Rafah")), objects(dsg, NodeFactory.createURI(ev.getURI() + "/place"), RDFS.label.asNode()));
        assertEquals(Set.of(ev), s.revisedEvents(), "the unchanged row is not a revision");
        assertEquals(Set.of(ev), s.newEvents(), "the revised event is linked again");
        assertTrue(s.line().contains("0 events new to the store, 1 revised"), s.line());
        assertEquals(1, count(dsg, EventLinker.LINKS_GRAPH, CG.pendingEvent.asNode(), ev), "noted for the linker");

        DatasetImporter.Summary again = importAcled(dsg, new AcledEvents(), problems, revised);
        assertEquals(Set.of(), again.newEvents(), "the same revised rows again change nothing");
        assertEquals(Set.of(integer(7)), objects(dsg, ev, CG.fatalities.asNode()));
    }

    @Test
    void theLaterOfTwoRowsForOneEventInOneFileWins() throws IOException {
        Path file = file("acled-twice.csv", ",", "\n", false, List.of(acled("PSE9201", "6-Jun-25", "2"), acled("PSE9201", "6-Jun-25", "3")));
        DatasetGraph dsg = store();
        importAcled(dsg, new AcledEvents(), new ArrayList<>(), file);
        assertEquals(Set.of(integer(3)), objects(dsg, event("acled", "PSE9201"), CG.fatalities.asNode()));
    }

    @Test
    void aRevisedUcdpRowReplacesItsEstimates() throws IOException {
        String header = UcdpAcledImportTest.UCDP_HEADER;
        String row = "\"880201\",\"\",2026,false,\"\",3,\"\",\"\",\"\",\"\",\"\",\"\",\"\",121,Government of Israel,\"\",1,Civilians,1,"
                + ",,,,,2,Gaza City,,,,31.5,34.47,,,Israel,666,Middle East,1,1,2026-01-06,2026-01-06,0,0,DEATHS,0,BEST,HIGH,LOW,666,";
        Path first = Files.writeString(dir.resolve("GEDEvent_v26_0_1.csv"),
                header + "\n" + row.replace("DEATHS", "1").replace("BEST", "1").replace("HIGH", "1").replace("LOW", "1") + "\n");
        Path next = Files.writeString(dir.resolve("GEDEvent_v26_0_2.csv"),
                header + "\n" + row.replace("DEATHS", "5").replace("BEST", "5").replace("HIGH", "6").replace("LOW", "4") + "\n");
        DatasetGraph dsg = store();
        List<String> problems = new ArrayList<>();
        new DatasetImporter(dsg, new UcdpGed(), reference).importFiles(List.of(first), problems::add, n -> { });
        DatasetImporter.Summary s = new DatasetImporter(dsg, new UcdpGed(), reference).importFiles(List.of(next), problems::add, n -> { });
        Node ev = event("ucdp", "880201");
        assertEquals(List.of(), problems);
        assertEquals(Set.of(ev), s.revisedEvents());
        assertEquals(Set.of(integer(5)), objects(dsg, ev, CG.fatalities.asNode()));
        assertEquals(Set.of(integer(4)), objects(dsg, ev, CG.fatalitiesLow.asNode()));
        assertEquals(Set.of(integer(6)), objects(dsg, ev, CG.fatalitiesHigh.asNode()));
    }

    @Test
    void aRevisedGdeltEventKeepsTheArticlesThatMentionIt() throws IOException {
        String[] mention = new String[GdeltEvents.MENTION_COLUMNS];
        Arrays.fill(mention, "");
        mention[0] = "1200000301";
        mention[3] = "1";
        mention[5] = "https://gulfledger.example/r";
        Path mentions = Files.writeString(dir.resolve("20250606120000.mentions.CSV"), String.join("\t", mention) + "\n");
        Path export = Files.writeString(dir.resolve("20250606120000.export.CSV"), GdeltImportTest.row("1200000301", "20250606", "ISRMIL",
                "ISRAEL", "ISR", "", "PSEREB", "HAMAS", "PSE", "HMS", "190", "19", "4", "Gaza, Gaza Strip, Occupied Palestinian Territory",
                "31.5", "34.4667", "https://harbortimes.example/r") + "\n");
        Path revised = Files.writeString(dir.resolve("20250606121500.export.CSV"), GdeltImportTest.row("1200000301", "20250606", "ISRMIL",
                "ISRAEL", "ISR", "", "PSEREB", "HAMAS", "PSE", "HMS", "190", "19", "4", "Gaza, Gaza Strip, Occupied Palestinian Territory",
                "31.5", "34.4667", "https://harbortimes.example/r-updated") + "\n");
        DatasetGraph dsg = store();
        List<String> problems = new ArrayList<>();
        new DatasetImporter(dsg, new GdeltEvents(), reference).importFiles(List.of(export, mentions), problems::add, n -> { });
        DatasetImporter.Summary s = new DatasetImporter(dsg, new GdeltEvents(), reference).importFiles(List.of(revised), problems::add, n -> { });
        Node ev = event("gdelt", "1200000301");
        assertEquals(List.of(), problems);
        assertEquals(Set.of(ev), s.revisedEvents());
        assertEquals(Set.of(NodeFactory.createLiteralDT("https://harbortimes.example/r-updated", XSDDatatype.XSDanyURI)),
                objects(dsg, ev, CG.sourceUrl.asNode()));
        assertEquals(Set.of(NodeFactory.createLiteralDT("https://gulfledger.example/r", XSDDatatype.XSDanyURI)),
                objects(dsg, ev, CG.mentionedIn.asNode()), "the mentions file's article stays");
    }

    @Test
    void aTollSetAgainstAFileThatEndsBeforeItsDaySaysWhichDaysTheFileCovers() throws IOException {
        DatasetGraph dsg = store();
        Txn.executeWrite(dsg, () -> reference.reference().find().forEach(t -> dsg.add(Iris.REFERENCE_GRAPH, t.getSubject(), t.getPredicate(), t.getObject())));
        // "since June 2025" said on 26 August, at Khan Younis
        Node toll = NodeFactory.createURI(Iris.ID + "quantity/test-toll");
        String trig = """
                PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                <%s> { <%s> a cg:Quantity ; cg:measure cg:measure-deaths ; cg:value "900"^^xsd:decimal ; cg:period "since June 2025" ;
                       cg:place <https://w3id.org/claimgraph/id/khan-younis> ; cg:asOf "2025-08-26"^^xsd:date . }
                """.formatted(Iris.articleGraph("t1").getURI(), toll.getURI());
        Txn.executeWrite(dsg, () -> org.apache.jena.riot.RDFParser.fromString(trig, org.apache.jena.riot.Lang.TRIG).parse(dsg));
        // the export ends on 6 June; its last event is far from Khan Younis, and one is before the period
        Path file = file("ends-in-june.csv", ",", "\n", false, List.of(
                acled("PSE9601", "20 May 2025", "3"),
                acled("PSE9602", "02 June 2025", "5"),
                acled("PSE9603", "06 June 2025", "1", "location", "Jenin", "latitude", "32.4608", "longitude", "35.3005")));
        importAcled(dsg, new AcledEvents(), new ArrayList<>(), file);
        new EventLinker(reference).update(dsg);

        Txn.executeRead(dsg, () -> {
            Node comparison = dsg.find(EventLinker.LINKS_GRAPH, Node.ANY, CG.comparedFigure.asNode(), toll).next().getSubject();
            java.util.function.Function<Node, String> value = p -> dsg.find(EventLinker.LINKS_GRAPH, comparison, p, Node.ANY).next()
                    .getObject().getLiteralLexicalForm();
            assertEquals("5", value.apply(CG.datasetFatalities.asNode()), "only the event near Khan Younis within the period");
            assertEquals("2025-06-01", value.apply(CG.periodStart.asNode()));
            assertEquals("2025-06-02", value.apply(CG.coveredFrom.asNode()));
            assertEquals("2025-06-06", value.apply(CG.coveredTo.asNode()), "the file's last day, wherever its event was");
        });
    }
}
