package org.claimgraph.pipeline;

/**
 * Counts of one ingest run.
 *
 * @param read     records read (articles and rejected records)
 * @param stored   new articles stored
 * @param unchanged articles already stored with the same content
 * @param replaced articles whose stored graph was replaced by new content
 * @param rejected records that could not be read
 */
public record IngestSummary(int read, int stored, int unchanged, int replaced, int rejected) {

    /** The one-line summary printed at the end of an ingest. */
    public String line() {
        return String.format("read %d, stored %d, unchanged %d, replaced %d, rejected %d",
                read, stored, unchanged, replaced, rejected);
    }
}
