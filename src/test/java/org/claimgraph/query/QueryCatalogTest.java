package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;

class QueryCatalogTest {

    private final QueryCatalog catalog = QueryCatalog.fromFolder(Path.of("queries"));

    @Test
    void theBuiltInCatalogIsTheQueriesFolder() {
        assertEquals(catalog.all().stream().map(CannedQuery::name).toList(),
                QueryCatalog.builtIn().all().stream().map(CannedQuery::name).toList());
    }

    @Test
    void everyQueryParsesAndDocumentsItsColumns() {
        assertFalse(catalog.all().isEmpty());
        for (CannedQuery q : catalog.all()) {
            Query parsed = QueryFactory.create(q.text());
            assertFalse(q.description().isBlank(), q.name() + " has no description");
            if (parsed.isSelectType()) {
                Set<String> columns = q.columns().stream().map(c -> c.split(":", 2)[0].strip()).collect(Collectors.toSet());
                Set<String> projected = parsed.getProjectVars().stream().map(Var::getVarName).collect(Collectors.toSet());
                assertEquals(projected, columns, q.name() + ": header columns differ from the SELECT");
            }
        }
    }

    @Test
    void everyDocumentedParameterIsAVariableOfTheQuery() {
        for (CannedQuery q : catalog.all()) {
            for (String p : q.parameterNames()) {
                assertTrue(q.text().contains("?" + p), q.name() + " documents ?" + p + " but does not use it");
            }
        }
    }

    @Test
    void everyParameterisedQueryGivesAnExampleValueForEachParameter() {
        for (CannedQuery q : catalog.all()) {
            assertEquals(Set.copyOf(q.parameterNames()), q.example().keySet(), q.name() + ": the Example section must name every parameter");
        }
    }

    @Test
    void anExampleSectionIsReadAsParameterValues() {
        CannedQuery q = CannedQuery.parse("x", """
                # Finds things.
                #
                # Parameters:
                #   q: words
                # Columns:
                #   a: first
                # Example:
                #   q="recalled" AND Doha
                SELECT ?a { ?a ?b ?q }
                """);
        assertEquals(java.util.Map.of("q", "\"recalled\" AND Doha"), q.example());
        assertEquals(List.of("a: first"), q.columns());
    }

    @Test
    void aHeaderIsReadIntoDescriptionParametersAndColumns() {
        CannedQuery q = CannedQuery.parse("x", """
                # Finds things.
                # More words.
                #
                # Parameters:
                #   name: the label
                # Columns:
                #   a: first
                #   b: second
                SELECT ?a ?b { ?a ?b ?name }
                """);
        assertEquals("Finds things. More words.", q.description());
        assertEquals(List.of("name"), q.parameterNames());
        assertEquals(List.of("a: first", "b: second"), q.columns());
    }
}
