package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import org.claimgraph.serve.LiveWrites;
import org.claimgraph.serve.SparqlServer;
import picocli.CommandLine.Option;

/** Options of the SPARQL server, shared by {@code serve} and {@code demo}. */
final class ServeOptions {

    /** Password file used when {@code --passwd} is not given and this file exists. */
    static final Path DEFAULT_PASSWD = Path.of("fuseki-config", "passwd");

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--passwd", paramLabel = "FILE",
            description = "Password file (\"user: password\" lines) for /update and /data (default: fuseki-config/passwd if present).")
    Path passwd;

    @Option(names = "--cors", paramLabel = "ORIGIN", description = "An origin allowed to query from a browser, e.g. https://example.org; repeatable.")
    List<String> cors = new ArrayList<>();

    @Option(names = "--query-timeout", paramLabel = "SECONDS",
            description = "Time limit of a query on /sparql (default: the configuration's arq:queryTimeout, 30 s).")
    Integer queryTimeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + SparqlServer.DEFAULT_MAX_RESULT_ROWS,
            description = "Most rows of a SELECT answer on /sparql; a longer answer is cut and says so in the header "
                    + "X-Claimgraph-Rows-Cut (default: ${DEFAULT-VALUE}).")
    long maxRows = SparqlServer.DEFAULT_MAX_RESULT_ROWS;

    @Option(names = "--max-queries", paramLabel = "N", defaultValue = "" + SparqlServer.DEFAULT_MAX_CONCURRENT_QUERIES,
            description = "Most queries answered at once; more are answered 503 with Retry-After (default: ${DEFAULT-VALUE}).")
    int maxQueries = SparqlServer.DEFAULT_MAX_CONCURRENT_QUERIES;

    @Option(names = "--max-body", paramLabel = "MB", defaultValue = "" + (SparqlServer.DEFAULT_MAX_BODY_BYTES >> 20),
            description = "Largest request body of /update, /data, /ingest and /link, in MiB; larger: 413 (default: ${DEFAULT-VALUE}).")
    long maxBodyMiB = SparqlServer.DEFAULT_MAX_BODY_BYTES >> 20;

    /** The server over the store, with {@code writes} behind POST /claimgraph/ingest and /link?dataset=NAME. */
    SparqlServer build(Path storeDir, Path config, LiveWrites writes) {
        Path passwordFile = passwd != null ? passwd : Files.isRegularFile(DEFAULT_PASSWD) ? DEFAULT_PASSWD : null;
        return SparqlServer.builder()
                .storeDir(storeDir)
                .configFile(config)
                .port(port)
                .passwordFile(passwordFile)
                .corsOrigins(cors)
                .queryTimeout(queryTimeoutSeconds == null ? null : Duration.ofSeconds(queryTimeoutSeconds))
                .maxResultRows(maxRows)
                .maxConcurrentQueries(maxQueries)
                .maxBodyBytes(maxBodyMiB << 20)
                .liveWrites(writes)
                .build();
    }
}
