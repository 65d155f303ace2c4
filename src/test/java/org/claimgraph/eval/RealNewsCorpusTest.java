package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real-news corpus reader: offsets and names in the annotation, text from the cache, checked by hash. */
class RealNewsCorpusTest {

    static final String TEXT = "Kan TV News, citing a source close to the talks, reported that Qatar would host a new round.\n"
            + "The source said the delegations would meet in Doha.";

    /** A one-article corpus written for the test (our own words), in {@code dir}. */
    static Path write(Path dir, String cachedText) throws IOException {
        Files.createDirectories(dir.resolve("cache"));
        Files.createDirectories(dir.resolve("annotations"));
        Files.writeString(dir.resolve("manifest.jsonl"), "{\"id\": \"t1\", \"url\": \"https://example.org/t1\", \"outlet\": \"Example\", "
                + "\"published\": \"2025-05-16\", \"conflict\": \"test\", \"split\": \"dev\", \"query\": \"q\", \"sha256\": \""
                + Hashes.sha256Hex(TEXT) + "\"}\n");
        Files.writeString(dir.resolve("cache/t1.json"), "{\"url\": \"https://example.org/t1\", \"publisher\": \"Example\", "
                + "\"published\": \"2025-05-16\", \"text\": " + com.fasterxml.jackson.databind.node.TextNode.valueOf(cachedText) + "}");
        int kan = TEXT.indexOf("Kan TV News");
        int qatar = TEXT.indexOf("Qatar");
        int doha = TEXT.indexOf("Doha");
        int reported = TEXT.indexOf("reported");
        int said = TEXT.indexOf("said");
        int source = TEXT.indexOf("a source close");
        int theSource = TEXT.indexOf("The source");
        Files.writeString(dir.resolve("annotations/t1.json"), """
                {"id": "t1", "entities": [
                  {"name": "Kan", "type": "MediaOutlet", "wikidata": null, "kind": "actor", "mentions": [[%d, %d]]},
                  {"name": "Qatar", "type": "State", "wikidata": "Q846", "kind": "actor", "mentions": [[%d, %d]]},
                  {"name": "Doha", "type": "City", "wikidata": "Q3861", "kind": "place", "mentions": [[%d, %d]]}],
                 "attributions": [
                  {"id": "a1", "source": "source close to the talks", "source_span": [%d, %d], "anonymous": true, "affiliation": null,
                   "via": "Kan", "via_span": [%d, %d], "cue_span": [%d, %d], "cue_lemma": "report",
                   "content_spans": [[%d, %d]], "mode": "indirect", "stance": "report"},
                  {"id": "a2", "source": "source close to the talks", "source_span": [%d, %d], "anonymous": true, "affiliation": null,
                   "via": null, "via_span": null, "cue_span": [%d, %d], "cue_lemma": "say",
                   "content_spans": [[%d, %d]], "mode": "indirect", "stance": "assert"}],
                 "quantities": [], "developments": []}
                """.formatted(kan, kan + 11, qatar, qatar + 5, doha, doha + 4, source, source + 25, kan, kan + 11, reported,
                reported + 8, qatar, TEXT.indexOf(".\n"), theSource, theSource + 10, said, said + 4, said + 5, TEXT.length() - 1));
        return dir;
    }

    @Test
    void theAnnotationBecomesGoldWithSurfaceFormsTakenFromTheCachedText(@TempDir Path dir) throws IOException {
        RealNewsCorpus corpus = RealNewsCorpus.open(write(dir, TEXT));
        RealNewsCorpus.Entry e = corpus.entries("dev").get(0);
        Article a = corpus.article(e);
        RealNewsCorpus.Gold g = corpus.gold(e, a.text());
        assertEquals(List.of("Kan TV News"), g.entities().actors().get(0).mentions());
        assertEquals(List.of("Doha"), g.entities().locations().get(0).mentions());
        assertEquals(Optional.of("Kan"), g.attributions().attributions().get(0).via());
        assertEquals(Optional.of(TEXT.indexOf("said")), g.attributions().attributions().get(1).at());
        assertTrue(corpus.entries("test").isEmpty());
    }

    @Test
    void aCachedTextThatIsNotTheAnnotatedOneIsRefusedWithTheFix(@TempDir Path dir) throws IOException {
        RealNewsCorpus corpus = RealNewsCorpus.open(write(dir, TEXT + " One more sentence."));
        IOException e = assertThrows(IOException.class, () -> corpus.article(corpus.entries("dev").get(0)));
        assertTrue(e.getMessage().contains("t1.json") && e.getMessage().contains("rebuild"), e.getMessage());
    }

    @Test
    void aMissingCachePointsAtTheRebuildInstructions(@TempDir Path dir) throws IOException {
        write(dir, TEXT);
        Files.delete(dir.resolve("cache/t1.json"));
        RealNewsCorpus corpus = RealNewsCorpus.open(dir);
        IOException e = assertThrows(IOException.class, () -> corpus.article(corpus.entries("all").get(0)));
        assertTrue(e.getMessage().contains("README.md"), e.getMessage());
    }
}
