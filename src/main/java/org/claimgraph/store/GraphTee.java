package org.claimgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** Passes quads on to the store and keeps those of one graph, as a graph of their own (what an article's tallies count). */
final class GraphTee extends StreamRDFWrapper {
    private final Graph kept;
    private final Node graph;

    GraphTee(StreamRDF store, Graph kept, Node graph) {
        super(store);
        this.kept = kept;
        this.graph = graph;
    }

    @Override
    public void quad(Quad quad) {
        super.quad(quad);
        if (quad.getGraph().equals(graph)) {
            kept.add(quad.asTriple());
        }
    }
}
