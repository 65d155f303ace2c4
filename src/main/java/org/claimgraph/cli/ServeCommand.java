package org.claimgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Serve the store over SPARQL, with the claim explorer at /explore/.",
        description = {"Serve the store over SPARQL with embedded Fuseki (fuseki-config/config.ttl):",
                "/claimgraph/sparql public and read-only, /claimgraph/update and /data for users of the password file,",
                "POST /claimgraph/ingest (articles) and /claimgraph/link?dataset=NAME (dataset files) for the same users,",
                "the UI at / on localhost only. PATHs given are ingested into the running server."})
final class ServeCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    StoreOptions store;

    @Mixin
    ServeOptions serve;

    @Mixin
    IngestOptions ingest;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Articles to ingest once the server is up.")
    List<String> paths = new ArrayList<>();

    ServeCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws InterruptedException {
        LiveIngest live = new LiveIngest(ingest);
        return ServeRun.run(serve.build(store.storeDir(), store.config, live), live, paths, List.of(), ingest, io);
    }
}
