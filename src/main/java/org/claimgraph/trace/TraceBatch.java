package org.claimgraph.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.rdf.vocab.CG;

/**
 * What one trace batch does, in its write transaction: the articles it replaces forgotten, its claims
 * read and clustered, then (memberships final) its responses linked while its claims go into the index
 * beside it, its copies and figures found beside clustering, the changed clusters described and counted,
 * and the index told the batch. {@link ClaimTracer} decides which articles go in which batch and when;
 * this class decides nothing about claims itself (the rounds do: {@link Clustering}, {@link Responses},
 * {@link CopiesAndFigures}).
 */
final class TraceBatch {

    private TraceBatch() {
    }

    /** Traces one batch of article graphs (inside a write transaction). */
    static ClaimTracer.Summary trace(DatasetGraph dataset, TraceIndex index, List<Node> graphs, long batch) {
        TraceGraph graph = new TraceGraph(dataset);
        List<Node> replaced = graphs.stream().filter(graph::traced).toList();
        if (!replaced.isEmpty()) {
            IndexRebuild.forget(dataset, index, graph, replaced);
        }
        // copies and figures beside clustering, on the other core (the index is not written until they are done)
        CopiesAndFigures beside = CopiesAndFigures.start(dataset, index, graphs);
        try {
            return cluster(dataset, index, graphs, batch, graph, beside);
        } finally {
            beside.awaitQuietly(); // a failure leaves nothing running behind it
        }
    }

    /** Clusters a batch's claims, then links them ({@link #link}). */
    private static ClaimTracer.Summary cluster(DatasetGraph dataset, TraceIndex index, List<Node> graphs, long batch, TraceGraph graph,
            CopiesAndFigures beside) {
        TraceReader reader = new TraceReader(dataset);
        List<TracedClaim> claims = reader.claims(graphs);
        Rarity rarity = new Rarity(claims, index.count(TraceIndex.term(TraceIndex.KIND, "claim")),
                w -> index.count(TraceIndex.term(TraceIndex.WORD, w)));
        ClusterBook book = new ClusterBook(index);
        // the widest window clustering looks in is the repeated-claim one: with the same-claim window here, every
        // look-up fell outside the days read for the batch and walked its key's terms from the root again (profiled:
        // a third of an update's tracing)
        KeyedLookup bySpeaker = new KeyedLookup(index, TraceIndex.CLUSTER_KEY, claims, ClaimTracer.REPEATED_CLAIM_DAYS);
        Map<Node, Set<Node>> about = reader.about(graphs);
        Clustering clustering = new Clustering(bySpeaker, book, rarity, new WordClusters(index, book), about);
        Map<Node, Node> membership = clustering.cluster(claims);
        // memberships are final from here: the batch's claims go into the index on a second thread while this one
        // links responses, figures and copies, which read the index as it was before the batch (no refresh until the
        // end), so they find the same either way (writing them was about a tenth of a first load's tracing, profiled, with the other core idle)
        List<String> clusterIris = claims.stream().map(c -> membership.get(c.claim()).getURI()).toList();
        BesideTracing indexing = BesideTracing.start("trace-index", () -> index.addClaims(claims, clusterIris, batch * 10_000_000L));
        try {
            return link(index, graphs, batch, graph, claims, rarity, book, about, membership, clustering::frame, indexing, beside);
        } finally {
            indexing.awaitQuietly(); // a failure above leaves no write of the index running behind it
        }
    }

    /** The rest of a batch after clustering: {@code indexing} is writing its claims to the index meanwhile. */
    private static ClaimTracer.Summary link(TraceIndex index, List<Node> graphs, long batch, TraceGraph graph, List<TracedClaim> claims, Rarity rarity,
            ClusterBook book, Map<Node, Set<Node>> about, Map<Node, Node> membership, Function<TracedClaim, ClaimFrame> frames,
            BesideTracing indexing, CopiesAndFigures beside) {
        // claims of earlier batches that moved, clusters merged away, clusters described again
        book.moved().forEach(graph::move);
        book.mergedInto().keySet().forEach(m -> graph.merged(m, book.current(m)));
        Set<Node> founded = new LinkedHashSet<>();
        for (Node cluster : book.changed()) {
            List<MemberFacts> members = book.facts(cluster);
            if (members.stream().allMatch(m -> membership.containsKey(m.claim()))) {
                founded.add(cluster);
            }
            graph.describe(cluster, ClaimTracer.describeCluster(cluster, book.claim(ClaimTracer.firstSeen(members))));
        }
        List<Quad> quads = new ArrayList<>();
        membership.forEach((claim, cluster) -> quads.add(ClaimTracer.quad(claim, CG.inCluster.asNode(), cluster)));
        Responses.Counts links = new Responses(claims, membership, book, about, rarity, index, frames).link(claims, quads);
        CopiesAndFigures found = beside.await();
        quads.addAll(found.quads);
        graph.add(quads);
        graph.noteTraced(graphs, batch);
        // counts of the clusters that changed, and of those whose articles now syndicate another
        Set<Node> recount = new LinkedHashSet<>(book.changed());
        Map<Node, Set<Node>> byArticle = new HashMap<>();
        claims.forEach(c -> byArticle.computeIfAbsent(c.article(), a -> new LinkedHashSet<>()).add(membership.get(c.claim())));
        quads.stream().filter(q -> q.getPredicate().equals(CG.syndicates.asNode()))
                .forEach(q -> recount.addAll(byArticle.containsKey(q.getSubject()) ? byArticle.get(q.getSubject())
                        : book.clustersOf(q.getSubject())));
        graph.count(recount, book::facts);

        // the index learns the batch (its claims written beside the links above; then the moves), for the batches after it
        indexing.await();
        book.moved().keySet().forEach(claim -> book.reindex(claim, index));
        found.quantities.forEach(q -> index.addQuantity(q.quantity().getURI(), q.article().getURI(), q.group(), q.figure()));
        found.copies.forEach(index::addArticle);
        index.refresh();
        return new ClaimTracer.Summary(graphs.size(), claims.size(), book.changed().size(), founded.size(), links.disputes(), links.supports(),
                found.conflicts, found.duplicates, 0, 0);
    }
}
