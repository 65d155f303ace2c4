package org.claimgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.domain.Span;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.rdf.vocab.CG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Linking what changed, on a TDB2 store: new events meet every news item, new articles meet every
 * event, links of vanished items go, articles and events stored without linking are picked up, and
 * the result equals a full recomputation.
 */
class IncrementalLinkingTest {

    static ReferenceData reference;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        reference = ReferenceData.load();
    }

    /** An article graph holding one death toll at Khan Younis ("… killed N"), on a day, noted waiting for the linker as Store.write notes it. */
    private static void article(DatasetGraph dsg, String id, String span, int deaths, String day) {
        String trig = """
                PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                <%s> {
                  <%s> a cg:Quantity ; cg:inArticle <%s> ; cg:measure cg:measure-deaths ; cg:value "%d"^^xsd:decimal ;
                      cg:place <https://w3id.org/claimgraph/id/khan-younis> ; cg:asOf "%s"^^xsd:date .
                }
                """.formatted(Iris.articleGraph(id).getURI(), toll(id, span).getURI(), Iris.article(id).getURI(), deaths, day);
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(Iris.articleGraph(id), Node.ANY, Node.ANY, Node.ANY);
            RDFParser.fromString(trig, Lang.TRIG).parse(dsg);
            dsg.add(EventLinker.LINKS_GRAPH, EventLinker.LINKS_GRAPH, CG.pendingArticle.asNode(), Iris.articleGraph(id));
        });
    }

    private static Node toll(String id, String span) {
        String[] at = span.split("-");
        return Iris.quantity(id, new Span(Integer.parseInt(at[0]), Integer.parseInt(at[1])));
    }

    private static Set<List<Node>> links(DatasetGraph dsg) {
        Set<List<Node>> out = new HashSet<>();
        // a link's two ends (the shortcut item cg:relatedEvent event is not stored since 0.5)
        Txn.executeRead(dsg, () -> dsg.find(EventLinker.LINKS_GRAPH, Node.ANY, CG.linkFrom.asNode(), Node.ANY)
                .forEachRemaining(from -> dsg.find(EventLinker.LINKS_GRAPH, from.getSubject(), CG.linkTo.asNode(), Node.ANY)
                        .forEachRemaining(to -> out.add(List.of(from.getObject(), to.getObject())))));
        return out;
    }

    /** A TDB2 store on disk holding the reference data, as every claimgraph store does. */
    private DatasetGraph store() {
        DatasetGraph dsg = TDB2Factory.connectDataset(dir.resolve("store").toString()).asDatasetGraph();
        Txn.executeWrite(dsg, () -> reference.reference().find().forEach(t -> dsg.add(Iris.REFERENCE_GRAPH, t.getSubject(), t.getPredicate(), t.getObject())));
        return dsg;
    }

    private static Node event(String id) {
        return NodeFactory.createURI(Iris.ID + "dataset/ucdp/event/" + id);
    }

    @Test
    void onlyWhatChangedIsLinkedAndTheResultEqualsAFullRecomputation() throws IOException {
        DatasetGraph dsg = store();
        EventLinker linker = new EventLinker(reference);
        article(dsg, "a1", "0-2", 14, "2025-07-08");
        assertEquals(0, linker.update(dsg, EventLinker.Changes.articles(Set.of(Iris.articleGraph("a1")))).links(), "no events yet");

        Path ged = Files.writeString(dir.resolve("ged.csv"), UcdpAcledImportTest.UCDP_HEADER + "\n"
                + "900101,,2025,TRUE,Clear,1,,,,,,,,121,Government of Israel,,209,Hamas,1,,,,,,1,"
                + "Khan Younis town,,,,31.34,34.30,,,Israel,666,Middle East,1,1,2025-07-08,2025-07-08,0,0,0,0,14,18,12,666,\n"
                + "900102,,2025,TRUE,Clear,3,,,,,,,,121,Government of Israel,,1,Civilians,1,,,,,,1,"
                + "Khan Younis town,,,,31.34,34.30,,,Israel,666,Middle East,1,1,2025-07-12,2025-07-12,0,0,0,0,21,21,21,666,\n");
        DatasetImporter.Summary imported = new DatasetImporter(dsg, new UcdpGed(), reference).importFiles(List.of(ged), p -> { }, n -> { });
        assertEquals(Set.of(event("900101"), event("900102")), imported.newEvents());
        EventLinker.Summary first = linker.update(dsg, EventLinker.Changes.events(imported.newEvents()));
        assertEquals(1, first.links());
        assertEquals(Set.of(List.of(toll("a1", "0-2"), event("900101"))), links(dsg), "the toll of 14 meets the event of 14, not the one of 21");

        DatasetImporter.Summary again = new DatasetImporter(dsg, new UcdpGed(), reference).importFiles(List.of(ged), p -> { }, n -> { });
        assertEquals(Set.of(), again.newEvents(), "the same rows again are nothing new");
        assertEquals(0, linker.update(dsg, EventLinker.Changes.events(again.newEvents())).links(), "nothing to link");
        assertEquals(1, links(dsg).size(), "and nothing lost");

        article(dsg, "a2", "5-7", 21, "2025-07-12");
        EventLinker.Summary second = linker.update(dsg, EventLinker.Changes.articles(Set.of(Iris.articleGraph("a2"))));
        assertEquals(1, second.newsItems(), "only the new article's toll is looked at");
        assertTrue(links(dsg).contains(List.of(toll("a2", "5-7"), event("900102"))));
        assertTrue(links(dsg).contains(List.of(toll("a1", "0-2"), event("900101"))), "the earlier link stays");
        // its toll is also set against what UCDP counts around Khan Younis in the days around it (both events, 14 + 21)
        Txn.executeRead(dsg, () -> {
            Node comparison = dsg.find(EventLinker.LINKS_GRAPH, Node.ANY, CG.comparedFigure.asNode(), toll("a2", "5-7")).next().getSubject();
            assertEquals("21", dsg.find(EventLinker.LINKS_GRAPH, comparison, CG.datasetFatalities.asNode(), Node.ANY).next()
                    .getObject().getLiteralLexicalForm(), "only the event within two days of 12 July");
        });

        // a1 replaced: its toll is now another number at another span; the old toll's link goes
        article(dsg, "a1", "9-11", 40, "2025-07-08");
        linker.update(dsg, EventLinker.Changes.articles(Set.of(Iris.articleGraph("a1"))));
        assertEquals(Set.of(List.of(toll("a2", "5-7"), event("900102"))), links(dsg));
        Txn.executeRead(dsg, () -> assertTrue(!dsg.find(EventLinker.LINKS_GRAPH, Node.ANY, CG.linkFrom.asNode(), toll("a1", "0-2")).hasNext(),
                "no EventLink node is left behind"));

        // an article stored by an ingest that stopped before linking is linked by the next update
        article(dsg, "a3", "0-2", 14, "2025-07-08");
        linker.update(dsg, EventLinker.Changes.events(Set.of()));
        assertTrue(links(dsg).contains(List.of(toll("a3", "0-2"), event("900101"))));

        // events imported by a run stopped before its linking are linked by the next update
        article(dsg, "a4", "3-4", 5, "2025-07-20");
        linker.update(dsg, EventLinker.Changes.articles(Set.of(Iris.articleGraph("a4"))));
        Path later = Files.writeString(dir.resolve("ged-later.csv"), UcdpAcledImportTest.UCDP_HEADER + "\n"
                + "900103,,2025,TRUE,Clear,1,,,,,,,,121,Government of Israel,,209,Hamas,1,,,,,,1,"
                + "Khan Younis town,,,,31.34,34.30,,,Israel,666,Middle East,1,1,2025-07-20,2025-07-20,0,0,0,0,5,5,5,666,\n");
        new DatasetImporter(dsg, new UcdpGed(), reference).importFiles(List.of(later), p -> { }, n -> { }); // ... and no update
        linker.update(dsg, EventLinker.Changes.articles(Set.of()));
        assertTrue(links(dsg).contains(List.of(toll("a4", "3-4"), event("900103"))), links(dsg).toString());
        Txn.executeRead(dsg, () -> assertTrue(!dsg.find(EventLinker.LINKS_GRAPH, Node.ANY, CG.pendingEvent.asNode(), Node.ANY).hasNext(),
                "nothing waits any more"));

        Set<List<Node>> incremental = links(dsg);
        // a link an older claimgraph made, which is no candidate now: a full recomputation drops it
        Node stale = NodeFactory.createURI(Iris.ID + "link/stale");
        Txn.executeWrite(dsg, () -> {
            dsg.add(EventLinker.LINKS_GRAPH, toll("a2", "5-7"), CG.relatedEvent.asNode(), event("900101"));
            dsg.add(EventLinker.LINKS_GRAPH, stale, CG.linkFrom.asNode(), toll("a2", "5-7"));
            dsg.add(EventLinker.LINKS_GRAPH, stale, CG.linkTo.asNode(), event("900101"));
            dsg.add(EventLinker.LINKS_GRAPH, stale, CG.linkScore.asNode(), NodeFactory.createLiteralString("0.9"));
            dsg.add(EventLinker.LINKS_GRAPH, stale, CG.linkReason.asNode(), NodeFactory.createLiteralString("an old rule"));
        });
        linker.update(dsg);
        assertEquals(incremental, links(dsg), "a full recomputation finds the same links, and only those");
        Txn.executeRead(dsg, () -> assertTrue(!dsg.find(EventLinker.LINKS_GRAPH, stale, Node.ANY, Node.ANY).hasNext()));
        Txn.executeRead(dsg, () -> assertTrue(!dsg.find(EventLinker.LINKS_GRAPH, Node.ANY, CG.relatedEvent.asNode(), Node.ANY).hasNext(),
                "no cg:relatedEvent shortcut is written, and the old one of the stale link went with it"));
    }

    /** The links graph, copied: compared whole by isomorphism (its link nodes' IRIs are minted from what they link). */
    private static Graph linksGraph(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Graph out = GraphFactory.createDefaultGraph();
            dsg.find(EventLinker.LINKS_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
            return out;
        });
    }

    /** A UCDP file with one deadly event at Khan Younis, written here (not UCDP data). */
    private Path ged(String name, String id, String day, int best) throws IOException {
        return Files.writeString(dir.resolve(name), UcdpAcledImportTest.UCDP_HEADER + "\n"
                + id + ",,2025,TRUE,Clear,1,,,,,,,,121,Government of Israel,,209,Hamas,1,,,,,,1,"
                + "Khan Younis town,,,,31.34,34.30,,,Israel,666,Middle East,1,1," + day + "," + day + ",0,0,0,0," + best + "," + best + ","
                + best + ",666,\n");
    }

    @Test
    void aRevisedEventIsLinkedAgainOnItsNewFactsAndTheSameRevisionAgainChangesNothing() throws IOException {
        DatasetGraph dsg = store();
        EventLinker linker = new EventLinker(reference);
        article(dsg, "early", "0-2", 14, "2025-07-08");
        article(dsg, "late", "4-6", 9, "2025-07-20");
        linker.update(dsg, EventLinker.Changes.articles(Set.of(Iris.articleGraph("early"), Iris.articleGraph("late"))));
        Node ev = event("900201");
        DatasetImporter.Summary first = new DatasetImporter(dsg, new UcdpGed(), reference)
                .importFiles(List.of(ged("ged-v1.csv", "900201", "2025-07-08", 14)), p -> { }, n -> { });
        linker.update(dsg, EventLinker.Changes.events(first.newEvents()));
        assertEquals(Set.of(List.of(toll("early", "0-2"), ev)), links(dsg), "the toll of 14 on 8 July meets the event of 14 that day");

        // the next release moves the event to 20 July with 9 deaths: the old link goes, the toll of that day gets it
        DatasetImporter.Summary revision = new DatasetImporter(dsg, new UcdpGed(), reference)
                .importFiles(List.of(ged("ged-v2.csv", "900201", "2025-07-20", 9)), p -> { }, n -> { });
        assertEquals(Set.of(ev), revision.revisedEvents());
        linker.update(dsg, EventLinker.Changes.events(revision.newEvents()));
        assertEquals(Set.of(List.of(toll("late", "4-6"), ev)), links(dsg), "linked on the revised facts only");
        Txn.executeRead(dsg, () -> {
            assertFalse(dsg.find(EventLinker.LINKS_GRAPH, Node.ANY, CG.linkFrom.asNode(), toll("early", "0-2")).hasNext(),
                    "no link node of the old match is left");
            assertFalse(dsg.find(EventLinker.LINKS_GRAPH, Node.ANY, CG.pendingEvent.asNode(), Node.ANY).hasNext(), "nothing waits");
        });
        Graph revised = linksGraph(dsg);

        DatasetImporter.Summary again = new DatasetImporter(dsg, new UcdpGed(), reference)
                .importFiles(List.of(dir.resolve("ged-v2.csv")), p -> { }, n -> { });
        assertEquals(Set.of(), again.newEvents(), "the same revised file again is nothing new");
        linker.update(dsg, EventLinker.Changes.events(again.newEvents()));
        assertTrue(revised.isIsomorphicWith(linksGraph(dsg)), "and changes nothing in the links graph");

        linker.update(dsg);
        assertTrue(revised.isIsomorphicWith(linksGraph(dsg)), "what linking everything afresh on the revised facts gives");
    }

    /** The link nodes of the links graph: subjects of cg:linkFrom. */
    private static Set<Node> linkNodes(DatasetGraph dsg) {
        Set<Node> out = new HashSet<>();
        Txn.executeRead(dsg, () -> dsg.find(EventLinker.LINKS_GRAPH, Node.ANY, CG.linkFrom.asNode(), Node.ANY)
                .forEachRemaining(q -> out.add(q.getSubject())));
        return out;
    }

    @Test
    void linksToOneEventWithTheSameEvidenceShareOneNodeWhichKeepsItsOtherItemsWhenOneArticleIsReplaced() throws IOException {
        DatasetGraph dsg = store();
        EventLinker linker = new EventLinker(reference);
        DatasetImporter.Summary imported = new DatasetImporter(dsg, new UcdpGed(), reference)
                .importFiles(List.of(ged("ged-a.csv", "900301", "2025-07-08", 14)), p -> { }, n -> { });
        linker.update(dsg, EventLinker.Changes.events(imported.newEvents()));
        // two articles with the same toll, place and day, linked one after the other: the same evidence
        article(dsg, "first", "0-2", 14, "2025-07-08");
        linker.update(dsg, EventLinker.Changes.articles(Set.of(Iris.articleGraph("first"))));
        article(dsg, "second", "3-5", 14, "2025-07-08");
        EventLinker.Summary second = linker.update(dsg, EventLinker.Changes.articles(Set.of(Iris.articleGraph("second"))));
        assertEquals(1, second.links());
        assertEquals(Set.of(List.of(toll("first", "0-2"), event("900301")), List.of(toll("second", "3-5"), event("900301"))), links(dsg));
        assertEquals(1, linkNodes(dsg).size(), "one node states the event, score and reasons once, with two cg:linkFrom");
        Graph incremental = linksGraph(dsg);
        linker.update(dsg);
        assertTrue(incremental.isIsomorphicWith(linksGraph(dsg)), "linking everything at once gives the same node");

        // the first article replaced by one whose toll meets nothing: the node keeps the second's link
        article(dsg, "first", "6-8", 90, "2025-07-08");
        linker.update(dsg, EventLinker.Changes.articles(Set.of(Iris.articleGraph("first"))));
        assertEquals(Set.of(List.of(toll("second", "3-5"), event("900301"))), links(dsg));
        Node node = linkNodes(dsg).iterator().next();
        assertEquals(1, linkNodes(dsg).size());
        Txn.executeRead(dsg, () -> assertEquals(4, dsg.stream(EventLinker.LINKS_GRAPH, node, Node.ANY, Node.ANY).count(),
                "from, to, score, reasons"));
    }
}
