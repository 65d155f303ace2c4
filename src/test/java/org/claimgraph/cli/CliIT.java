package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.claimgraph.export.StoreExporter;
import org.claimgraph.export.TidyCsv;
import org.claimgraph.query.CannedQuery;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end on an on-disk store holding examples/ (and the seed when present). */
class CliIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path SEED_DIR = Path.of("../shared/seeds");
    static final Path SEED = SEED_DIR.resolve("000_d58e267aacdc5ee2.txt");
    static final Path SEED_GOLD = Path.of("../shared/gold/seed.json");
    /** Sample values for the parameters of the canned queries. */
    static final Map<String, String> SAMPLE_PARAMS = Map.of("name", "Hamas", "q", "ceasefire", "measure", "deaths", "place", "Gaza Strip");

    @TempDir
    static Path tmp;
    static Path store;
    static CliRun firstIngest;
    static CliRun gdeltLink;
    static CliRun ucdpLink;
    static List<String> inputs;

    @BeforeAll
    static void ingest() {
        store = tmp.resolve("store");
        inputs = new ArrayList<>(List.of("examples"));
        if (Files.isDirectory(SEED_DIR)) {
            inputs.add(SEED_DIR.toString());
        }
        List<String> args = new ArrayList<>(List.of("ingest", "--store", store.toString(), "--batch-size", "7"));
        args.addAll(inputs);
        firstIngest = CliRun.of(args);
        gdeltLink = CliRun.of("link", "gdelt", "--store", store.toString(), "examples/datasets/gdelt-events.tsv");
        ucdpLink = CliRun.of("link", "ucdp", "--store", store.toString(), "examples/datasets/ucdp-ged.csv");
    }

    private static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    private static List<JsonNode> jsonLines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.lines().filter(l -> !l.isBlank()).toList()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private static JsonNode byLabel(List<JsonNode> records, String label) {
        return records.stream().filter(r -> r.get("label").asText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not exported"));
    }

    @Test
    void linkGdeltImportsTheSampleAndJoinsItToTheArticlesGdeltCoded() {
        assertEquals(0, gdeltLink.exit(), gdeltLink.err());
        assertTrue(gdeltLink.err().contains("gdelt: read 9 rows, imported 9 events and mentions (7 events new to the store), skipped 0 malformed rows"), gdeltLink.err());
        CliRun coded = cli("query", "--store", store.toString(), "--format", "csv", "gdelt-coded-articles");
        assertEquals(0, coded.exit(), coded.err());
        List<String> rows = coded.out().lines().skip(1).toList();
        // six events coded from our articles, and one mention of event 1250000007 in the Nile Evening Post
        assertEquals(7, rows.size(), coded.out());
        assertTrue(rows.stream().anyMatch(r -> r.contains(",mention,1250000007,")), coded.out());
        assertTrue(rows.stream().anyMatch(r -> r.contains("Atlantic Dispatch") && r.contains("reduce relations")), coded.out());
        // the withdrawal from Doha the Atlantic Dispatch reported is linked to the events GDELT coded from it
        assertTrue(gdeltLink.err().contains("candidate links"), gdeltLink.err());
        CliRun related = cli("query", "--store", store.toString(), "--format", "csv", "related-events");
        assertTrue(related.out().lines().anyMatch(r -> r.contains("withdrawal") && r.contains("1250000001") && r.contains("SOURCEURL")),
                related.out());
    }

    @Test
    void newsDeathTollsAreSetAgainstTheFatalitiesUcdpCountsNearbyOverTheSamePeriod() throws IOException {
        assertEquals(0, ucdpLink.exit(), ucdpLink.err());
        CliRun compared = cli("query", "--store", store.toString(), "--format", "csv", "casualties-vs-datasets");
        // "58,300 killed since October 2023" (15 July): the sample's events near Gaza up to that day, 14 + 21 deaths
        assertTrue(compared.out().lines().anyMatch(r -> r.startsWith("2025-07-15,58300") && r.contains(",ucdp,35,2,2023-10-01,2025-07-15,")
                && r.endsWith(",2025-07-08,2025-07-12")), compared.out()); // and of those 21 months the sample covers 8 to 12 July only
        // "a strike in Khan Younis killed 14" (Levant Wire, 8 July) meets the sample's UCDP event of that day and place, best 14
        CliRun related = cli("query", "--store", store.toString(), "--format", "csv", "related-events");
        assertTrue(related.out().lines().anyMatch(r -> r.contains("death toll,14 killed in Khan Younis,ucdp,990001,2025-07-08")
                && r.contains("14 deaths in the news; ucdp counts 14 (12–18)")), related.out());
        assertTrue(related.out().lines().noneMatch(r -> r.contains("death toll") && r.contains(",990002,")),
                "Gaza City's 21 deaths four days later are another event");
        JsonNode toll = jsonLines(cli("export", "quantities", "--store", store.toString()).out()).stream()
                .filter(q -> q.path("place").path("label").asText().equals("Khan Younis") && q.path("value").asInt() == 14).findFirst().orElseThrow();
        assertEquals("https://w3id.org/claimgraph/id/dataset/ucdp/event/990001", toll.get("related_events").get(0).asText(), toll.toString());
    }

    @Test
    void anArticleIngestedAfterAnImportMeetsTheEventsCodedFromIt() throws IOException {
        Path other = tmp.resolve("store-link-then-ingest");
        assertEquals(0, cli("link", "gdelt", "--store", other.toString(), "examples/datasets/gdelt-events.tsv").exit());
        Path article = Files.writeString(tmp.resolve("cairo-talks.json"), JSON.writeValueAsString(Map.of(
                "url", "https://otherpaper.example/2025/08/13/cairo-talks", "publisher", "Other Paper", "published", "2025-08-13",
                "text", "Egyptian and Israeli officials held talks in Cairo on Wednesday on a ceasefire in Gaza.\n")));
        CliRun ingest = cli("ingest", "--store", other.toString(), article.toString());
        assertEquals(0, ingest.exit(), ingest.err());
        assertTrue(ingest.err().contains("candidate links"), ingest.err());
        CliRun related = cli("query", "--store", other.toString(), "--format", "csv", "related-events");
        assertTrue(related.out().lines().anyMatch(r -> r.contains("talks_held") && r.contains("1250000007")), related.out() + ingest.err());
    }

    @Test
    void linkRefusesAnUnknownDatasetAndAFileWithoutTheNeededColumns() {
        CliRun unknown = cli("link", "cshapes", "--store", tmp.resolve("other-store").toString(), "examples/datasets/gdelt-events.tsv");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("unknown dataset cshapes: use gdelt, ucdp or acled"), unknown.err());
        // a GDELT file given as UCDP: its first row is no UCDP header, so the file is skipped, saying why
        CliRun wrong = cli("link", "ucdp", "--store", tmp.resolve("other-store").toString(), "examples/datasets/gdelt-events.tsv");
        assertEquals(1, wrong.exit(), wrong.err());
        assertTrue(wrong.err().contains("gdelt-events.tsv:1: the header lacks id, type_of_violence"), wrong.err());
        CliRun badPattern = cli("link", "acled", "--date-format", "d-MMM-yyz{", "--store", tmp.resolve("other-store").toString(),
                "examples/datasets/ucdp-ged.csv");
        assertEquals(2, badPattern.exit());
        assertTrue(badPattern.err().contains("--date-format d-MMM-yyz{ is no date pattern"), badPattern.err());
        CliRun nothing = cli("link", "ucdp", "--store", tmp.resolve("other-store").toString());
        assertEquals(2, nothing.exit());
        assertTrue(nothing.err().contains("give the dataset files to import (or --relink"), nothing.err());
    }

    @Test
    void relinkRecomputesEveryLinkAndFindsTheSameOnes() {
        assertEquals(0, ucdpLink.exit(), ucdpLink.err());
        String before = cli("query", "--store", store.toString(), "--format", "csv", "related-events").out();
        CliRun relink = cli("link", "ucdp", "--relink", "--store", store.toString());
        assertEquals(0, relink.exit(), relink.err());
        assertTrue(relink.err().contains("all linked afresh"), relink.err());
        assertEquals(before.lines().sorted().toList(),
                cli("query", "--store", store.toString(), "--format", "csv", "related-events").out().lines().sorted().toList());
    }

    @Test
    void ingestStoresEveryArticleAndSaysSo() throws IOException {
        assertEquals(0, firstIngest.exit(), firstIngest.err());
        int articles = jsonLines(cli("export", "articles", "--store", store.toString()).out()).size();
        assertTrue(articles >= 21, "articles: " + articles);
        assertTrue(firstIngest.err().contains("stored " + articles + ","), firstIngest.err());
        assertTrue(firstIngest.err().contains("rejected 0"), firstIngest.err());
    }

    @Test
    void reingestingTheSameInputsChangesNoQuad() {
        Set<String> before = new HashSet<>(cli("export", "rdf", "--format", "nq", "--store", store.toString()).outLines());
        List<String> args = new ArrayList<>(List.of("ingest", "--store", store.toString()));
        args.addAll(inputs);
        CliRun again = CliRun.of(args);
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("stored 0, unchanged"), again.err());
        Set<String> after = new HashSet<>(cli("export", "rdf", "--format", "nq", "--store", store.toString()).outLines());
        assertEquals(before, after);
    }

    @Test
    void theArticlesExportHasTheContractFields() throws IOException {
        List<JsonNode> articles = jsonLines(cli("export", "articles", "--store", store.toString()).out());
        for (JsonNode a : articles) {
            for (String field : List.of("id", "url", "file", "title", "publisher", "published", "graph", "chars", "duplicate_paragraphs")) {
                assertTrue(a.has(field), field + " missing in " + a);
            }
            assertTrue(a.get("graph").asText().endsWith("/graph/article/" + a.get("id").asText()));
        }
        if (Files.isDirectory(SEED_DIR)) {
            JsonNode seed = articles.stream().filter(a -> a.get("file").asText().contains("000_d58e267aacdc5ee2")).findFirst().orElseThrow();
            assertEquals(3, seed.get("duplicate_paragraphs").asInt());
            assertTrue(seed.get("url").isNull());
        }
        assertTrue(articles.stream().anyMatch(a -> a.get("duplicate_paragraphs").asInt() > 0));
    }

    @Test
    void theActorsExportLinksHamasWithEveryMention() throws IOException {
        List<JsonNode> actors = jsonLines(cli("export", "actors", "--store", store.toString()).out());
        JsonNode hamas = byLabel(actors, "Hamas");
        assertEquals("Q38799", hamas.get("wikidata").asText());
        assertEquals("ArmedGroup", hamas.get("type").asText());
        assertTrue(hamas.get("articles").asInt() >= 10);
        assertEquals(hamas.get("articles").asInt(), (int) Stream.of(hamas.get("mentions")).flatMap(m -> {
            List<String> ids = new ArrayList<>();
            m.forEach(x -> ids.add(x.get("article").get("id").asText()));
            return ids.stream();
        }).distinct().count());
        JsonNode first = hamas.get("mentions").get(0);
        assertTrue(first.get("article").has("publisher"));
        assertEquals(2, first.get("span").size());
        JsonNode witkoff = byLabel(actors, "Steve Witkoff");
        assertEquals("Person", witkoff.get("type").asText());
    }

    @Test
    void theLocationsExportHasCoordinatesAndIdentifiers() throws IOException {
        List<JsonNode> locations = jsonLines(cli("export", "locations", "--store", store.toString()).out());
        JsonNode doha = byLabel(locations, "Doha");
        assertEquals("Q3861", doha.get("wikidata").asText());
        assertEquals(25.3, doha.get("lat").asDouble(), 0.2);
        assertEquals(51.5, doha.get("lon").asDouble(), 0.2);
        assertEquals("City", doha.get("type").asText());
    }

    @Test
    void theCsvExportHasAHeaderAndOneRowPerRecord() throws IOException {
        List<JsonNode> jsonl = jsonLines(cli("export", "articles", "--store", store.toString()).out());
        CliRun csv = cli("export", "articles", "--format", "csv", "--store", store.toString());
        assertEquals(0, csv.exit());
        assertTrue(csv.out().startsWith("id,url,file,title,publisher,published,graph,chars,duplicate_paragraphs\r\n"));
        // rows may hold quoted line breaks only in titles, which ours have none of
        assertEquals(jsonl.size() + 1, csv.out().split("\r\n").length);
        // every table, nested ones flattened: one value per cell, the JSON Lines export's values
        for (StoreExporter.Table table : StoreExporter.Table.values()) {
            TidyCsv.check(table, cli("export", table.name(), "--store", store.toString()).out(),
                    cli("export", table.name(), "--format", "csv", "--store", store.toString()).out());
        }
    }

    @Test
    void rdfExportsParseToTheSameQuads() {
        int nq = cli("export", "rdf", "--format", "nq", "--store", store.toString()).outLines().size();
        for (String format : List.of("trig", "jsonld")) {
            CliRun run = cli("export", "rdf", "--format", format, "--store", store.toString());
            Dataset ds = DatasetFactory.create();
            RDFParser.fromString(run.out(), format.equals("trig") ? Lang.TRIG : Lang.JSONLD).parse(ds);
            long quads = ds.asDatasetGraph().stream().count();
            assertEquals(nq, quads, format);
        }
    }

    @Test
    void extractPrintsSpansThatIndexTheText() throws IOException {
        CliRun run = cli("extract", "examples");
        assertEquals(0, run.exit(), run.err());
        List<JsonNode> articles = jsonLines(run.out());
        assertTrue(articles.size() >= 20);
        int checked = 0;
        for (JsonNode a : articles) {
            String text = a.get("article").get("text").asText();
            for (String kind : List.of("actors", "locations")) {
                for (JsonNode entity : a.get(kind)) {
                    for (JsonNode m : entity.get("mentions")) {
                        int b = m.get("span").get(0).asInt();
                        int e = m.get("span").get(1).asInt();
                        assertEquals(m.get("text").asText(), text.substring(b, e));
                        checked++;
                    }
                }
            }
            assertTrue(a.has("attributions") && a.has("quantities") && a.has("negotiations"));
        }
        assertTrue(checked > 100, "mentions checked: " + checked);
    }

    @Test
    void theStoredDataConformsToTheShapes() {
        CliRun run = cli("validate", "--store", store.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
    }

    @Test
    void everyCannedQueryRunsAndReturnsRows() {
        QueryRunner runner = QueryRunner.local(Store.open(store, null).dataset());
        for (CannedQuery q : QueryCatalog.builtIn().all()) {
            Map<String, String> params = new java.util.HashMap<>();
            for (String p : q.parameterNames()) {
                // the explorer's queries take a cluster or an article IRI: their header's example, one of the examples'
                String value = SAMPLE_PARAMS.getOrDefault(p, q.example().get(p));
                assertNotNull(value, "no sample value for parameter " + p + " of " + q.name());
                params.put(p, value);
            }
            assertTrue(runner.countRows(q.text(), params) > 0, q.name() + " returned no rows");
        }
    }

    @Test
    void queryJsonIsSparqlResultsJson() throws IOException {
        CliRun run = cli("query", "--store", store.toString(), "--format", "json", "actor-mentions", "--param", "name=Doha");
        assertEquals(0, run.exit(), run.err());
        JsonNode results = JSON.readTree(run.out());
        assertTrue(results.get("head").get("vars").size() > 0);
        assertTrue(results.get("results").get("bindings").size() > 0);
    }

    @Test
    void limitAndOffsetPageThroughAnAnswer() {
        List<String> all = cli("query", "--store", store.toString(), "--format", "tsv", "articles").outLines();
        List<String> page = cli("query", "--store", store.toString(), "--format", "tsv", "articles", "--limit", "3", "--offset", "2").outLines();
        assertTrue(all.size() > 6, all.toString());
        assertEquals(all.get(0), page.get(0), "the header");
        assertEquals(all.subList(3, 6), page.subList(1, page.size()), "rows 3 to 5 of the whole answer");
    }

    @Test
    void queryListNamesEveryCannedQuery() {
        CliRun run = cli("query", "--list");
        for (CannedQuery q : QueryCatalog.builtIn().all()) {
            assertTrue(run.out().contains(q.name()), q.name());
        }
    }

    @Test
    void statsCountArticlesAndMentions() throws IOException {
        CliRun run = cli("stats", "--store", store.toString());
        int articles = jsonLines(cli("export", "articles", "--store", store.toString()).out()).size();
        assertTrue(run.out().contains("articles\t" + articles + "\n"), run.out());
        assertTrue(run.out().contains("mentions\t"));
    }

    @Test
    void compactionKeepsTheData() throws IOException {
        Path small = tmp.resolve("compact-store");
        assertEquals(0, cli("ingest", "--store", small.toString(), "--batch-size", "1", "examples").exit());
        String before = cli("stats", "--store", small.toString()).out();
        CliRun run = cli("compact", "--store", small.toString());
        assertEquals(0, run.exit(), run.err());
        String after = cli("stats", "--store", small.toString()).out();
        assertEquals(before.lines().filter(l -> !l.startsWith("bytes")).toList(), after.lines().filter(l -> !l.startsWith("bytes")).toList());
    }

    @Test
    void badInputIsNamedWithItsReasonAndExitsOne() throws IOException {
        Path bad = Files.writeString(tmp.resolve("broken.json"), "{\"title\": \"no text\"");
        Path good = Files.writeString(tmp.resolve("fine.txt"), "Qatar hosted the talks.\n");
        CliRun run = cli("ingest", "--store", tmp.resolve("bad-store").toString(), bad.toString(), good.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("rejected " + bad), run.err());
        assertTrue(run.err().contains("stored 1"), run.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, cli().exit());
        assertEquals(2, cli("no-such-command").exit());
        assertEquals(2, cli("export", "nonsense", "--store", store.toString()).exit());
        assertEquals(2, cli("query", "--store", store.toString(), "no-such-query").exit());
        assertFalse(cli("--help").out().isBlank());
    }

    @Test
    void extractGivesTheSameOutputOnOneThreadAndOnMany() {
        CliRun one = cli("extract", "--threads", "1", "examples");
        CliRun three = cli("extract", "--threads", "3", "examples");
        assertEquals(0, one.exit());
        assertEquals(one.out(), three.out());
    }

    @Test
    void scoringTheExampleGoldMeetsTheQualityTargets() {
        CliRun run = cli("score", "entities", "gold/entities");
        assertEquals(0, run.exit(), run.err());
        String[] all = run.out().lines().filter(l -> l.startsWith("all\t")).findFirst().orElseThrow().split("\t");
        double precision = Double.parseDouble(all[4]);
        double recall = Double.parseDouble(all[5]);
        assertTrue(precision >= 0.9 && recall >= 0.9, run.out());
        assertTrue(run.out().contains("articles\t" + gold().size()), run.out());
    }

    @Test
    void scoringARealNewsCorpusScoresItsSplitAndFindsTheRelayedSpeaker() throws IOException {
        Path corpus = org.claimgraph.eval.RealNewsCorpusTestAccess.write(tmp.resolve("corpus"));
        CliRun dev = cli("score", "attributions", "--split", "dev", corpus.toString());
        assertEquals(0, dev.exit(), dev.err());
        assertTrue(dev.out().contains("articles\t1"), dev.out());
        String[] row = dev.out().lines().filter(l -> l.matches("\\d+\t.*")).findFirst().orElseThrow().split("\t");
        assertEquals("2", row[0], dev.out()); // gold
        assertEquals("2", row[3], dev.out()); // found with the right speaker: the cited source, twice
        CliRun test = cli("score", "entities", "--split", "test", corpus.toString());
        assertTrue(test.out().contains("articles\t0"), test.out());
        Files.delete(corpus.resolve("cache/t1.json"));
        CliRun missing = cli("score", "entities", corpus.toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("t1.json is missing"), missing.err());
    }

    @Test
    void scoringTheSeedFindsEveryGoldEntityWithItsLink() {
        assumeSeedAndItsGold();
        CliRun run = cli("score", "entities", "--article", SEED.toString(), SEED_GOLD.toString());
        assertTrue(run.out().contains("all\t11\t11\t11\t1.000\t1.000\t1.000\t1.000 (6/6)"), run.out());
    }

    @Test
    void aGoldFileWithoutItsArticleIsAUsageProblemNamedInTheMessage() throws IOException {
        Path gold = Files.writeString(tmp.resolve("lonely.json"), "{\"actors\": [], \"locations\": []}");
        CliRun run = cli("score", "entities", gold.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("lonely.json does not name its article"), run.err());
    }

    @Test
    void benchPrintsOneRowPerStage() {
        CliRun run = cli("bench", "--threads", "1", "--repeat", "1", "examples/2025-07-24-atlantic-dispatch-us-israel-recall-negotiators.json");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.outLines();
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith("nlp\t1\t1\t") && lines.get(2).startsWith("pipeline\t1\t1\t"), run.out());
    }

    private static List<Path> gold() {
        try (Stream<Path> files = Files.list(Path.of("gold/entities"))) {
            return files.filter(f -> f.toString().endsWith(".json")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theAttributionsExportHasTheContractFields() throws IOException {
        List<JsonNode> attributions = jsonLines(cli("export", "attributions", "--store", store.toString()).out());
        assertTrue(attributions.size() > 100, "attributions: " + attributions.size());
        for (JsonNode a : attributions) {
            for (String field : List.of("iri", "article", "source", "cue", "content", "mode", "stance", "about", "claim",
                    "cluster", "disputes", "supports", "confidence")) {
                assertTrue(a.has(field), field + " missing in " + a);
            }
            assertEquals(2, a.get("cue").get("span").size());
            assertTrue(a.get("cue").get("lemma").asText().matches("[^\\sA-Z]+( [^\\sA-Z]+)*"), a.get("cue").toString());
            assertTrue(List.of("direct", "indirect", "mixed").contains(a.get("mode").asText()));
            JsonNode source = a.get("source");
            assertEquals(source.get("anonymous").asBoolean(), source.get("entity").isNull(), source.toString());
        }
        assertTrue(attributions.stream().anyMatch(a -> a.get("source").get("anonymous").asBoolean()
                && a.get("source").get("descriptor").asText().contains("official")));
        assertTrue(attributions.stream().anyMatch(a -> a.get("source").path("entity").path("label").asText().equals("Steve Witkoff")));
    }

    @Test
    void extractedAttributionSpansIndexTheText() throws IOException {
        for (JsonNode record : jsonLines(cli("extract", "examples").out())) {
            String text = record.get("article").get("text").asText();
            for (JsonNode a : record.get("attributions")) {
                JsonNode cue = a.get("cue");
                assertEquals(cue.get("text").asText(), text.substring(cue.get("span").get(0).asInt(), cue.get("span").get(1).asInt()));
                JsonNode source = a.get("source");
                if (!source.get("span").isNull()) {
                    assertEquals(source.get("text").asText(),
                            text.substring(source.get("span").get(0).asInt(), source.get("span").get(1).asInt()));
                }
                for (JsonNode span : a.get("content").get("spans")) {
                    assertTrue(span.get(0).asInt() < span.get(1).asInt() && span.get(1).asInt() <= text.length());
                }
            }
        }
    }

    @Test
    void scoringTheSeedAttributionsFindsAtLeastNineWithTheRightSource() {
        assumeSeedAndItsGold();
        CliRun run = cli("score", "attributions", "--article", SEED.toString(), SEED_GOLD.toString());
        String[] row = run.out().lines().toList().get(1).split("\t");
        assertEquals(11, Integer.parseInt(row[0]));
        assertTrue(Integer.parseInt(row[3]) >= 9, run.out());
    }

    @Test
    void theClaimsExportHasOneRecordPerClusterWithTheContractFields() throws IOException {
        List<JsonNode> claims = jsonLines(cli("export", "claims", "--store", store.toString()).out());
        assertTrue(claims.size() > 50, "claims: " + claims.size());
        for (JsonNode c : claims) {
            for (String field : List.of("iri", "text", "speaker", "speaker_label", "first_seen", "first_outlet", "articles",
                    "independent_sources", "attributions", "disputes", "supports", "disputed_by", "supported_by")) {
                assertTrue(c.has(field), field + " missing in " + c);
            }
            assertTrue(c.get("independent_sources").asInt() <= c.get("articles").asInt());
            assertEquals(c.get("attributions").size() > 0, true);
        }
        assertTrue(claims.stream().anyMatch(c -> c.get("articles").asInt() >= 2), "some claim is carried by two articles");
        assertTrue(claims.stream().anyMatch(c -> c.get("disputed_by").size() > 0), "some claim is disputed");
        assertTrue(claims.stream().allMatch(c -> c.get("speaker_label").isNull() || c.get("speaker_label").isTextual()),
                "speaker_label is a plain column");
        List<JsonNode> attributions = jsonLines(cli("export", "attributions", "--store", store.toString()).out());
        assertTrue(attributions.stream().allMatch(a -> !a.get("cluster").isNull()), "every attribution is in a cluster");
    }

    /** The seed and its gold live beside the project, not in it: without them the test is skipped. */
    private static void assumeSeedAndItsGold() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(SEED) && Files.isRegularFile(SEED_GOLD),
                "../shared/seeds and ../shared/gold/seed.json not present");
    }
}
