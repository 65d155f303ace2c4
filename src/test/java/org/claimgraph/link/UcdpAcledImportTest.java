package org.claimgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

/**
 * UCDP GED and ACLED rows written here under the datasets' published headers (never real rows),
 * imported into TDB2 on disk.
 */
class UcdpAcledImportTest {

    static final String UCDP_HEADER = "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,"
            + "conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,"
            + "side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,"
            + "where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,"
            + "event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob";

    static ReferenceData reference;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        reference = ReferenceData.load();
    }

    private static long count(DatasetGraph dsg, Node s, Node p, Node o) {
        return Txn.calculateRead(dsg, () -> dsg.stream(Node.ANY, s, p, o).count());
    }

    private static Node event(String dataset, String id) {
        return NodeFactory.createURI(Iris.ID + "dataset/" + dataset + "/event/" + id);
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }

    @Test
    void ucdpRowsKeepTheirDeathEstimatesAndTheirGraphSaysTheLicence() throws IOException {
        Path file = Files.writeString(dir.resolve("ged.csv"), UCDP_HEADER + "\n"
                // a quoted source field with a comma and a line break inside
                + "900001,ISR-2025-1-1,2025,TRUE,Clear,1,234,234,Israel: Palestine,411,411,Government of Israel - Hamas,121,121,"
                + "Government of Israel,1001,1001,Hamas,2,\"Wire, 24 July 2025;\nPaper, 25 July 2025\",,2025-07-24,,,1,"
                + "Khan Younis town,Khan Younis,Gaza Strip,,31.34,34.30,POINT (34.30 31.34),,Israel,666,Middle East,1,1,"
                + "2025-07-24 00:00:00.000,2025-07-24 00:00:00.000,0,3,9,0,12,15,10,666,\n"
                + "900002,ISR-2025-1-2,2025,TRUE,Clear,3,,,,,,,,121,Government of Israel,,,Civilians,1,,,,,,6,"
                + "Gaza Strip,,,,31.42,34.35,,,Israel,666,Middle East,1,4,2025-07-01,2025-07-31,0,0,5,0,5,5,5,666,\n"
                + "900003,ISR-2025-1-3,2025,TRUE,Clear,1,,,,,,,,121,Government of Israel,,1001,Hamas,1,,,,,,1,"
                + "Gaza City,,,,31.5,34.47,,,Israel,666,Middle East,1,1,2025-13-45,2025-13-45,0,0,0,0,1,1,1,666,\n");
        DatasetGraph dsg = TDB2Factory.connectDataset(dir.resolve("store").toString()).asDatasetGraph();
        List<String> problems = new ArrayList<>();
        DatasetImporter.Summary s = new DatasetImporter(dsg, new UcdpGed(), reference).importFiles(List.of(file), problems::add, n -> { });

        assertEquals(3, s.rows());
        assertEquals(2, s.imported());
        assertTrue(problems.size() == 1 && problems.get(0).contains("ged.csv:5:") && problems.get(0).contains("date_start"), problems.toString());
        Node fight = event("ucdp", "900001");
        assertEquals(1, count(dsg, fight, CG.fatalities.asNode(), integer(12)));
        assertEquals(1, count(dsg, fight, CG.fatalitiesLow.asNode(), integer(10)));
        assertEquals(1, count(dsg, fight, CG.fatalitiesHigh.asNode(), integer(15)));
        assertEquals(1, count(dsg, fight, Vocab.SEM_HAS_ACTOR, NodeFactory.createURI(Iris.ID + "government-of-israel")));
        assertEquals(1, count(dsg, fight, Vocab.SEM_HAS_ACTOR, NodeFactory.createURI(Iris.ID + "hamas")));
        assertEquals(1, count(dsg, fight, CG.datasetEventType.asNode(), NodeFactory.createURI(CG.NS + "ucdp-1")));
        assertEquals(1, count(dsg, event("ucdp", "900002"), CG.datePrecision.asNode(), NodeFactory.createLiteralString("month")));
        Node graph = NodeFactory.createURI(Iris.BASE + "graph/dataset/ucdp");
        assertEquals(1, count(dsg, graph, NodeFactory.createURI("http://purl.org/dc/terms/license"),
                NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/")));
    }

    @Test
    void ucdpSidesMapByTheirActorIdFirstThenByName() throws IOException {
        Path file = Files.writeString(dir.resolve("ged.csv"), UCDP_HEADER + "\n"
                // id 209 under another spelling of the name; an unknown id and an unknown name
                + "900011,,2025,TRUE,Clear,1,,,,,,,,121,Government of Israel,,209,Harakat al-Muqawama al-Islamiya,1,,,,,,1,"
                + "Rafah,,,,31.29,34.25,,,Israel,666,Middle East,1,1,2025-07-20,2025-07-20,0,0,0,0,2,2,2,666,\n"
                + "900012,,2025,TRUE,Clear,2,,,,,,,,77777,Some Militia,,1,Civilians,1,,,,,,1,"
                + "Rafah,,,,31.29,34.25,,,Israel,666,Middle East,1,1,2025-07-21,2025-07-21,0,0,0,0,1,1,1,666,\n");
        DatasetGraph dsg = TDB2Factory.connectDataset(dir.resolve("store").toString()).asDatasetGraph();
        new DatasetImporter(dsg, new UcdpGed(), reference).importFiles(List.of(file), p -> { }, n -> { });

        Node strike = event("ucdp", "900011");
        assertEquals(1, count(dsg, strike, Vocab.SEM_HAS_ACTOR, NodeFactory.createURI(Iris.ID + "hamas")), "by id 209, whatever the name");
        assertEquals(1, count(dsg, strike, Vocab.SEM_HAS_ACTOR, NodeFactory.createURI(Iris.ID + "government-of-israel")));
        Node other = event("ucdp", "900012");
        assertEquals(0, count(dsg, other, Vocab.SEM_HAS_ACTOR, Node.ANY), "neither id nor name is known: no reference actor");
        assertEquals(1, count(dsg, other, CG.actorCode.asNode(), NodeFactory.createLiteralString("77777")), "the dataset's id is kept");
    }

    @Test
    void acledRowsMapActorsByTheirAcledNamesAndReadBothDateForms() throws IOException {
        String header = String.join(",", AcledEvents.HEADER);
        String row1 = "PSE1001,2025-07-24,2025,1,Political violence,Battles,Armed clash,Military Forces of Israel (2022-),,1,"
                + "Hamas Movement,,2,12,,275,Middle East,Palestine,Gaza Strip,Khan Yunis,,Khan Yunis,31.3402,34.3063,1,"
                + "Written for the tests,Other,\"Written for the tests, not ACLED's.\",3,,1753400000";
        String row2 = "PSE1002,24 July 2025,2025,2,Demonstrations,Protests,Peaceful protest,Protesters (Palestine),,6,,,0,60,,275,"
                + "Middle East,Palestine,Gaza Strip,Gaza City,,Gaza City,31.5,34.4667,3,Written for the tests,Other,,0,,1753400000";
        String bad = "PSE1003,2025-07-25,2025,1,Political violence,Battles,Armed clash,Military Forces of Israel (2022-),,1,"
                + "Hamas Movement,,2,12,,275,Middle East,Palestine,Gaza Strip,Rafah,,Rafah,31.29,34.25,1,Written for the tests,Other,,many,,1753400000";
        // each file has its dates in one form, as ACLED writes them
        Path file = Files.writeString(dir.resolve("acled.csv"), header + "\n" + row1 + "\n" + bad + "\n");
        Path other = Files.writeString(dir.resolve("acled-long-dates.csv"), header + "\n" + row2 + "\n");
        DatasetGraph dsg = TDB2Factory.connectDataset(dir.resolve("store").toString()).asDatasetGraph();
        List<String> problems = new ArrayList<>();
        DatasetImporter.Summary s = new DatasetImporter(dsg, new AcledEvents(), reference).importFiles(List.of(file, other), problems::add, n -> { });

        assertEquals(2, s.imported());
        assertTrue(problems.size() == 1 && problems.get(0).contains("acled.csv:3: column fatalities:"), problems.toString());
        Node clash = event("acled", "PSE1001");
        assertEquals(1, count(dsg, clash, Vocab.SEM_HAS_ACTOR, NodeFactory.createURI(Iris.ID + "israel-defense-forces")));
        assertEquals(1, count(dsg, clash, Vocab.SEM_HAS_ACTOR, NodeFactory.createURI(Iris.ID + "hamas")));
        assertEquals(1, count(dsg, clash, CG.datasetEventType.asNode(), NodeFactory.createURI(CG.NS + "acled-battles")));
        assertEquals(1, count(dsg, clash, CG.fatalities.asNode(), integer(3)));
        Node protest = event("acled", "PSE1002");
        assertEquals(1, count(dsg, NodeFactory.createURI(protest.getURI() + "/time"), Vocab.TIME_IN_XSD_DATE,
                NodeFactory.createLiteralDT("2025-07-24", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)));
        assertEquals(1, count(dsg, protest, CG.datePrecision.asNode(), NodeFactory.createLiteralString("week")));
    }

    @Test
    void aFileWithoutTheNeededColumnsIsSkippedWithTheColumnsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("not-ged.csv"), "id,when,where\n1,2025-07-24,Gaza\n");
        DatasetGraph dsg = TDB2Factory.connectDataset(dir.resolve("store").toString()).asDatasetGraph();
        List<String> problems = new ArrayList<>();
        DatasetImporter.Summary s = new DatasetImporter(dsg, new UcdpGed(), reference).importFiles(List.of(file), problems::add, n -> { });
        assertEquals(0, s.imported());
        assertTrue(problems.get(0).contains("not-ged.csv:1: the header lacks type_of_violence, side_a"), problems.toString());
    }
}
