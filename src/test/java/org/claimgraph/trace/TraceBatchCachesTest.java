package org.claimgraph.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the tracer works out once per batch gives what working it out at every comparison gave: a key
 * the batch has not filed under is answered from the index's entries alone as a walk over them
 * answers, and whether an answer and a cluster can be about one thing is read from what the
 * cluster's members offer, gathered once.
 */
class TraceBatchCachesTest {

    private TraceIndex index;

    @BeforeEach
    void open() {
        index = TraceIndex.open(TDB2Factory.createDataset().asDatasetGraph());
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static TracedClaim claim(String id, String speaker, boolean anonymous, String text, String date, String article) {
        return TracedClaim.of(uri("urn:claim:" + id), speaker, "", uri("urn:speaker:" + speaker), anonymous, false, text, "said", "stance-assert",
                uri("urn:article:" + article), article, date, Optional.empty(), 1);
    }

    @Test
    void aKeyOnlyTheIndexHoldsIsWalkedAsTheSameEntriesInOneBatchWouldBe() {
        // several entries a day (a cap falls inside a day), days on both sides of the claim's, an undated one
        String[] dates = {"2025-03-10", "2025-03-10", "2025-03-12", "2025-03-08", "2025-03-13", "2025-03-11", "", "2025-03-12"};
        DatedIndex reference = new DatedIndex();
        String key = "speaker s " + Words.of("reservoir").iterator().next();
        for (int i = 0; i < dates.length; i++) {
            TracedClaim c = claim("i" + i, "s", false, "the reservoir is nearly empty", dates[i], "a" + i);
            index.addClaim(c, "urn:cluster:" + i, i);
            reference.add(key, c, uri("urn:cluster:" + i));
        }
        index.refresh();
        for (String date : new String[] {"2025-03-11", ""}) {
            TracedClaim asking = claim("new", "s", false, "the reservoir will be refilled", date, "z");
            for (int cap : new int[] {1, 2, 3, 5, 100}) {
                KeyedLookup lookup = new KeyedLookup(index, TraceIndex.CLUSTER_KEY, List.of(asking), 45);
                lookup.prefetch(ClaimTracer.keys(asking));
                assertEquals(reference.nearest(key, asking, 45, cap), lookup.nearest(key, asking, 45, cap), date + " cap " + cap);
                // once the batch files under the key, its entries join the index's
                TracedClaim filed = claim("b", "s", false, "the reservoir is low", "2025-03-11", "y");
                lookup.add(key, filed, uri("urn:cluster:batch"));
                DatedIndex both = new DatedIndex();
                for (int i = 0; i < dates.length; i++) {
                    both.add(key, claim("i" + i, "s", false, "x", dates[i], "a" + i), uri("urn:cluster:" + i));
                }
                both.add(key, filed, uri("urn:cluster:batch"));
                assertEquals(both.nearest(key, asking, 45, cap), lookup.nearest(key, asking, 45, cap), date + " cap " + cap + " with the batch's");
            }
        }
    }

    @Test
    void aClusterIsRelatedThroughItsArticleItsSpeakersItsTopicsOrAnEarlierBatch() {
        TracedClaim asking = claim("q", "mayor", false, "the bridge will reopen", "2025-03-11", "here");
        TracedClaim sameArticle = claim("m1", "engineer", false, "the bridge is unsafe", "2025-03-11", "here");
        TracedClaim namesMayor = claim("m2", "council", false, "the bridge repairs are late", "2025-03-10", "there");
        TracedClaim sharesTopic = claim("m3", "engineer", false, "the bridge is unsafe", "2025-03-10", "elsewhere");
        TracedClaim unrelated = claim("m4", "engineer", true, "the bridge is unsafe", "2025-03-10", "far");
        TracedClaim earlier = claim("m5", "engineer", false, "the bridge is unsafe", "2025-03-01", "old");
        Node river = uri("urn:place:river");
        Map<Node, Set<Node>> about = Map.of(asking.claim(), Set.of(river), namesMayor.claim(), Set.of(uri("urn:speaker:mayor")),
                sharesTopic.claim(), Set.of(river), unrelated.claim(), Set.of(uri("urn:place:hill")));
        Map<Node, List<TracedClaim>> byArticle = Map.of(asking.article(), List.of(asking, sameArticle), namesMayor.article(), List.of(namesMayor),
                sharesTopic.article(), List.of(sharesTopic), unrelated.article(), List.of(unrelated));
        RelatedClusters related = new RelatedClusters(about, byArticle);
        assertTrue(related.related(asking, uri("urn:cluster:1"), List.of(unrelated, sameArticle)));
        assertTrue(related.related(asking, uri("urn:cluster:2"), List.of(namesMayor)));
        assertTrue(related.related(asking, uri("urn:cluster:3"), List.of(sharesTopic)));
        assertFalse(related.related(asking, uri("urn:cluster:4"), List.of(unrelated)));
        assertTrue(related.related(asking, uri("urn:cluster:5"), List.of(unrelated, earlier))); // not read here: the benefit of the doubt
        // an asker that names nothing the cluster's members name, from another article, is unrelated to it
        TracedClaim stranger = claim("q2", "ranger", true, "the bridge will reopen", "2025-03-11", "far2");
        assertFalse(related.related(stranger, uri("urn:cluster:2"), List.of(namesMayor)));
    }
}
