package org.claimgraph.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What {@code POST /claimgraph/ingest} and {@code POST /claimgraph/link?dataset=NAME} do with a request
 * body, supplied by the command line (which owns the pipeline): the server only checks who asks
 * and how much they send ({@link WriteEndpoint}). Calls come one at a time ({@link WriteEndpoint}
 * holds {@link #lock()}); each answers with the summary the command line prints, as JSON.
 */
public interface LiveWrites {

    /** Articles as JSON Lines, or one JSON object when {@code oneObject}; the same fields as article files. */
    ObjectNode ingest(DatasetGraph dataset, InputStream body, boolean oneObject) throws IOException;

    /**
     * One dataset file ({@code dataset} one of {@link #datasets()}), named {@code fileName} by the
     * client: the name its problems are reported under.
     */
    ObjectNode link(DatasetGraph dataset, String datasetName, InputStream body, String fileName) throws IOException;

    /** The dataset names {@link #link} takes, e.g. gdelt, ucdp, acled. */
    Set<String> datasets();

    /**
     * Held around every write, here and by the same process's other writers (articles ingested at
     * start-up): one ingest or import at a time, as with the store opened by one command.
     */
    Object lock();
}
