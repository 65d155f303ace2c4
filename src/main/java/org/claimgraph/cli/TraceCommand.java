package org.claimgraph.cli;

import java.util.concurrent.Callable;
import org.claimgraph.trace.ClaimTracer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "trace", mixinStandardHelpOptions = true,
        description = {"Trace the articles still waiting to be traced (an ingest stopped before tracing); ingest traces by itself.",
                "With --retrace, trace everything again from nothing, in the batches the articles arrived in (after upgrading claimgraph)."})
final class TraceCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    StoreOptions store;

    @Option(names = "--retrace", description = "Empty the trace graph and its index and replay every recorded batch.")
    boolean retrace;

    TraceCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        // a line per batch of a long trace (a retrace of a large store runs for many minutes)
        ClaimTracer tracer = new ClaimTracer(p -> {
            if (p.batches() > 1) {
                io.err().println(p.line());
            }
        });
        var dataset = store.open().dataset();
        io.err().println((retrace ? tracer.retrace(dataset) : tracer.update(dataset)).line());
        return ExitCodes.OK;
    }
}
