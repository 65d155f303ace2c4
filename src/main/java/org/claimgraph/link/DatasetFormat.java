package org.claimgraph.link;

/** One external dataset's row format: reads a row into an event. One implementation per dataset. */
public interface DatasetFormat {

    /** The dataset's name: "gdelt", "ucdp", "acled"; also the last part of its graph's IRI. */
    String name();

    /** Whether the file's first line names the columns (and is skipped). */
    boolean hasHeader();

    DatasetEvent parse(String line) throws MalformedRowException;
}
