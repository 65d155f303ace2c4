package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleGraphFilesTest {

    private static final String CG = "https://w3id.org/claimgraph/";

    @TempDir
    Path tmp;

    private static String quad(String id, String p, String o) {
        return "<" + CG + "id/article/" + id + "> <" + p + "> " + o + " <" + CG + "graph/article/" + id + "> .\n";
    }

    private static String fingerprint(String id) {
        return quad(id, CG + "ontology#fingerprint", "\"fp-" + id + "\"");
    }

    private static String title(String id) {
        return quad(id, "http://schema.org/headline", "\"Title " + id + "\"");
    }

    private static final String RUN = "<" + CG + "id/run/r1> <http://www.w3.org/ns/prov#startedAtTime> \"2025-01-01\" <" + CG + "graph/runs> .\n";
    private static final String TRACE = "<" + CG + "id/claim/c1> <" + CG + "ontology#articleCount> \"2\" <" + CG + "graph/trace> .\n";

    private List<Store.PendingArticle> read(String nquads, ArticleGraphFiles[] reader) throws IOException {
        Path file = tmp.resolve("in.nq");
        Files.writeString(file, nquads);
        List<Store.PendingArticle> out = new ArrayList<>();
        reader[0] = new ArticleGraphFiles(out::add);
        reader[0].read(file);
        return out;
    }

    private static List<Quad> quads(Store.PendingArticle a) {
        List<Quad> q = new ArrayList<>();
        a.quads().accept(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                q.add(quad);
            }
        });
        return q;
    }

    @Test
    void oneArticlePerGraphWithItsFingerprintAndRunProvenance() throws IOException {
        ArticleGraphFiles[] reader = new ArticleGraphFiles[1];
        List<Store.PendingArticle> articles = read(fingerprint("a1") + title("a1") + TRACE + fingerprint("b2") + title("b2") + RUN, reader);
        assertEquals(List.of("a1", "b2"), articles.stream().map(Store.PendingArticle::id).toList());
        assertEquals("fp-b2", articles.get(1).fingerprint());
        assertEquals(2, quads(articles.get(0)).size());
        assertEquals(2, quads(articles.get(1)).size());
        assertEquals(1, reader[0].runs().size(), "run provenance is kept aside, written after the articles");
        assertEquals(1L, reader[0].skipped().get(CG + "graph/trace"));
    }

    @Test
    void anArticleGraphInTwoBlocksIsRefusedWithItsName() {
        var e = assertThrows(GraphLoader.LoadException.class,
                () -> read(fingerprint("a1") + fingerprint("b2") + title("a1"), new ArticleGraphFiles[1]));
        assertTrue(e.getMessage().contains("graph/article/a1") && e.getMessage().contains("one block"), e.getMessage());
    }

    @Test
    void aGraphWithoutFingerprintIsNoArticleGraph() {
        var e = assertThrows(GraphLoader.LoadException.class, () -> read(title("a1"), new ArticleGraphFiles[1]));
        assertTrue(e.getMessage().contains("no cg:fingerprint"), e.getMessage());
    }

    @Test
    void aLineThatIsNoNQuadsNamesTheFile() {
        var e = assertThrows(GraphLoader.LoadException.class, () -> read(fingerprint("a1") + "<urn:x> oops .\n", new ArticleGraphFiles[1]));
        assertTrue(e.getMessage().contains("in.nq") && e.getMessage().contains("not N-Quads"), e.getMessage());
    }
}
