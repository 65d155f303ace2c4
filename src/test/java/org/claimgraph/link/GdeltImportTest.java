package org.claimgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.vocab.CG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GDELT 2.0 event rows written here in the real 61-column layout, imported into TDB2 on disk. */
class GdeltImportTest {

    static ReferenceData reference;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        reference = ReferenceData.load();
    }

    /** A GDELT 2.0 event row: 61 tab-separated fields, the ones given set, the rest empty. */
    static String row(String id, String date, String actor1Code, String actor1Name, String actor1Country, String actor1Group,
            String actor2Code, String actor2Name, String actor2Country, String actor2Group, String eventCode, String root,
            String geoType, String geoName, String lat, String lon, String url) {
        String[] f = new String[GdeltEvents.COLUMNS];
        Arrays.fill(f, "");
        f[0] = id;
        f[1] = date;
        f[2] = date.substring(0, 6);
        f[3] = date.substring(0, 4);
        f[5] = actor1Code;
        f[6] = actor1Name;
        f[7] = actor1Country;
        f[8] = actor1Group;
        f[15] = actor2Code;
        f[16] = actor2Name;
        f[17] = actor2Country;
        f[18] = actor2Group;
        f[25] = "1";
        f[26] = eventCode;
        f[27] = eventCode.substring(0, Math.min(3, eventCode.length()));
        f[28] = root;
        f[51] = geoType;
        f[52] = geoName;
        f[56] = lat;
        f[57] = lon;
        f[59] = date + "120000";
        f[60] = url;
        return String.join("\t", f);
    }

    private Path sample() throws IOException {
        List<String> lines = List.of(
                row("1100000001", "20250724", "ISRMIL", "ISRAEL", "ISR", "", "PSEREB", "HAMAS", "PSE", "HMS", "190", "19",
                        "4", "Gaza, Gaza Strip, Occupied Palestinian Territory", "31.5", "34.4667", "https://harbortimes.example/a"),
                row("1100000002", "20250724", "USA", "UNITED STATES", "USA", "", "QAT", "QATAR", "QAT", "", "040", "4",
                        "4", "Doha, Ad Dawhah, Qatar", "25.2867", "51.5333", "https://gulfledger.example/b"),
                "1100000003\t20250725\tonly three columns",
                row("1100000004", "2025-07-25", "EGY", "EGYPT", "EGY", "", "", "", "", "", "036", "3", "1", "Egypt", "27", "30", ""),
                row("1100000005", "20250726", "CVL", "CIVILIAN", "", "", "", "", "", "", "0233", "2", "", "", "", "", ""));
        return Files.write(dir.resolve("20250726.export.CSV"), lines);
    }

    private static long count(DatasetGraph dsg, Node s, Node p, Node o) {
        return Txn.calculateRead(dsg, () -> dsg.stream(Node.ANY, s, p, o).count());
    }

    @Test
    void aWebMentionRowNamesTheArticleThatMentionsTheEventAndOtherMentionsAreSkipped() throws IOException {
        String web = String.join("\t", "1100000001", "20250724120000", "20250725080000", "1", "levantwire.example",
                "https://levantwire.example/a", "3", "1", "2", "3", "1", "80", "2000", "-3.0", "", "");
        String broadcast = String.join("\t", "1100000001", "20250724120000", "20250725080000", "2", "BBC Monitoring",
                "BBC Monitoring item 42", "3", "1", "2", "3", "1", "80", "2000", "-3.0", "", "");
        Path file = Files.write(dir.resolve("20250725.mentions.CSV"), List.of(web, broadcast));
        DatasetGraph dsg = TDB2Factory.connectDataset(dir.resolve("store").toString()).asDatasetGraph();
        List<String> problems = new ArrayList<>();
        DatasetImporter.Summary summary = new DatasetImporter(dsg, new GdeltEvents(), reference).importFiles(List.of(file), problems::add, n -> { });
        assertEquals(1, summary.imported());
        assertTrue(problems.get(0).contains(":2: column 4 (MentionType): 2 names no web article"), problems.toString());
        assertEquals(1, count(dsg, NodeFactory.createURI(Iris.ID + "dataset/gdelt/event/1100000001"), CG.mentionedIn.asNode(),
                NodeFactory.createLiteralDT("https://levantwire.example/a", org.apache.jena.datatypes.xsd.XSDDatatype.XSDanyURI)));
    }

    @Test
    void rowsBecomeEventsWithMappedActorsPlacesAndCategoriesAndBadRowsAreReportedByLine() throws IOException {
        DatasetGraph dsg = TDB2Factory.connectDataset(dir.resolve("store").toString()).asDatasetGraph();
        List<String> problems = new ArrayList<>();
        DatasetImporter.Summary summary = new DatasetImporter(dsg, new GdeltEvents(), reference)
                .importFiles(List.of(sample()), problems::add, n -> { });

        assertEquals(5, summary.rows());
        assertEquals(3, summary.imported());
        assertEquals(2, summary.malformed());
        assertTrue(problems.get(0).contains("20250726.export.CSV:3:") && problems.get(0).contains("3 columns"), problems.toString());
        assertTrue(problems.get(1).contains(":4:") && problems.get(1).contains("SQLDATE"), problems.toString());

        Node graph = NodeFactory.createURI(Iris.BASE + "graph/dataset/gdelt");
        Node fight = NodeFactory.createURI(Iris.ID + "dataset/gdelt/event/1100000001");
        assertEquals(3, Txn.calculateRead(dsg, () -> dsg.stream(graph, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(),
                CG.DatasetEvent.asNode()).count()));
        // Hamas by its CAMEO known-group code, Israel by its ISO code
        assertEquals(1, count(dsg, fight, Vocab.SEM_HAS_ACTOR, NodeFactory.createURI(Iris.ID + "hamas")));
        assertEquals(1, count(dsg, fight, Vocab.SEM_HAS_ACTOR, NodeFactory.createURI(Iris.ID + "israel")));
        assertEquals(1, count(dsg, fight, CG.datasetEventType.asNode(), NodeFactory.createURI(CG.NS + "cameo-19")));
        // CAMEO's fight is PLOVER's assault, in the code lists the import brings along
        assertEquals(1, count(dsg, NodeFactory.createURI(CG.NS + "cameo-19"), NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#closeMatch"),
                NodeFactory.createURI(CG.NS + "plover-assault")));
        assertEquals(1, count(dsg, fight, CG.actorCode.asNode(), NodeFactory.createLiteralString("PSEREB")));
        Node geometry = NodeFactory.createURI(fight.getURI() + "/place/geometry");
        String wkt = Txn.calculateRead(dsg, () -> dsg.stream(Node.ANY, geometry, Vocab.GEO_AS_WKT, Node.ANY).findFirst().orElseThrow()
                .getObject().getLiteralLexicalForm());
        assertEquals("POINT(34.4667 31.5)", wkt);
        // an actor no mapping knows keeps its code and name, and no sem:hasActor
        Node civilian = NodeFactory.createURI(Iris.ID + "dataset/gdelt/event/1100000005");
        assertEquals(0, count(dsg, civilian, Vocab.SEM_HAS_ACTOR, Node.ANY));
        assertEquals(1, count(dsg, civilian, CG.actorName.asNode(), NodeFactory.createLiteralString("CIVILIAN")));

        long quads = Txn.calculateRead(dsg, () -> dsg.stream(graph, Node.ANY, Node.ANY, Node.ANY).count());
        new DatasetImporter(dsg, new GdeltEvents(), reference).importFiles(List.of(sample()), p -> { }, n -> { });
        assertEquals(quads, Txn.calculateRead(dsg, () -> dsg.stream(graph, Node.ANY, Node.ANY, Node.ANY).count()),
                "importing the same file again changes nothing");
    }
}
