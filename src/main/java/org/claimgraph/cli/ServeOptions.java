package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    SparqlServer build(Path storeDir, Path config) {
        Path passwordFile = passwd != null ? passwd : Files.isRegularFile(DEFAULT_PASSWD) ? DEFAULT_PASSWD : null;
        return SparqlServer.builder()
                .storeDir(storeDir)
                .configFile(config)
                .port(port)
                .passwordFile(passwordFile)
                .corsOrigins(cors)
                .build();
    }
}
