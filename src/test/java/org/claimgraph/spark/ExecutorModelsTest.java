package org.claimgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.ArticleMetadata;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.rdf.IngestRun;
import org.junit.jupiter.api.Test;

/** The models loaded once per JVM, a pipeline per task; and the trace facts read from the graph the pipeline makes. */
class ExecutorModelsTest {

    @Test
    void tasksShareOneLoadOfTheModelsAndHaveAPipelineEach() {
        Pipeline a = ExecutorModels.newPipeline();
        Pipeline b = ExecutorModels.newPipeline();
        assertNotSame(a, b);
        assertEquals(1, ExecutorModels.loads());
    }

    @Test
    void theTraceFactsNameTheArticleItsClaimsAndTheirSpeakers() {
        Article article = new Article("00000000000000aa",
                "Foreign minister Ana Ruiz said on Monday that the ceasefire talks would resume in Cairo next week.", "h",
                new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("Harbor Times"), Optional.of("2025-03-03")));
        List<Quad> quads = PartitionOutput.quads(ExecutorModels.newPipeline(), article,
                new IngestRun("run-1", java.time.Instant.parse("2025-03-03T00:00:00Z"), "test"));
        assertEquals(quads.size(), new java.util.HashSet<>(quads).size(), "each quad once, as a store holds it");
        quads.stream().map(Quad::getObject).filter(o -> o.isLiteral())
                .forEach(o -> assertEquals(org.apache.jena.riot.process.normalize.CanonicalizeLiteral.get().apply(o), o, "canonical, as TDB2 keeps it"));
        assertTrue(quads.stream().anyMatch(q -> q.getObject().isLiteral()
                && q.getObject().getLiteralDatatypeURI().endsWith("#decimal")), "the test needs a decimal (a confidence)");
        List<String> lines = TraceFacts.of(quads);
        assertTrue(lines.get(0).startsWith("{\"kind\":\"article\""), lines.get(0));
        assertTrue(lines.get(0).contains("\"date\":\"2025-03-03\""), lines.get(0));
        String claim = lines.stream().filter(l -> l.startsWith("{\"kind\":\"claim\"")).findFirst().orElseThrow(() -> new AssertionError(lines));
        assertTrue(claim.contains("\"article\":\"https://w3id.org/claimgraph/id/article/00000000000000aa\""), claim);
        assertTrue(claim.contains("\"speaker\":") && claim.contains("\"text\":") && claim.contains("\"stance\":"), claim);
        assertTrue(lines.stream().filter(l -> l.contains("\"development\":")).allMatch(l -> l.startsWith("{\"kind\":\"development\"")), lines.toString());
    }
}
