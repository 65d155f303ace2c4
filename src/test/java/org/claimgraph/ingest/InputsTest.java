package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.domain.Article;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    @TempDir
    Path dir;

    private List<ReadResult> read(String... args) {
        return read(new byte[0], args);
    }

    private List<ReadResult> read(byte[] stdin, String... args) {
        List<ReadResult> out = new ArrayList<>();
        Inputs.of(List.of(args), new ByteArrayInputStream(stdin)).read(out::add);
        return out;
    }

    private static Article article(ReadResult r) {
        return assertInstanceOf(ReadResult.Read.class, r).article();
    }

    @Test
    void aTextFileIsReadWholeWithItsFirstLineAsTitle() throws IOException {
        String text = "\nTalks resume in Doha\n\nMediators met on Monday.\n";
        Path f = Files.writeString(dir.resolve("a.txt"), text);
        Article a = article(read(f.toString()).get(0));
        assertEquals(text, a.text());
        assertEquals(Optional.of("Talks resume in Doha"), a.metadata().title());
        assertEquals(Optional.of(f.toString()), a.metadata().file());
        assertEquals(ArticleIds.idFor(Optional.empty(), text), a.id());
    }

    @Test
    void aTextFileNamedByItsDateIsDatedAndOthersStayUndated() throws IOException {
        Path dated = Files.writeString(dir.resolve("2025-07-24-gulf-ledger-talks.txt"), "Talks resume\n");
        Path plain = Files.writeString(dir.resolve("talks-2025-07-24.txt"), "Talks resume again\n");
        Path notADate = Files.writeString(dir.resolve("2025-13-40-report.txt"), "Talks resume once more\n");
        Path longNumber = Files.writeString(dir.resolve("2025-07-245.txt"), "Talks resume, a fourth time\n");
        assertEquals(Optional.of("2025-07-24"), article(read(dated.toString()).get(0)).metadata().published());
        assertEquals(Optional.empty(), article(read(plain.toString()).get(0)).metadata().published());
        assertEquals(Optional.empty(), article(read(notADate.toString()).get(0)).metadata().published());
        assertEquals(Optional.empty(), article(read(longNumber.toString()).get(0)).metadata().published());
    }

    @Test
    void anArticleWithAUrlIsIdentifiedByItsUrl() throws IOException {
        Path f = Files.writeString(dir.resolve("a.json"),
                "{\"url\":\"https://example.org/1\",\"title\":\"T\",\"publisher\":\"Gulf Ledger\",\"published\":\"2025-07-24\",\"text\":\"Body.\"}");
        Article a = article(read(f.toString()).get(0));
        assertEquals(ArticleIds.idFor(Optional.of("https://example.org/1"), "anything"), a.id());
        assertEquals(Optional.of("2025-07-24"), a.metadata().published());
        assertEquals(Optional.of("Gulf Ledger"), a.metadata().publisher());
    }

    @Test
    void aBadJsonLineIsRejectedWithItsLineNumberAndTheOthersAreRead() throws IOException {
        Path f = Files.writeString(dir.resolve("feed.jsonl"),
                "{\"text\":\"One.\"}\n{not json\n\n{\"title\":\"no text\"}\n{\"text\":\"Four.\"}\n");
        List<ReadResult> results = read(f.toString());
        assertEquals(4, results.size());
        assertInstanceOf(ReadResult.Read.class, results.get(0));
        ReadResult.Rejected bad = assertInstanceOf(ReadResult.Rejected.class, results.get(1));
        assertEquals(f + ":2", bad.origin());
        ReadResult.Rejected noText = assertInstanceOf(ReadResult.Rejected.class, results.get(2));
        assertTrue(noText.reason().contains("\"text\""), noText.reason());
        assertEquals("Four.", article(results.get(3)).text());
    }

    @Test
    void jsonLinesAreReadFromStandardInput() {
        byte[] stdin = "{\"text\":\"From stdin.\"}\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("From stdin.", article(read(stdin, "-").get(0)).text());
    }

    @Test
    void htmlGivesTheArticleTextAndItsMetadata() throws IOException {
        String html = """
                <html><head><title>Page title</title>
                <meta property="og:title" content="Envoy upbeat on truce">
                <meta property="og:site_name" content="Levant Wire">
                <meta property="article:published_time" content="2025-07-10T08:00:00Z">
                <link rel="canonical" href="https://levant.example/envoy"></head>
                <body><nav>Home | World</nav><article><h1>Envoy upbeat on truce</h1>
                <p>The envoy said a deal was <b>close</b>.</p><p>Mediators agreed.</p></article>
                <footer>(c) Levant Wire</footer></body></html>""";
        Path f = Files.writeString(dir.resolve("p.html"), html);
        Article a = article(read(f.toString()).get(0));
        assertEquals("Envoy upbeat on truce\nThe envoy said a deal was close.\nMediators agreed.\n", a.text());
        assertEquals(Optional.of("https://levant.example/envoy"), a.metadata().url());
        assertEquals(Optional.of("Levant Wire"), a.metadata().publisher());
        assertEquals(Optional.of("2025-07-10T08:00:00Z"), a.metadata().published());
        assertEquals(Optional.of("Envoy upbeat on truce"), a.metadata().title());
    }

    @Test
    void foldersAreReadRecursivelyInOrderSkippingOtherFiles() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("b.txt"), "B.");
        Files.writeString(dir.resolve("sub/a.txt"), "A.");
        Files.writeString(dir.resolve("README.md"), "not an article");
        List<ReadResult> results = read(dir.toString());
        assertEquals(List.of("B.", "A."), results.stream().map(r -> article(r).text()).toList());
    }

    @Test
    void anUnsupportedOrMissingFileIsRejectedWithAReason() {
        List<ReadResult> results = read(dir.resolve("x.pdf").toString(), dir.resolve("missing.txt").toString());
        assertTrue(assertInstanceOf(ReadResult.Rejected.class, results.get(0)).reason().contains(".txt, .json"));
        assertTrue(assertInstanceOf(ReadResult.Rejected.class, results.get(1)).reason().contains("no such file"));
    }

    @Test
    void aMalformedDateIsDroppedWithAWarningAndTheArticleKept() throws IOException {
        Path f = Files.writeString(dir.resolve("d.json"), "{\"published\":\"last Tuesday\",\"text\":\"Body.\"}");
        ReadResult.Read r = assertInstanceOf(ReadResult.Read.class, read(f.toString()).get(0));
        assertEquals(Optional.empty(), r.article().metadata().published());
        assertEquals(1, r.warnings().size());
    }

    @Test
    void invalidUtf8IsRejected() throws IOException {
        Path f = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        assertTrue(assertInstanceOf(ReadResult.Rejected.class, read(f.toString()).get(0)).reason().contains("UTF-8"));
    }

    @Test
    void differentTextsWithoutUrlGetDifferentIds() {
        assertNotEquals(ArticleIds.idFor(Optional.empty(), "a"), ArticleIds.idFor(Optional.empty(), "b"));
        assertEquals(16, ArticleIds.idFor(Optional.empty(), "a").length());
    }

    // --- bad and hostile input: each is named with its file (and line), and nothing else is lost

    private static ReadResult.Rejected rejected(ReadResult r) {
        return assertInstanceOf(ReadResult.Rejected.class, r);
    }

    @Test
    void aJsonArrayFileGivesEachOfItsObjectsAndNamesABadElementByLine() throws IOException {
        Path f = Files.writeString(dir.resolve("batch.json"), "[\n{\"text\": \"One.\"},\n\"not an object\",\n{\"text\": \"Three.\"}\n]\n");
        List<ReadResult> results = read(f.toString());
        assertEquals(3, results.size(), results.toString());
        assertEquals("One.", article(results.get(0)).text());
        assertEquals(f + ":3", rejected(results.get(1)).origin());
        assertTrue(rejected(results.get(1)).reason().contains("no JSON object"), results.get(1).toString());
        assertEquals("Three.", article(results.get(2)).text());
    }

    @Test
    void aTruncatedJsonArrayKeepsTheObjectsBeforeTheBreak() throws IOException {
        Path f = Files.writeString(dir.resolve("cut.json"), "[{\"text\": \"One.\"},\n{\"text\": \"Tw");
        List<ReadResult> results = read(f.toString());
        assertEquals("One.", article(results.get(0)).text());
        assertTrue(rejected(results.get(1)).origin().startsWith(f + ":2") && rejected(results.get(1)).reason().contains("not JSON"), results.toString());
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() throws IOException {
        Path f = Files.writeString(dir.resolve("types.jsonl"), "{\"published\": 123, \"text\": \"Kept.\"}\n{\"text\": {}}\n{\"text\": \"Also kept.\"}\n");
        List<ReadResult> results = read(f.toString());
        ReadResult.Read kept = assertInstanceOf(ReadResult.Read.class, results.get(0));
        assertEquals(Optional.empty(), kept.article().metadata().published());
        assertTrue(kept.warnings().get(0).contains("\"published\" is a number (123), not a string"), kept.warnings().toString());
        assertEquals(f + ":2", rejected(results.get(1)).origin());
        assertTrue(rejected(results.get(1)).reason().startsWith("\"text\" is an object, not a string"), results.get(1).toString());
        assertEquals("Also kept.", article(results.get(2)).text());
    }

    @Test
    void a50MegabyteLineIsRejectedUnreadAndTheNextLinesRead() throws IOException {
        Path f = dir.resolve("huge.jsonl");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
            out.write("{\"text\": \"Before.\"}\n{\"text\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            out.write("\"}\n{\"text\": \"After.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        List<ReadResult> results = read(f.toString());
        assertEquals(3, results.size());
        assertEquals("Before.", article(results.get(0)).text());
        assertEquals(f + ":2", rejected(results.get(1)).origin());
        assertTrue(rejected(results.get(1)).reason().contains("longer than 16 MB"), results.get(1).toString());
        assertEquals("After.", article(results.get(2)).text());
    }

    @Test
    void a50MegabyteTextFileOrJsonStringIsRejected() throws IOException {
        Path txt = dir.resolve("huge.txt");
        Path json = dir.resolve("huge.json");
        byte[] chunk = "b".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
        try (OutputStream t = new BufferedOutputStream(Files.newOutputStream(txt)); OutputStream j = new BufferedOutputStream(Files.newOutputStream(json))) {
            j.write("{\"text\": \"".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 50; i++) {
                t.write(chunk);
                j.write(chunk);
            }
            j.write("\"}".getBytes(StandardCharsets.UTF_8));
        }
        Path fine = Files.writeString(dir.resolve("fine.txt"), "Fine.");
        List<ReadResult> results = read(txt.toString(), json.toString(), fine.toString());
        assertTrue(rejected(results.get(0)).reason().contains("larger than 16 MB"), results.get(0).toString());
        assertTrue(rejected(results.get(1)).reason().contains("longer than 16 MB"), results.get(1).toString());
        assertEquals("Fine.", article(results.get(2)).text());
    }

    @Test
    void nulBytesAreRejectedWithTheirLine() throws IOException {
        Path txt = Files.write(dir.resolve("nul.txt"), "First line.\nSecond\0line.\n".getBytes(StandardCharsets.UTF_8));
        Path jsonl = Files.writeString(dir.resolve("nul.jsonl"), "{\"text\": \"Fine.\"}\n{\"text\": \"Bad\\u0000.\"}\n");
        List<ReadResult> results = read(txt.toString(), jsonl.toString());
        assertTrue(rejected(results.get(0)).reason().contains("NUL characters (first on its line 2)"), results.get(0).toString());
        assertEquals("Fine.", article(results.get(1)).text());
        assertEquals(jsonl + ":2", rejected(results.get(2)).origin());
    }

    @Test
    void aFolderLinkingBackToItselfIsReportedAndTheRestRead() throws IOException {
        Path root = Files.createDirectories(dir.resolve("corpus/sub"));
        Files.writeString(dir.resolve("corpus/a.txt"), "A.");
        Files.writeString(root.resolve("b.txt"), "B.");
        Path loop = Files.createSymbolicLink(root.resolve("loop"), dir.resolve("corpus"));
        Files.createSymbolicLink(root.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        List<ReadResult> results = read(dir.resolve("corpus").toString());
        assertEquals(List.of("A.", "B."), results.stream().filter(r -> r instanceof ReadResult.Read).map(r -> article(r).text()).toList());
        List<ReadResult.Rejected> problems = results.stream().filter(r -> r instanceof ReadResult.Rejected).map(InputsTest::rejected).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.origin().equals(loop.toString()) && p.reason().contains("loop")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.origin().endsWith("gone.txt") && p.reason().contains("not there")), problems.toString());
    }

    @Test
    void anUnreadableFileIsNamedAndTheRestRead() throws IOException {
        Path locked = Files.writeString(dir.resolve("locked.txt"), "Locked.");
        Files.setPosixFilePermissions(locked, Set.of());
        Assumptions.assumeFalse(Files.isReadable(locked), "permissions do not hold for this user (root)");
        Path fine = Files.writeString(dir.resolve("fine.txt"), "Fine.");
        List<ReadResult> results = read(locked.toString(), fine.toString());
        assertTrue(rejected(results.get(0)).reason().contains("permission denied"), results.get(0).toString());
        assertEquals("Fine.", article(results.get(1)).text());
    }

    @Test
    void aUrlWithSpacesOrNonAsciiIsStoredEncodedWithAWarning() throws IOException {
        Path f = Files.writeString(dir.resolve("urls.jsonl"), "{\"url\": \" https://example.org/news/a b\", \"text\": \"One.\"}\n"
                + "{\"url\": \"https://example.org/caf\u00e9\", \"text\": \"Two.\"}\n");
        List<ReadResult> results = read(f.toString());
        ReadResult.Read spaced = assertInstanceOf(ReadResult.Read.class, results.get(0));
        assertEquals(Optional.of("https://example.org/news/a%20b"), spaced.article().metadata().url());
        assertEquals(ArticleIds.idFor(Optional.of("https://example.org/news/a%20b"), ""), spaced.article().id());
        assertTrue(spaced.warnings().get(0).contains("stored as https://example.org/news/a%20b"), spaced.warnings().toString());
        assertEquals(Optional.of("https://example.org/caf%C3%A9"), article(results.get(1)).metadata().url());
    }

    @Test
    void aPageNested2000LevelsDeepIsRead() throws IOException {
        String html = "<html><body><article>" + "<div>".repeat(2000) + "<p>Deep in the page, mediators met.</p>" + "</div>".repeat(2000)
                + "</article></body></html>";
        Path f = Files.writeString(dir.resolve("deep.html"), html);
        assertTrue(article(read(f.toString()).get(0)).text().contains("mediators met"));
    }

    @Test
    void aPageWhoseArticleIsEmptyIsRejectedSayingSoUnlessAnotherArticleHasText() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.html"), "<html><body><nav>Home</nav><article> </article></body></html>");
        Path second = Files.writeString(dir.resolve("second.html"),
                "<html><body><article></article><article><p>Talks resumed.</p></article></body></html>");
        List<ReadResult> results = read(empty.toString(), second.toString());
        assertTrue(rejected(results.get(0)).reason().contains("<article> is empty"), results.get(0).toString());
        assertEquals("Talks resumed.\n", article(results.get(1)).text());
    }
}
