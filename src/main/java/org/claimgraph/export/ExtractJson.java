package org.claimgraph.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.rdf.ArticleRdf;
import org.claimgraph.rdf.IngestRun;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.store.Store;

/**
 * The {@code extract} output: one JSON object per article, the article (text included) and what
 * was found in it. Each article is mapped to RDF in a small in-memory store holding the reference
 * data, and read back with the export code, so {@code extract} and {@code export} show exactly
 * the same shapes. Not thread-safe.
 */
public final class ExtractJson {

    private final DatasetGraph scratch = DatasetGraphFactory.createTxnMem();
    private final StoreExporter exporter = new StoreExporter(scratch);
    private final IngestRun run = IngestRun.startNow();

    public ExtractJson(ReferenceData reference) {
        Store.over(scratch).ensureReference(reference);
    }

    public ObjectNode toJson(ResolvedArticle resolved) {
        String id = resolved.article().id();
        Node graph = Iris.articleGraph(id);
        return Txn.calculateWrite(scratch, () -> {
            ArticleRdf.write(resolved, run, StreamRDFLib.dataset(scratch));
            try {
                ObjectNode out = JsonLines.JSON.createObjectNode();
                ObjectNode article = exporter.records(StoreExporter.Table.articles, Optional.of(id)).get(0);
                article.put("text", resolved.article().text());
                out.set("article", article);
                out.putArray("actors").addAll(exporter.records(StoreExporter.Table.actors, Optional.of(id)));
                out.putArray("locations").addAll(exporter.records(StoreExporter.Table.locations, Optional.of(id)));
                out.putArray("attributions").addAll(exporter.records(StoreExporter.Table.attributions, Optional.of(id)));
                out.putArray("quantities").addAll(exporter.records(StoreExporter.Table.quantities, Optional.of(id)));
                out.putArray("negotiations").addAll(exporter.records(StoreExporter.Table.negotiations, Optional.of(id)));
                return out;
            } finally {
                scratch.removeGraph(graph);
            }
        });
    }

    /** One line of JSON Lines. */
    public static String line(ObjectNode o) {
        try {
            return JsonLines.JSON.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
