package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

class PageCutsTest {

    /** Ten numbered things; the query cuts to its first rows in an ordered sub-select, as the canned queries do. */
    private static final String CUT_QUERY = """
            SELECT ?n ?label WHERE {
              { SELECT ?thing ?n WHERE { ?thing <urn:n> ?n } ORDER BY ?n LIMIT 3 }
              ?thing <urn:label> ?label }
            ORDER BY ?n
            LIMIT 3
            """;

    /**
     * The same first rows cut by a threshold counted from aggregates (as related-events and
     * actor-claims-and-events do): the largest number with at most ?pageRows numbers up to it.
     */
    private static final String THRESHOLD_QUERY = """
            SELECT ?n ?label WHERE {
              { SELECT (MAX(?m) AS ?cutoff) WHERE {
                  { SELECT ?m (COUNT(*) AS ?upTo) WHERE { ?x <urn:n> ?m . ?y <urn:n> ?k FILTER(?k <= ?m) } GROUP BY ?m }
                  VALUES ?pageRows { 3 }
                  FILTER(?upTo <= ?pageRows) } }
              ?thing <urn:n> ?n FILTER(?n <= ?cutoff)
              ?thing <urn:label> ?label }
            ORDER BY ?n
            LIMIT 3
            """;

    private static DatasetGraph tenThings() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (int i = 1; i <= 10; i++) {
            var thing = NodeFactory.createURI("urn:thing:" + i);
            dsg.add(Quad.defaultGraphIRI, thing, NodeFactory.createURI("urn:n"), NodeFactory.createLiteralDT(Integer.toString(i),
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            dsg.add(Quad.defaultGraphIRI, thing, NodeFactory.createURI("urn:label"), NodeFactory.createLiteralString("thing " + i));
        }
        return dsg;
    }

    private static List<String> numbers(QueryRunner.Page page) {
        return numbers(CUT_QUERY, page);
    }

    private static List<String> numbers(String query, QueryRunner.Page page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.local(tenThings()).run(query, Map.of(), page, QueryRunner.Format.csv, out);
        return out.toString(StandardCharsets.UTF_8).lines().skip(1).map(l -> l.split(",")[0]).toList();
    }

    @Test
    void aCutQueryAsWrittenGivesItsFirstRows() {
        assertEquals(List.of("1", "2", "3"), numbers(QueryRunner.Page.AS_WRITTEN));
    }

    @Test
    void pagingPastTheWrittenLimitWidensTheCut() {
        assertEquals(List.of("4", "5", "6"), numbers(new QueryRunner.Page(3L, 3L)));
        assertEquals(List.of("1", "2", "3", "4", "5"), numbers(new QueryRunner.Page(5L, null)));
    }

    @Test
    void anOffsetAloneKeepsTheWrittenLimitAfterIt() {
        assertEquals(List.of("9", "10"), numbers(new QueryRunner.Page(null, 8L)));
    }

    @Test
    void pagingPastTheWrittenLimitWidensAThresholdCut() {
        assertEquals(List.of("1", "2", "3"), numbers(THRESHOLD_QUERY, QueryRunner.Page.AS_WRITTEN));
        // before the threshold followed the page, this page came out empty
        assertEquals(List.of("4", "5", "6"), numbers(THRESHOLD_QUERY, new QueryRunner.Page(3L, 3L)));
        assertEquals(List.of("9", "10"), numbers(THRESHOLD_QUERY, new QueryRunner.Page(null, 8L)));
    }
}
