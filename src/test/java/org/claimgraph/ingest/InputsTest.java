package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.domain.Article;
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
}
