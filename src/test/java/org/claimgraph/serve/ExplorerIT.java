package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.claimgraph.ingest.Inputs;
import org.claimgraph.link.DatasetImporter;
import org.claimgraph.link.EventLinker;
import org.claimgraph.link.GdeltEvents;
import org.claimgraph.link.UcdpGed;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.pipeline.Ingester;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The claim explorer in a real browser: Debian's headless Chromium, driven through its chromedriver,
 * against a server on a free port with the examples (and the sample GDELT and UCDP rows, linked)
 * loaded. Each page is checked against what the endpoint itself answers, and saved as a screenshot
 * under target/explorer-screenshots/.
 * <p>
 * Without Chromium the test is skipped, unless CLAIMGRAPH_REQUIRE_BROWSER=1 (set by .ci/run), when
 * a missing browser fails it.
 */
class ExplorerIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of(System.getProperty("claimgraph.project.dir", "."), "target", "explorer-screenshots");

    @TempDir
    static Path tmp;
    static SparqlServer server;
    static String endpoint;
    static String explorer;
    static ChromeDriver browser;
    static Path downloads;

    @BeforeAll
    static void serveTheExamplesAndOpenABrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "1".equals(System.getenv("CLAIMGRAPH_REQUIRE_BROWSER")))
            throw new IllegalStateException("CLAIMGRAPH_REQUIRE_BROWSER=1 but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: apt-get install chromium chromium-driver");
        assumeTrue(present, "the explorer's browser test needs Debian's chromium and chromium-driver "
                + "(apt-get install chromium chromium-driver); skipped");

        server = SparqlServer.builder().storeDir(tmp.resolve("store")).port(0).build().start();
        endpoint = "http://localhost:" + server.port() + "/" + server.serviceName() + "/sparql";
        explorer = "http://localhost:" + server.port() + "/explore/";
        ReferenceData reference = ReferenceData.load();
        NlpModels models = NlpModels.loadEnglish();
        Ingester.builder().store(Store.over(server.dataset())).pipelines(() -> Pipeline.standard(models, reference))
                .reference(reference).bulk(true).threads(2).build()
                .ingest(Inputs.of(List.of("examples"), new ByteArrayInputStream(new byte[0])));
        new DatasetImporter(server.dataset(), new GdeltEvents(), reference)
                .importFiles(List.of(Path.of("examples/datasets/gdelt-events.tsv")), problem -> { }, rows -> { });
        new DatasetImporter(server.dataset(), new UcdpGed(), reference)
                .importFiles(List.of(Path.of("examples/datasets/ucdp-ged.csv")), problem -> { }, rows -> { });
        new EventLinker(reference).update(server.dataset());

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1600", "--user-data-dir=" + tmp.resolve("chromium-profile"));
        // "Download CSV" saves into a folder of the test, read back as a file
        downloads = Files.createDirectories(tmp.resolve("downloads"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void close() {
        if (browser != null)
            browser.quit();
        if (server != null)
            server.stop();
    }

    // ---- the pages

    @Test
    void searchingAClaimsWordsShowsItsClusterOnceWithItsCounts() {
        String cluster = clusterWith("recalling its negotiators");
        open("?q=negotiators", "search");
        List<WebElement> results = browser.findElements(By.cssSelector("li.result"));
        List<String> clusters = results.stream().map(r -> r.getAttribute("data-cluster")).toList();
        assertEquals(clusters.size(), new HashSet<>(clusters).size(), "each cluster once");
        WebElement result = results.get(clusters.indexOf(cluster));
        long articles = count("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?m cg:inCluster <" + cluster + "> . ?at cg:asserts ?m ; cg:inArticle ?a }");
        assertTrue(result.getText().contains(articles + " articles"), result.getText());
        assertTrue(result.getText().contains("Steve Witkoff"), result.getText());
    }

    @Test
    void aClaimsPageShowsItsOutletsInDateOrderAndItsDisputes() {
        String cluster = clusterWith("recalling its negotiators");
        open("?claim=" + enc(cluster), "claim");
        List<QuerySolution> members = select("SELECT ?published ?publisher WHERE { ?m cg:inCluster <" + cluster + "> . "
                + "?at cg:asserts ?m ; cg:inArticle ?a . OPTIONAL { ?a schema:datePublished ?published } "
                + "OPTIONAL { ?a schema:publisher/rdfs:label ?publisher } } ORDER BY STR(?published)"); // dates and date-times in one order
        WebElement view = view("claim-articles");
        assertEquals(members.size(), view.findElements(By.cssSelector("tbody tr")).size(), "one row per wording");
        // the timeline's outlets, top to bottom, in the order they first carried the claim
        List<String> outlets = new ArrayList<>();
        for (QuerySolution m : members) {
            // a dated article with no outlet (a .txt dated by its file name) gets a lane of its own
            String outlet = m.contains("publisher") ? m.getLiteral("publisher").getString() : "(no outlet)";
            if (m.contains("published") && !outlets.contains(outlet))
                outlets.add(outlet);
        }
        assertEquals(outlets, view.findElements(By.cssSelector("svg.path-chart text.outlet")).stream().map(WebElement::getText).toList());
        long dated = members.stream().filter(m -> m.contains("published")).count();
        assertEquals(dated, view.findElements(By.cssSelector("svg.path-chart circle")).size(), "a dot per dated article");
        // the dispute, a link to the disputing claim
        String disputing = select("SELECT ?d WHERE { ?d cg:disputes <" + cluster + "> ; a cg:ClaimCluster }").get(0).getResource("d").getURI();
        List<WebElement> disputes = view("claim-responses").findElements(By.cssSelector("li.disputed-by a.claim"));
        assertTrue(disputes.stream().anyMatch(a -> a.getAttribute("href").contains(enc(disputing))), "a link to " + disputing);
    }

    @Test
    void anArticlesPageHighlightsSourceCueAndContentAtTheirOffsets() {
        String article = "https://w3id.org/claimgraph/id/article/" + articleIdOf("witkoff-hamas-reply");
        open("?article=" + enc(article), "article");
        String text = select("SELECT ?t WHERE { <" + article + "> cg:text ?t }").get(0).getLiteral("t").getString();
        // every marked piece, read in one call: [begin, end, kinds, text]
        @SuppressWarnings("unchecked")
        List<List<Object>> pieces = (List<List<Object>>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('.article-text .hl')].map(p => [Number(p.dataset.begin), Number(p.dataset.end), p.dataset.kinds, p.textContent])");
        assertFalse(pieces.isEmpty());
        // each is the text at its offsets
        for (List<Object> p : pieces) {
            int b = ((Number) p.get(0)).intValue(), e = ((Number) p.get(1)).intValue();
            assertEquals(text.substring(b, e), p.get(3), "piece " + b + "-" + e);
        }
        // an attribution's source, cue and content are marked over exactly their words
        QuerySolution a = select("SELECT ?cb ?ce ?source ?content WHERE { ?at cg:inArticle <" + article + "> ; oa:start ?cb ; oa:end ?ce ; "
                + "cg:sourceSpans ?source ; cg:contentSpans ?content ; cg:cueLemma \"say\" } ORDER BY ?cb LIMIT 1").get(0);
        assertMarked(text, pieces, a.getLiteral("cb").getInt(), a.getLiteral("ce").getInt(), "cue");
        for (String kind : List.of("source", "content")) {
            String[] be = a.getLiteral(kind).getString().split(" ")[0].split("-");
            assertMarked(text, pieces, Integer.parseInt(be[0]), Integer.parseInt(be[1]), kind);
        }
        // a mention links to its actor
        WebElement witkoff = browser.findElements(By.cssSelector(".article-text a.hl-mention")).stream()
                .filter(p -> p.getAttribute("textContent").equals("Steve Witkoff")).findFirst().orElseThrow();
        assertTrue(witkoff.getAttribute("href").endsWith("?actor=Steve+Witkoff"), witkoff.getAttribute("href"));
    }

    @Test
    void anActorsPageLinksWikidataAndListsItsClaims() {
        open("?actor=Hamas", "actor");
        WebElement wikidata = browser.findElement(By.cssSelector("a.wikidata"));
        assertEquals("https://www.wikidata.org/wiki/Q38799", wikidata.getAttribute("href"));
        assertEquals(cannedRows("claims-by-actor", Map.of("name", "Hamas")), view("claims-by-actor").findElements(By.cssSelector("tbody tr")).size());
        assertEquals(cannedRows("claims-about-actor", Map.of("name", "Hamas")), view("claims-about-actor").findElements(By.cssSelector("tbody tr")).size());
        assertFalse(browser.findElements(By.cssSelector(".over-time svg circle")).isEmpty(), "claims over time");
        assertFalse(view("actor-network").findElements(By.cssSelector("ul.network li")).isEmpty(), "its network");
    }

    @Test
    void aFiguresChartHasAPointPerReportedDeathToll() {
        open("?measure=deaths&place=Gaza%20Strip", "figure");
        long tolls = select("SELECT ?q WHERE { ?q cg:measure cg:measure-deaths ; cg:place/rdfs:label \"Gaza Strip\"@en ; cg:value ?v ; cg:asOf ?d }").size();
        assertTrue(tolls >= 3, tolls + " tolls");
        assertEquals(tolls, browser.findElements(By.cssSelector("svg.series-chart .point")).size());
        // the UCDP counts linked for the place, beside the news figures
        assertEquals(cannedRowsWhere("casualties-vs-datasets", "place", "Gaza Strip"),
                browser.findElements(By.cssSelector("svg.series-chart rect.dataset-point")).size());
    }

    @Test
    void aNegotiationsPageListsItsDevelopments() {
        open("?negotiation=", "negotiations");
        assertEquals(cannedRows("negotiation-timeline", Map.of()), browser.findElements(By.cssSelector("li.development")).size());
        assertTrue(browser.findElements(By.cssSelector("li.development a.actor")).size() > 5, "who took each step");
    }

    // ---- every view's query and CSV

    /** The SPARQL a view shows, run against the endpoint, gives the rows on the page, and is the canned query bound as `claimgraph query` binds it. */
    @Test
    void theSparqlShownIsTheQueryRunAndDownloadsTidyCsv() throws IOException {
        String cluster = clusterWith("recalling its negotiators");
        open("?claim=" + enc(cluster), null);
        WebElement view = view("claim-articles");
        view.findElement(By.cssSelector("details.show-sparql summary")).click();
        String shown = view.findElement(By.cssSelector("pre.sparql")).getText();
        int onPage = Integer.parseInt(view.getAttribute("data-rows"));
        List<QuerySolution> rows = selectRaw(shown);
        assertEquals(onPage, rows.size());
        // the same rows as `claimgraph query claim-articles --param cluster=<...>` (which also gives the bound ?cluster as a column)
        String canned = QueryCatalog.builtIn().byName("claim-articles").orElseThrow().text();
        List<String> columns = QueryFactory.create(shown).getResultVars();
        assertEquals(rowsOver(columns, jsonRows(canned, Map.of("cluster", "<" + cluster + ">"))), rowsOver(columns, jsonRows(shown, Map.of())),
                "the page binds as claimgraph query does");
        String fuseki = view.findElement(By.partialLinkText("Fuseki query UI")).getAttribute("href");
        assertTrue(fuseki.contains("/#/dataset/claimgraph/query?query="), fuseki);

        for (String query : List.of("claim-articles", "claim-responses")) {
            String csv = downloadCsv(view(query));
            try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
                List<CSVRecord> records = parser.getRecords();
                assertEquals(Integer.parseInt(view(query).getAttribute("data-rows")), records.size(), query);
                for (CSVRecord r : records)
                    for (String cell : r)
                        assertFalse(cell.startsWith("{") || cell.startsWith("["), query + ": a cell holds a structure: " + cell);
                assertTrue(parser.getHeaderNames().contains("published"), parser.getHeaderNames().toString());
            }
        }
    }

    @Test
    void anEmptySearchSaysWhatToTry() {
        open("?q=zzyzx", null);
        assertTrue(view("claim-search").findElement(By.cssSelector(".empty")).getText().contains("Try"));
    }

    /** A parameter is only ever a value: quotes and braces in a name stay in the string; a malformed IRI is refused before any query. */
    @Test
    void aParameterCannotChangeTheQuery() {
        String hostile = "Hamas\" } UNION { ?entity ?p ?label } #\n\\";
        open("?actor=" + enc(hostile), null);
        WebElement profile = view("actor-profile");
        assertEquals("0", profile.getAttribute("data-rows"), "no entity is labelled with the whole string");
        String shown = (String) ((JavascriptExecutor) browser).executeScript("return arguments[0].textContent", profile.findElement(By.cssSelector("pre.sparql")));
        assertEquals(QueryFactory.create(QueryCatalog.builtIn().byName("actor-profile").orElseThrow().text()).getResultVars(),
                QueryFactory.create(shown).getResultVars(), "the shown query parses, with the canned query's columns");
        assertEquals(0, jsonRows(shown, Map.of()).size());

        browser.get(explorer + "?claim=" + enc("urn:x> } UNION { ?s ?p ?o"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "true".equals(
                ((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
        assertTrue(view("claim-articles").findElement(By.cssSelector(".error")).getText().contains("not an IRI"));
    }

    // ---- keyboards, screen readers, phones, slow pages

    /** From the top of the page, Tab reaches the skip link first, then the search box, then the first result. */
    @Test
    void tabFromTheTopReachesTheSearchBoxThenTheFirstResult() {
        open("?q=negotiators", null);
        List<String> order = new ArrayList<>();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("document.activeElement.blur(); window.scrollTo(0, 0)");
        String firstResult = browser.findElement(By.cssSelector("li.result a.claim")).getAttribute("href");
        for (int i = 0; i < 30 && !order.contains("result"); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            order.add((String) js.executeScript("const a = document.activeElement;"
                    + "return a.classList.contains('skip-link') ? 'skip' : a.id === 'q' ? 'search'"
                    + " : a.href === arguments[0] && a.closest('li.result') ? 'result' : a.tagName.toLowerCase()", firstResult));
        }
        assertEquals("skip", order.get(0), order.toString());
        assertTrue(order.contains("search") && order.contains("result") && order.indexOf("search") < order.indexOf("result"), order.toString());
        // the skip link, followed, puts the focus in the page's content
        js.executeScript("document.querySelector('.skip-link').focus()");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertEquals("main", js.executeScript("return document.activeElement.id"));
    }

    /** Landmarks, a labelled search box, one h1 and a live region that says how many claims were found. */
    @Test
    void aScreenReaderHearsTheLandmarksTheLabelAndTheCount() {
        open("?q=negotiators", null);
        assertEquals(1, browser.findElements(By.cssSelector("main#main")).size(), "the main landmark");
        assertEquals(1, browser.findElements(By.cssSelector("header nav[aria-label]")).size(), "the navigation");
        assertEquals("Search claims", browser.findElement(By.id("q")).getAccessibleName());
        assertEquals(1, browser.findElements(By.tagName("h1")).size());
        WebElement status = browser.findElement(By.id("page-status"));
        assertEquals("polite", status.getAttribute("aria-live"));
        String rows = view("claim-search").getAttribute("data-rows");
        assertTrue(Integer.parseInt(rows) > 0, rows);
        String said = (String) ((JavascriptExecutor) browser).executeScript("return arguments[0].textContent", status);
        assertTrue(said.startsWith(rows + " claim"), said);
        // a chart is an image with a summary, its points links a keyboard reaches
        open("?measure=deaths&place=Gaza%20Strip", null);
        WebElement chart = browser.findElement(By.cssSelector("svg.series-chart"));
        assertEquals("img", chart.getAttribute("role"));
        assertTrue(chart.getAttribute("aria-label").matches("Chart of \\d+ reported figures.*table below.*"), chart.getAttribute("aria-label"));
        assertFalse(chart.findElements(By.cssSelector("a[href][aria-label]")).isEmpty(), "the points are links with a name");
    }

    /** At a phone's width (390 px) no page is wider than the screen: tables and charts stay in their boxes. */
    @Test
    void everyPageFitsAPhonesWidth() {
        Dimension before = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            String cluster = clusterWith("recalling its negotiators");
            String article = "https://w3id.org/claimgraph/id/article/" + articleIdOf("witkoff-hamas-reply");
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("start", "");
            pages.put("search", "?q=negotiators");
            pages.put("claim", "?claim=" + enc(cluster));
            pages.put("article", "?article=" + enc(article));
            pages.put("actor", "?actor=Hamas");
            pages.put("figure", "?measure=deaths&place=Gaza%20Strip");
            pages.put("negotiations", "?negotiation=");
            pages.put("empty", "?actor=Nobody%20at%20all");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                open(page.getValue(), "phone-" + page.getKey());
                long client = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth");
                long scroll = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
                assertTrue(client <= 390 && client > 300, page.getKey() + ": the window is " + client + " px wide");
                assertTrue(scroll <= client, page.getKey() + ": the page is " + scroll + " px wide on a " + client + " px screen");
            }
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    /** A page whose queries take over a second shows "Loading … (query N of M)", and hides it when done. */
    @Test
    void aSlowPageShowsItsProgressUntilItIsDone() {
        try {
            // every request 1.5 s late, as on a slow line: no delay in the explorer's own code
            browser.setNetworkConditions(new ChromiumNetworkConditions().setLatency(Duration.ofMillis(1500))
                    .setDownloadThroughput(1_000_000).setUploadThroughput(1_000_000));
            browser.get(explorer + "?q=negotiators");
            WebElement status = browser.findElement(By.id("page-status"));
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> status.isDisplayed());
            assertTrue(status.getText().matches("Loading Claims… \\(query 1 of 1\\)"), status.getText());
            assertEquals(null, ((JavascriptExecutor) browser).executeScript("return document.body.dataset.ready ?? null"), "shown while the query is pending");
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "true".equals(
                    ((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
            // gone from sight (its last words stay for screen readers, in a 1 px clipped box)
            assertTrue((Long) ((JavascriptExecutor) browser).executeScript("return Math.round(arguments[0].getBoundingClientRect().width)", status) <= 1,
                    "the indicator goes away when the page is done");
            assertTrue(status.getAttribute("textContent").contains("match"), status.getAttribute("textContent"));
        } finally {
            browser.deleteNetworkConditions();
        }
    }

    /** An actor with no rows says, in each view, what to try. */
    @Test
    void anEmptyActorPageSaysWhatToTry() {
        open("?actor=Nobody%20at%20all", null);
        for (String query : List.of("actor-profile", "claims-by-actor", "claims-about-actor", "actor-network"))
            assertFalse(view(query).findElements(By.cssSelector(".empty")).isEmpty(), query + " says it is empty");
        assertTrue(view("claims-by-actor").findElement(By.cssSelector(".empty")).getText().contains("search"));
    }

    // ---- helpers

    /** Opens a page and waits until every view has its answer; saves a screenshot when named. */
    static void open(String query, String screenshot) {
        browser.get(explorer + query);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "true".equals(
                ((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
        assertTrue(browser.findElements(By.cssSelector(".view .error")).isEmpty(),
                () -> "a view failed: " + browser.findElements(By.cssSelector(".view .error")).get(0).getText());
        if (screenshot != null) {
            try {
                Files.write(SCREENSHOTS.resolve(screenshot + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static WebElement view(String query) {
        return browser.findElement(By.cssSelector("section.view[data-query='" + query + "']"));
    }

    /** Clicks the view's Download CSV and reads the file the browser saved. */
    static String downloadCsv(WebElement view) {
        Path file = downloads.resolve(view.getAttribute("data-query") + ".csv");
        try {
            Files.deleteIfExists(file);
            view.findElement(By.cssSelector("button.download-csv")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> Files.isRegularFile(file)
                    && !Files.exists(file.resolveSibling(file.getFileName() + ".crdownload")));
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The marked pieces inside [b, e) cover it exactly, and each carries the kind. */
    static void assertMarked(String text, List<List<Object>> pieces, int b, int e, String kind) {
        StringBuilder covered = new StringBuilder();
        for (List<Object> p : pieces) {
            int pb = ((Number) p.get(0)).intValue(), pe = ((Number) p.get(1)).intValue();
            if (pb >= b && pe <= e) {
                assertTrue(((String) p.get(2)).contains(kind), kind + " at " + pb + "-" + pe + ": " + p.get(2));
                covered.append(p.get(3));
            }
        }
        assertEquals(text.substring(b, e), covered.toString(), kind + " " + b + "-" + e);
    }

    static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <http://schema.org/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            """;

    static List<QuerySolution> select(String sparql) {
        return selectRaw(PREFIXES + sparql);
    }

    static List<QuerySolution> selectRaw(String sparql) {
        try (QueryExecution exec = QueryExecutionHTTP.service(endpoint).query(sparql).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            exec.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    static long count(String sparql) {
        return select(sparql).get(0).getLiteral("n").getLong();
    }

    static String clusterWith(String words) {
        return select("SELECT ?c WHERE { ?c a cg:ClaimCluster ; cg:claimText ?t FILTER CONTAINS(?t, \"" + words + "\") }")
                .get(0).getResource("c").getURI();
    }

    static String articleIdOf(String fileWords) {
        return select("SELECT ?id WHERE { ?a cg:articleId ?id ; schema:url ?u FILTER CONTAINS(STR(?u), \"" + fileWords + "\") }")
                .get(0).getLiteral("id").getString();
    }

    static int cannedRows(String name, Map<String, String> params) {
        return QueryRunner.remote(endpoint).countRows(QueryCatalog.builtIn().byName(name).orElseThrow().text(), params);
    }

    static int cannedRowsWhere(String name, String column, String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.remote(endpoint).run(QueryCatalog.builtIn().byName(name).orElseThrow().text(), Map.of(), QueryRunner.Format.csv, out);
        try (CSVParser parser = CSVParser.parse(new StringReader(out.toString(StandardCharsets.UTF_8)),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return (int) parser.getRecords().stream().filter(r -> r.get(column).equals(value)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<QuerySolution> jsonRows(String sparql, Map<String, String> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.remote(endpoint).run(sparql, params, QueryRunner.Format.json, out);
        List<QuerySolution> rows = new ArrayList<>();
        ResultSetFactory.fromJSON(new ByteArrayInputStream(out.toByteArray())).forEachRemaining(rows::add);
        return rows;
    }

    static List<Map<String, String>> rowsOver(List<String> columns, List<QuerySolution> rows) {
        List<Map<String, String>> out = new ArrayList<>();
        for (QuerySolution r : rows) {
            Map<String, String> row = new LinkedHashMap<>();
            for (String c : columns)
                row.put(c, r.contains(c) ? r.get(c).toString() : null);
            out.add(row);
        }
        return out;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

}
