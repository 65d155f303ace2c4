package org.claimgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * JSON-LD of a whole store, one named graph at a time: a JSON array whose elements are the JSON-LD
 * documents of the graphs (each the named graph with its triples). A JSON-LD processor reads it as
 * one dataset; the writer never holds more than one graph, where JSON-LD written whole holds the
 * store.
 */
final class JsonLdByGraph {

    private JsonLdByGraph() {
    }

    /** Writes the store's named graphs (call inside a read transaction). */
    static void write(DatasetGraph dataset, OutputStream out) {
        try {
            List<Node> graphs = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(graphs::add);
            out.write("[\n".getBytes(StandardCharsets.UTF_8));
            boolean first = true;
            for (Node g : graphs) {
                DatasetGraph one = DatasetGraphFactory.createGeneral();
                one.addGraph(g, dataset.getGraph(g));
                if (!first) {
                    out.write(",\n".getBytes(StandardCharsets.UTF_8));
                }
                first = false;
                RDFDataMgr.write(out, one, RDFFormat.JSONLD11);
            }
            out.write("\n]\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
