package org.claimgraph.link;

import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /**
     * A column whose values the format must see before it reads a file's rows (a first pass over
     * the file): ACLED's {@code event_date}, whose format is decided per file. Empty for none.
     */
    default Optional<String> surveyed() {
        return Optional.empty();
    }

    /**
     * A reader of a file's rows, given its header and the distinct non-empty values of the
     * {@link #surveyed} column (at most {@link #SURVEY_LIMIT} of them).
     *
     * @throws MalformedRowException when the file cannot be read (a needed column missing, no date format fits): it is skipped
     */
    default RowParser rows(List<String> header, Set<String> surveyed) throws MalformedRowException {
        return rows(header);
    }

    /** The most distinct values a survey keeps (a file's distinct dates are far fewer). */
    int SURVEY_LIMIT = 100_000;

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
