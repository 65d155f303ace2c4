package org.claimgraph.cli;

import org.claimgraph.pipeline.Ingester;
import org.claimgraph.pipeline.OrderedWorkers;
import picocli.CommandLine.Option;

/** {@code --batch-size} and {@code --threads}, shared by the commands that ingest. */
final class IngestOptions {

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + Ingester.DEFAULT_BATCH_SIZE,
            description = "Articles per write transaction (default: ${DEFAULT-VALUE}); larger batches keep the store smaller.")
    int batchSize = Ingester.DEFAULT_BATCH_SIZE;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads for NLP and extraction (default: all processors); results do not depend on it.")
    Integer threads;

    int threads() {
        return threads != null ? threads : OrderedWorkers.defaultThreads();
    }
}
