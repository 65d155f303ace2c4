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
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
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
        // the disputing claim says why it disputes, and how sure the link is
        Txn.executeRead(dsg, () -> {
            Node denial = dsg.stream(ClaimTracer.TRACE_GRAPH, Node.ANY, CG.disputes.asNode(), witkoff)
                    .filter(q -> dsg.contains(ClaimTracer.TRACE_GRAPH, q.getSubject(), CG.inCluster.asNode(), Node.ANY))
                    .findFirst().orElseThrow().getSubject();
            String reason = dsg.stream(ClaimTracer.TRACE_GRAPH, denial, CG.responseReason.asNode(), Node.ANY).findFirst()
                    .orElseThrow().getObject().getLiteralLexicalForm();
            assertTrue(reason.startsWith("denial cue; refers back"), reason);
            double confidence = Double.parseDouble(dsg.stream(ClaimTracer.TRACE_GRAPH, denial, CG.responseConfidence.asNode(), Node.ANY)
                    .findFirst().orElseThrow().getObject().getLiteralLexicalForm());
            assertTrue(confidence > 0 && confidence <= 1, "confidence " + confidence);
        });
    }

    @Test
    void aDenialThatPointsBackSkipsReportsInsideTheStatementAndTheDeniersOwnSide() throws IOException {
        Store store = Store.over(TDB2Factory.createDataset().asDatasetGraph());
        ingest(store, article("h", "Gulf Ledger", "2025-07-24",
                "Steve Witkoff said Hamas's reply showed the group had no real interest in a truce. Hamas rejected that assessment.\\n"),
                article("i", "Levant Wire", "2025-07-25", "Hamas said it was ready for a comprehensive deal. It did not address Israel's demand that it disarm. "
                + "Israel's prime minister's office dismissed the statement as spin.\\n"));
        DatasetGraph dsg = store.dataset();
        Map<String, Node> clusters = clusters(dsg);
        Node witkoff = clusterOf(clusters, "no real interest");
        assertTrue(links(dsg, CG.disputes.asNode(), witkoff) >= 1, "'that assessment' is Witkoff's, not the reply's inside it");
        Node ready = clusterOf(clusters, "comprehensive deal");
        assertTrue(links(dsg, CG.disputes.asNode(), ready) >= 1, "the office dismisses Hamas's statement, not Israel's own demand");
        assertEquals(0, links(dsg, CG.disputes.asNode(), clusterOf(clusters, "disarm")));
    }

    private static long links(DatasetGraph dsg, Node predicate, Node target) {
        return Txn.calculateRead(dsg, () -> dsg.stream(ClaimTracer.TRACE_GRAPH, Node.ANY, predicate, target).count());
    }

    @Test
    void twoNamedPeopleOfOneSideMakeTwoClaimsButAnOfficeMayVoiceThePersonsClaim() throws IOException {
        Store store = Store.over(TDB2Factory.createDataset().asDatasetGraph());
        ingest(store,
                article("e", "Gulf Ledger", "2025-07-24", "Steve Witkoff said Hamas had walked away from a good ceasefire deal.\\n"),
                article("f", "Levant Wire", "2025-07-25", "Donald Trump said Hamas had walked away from a good ceasefire deal.\\n"
                        + "Israel's prime minister's office said the army would keep overall security control of the Rafah crossing.\\n"),
                article("g", "Harbor Times", "2025-07-26", "Benjamin Netanyahu said the army would keep security control over the Rafah crossing.\\n"));
        Map<String, Node> clusters = clusters(store.dataset());
        Node witkoff = clusterOf(clusters, "walked away");
        long trumpInWitkoffs = clusters.entrySet().stream().filter(e -> e.getKey().contains("walked away") && e.getValue().equals(witkoff)).count();
        assertEquals(1, trumpInWitkoffs, "Trump's words are his own claim: " + clusters);
        // an office of a state and the state's prime minister: one claim, with enough shared wording
        Map<Node, Long> rafah = new HashMap<>();
        clusters.forEach((text, cluster) -> {
            if (text.contains("Rafah")) {
                rafah.merge(cluster, 1L, Long::sum);
            }
        });
        assertEquals(Map.of(rafah.keySet().iterator().next(), 2L), rafah);
    }

    @Test
    void aDenialOfTheStatementDisputesTheStatementsFirstReportAndOfTheAccusationTheAccusation() throws IOException {
        Store store = Store.over(TDB2Factory.createDataset().asDatasetGraph());
        ingest(store, article("h", "Crescent Daily", "2025-09-03",
                "Hamas said it was ready for a comprehensive deal to free all the hostages. "
                        + "It said it would hand Gaza to an independent administration. "
                        + "Israel's prime minister's office dismissed the statement as spin.\\n"
                        + "Israel Katz said the group was hiding its fighters among civilians and accused Hamas of stealing aid. "
                        + "Hamas rejected the accusation.\\n"));
        DatasetGraph dsg = store.dataset();
        Map<String, Node> clusters = clusters(dsg);
        // the denying claim and its cluster each dispute the target
        assertEquals(2, links(dsg, CG.disputes.asNode(), clusterOf(clusters, "comprehensive deal")), clusters.toString());
        assertEquals(0, links(dsg, CG.disputes.asNode(), clusterOf(clusters, "independent administration")));
        assertEquals(2, links(dsg, CG.disputes.asNode(), clusterOf(clusters, "stealing aid")), clusters.toString());
        assertEquals(0, links(dsg, CG.disputes.asNode(), clusterOf(clusters, "hiding its fighters")));
    }

    @Test
    void aDenialAnswersOnlyClaimsThatShareAnActorOrPlaceWithIt() throws IOException {
        Store store = Store.over(TDB2Factory.createDataset().asDatasetGraph());
        ingest(store,
                article("m", "Gulf Ledger", "2025-08-01", "Sudan's army said the Rapid Support Forces must hand over their heavy weapons.\\n"),
                article("n", "Levant Wire", "2025-08-02", "Hezbollah denied that it would hand over its heavy weapons to Lebanon's army.\\n"),
                article("o", "Harbor Times", "2025-08-03", "Israel said Hezbollah would hand over its heavy weapons soon.\\n"));
        DatasetGraph dsg = store.dataset();
        Map<String, Node> clusters = clusters(dsg);
        assertEquals(0, links(dsg, CG.disputes.asNode(), clusterOf(clusters, "Rapid Support Forces")), clusters.toString());
    }

    @Test
    void aContradictionDisputesEveryEarlierWordingOfWhatItDenies() throws IOException {
        Store store = Store.over(TDB2Factory.createDataset().asDatasetGraph());
        ingest(store,
                article("p", "Gulf Ledger", "2025-02-15", "M23 rebels said they seized the eastern city of Bukavu on Sunday while "
                        + "Kinshasa had sent fresh troops to the province.\\n"),
                article("q", "Levant Wire", "2025-02-15", "Local radio stations reported that rebels seized the eastern city of Bukavu on Sunday.\\n"),
                article("r", "Harbor Times", "2025-02-16", "Congo's government said the eastern city of Bukavu did not \"completely fall\" to M23.\\n"));
        DatasetGraph dsg = store.dataset();
        Map<String, Node> clusters = clusters(dsg);
        // each disputed: by the denial and by its cluster
        assertEquals(2, links(dsg, CG.disputes.asNode(), clusterOf(clusters, "fresh troops")), clusters.toString());
        assertEquals(2, links(dsg, CG.disputes.asNode(), clusterOf(clusters, "rebels seized the eastern city")), clusters.toString());
    }

    @Test
    void aClaimThatConfirmsAnotherSpeakersClaimSupportsIt() throws IOException {
        Store store = Store.over(TDB2Factory.createDataset().asDatasetGraph());
        ingest(store,
                article("i", "Gulf Ledger", "2025-08-19", "Egyptian mediators said Hamas had accepted the amended truce proposal on Monday.\\n"),
                article("j", "Levant Wire", "2025-08-20", "Hamas confirmed that it had accepted the amended truce proposal.\\n"));
        DatasetGraph dsg = store.dataset();
        assertEquals(2, links(dsg, CG.supports.asNode(), clusterOf(clusters(dsg), "on Monday")));
    }

    @Test
    void anotherSidesPlainStatementOfTheSameAgreementSupportsItAndItsTermsDoNot() throws IOException {
        Store store = Store.over(TDB2Factory.createDataset().asDatasetGraph());
        ingest(store,
                article("u", "Gulf Ledger", "2025-04-01", "The Finnish foreign ministry said Norway and Sweden had agreed to an immediate truce "
                        + "along the northern border.\\n"),
                article("v", "Levant Wire", "2025-04-02", "Norway's defence minister said Norway and Sweden had agreed to a truce "
                        + "along the northern border, after weeks of shelling that emptied the villages of the river valley.\\n"),
                article("w", "Harbor Times", "2025-04-02", "Sweden's army said Norway and Sweden would keep a truce along the northern border "
                        + "only if the shelling of the river valley stopped.\\n"));
        DatasetGraph dsg = store.dataset();
        Map<String, Node> clusters = clusters(dsg);
        Node agreed = clusterOf(clusters, "an immediate truce");
        assertTrue(links(dsg, CG.supports.asNode(), agreed) > 0, clusters.toString());
        // the army's terms, a condition, support nothing
        Node terms = clusterOf(clusters, "only if the shelling");
        assertEquals(0L, (long) Txn.calculateRead(dsg, () -> dsg.stream(ClaimTracer.TRACE_GRAPH, terms, CG.supports.asNode(), Node.ANY).count()));
    }

    @Test
    void aConfirmationQuotingAnotherSpeakersReportSupportsItsCluster() throws IOException {
        Store store = Store.over(TDB2Factory.createDataset().asDatasetGraph());
        // the same day: neither article is known to be first, and the confirmation's cue comes before the report it quotes
        ingest(store,
                article("s", "Gulf Ledger", "2025-04-02", "The Norwegian foreign ministry said the two sides had agreed to reopen the northern "
                        + "ferry crossing for fishing boats.\\n"),
                article("t", "Levant Wire", "2025-04-02", "Sweden confirmed an earlier statement by the Norwegian foreign ministry that the "
                        + "two sides had agreed to reopen the northern ferry crossing for fishing boats.\\n"));
        DatasetGraph dsg = store.dataset();
        Map<String, Node> clusters = clusters(dsg);
        assertTrue(links(dsg, CG.supports.asNode(), clusterOf(clusters, "the two sides had agreed")) > 0, clusters.toString());
    }

    @Test
    void twoSourcesGivingIncompatibleFiguresForOneDayConflictAndCompatibleOnesDoNot() throws IOException {
        Store store = Store.over(TDB2Factory.createDataset().asDatasetGraph());
        ingest(store, article("k", "Nile Evening Post", "2025-07-31",
                "COGAT said 220 aid trucks entered the Gaza Strip on Wednesday.\\n"
                        + "The United Nations said only 95 aid trucks reached the Gaza Strip on Wednesday.\\n"),
                article("l", "Gulf Ledger", "2025-07-24", "The Gaza Health Ministry said more than 59,000 people had been killed in the Gaza Strip.\\n"
                        + "Aid groups said 59,100 people had been killed in the Gaza Strip.\\n"));
        DatasetGraph dsg = store.dataset();
        long conflicts = Txn.calculateRead(dsg, () -> dsg.stream(ClaimTracer.TRACE_GRAPH, Node.ANY, CG.conflictsWith.asNode(), Node.ANY).count());
        assertEquals(2, conflicts); // 220 against 95, both ways; "more than 59,000" allows 59,100
    }

    @Test
    void aQualifiedFigureAllowsARange() {
        Node q = org.apache.jena.graph.NodeFactory.createURI("urn:q");
        assertTrue(FigureConflicts.figure(q, "a", 59000, "qualifier-more-than").agreesWith(FigureConflicts.figure(q, "b", 59100, "")));
        assertFalse(FigureConflicts.figure(q, "a", 59000, "qualifier-up-to").agreesWith(FigureConflicts.figure(q, "b", 59100, "")));
        assertTrue(FigureConflicts.figure(q, "a", 600, "qualifier-about").agreesWith(FigureConflicts.figure(q, "b", 560, "")));
        assertFalse(FigureConflicts.figure(q, "a", 220, "").agreesWith(FigureConflicts.figure(q, "b", 95, "")));
    }

    @Test
    void figuresMustShareANumberYearsAside() {
        assertTrue(Words.sameFigures(Words.numbers("20 of the 50 hostages"), Words.numbers("20 alive and 28 dead")));
        assertTrue(Words.sameFigures(Words.numbers("500 to 600 trucks"), Words.numbers("about 600 trucks")));
        assertFalse(Words.sameFigures(Words.numbers("56,000 killed since October 2023"), Words.numbers("63,000 killed since October 2023")));
        assertTrue(Words.sameFigures(Words.numbers("no figure here"), Words.numbers("59,000 killed")));
        // years set aside on either side, whatever else the wording gives
        assertTrue(Words.sameFigures(Words.numbers("since 2023"), Words.numbers("59,000 killed")));
        assertTrue(Words.sameFigures(Words.numbers("1999 and 2001"), Words.numbers("40 in 2001")));
        assertFalse(Words.sameFigures(Words.numbers("40 killed in 2023"), Words.numbers("30 killed in 2023")));
        assertTrue(Words.sameFigures(Words.numbers("1,850 troops"), Words.numbers("1850 troops")));
        assertFalse(Words.sameFigures(Words.numbers("1850 troops"), Words.numbers("1,750 troops")));
        assertFalse(Words.year("2023.5"));
        assertTrue(Words.year("1999"));
        assertFalse(Words.year("2150"));
    }

    @Test
    void rareSharedWordsCountMoreThanCommonOnes() {
        java.util.List<TracedClaim> corpus = new java.util.ArrayList<>();
        for (String text : java.util.List.of("Gaza talks resumed", "Gaza talks stalled", "Gaza talks collapsed", "famine in Gaza")) {
            corpus.add(claim(text));
        }
        Rarity rarity = new Rarity(corpus);
        assertTrue(rarity.weight("gaza") < rarity.weight("famin"));
        // sharing only the common "Gaza talks" counts for less than the two words of three it is
        assertTrue(rarity.overlap(Words.of("Gaza talks resumed"), Words.of("Gaza talks stalled")) < 2.0 / 3);
        assertEquals(1.0, rarity.overlap(Words.of("talks collapsed"), Words.of("Gaza talks collapsed")), 1e-9);
    }

    private static TracedClaim claim(String text) {
        Node n = org.apache.jena.graph.NodeFactory.createURI("urn:claim:" + text.hashCode());
        return TracedClaim.of(n, "s", "", n, false, false, text, "said", "stance-assert", n, "a", "", java.util.Optional.empty(), 0);
    }

    /** A wire story that outlets copy. */
    private static final String STORY = "Indirect negotiations between Israel and Hamas on a ceasefire in Gaza have run into difficulty over maps "
            + "showing where Israeli troops would remain during a truce, two sources familiar with the talks said on Friday. "
            + "The sources said the maps were now the main obstacle to an agreement in Doha.";

    /** A lightly edited copy of {@link #STORY} from another outlet, the day after. */
    private Path storyCopy() throws IOException {
        return article("copy", "Harbor Times", "2025-07-12", STORY.replace("on Friday", "late on Friday") + " (Supplied by Meridian.)\\n");
    }

    /** The trace graph's quads with a predicate. */
    private static List<Quad> traced(DatasetGraph dsg, Node predicate) {
        return Txn.calculateRead(dsg, () -> dsg.stream(ClaimTracer.TRACE_GRAPH, Node.ANY, predicate, Node.ANY).toList());
    }

    @Test
    void aLightlyEditedCopyFromAnotherOutletSyndicatesTheOriginal() throws IOException {
        Store store = Store.over(TDB2Factory.createDataset().asDatasetGraph());
        ingest(store, article("wire", "Meridian News Agency", "2025-07-11", STORY + "\\n"),
                storyCopy());
        assertEquals(1, traced(store.dataset(), CG.syndicates.asNode()).size());
        assertEquals(2, traced(store.dataset(), CG.nearDuplicateOf.asNode()).size());
    }

    @Test
    void aCopyArrivingInALaterUpdateSyndicatesTheOriginalButAnArticleSharingOneSentenceDoesNot() throws IOException {
        Store store = Store.over(TDB2Factory.createDataset().asDatasetGraph());
        ingest(store, article("wire", "Meridian News Agency", "2025-07-11", STORY + "\\n"));
        // the update meets the traced original through the shingles they share, in the tracer's index
        ingest(store, storyCopy(),
                article("digest", "Levant Wire", "2025-07-12", "Aid convoys reached the north of the Strip for the first time in a week. "
                        + "The sources said the maps were now the main obstacle to an agreement in Doha. "
                        + "Engineers began repairing the water pipeline near Khan Younis, the municipality said on Saturday.\\n"));
        DatasetGraph dsg = store.dataset();
        List<Quad> syndicates = traced(dsg, CG.syndicates.asNode());
        assertEquals(1, syndicates.size());
        assertEquals(Txn.calculateRead(dsg, () -> articleId(dsg, "https://wire.example/")), syndicates.get(0).getObject().getURI());
        assertEquals(2, traced(dsg, CG.nearDuplicateOf.asNode()).size());
    }

    private static String articleId(DatasetGraph dsg, String url) {
        return dsg.stream(Node.ANY, Node.ANY, org.claimgraph.rdf.Vocab.SCHEMA_URL,
                org.apache.jena.graph.NodeFactory.createLiteralDT(url, org.apache.jena.datatypes.xsd.XSDDatatype.XSDanyURI)).findFirst()
                .map(q -> q.getSubject().getURI()).orElseThrow();
    }

    @Test
    void aDenialPointsBackThroughItsContentOrThroughWhatItsCueDenies() {
        assertEquals("that assessment", ClaimTracer.referent("that assessment", "rejected"));
        assertFalse(ClaimTracer.referent("its convoys reached the north", "disputed that, saying").isEmpty());
        assertEquals("the accusation", ClaimTracer.referent("it had never used hospitals", "rejected the accusation and said"));
        assertTrue(ClaimTracer.referent("its convoys reached the north", "has rejected UN warnings of famine, saying").isEmpty());
        assertTrue(ClaimTracer.referent("its convoys reached the north", "said").isEmpty());
    }
}
