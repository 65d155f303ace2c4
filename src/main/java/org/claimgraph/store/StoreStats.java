package org.claimgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Counts that tell what a store holds: articles, mentions, entities, graphs, quads, bytes on disk. */
public final class StoreStats {

    private static final String COUNTS = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX schema: <http://schema.org/>
            SELECT
              (COUNT(DISTINCT ?article) AS ?articles)
              (COUNT(DISTINCT ?publisher) AS ?publishers)
              (SUM(?places) AS ?mentions)
              (COUNT(DISTINCT ?entity) AS ?entities)
            WHERE {
              { GRAPH ?g { ?article a cg:Article . OPTIONAL { ?article schema:publisher ?publisher } } BIND(0 AS ?places) }
              UNION
              # an entity mention stands for each place in its cg:spans ("12-17 340-345")
              { GRAPH ?g { ?mention cg:refersTo ?entity ; cg:spans ?spans } BIND(STRLEN(REPLACE(?spans, "[^ ]", "")) + 1 AS ?places) }
              UNION
              # the words naming a speaker, on the attribution: one place
              { GRAPH ?g { ?attribution cg:source ?entity ; cg:sourceText ?words } BIND(1 AS ?places) }
            }
            """;

    private StoreStats() {
    }

    /** Named counts in a stable order. */
    public static Map<String, Long> of(DatasetGraph dataset, Path storeDir) {
        Map<String, Long> stats = new LinkedHashMap<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(COUNTS).build()) {
                QuerySolution row = exec.execSelect().next();
                for (String v : new String[] {"articles", "publishers", "mentions", "entities"}) {
                    stats.put(v, row.getLiteral(v).getLong());
                }
            }
            long[] graphs = {0};
            dataset.listGraphNodes().forEachRemaining(g -> graphs[0]++);
            stats.put("graphs", graphs[0]);
            long[] quads = {0};
            dataset.find().forEachRemaining(q -> quads[0]++);
            stats.put("quads", quads[0]);
        });
        if (storeDir != null) {
            stats.put("bytes_on_disk", bytesOnDisk(storeDir));
        }
        return stats;
    }

    /** Total size of the files under {@code dir}. */
    public static long bytesOnDisk(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + dir, e);
        }
    }
}
