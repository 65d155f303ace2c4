package org.claimgraph.cli;

import org.claimgraph.pipeline.OrderedWorkers;
import picocli.CommandLine.Option;

/** {@code --threads}, for every command that runs the pipeline. */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads for NLP and extraction (default: all processors); results do not depend on it.")
    Integer threads;

    int threads() {
        return threads != null ? threads : OrderedWorkers.defaultThreads();
    }
}
