package org.claimgraph.link;

import java.util.List;

/** One external dataset's file format: how to split it and how to read a row into an event. */
public interface DatasetFormat {

    /** The dataset's name: "gdelt", "ucdp", "acled"; also the last part of its graph's IRI. */
    String name();

    /** The field delimiter; CSV's comma unless the format says otherwise. */
    default char delimiter() {
        return ',';
    }

    /** Whether fields may be quoted (RFC 4180): yes for CSV. */
    default boolean quoted() {
        return true;
    }

    /** Whether the file's first record names the columns: yes for the published CSV layouts. */
    default boolean hasHeader() {
        return true;
    }

    /**
     * A reader of a file's rows, given its header (empty without one).
     *
     * @throws MalformedRowException when the header lacks a column the format needs: the file is skipped
     */
    RowParser rows(List<String> header) throws MalformedRowException;

    /** Resource files of code lists (SKOS concept schemes) the events point at, copied into the dataset's graph. */
    List<String> codeLists();

    /** Where the data comes from and under which licence, said of the dataset's graph, as Turtle statements about {@code <>}. */
    String provenance();

    /** Reads one row. */
    @FunctionalInterface
    interface RowParser {
        DatasetRecord parse(List<String> fields) throws MalformedRowException;
    }
}
