package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.ArticleMetadata;
import org.claimgraph.domain.Attribution;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.domain.ResolvedAttribution;
import org.claimgraph.rdf.ArticleRdf;
import org.claimgraph.rdf.UsualConfidences;
import org.claimgraph.rdf.IngestRun;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.rdf.vocab.CG;
import org.junit.jupiter.api.Test;

/**
 * What an article graph leaves to its properties since 0.5 (issue 13, a leaner graph): the types of
 * developments, negotiations, publishers and day instants, and the usual extraction confidence;
 * since 0.6 the type of quantities, the usual source confidence and a mention's wording where it is
 * its entity's label.
 * Invented sentences.
 */
class LeanGraphTest {

    private static final String TEXT = "Russia and Ukraine held talks in Istanbul on Friday.\n\n"
            + "Foreign minister Anna Berg said the offer was fair.\n\n"
            + "\"We will not sign this,\" Berg said.\n";

    private static DatasetGraph graphOf(ResolvedArticle r) {
        DatasetGraph graph = DatasetGraphFactory.create();
        ArticleRdf.write(r, IngestRun.startNow(), StreamRDFLib.dataset(graph));
        return graph;
    }

    private static ResolvedArticle resolved() {
        ArticleMetadata meta = new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("Kivu Courier"), Optional.of("2024-05-18"));
        return PipelineFixture.pipeline().process(new Article("t", TEXT, "h", meta));
    }

    @Test
    void typesThePropertiesImplyAreNotStated() {
        ResolvedArticle r = resolved();
        assertFalse(r.developments().isEmpty(), "the talks are a development: " + r.developments());
        DatasetGraph graph = graphOf(r);
        for (Node implied : List.of(CG.Development.asNode(), CG.Negotiation.asNode(), CG.Publisher.asNode(), Vocab.TIME_INSTANT)) {
            assertFalse(graph.find(Node.ANY, Node.ANY, RDF.type.asNode(), implied).hasNext(), implied + " is left to the properties");
        }
        Node development = graph.find(Node.ANY, Node.ANY, CG.developmentOf.asNode(), Node.ANY).next().getSubject();
        Quad day = graph.find(Node.ANY, development, CG.eventTime.asNode(), Node.ANY).next();
        assertTrue(graph.find(Node.ANY, day.getObject(), Vocab.TIME_IN_XSD_DATE, Node.ANY).hasNext(), "the day instant still has its date");
        assertTrue(graph.find(Node.ANY, Iris.article("t"), Vocab.SCHEMA_PUBLISHER, Node.ANY).hasNext(), "the publisher is still named");
    }

    @Test
    void theExtractionConfidenceIsStoredOnlyWhereItIsNotTheUsualOne() {
        ResolvedArticle r = resolved();
        DatasetGraph graph = graphOf(r);
        int unstated = 0;
        for (ResolvedAttribution a : r.attributions()) {
            Node node = Iris.attribution("t", a.attribution().cue());
            Optional<Quad> stored = graph.stream(Node.ANY, node, CG.extractionConfidence.asNode(), Node.ANY).findFirst();
            double usual = UsualConfidences.extraction(a.attribution().source().isPresent(), a.attribution().mode());
            assertEquals(Math.abs(usual - a.attribution().confidence()) > 0.001, stored.isPresent(), a.toString());
            unstated += stored.isEmpty() ? 1 : 0;
        }
        assertTrue(unstated >= 2, "the two statements of a named speaker have the usual confidence: " + r.attributions());
    }

    @Test
    void aMentionsWordingIsStoredOnlyWhereItIsNotTheEntitysLabel() {
        ResolvedArticle r = resolved();
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        r.entities().forEach(em -> labels.put(em.entity().iri(), em.entity().label()));
        DatasetGraph graph = graphOf(r);
        int stated = 0;
        int unstated = 0;
        for (Quad refers : graph.stream(Node.ANY, Node.ANY, CG.refersTo.asNode(), Node.ANY).toList()) {
            String spans = graph.find(Node.ANY, refers.getSubject(), CG.spans.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
            String[] first = spans.split(" ")[0].split("-");
            String words = TEXT.substring(Integer.parseInt(first[0]), Integer.parseInt(first[1]));
            Optional<String> text = graph.stream(Node.ANY, refers.getSubject(), CG.mentionText.asNode(), Node.ANY).findFirst()
                    .map(q -> q.getObject().getLiteralLexicalForm());
            String label = labels.get(refers.getObject().getURI());
            assertEquals(words.equals(label) ? Optional.empty() : Optional.of(words), text, spans + " of " + label);
            stated += text.isPresent() ? 1 : 0;
            unstated += text.isEmpty() ? 1 : 0;
        }
        assertTrue(stated >= 1, "\"Berg\" is not the label \"Anna Berg\"");
        assertTrue(unstated >= 3, "Russia, Ukraine and Istanbul are named by their labels");
    }

    @Test
    void aQuantityIsWhatHasAMeasure() {
        ArticleMetadata meta = new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("Kivu Courier"), Optional.of("2024-05-18"));
        String text = "At least 40 aid trucks crossed into the valley on Friday, the relief agency said.\n";
        ResolvedArticle r = PipelineFixture.pipeline().process(new Article("t", text, "h", meta));
        assertFalse(r.quantities().isEmpty(), "the trucks are a quantity");
        DatasetGraph graph = graphOf(r);
        assertFalse(graph.find(Node.ANY, Node.ANY, RDF.type.asNode(), CG.Quantity.asNode()).hasNext(), "left to cg:measure");
        assertEquals(r.quantities().size(), graph.stream(Node.ANY, Node.ANY, CG.measure.asNode(), Node.ANY).count());
    }

    @Test
    void theSourceConfidenceIsStoredOnlyWhereItIsNotTheUsualOne() {
        ArticleMetadata meta = new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("Kivu Courier"), Optional.of("2024-05-18"));
        String text = TEXT + "\nA senior official said the convoy would wait at the border.\n\nHe said the road was closed.\n\n"
                + "Ukraine said the talks would go on.\n";
        ResolvedArticle r = PipelineFixture.pipeline().process(new Article("t", text, "h", meta));
        DatasetGraph graph = graphOf(r);
        boolean namedUnstated = false;
        boolean unnamedUnstated = false;
        for (ResolvedAttribution a : r.attributions()) {
            Node node = Iris.attribution("t", a.attribution().cue());
            Optional<Quad> stored = graph.stream(Node.ANY, node, CG.sourceConfidence.asNode(), Node.ANY).findFirst();
            double usual = UsualConfidences.source(a.attribution().source().isPresent(), a.speaker().entity().isEmpty());
            assertEquals(Math.abs(usual - a.sourceConfidence()) > 0.001, stored.isPresent(), a.toString());
            namedUnstated |= stored.isEmpty() && a.speaker().entity().isPresent();
            unnamedUnstated |= stored.isEmpty() && a.speaker().entity().isEmpty();
        }
        assertTrue(namedUnstated && unnamedUnstated, "Ukraine and the unnamed official have the usual confidence: " + r.attributions());
        assertEquals(0.5, UsualConfidences.source(false, true));
        assertEquals(0.8, UsualConfidences.source(true, true));
        assertEquals(0.95, UsualConfidences.source(true, false));
    }

    @Test
    void theUsualExtractionConfidenceFollowsTheSpeakersWordsAndTheMode() {
        assertEquals(0.85, UsualConfidences.extraction(true, Attribution.Mode.DIRECT));
        assertEquals(0.75, UsualConfidences.extraction(true, Attribution.Mode.INDIRECT));
        assertEquals(0.75, UsualConfidences.extraction(true, Attribution.Mode.MIXED));
        assertEquals(0.5, UsualConfidences.extraction(false, Attribution.Mode.DIRECT));
    }
}
