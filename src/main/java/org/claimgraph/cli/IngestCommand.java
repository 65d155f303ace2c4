package org.claimgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read articles (.txt .json .jsonl .html, folders recursively, - for JSON Lines on stdin),",
                "extract what they say and store one named graph per article.",
                "Exit 1 when some input was rejected (the rest went in)."})
final class IngestCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    StoreOptions store;

    @Mixin
    IngestOptions ingest;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders, or - for JSON Lines on stdin.")
    List<String> paths;

    IngestCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        return IngestTask.run(store.open(), paths, ingest, io);
    }
}
