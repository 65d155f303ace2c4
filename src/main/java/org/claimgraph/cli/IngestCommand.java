package org.claimgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Read articles and store what they say, one named graph per article.",
        description = {"Read articles (.txt .json .jsonl .html, folders recursively, - for JSON Lines on stdin),",
                "extract what they say and store one named graph per article.",
                "With --endpoint, send them to a running `claimgraph serve` (POST URL/ingest) instead of opening the store.",
                "Exit 1 when some input was rejected (the rest went in); 3 when the store (or the server) cannot be used."})
final class IngestCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    StoreOptions store;

    @Mixin
    IngestOptions ingest;

    @Mixin
    RemoteOptions remote;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders, or - for JSON Lines on stdin.")
    List<String> paths;

    IngestCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (remote.remote()) {
            EndpointClient client;
            try {
                client = remote.client();
            } catch (IllegalArgumentException e) {
                io.err().println("claimgraph ingest: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            return RemoteIngest.run(client, paths, ingest, io);
        }
        return IngestTask.run(store.open(), paths, ingest, io);
    }
}
