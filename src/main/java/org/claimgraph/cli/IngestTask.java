package org.claimgraph.cli;

import java.util.List;
import org.claimgraph.ingest.Inputs;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.pipeline.IngestListener;
import org.claimgraph.pipeline.IngestSummary;
import org.claimgraph.pipeline.Ingester;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.store.Store;

/** One ingest with console reporting, shared by {@code ingest}, {@code serve} and {@code demo}. */
final class IngestTask {

    private IngestTask() {
    }

    /** Ingests {@code paths} into {@code store}; returns the exit code (1 when something was rejected). */
    static int run(Store store, List<String> paths, IngestOptions options, Io io) {
        ReferenceData reference = ReferenceData.load();
        NlpModels models = NlpModels.loadEnglish();
        ConsoleProgress progress = new ConsoleProgress(io.err(), System.console() != null);
        IngestSummary summary = ingester(store, options, !options.noBulk, models, reference, progress)
                .ingest(Inputs.of(paths, io.in()));
        progress.finish();
        io.err().println(summary.line());
        return summary.rejected() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    /**
     * The ingester every front door uses (command line, start-up of {@code serve}, HTTP ingest): the
     * standard pipeline, then tracing and linking of what was stored.
     */
    static Ingester ingester(Store store, IngestOptions options, boolean bulk, NlpModels models, ReferenceData reference,
            IngestListener listener) {
        return Ingester.builder()
                .store(store)
                .pipelines(() -> Pipeline.standard(models, reference))
                .reference(reference)
                .batchSize(options.batchSize)
                .bulk(bulk)
                .threads(options.threads())
                .listener(listener)
                .build();
    }
}
