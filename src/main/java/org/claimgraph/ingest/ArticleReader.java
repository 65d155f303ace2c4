package org.claimgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads one input (a file's bytes) into articles. A reader never throws for bad content: it
 * reports each bad record as {@link ReadResult.Rejected} and goes on with the rest.
 */
public interface ArticleReader {

    /**
     * @param origin the path shown in messages and recorded as the article's file
     * @param in     the bytes; the reader does not close it
     * @param sink   receives one result per record, in input order
     */
    void read(String origin, InputStream in, Consumer<ReadResult> sink) throws IOException;
}
