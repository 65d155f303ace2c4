package org.claimgraph.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.ingest.Inputs;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.pipeline.Ingester;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.rdf.vocab.CG;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claim clusters, disputes and syndication over small stores, through the real pipeline. */
class ClaimTracerTest {

    static ReferenceData reference;
    static NlpModels models;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        reference = ReferenceData.load();
        models = NlpModels.loadEnglish();
    }

    private Path article(String name, String outlet, String date, String text) throws IOException {
        String json = "{\"url\":\"https://" + name + ".example/\",\"publisher\":\"" + outlet + "\",\"published\":\"" + date
                + "\",\"text\":\"" + text.replace("\"", "\\\"") + "\"}";
        return Files.writeString(dir.resolve(name + ".json"), json);
    }

    private static void ingest(Store store, Path... files) {
        Ingester.builder().store(store).pipelines(() -> Pipeline.standard(models, reference)).reference(reference).build()
                .ingest(Inputs.of(java.util.Arrays.stream(files).map(Path::toString).toList(), new ByteArrayInputStream(new byte[0])));
    }

    /** Claim text → its cluster, for every clustered claim. */
    private static Map<String, Node> clusters(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Node> out = new HashMap<>();
            dsg.find(ClaimTracer.TRACE_GRAPH, Node.ANY, CG.inCluster.asNode(), Node.ANY).forEachRemaining(q ->
                    dsg.find(Node.ANY, q.getSubject(), CG.claimText.asNode(), Node.ANY).forEachRemaining(t ->
                            out.put(t.getObject().getLiteralLexicalForm(), q.getObject())));
            return out;
        });
    }

    private static Node clusterOf(Map<String, Node> clusters, String words) {
        return clusters.entrySet().stream().filter(e -> e.getKey().contains(words)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with '" + words + "' in " + clusters.keySet()));
    }

    @Test
    void theSameStatementInTwoOutletsIsOneClusterAndANewFigureIsAnother() throws IOException {
        Store store = Store.over(TDB2Factory.createDataset().asDatasetGraph());
        ingest(store,
                article("a", "Gulf Ledger", "2025-07-24", "Steve Witkoff said Hamas's reply showed no wish for a ceasefire in Gaza.\\n"
                        + "The Gaza Health Ministry said 59,000 people had been killed.\\n"),
                article("b", "Levant Wire", "2025-07-25", "Steve Witkoff said the reply from Hamas showed no wish for a ceasefire.\\n"
                        + "The Gaza Health Ministry said 59,200 people had been killed.\\n"));
        Map<String, Node> clusters = clusters(store.dataset());
        assertEquals(clusterOf(clusters, "Hamas's reply"), clusterOf(clusters, "the reply from Hamas"));
        assertNotEquals(clusterOf(clusters, "59,000"), clusterOf(clusters, "59,200"));
    }

    @Test
    void aLaterArticleJoinsTheExistingClusterWithoutReclustering() throws IOException {
        Store store = Store.over(TDB2Factory.createDataset().asDatasetGraph());
        ingest(store, article("a", "Gulf Ledger", "2025-07-24", "Steve Witkoff said Hamas's reply showed no wish for a ceasefire in Gaza.\\n"));
        Node before = clusterOf(clusters(store.dataset()), "Hamas's reply");
        ingest(store, article("c", "Harbor Times", "2025-07-26", "Steve Witkoff said Hamas's latest reply showed no wish for a ceasefire.\\n"));
        Map<String, Node> after = clusters(store.dataset());
        assertEquals(before, clusterOf(after, "Hamas's reply showed no wish for a ceasefire in Gaza"));
        assertEquals(before, clusterOf(after, "latest reply"));
    }

    @Test
    void aDenialThatPointsBackDisputesTheStatementJustReported() throws IOException {
        Store store = Store.over(TDB2Factory.createDataset().asDatasetGraph());
        ingest(store, article("d", "Gulf Ledger", "2025-07-24",
                "Steve Witkoff said Hamas had shown no good faith in the talks. Hamas rejected that assessment.\\n"));
        DatasetGraph dsg = store.dataset();
        Node witkoff = clusterOf(clusters(dsg), "no good faith");
        long disputes = Txn.calculateRead(dsg, () -> dsg.stream(ClaimTracer.TRACE_GRAPH, Node.ANY, CG.disputes.asNode(), witkoff).count());
        assertTrue(disputes >= 1);
    }

    @Test
    void aLightlyEditedCopyFromAnotherOutletSyndicatesTheOriginal() throws IOException {
        String story = "Indirect negotiations between Israel and Hamas on a ceasefire in Gaza have run into difficulty over maps "
                + "showing where Israeli troops would remain during a truce, two sources familiar with the talks said on Friday. "
                + "The sources said the maps were now the main obstacle to an agreement in Doha.";
        Store store = Store.over(TDB2Factory.createDataset().asDatasetGraph());
        ingest(store, article("wire", "Meridian News Agency", "2025-07-11", story + "\\n"),
                article("copy", "Harbor Times", "2025-07-12", story.replace("on Friday", "late on Friday") + " (Supplied by Meridian.)\\n"));
        DatasetGraph dsg = store.dataset();
        long syndicates = Txn.calculateRead(dsg, () -> dsg.stream(ClaimTracer.TRACE_GRAPH, Node.ANY, CG.syndicates.asNode(), Node.ANY).count());
        long nearDuplicates = Txn.calculateRead(dsg, () -> dsg.stream(ClaimTracer.TRACE_GRAPH, Node.ANY, CG.nearDuplicateOf.asNode(), Node.ANY).count());
        assertEquals(1, syndicates);
        assertEquals(2, nearDuplicates);
    }

    @Test
    void aDenialPointsBackThroughItsContentOrThroughWhatItsCueDenies() {
        assertTrue(ClaimTracer.pointsBack("that assessment", "rejected"));
        assertTrue(ClaimTracer.pointsBack("its convoys reached the north", "disputed that, saying"));
        assertTrue(ClaimTracer.pointsBack("it had never used hospitals", "rejected the accusation and said"));
        assertFalse(ClaimTracer.pointsBack("its convoys reached the north", "has rejected UN warnings of famine, saying"));
        assertFalse(ClaimTracer.pointsBack("its convoys reached the north", "said"));
    }
}
