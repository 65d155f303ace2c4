package org.claimgraph.pipeline;

import org.claimgraph.ingest.ReadResult;
import org.claimgraph.link.EventLinker;
import org.claimgraph.trace.ClaimTracer;
import org.claimgraph.trace.TraceProgress;

/** Hears about an ingest as it goes: for progress bars, logs and error reports. */
public interface IngestListener {

    /** An input record could not be read. */
    default void rejected(ReadResult.Rejected rejection) {
    }

    /** An article was read but some metadata had to be dropped. */
    default void warning(String origin, String message) {
    }

    /**
     * Called after each record.
     *
     * @param files      input files begun so far (standard input counts as one)
     * @param totalFiles input files named on the command line, folders expanded
     * @param records    records handled so far
     */
    default void progress(int files, int totalFiles, int records) {
    }

    /** A batch of the articles that went in was traced: where the tracing stands (a first load traces many). */
    default void tracing(TraceProgress progress) {
    }

    /** Claims were traced across articles after the articles went in. */
    default void traced(ClaimTracer.Summary summary) {
    }

    /** Developments and claims were linked to the dataset events of the store. */
    default void linked(EventLinker.Summary summary) {
    }

    IngestListener NONE = new IngestListener() {
    };
}
