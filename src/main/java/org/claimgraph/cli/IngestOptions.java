package org.claimgraph.cli;

import org.claimgraph.pipeline.Ingester;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --batch-size}, {@code --no-bulk} and {@code --threads}, shared by the commands that ingest. */
final class IngestOptions {

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + Ingester.DEFAULT_BATCH_SIZE,
            description = "Articles per write transaction (default: ${DEFAULT-VALUE}); larger batches keep the store smaller.")
    int batchSize = Ingester.DEFAULT_BATCH_SIZE;

    @Option(names = "--no-bulk", description = "Write articles quad by quad even into a store that holds none "
            + "(by default such a first load goes through TDB2's bulk loader, with the same result).")
    boolean noBulk;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    int threads() {
        return threads.threads();
    }
}
