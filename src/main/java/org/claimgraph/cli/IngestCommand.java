package org.claimgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.pipeline.Ingester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read articles (.txt .json .jsonl .html, folders recursively, - for JSON Lines on stdin),",
                "extract what they say and store one named graph per article.",
                "Exit 1 when some input was rejected (the rest went in)."})
final class IngestCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    StoreOptions store;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + Ingester.DEFAULT_BATCH_SIZE,
            description = "Articles per write transaction (default: ${DEFAULT-VALUE}); larger batches keep the store smaller.")
    int batchSize;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders, or - for JSON Lines on stdin.")
    List<String> paths;

    IngestCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        return IngestTask.run(store.open(), paths, batchSize, io);
    }
}
