package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.Iris;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * claim-trace finds its clusters through the text index (a phrase of the words asked for), then
 * checks each wording found contains them: what it reads grows with the wordings that match, not with
 * every wording of the store. Invented claims in an on-disk store as the server opens it.
 */
class ClaimTraceQueryTest {

    private static final String CG = "https://w3id.org/claimgraph/ontology#";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";

    @TempDir
    Path dir;
    private Store store;
    private final String claimTrace = QueryCatalog.fromFolder(Path.of("queries")).byName("claim-trace").orElseThrow().text();

    @BeforeEach
    void aStoreWithThreeClaims() {
        store = Store.open(dir.resolve("store"), null);
        DatasetGraph indexed = store.dataset();
        Txn.executeWrite(indexed, () -> {
            claim(indexed, "a", "the lantern council will not sign the harbour accord", "c1");
            claim(indexed, "b", "Ostrava Vell said the lantern council \"will not sign\" it", "c2");
            // written past the text index: a scan of every wording finds it, the index does not
            claim(Store.unindexed(indexed), "c", "the lantern council will not sign anything", "c3");
        });
    }

    @Test
    void wordingsAreFoundThroughTheTextIndexThenCheckedWordForWord() {
        assertEquals(List.of("c1", "c2"), clusters("will not sign"));
        assertEquals(List.of("c1"), clusters("not sign the harbour"), "the words in their order, as CONTAINS has them");
        assertEquals(List.of("c2"), clusters("\"will not sign\""), "quotation marks are part of the words asked for");
    }

    @Test
    void wordsAreMatchedWhole() {
        assertEquals(List.of(), clusters("harb"));
        assertEquals(List.of("c1"), clusters("Harbour"));
    }

    private List<String> clusters(String q) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.local(store.dataset()).run(claimTrace, Map.of("q", q), QueryRunner.Format.tsv, out);
        Matcher cluster = Pattern.compile("<urn:test:cluster/(c\\d)>").matcher(out.toString(StandardCharsets.UTF_8));
        return cluster.results().map(m -> m.group(1)).distinct().sorted().toList();
    }

    private static void claim(DatasetGraph dsg, String id, String wording, String cluster) {
        Node graph = uri("urn:test:graph:" + id);
        Node claim = uri("urn:test:claim/" + id);
        Node attribution = uri("urn:test:attribution/" + id);
        Node article = uri("urn:test:article/" + id);
        Node source = uri("urn:test:source/" + id);
        Node mode = uri("urn:test:mode/direct");
        dsg.add(graph, claim, uri(CG + "claimText"), NodeFactory.createLiteralString(wording));
        dsg.add(graph, attribution, uri(CG + "asserts"), claim);
        dsg.add(graph, attribution, uri(CG + "source"), source);
        dsg.add(graph, attribution, uri(CG + "mode"), mode);
        dsg.add(graph, attribution, uri(CG + "inArticle"), article);
        dsg.add(graph, source, uri(RDFS + "label"), NodeFactory.createLiteralString("Speaker " + id));
        dsg.add(graph, mode, uri(SKOS + "notation"), NodeFactory.createLiteralString("direct"));
        dsg.add(Iris.TRACE_GRAPH, claim, uri(CG + "inCluster"), uri("urn:test:cluster/" + cluster));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
