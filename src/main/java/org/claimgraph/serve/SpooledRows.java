package org.claimgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.output.DeferredFileOutputStream;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.rw.RowSetReaderThrift;
import org.apache.jena.riot.rowset.rw.RowSetWriterThrift;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;

/**
 * A SELECT answer evaluated to its end before its first byte is sent: the rows are written as
 * RDF Thrift to memory and, past {@value #IN_MEMORY_BYTES} bytes, to a temporary file, then read
 * back as a stream. Fuseki sends the status line and headers with the first rows, so a time limit
 * that struck while rows were streaming could only cut the answer off (a client reads broken JSON
 * or CSV); evaluated first, a query over its limit is always answered 503. Bounded by the row cap:
 * the public endpoint caps every answer it spools.
 */
final class SpooledRows implements AutoCloseable {

    static final int IN_MEMORY_BYTES = 1 << 20;

    private final DeferredFileOutputStream spool;
    private InputStream reading;

    private SpooledRows(DeferredFileOutputStream spool) {
        this.spool = spool;
    }

    /**
     * Consumes {@code rows} to their end (a time-out or cancellation thrown by the evaluation
     * propagates from here, before anything was sent).
     */
    static SpooledRows of(RowSet rows) {
        DeferredFileOutputStream spool = DeferredFileOutputStream.builder()
                .setThreshold(IN_MEMORY_BYTES).setPrefix("claimgraph-answer-").setSuffix(".trdf").get();
        SpooledRows spooled = new SpooledRows(spool);
        try (spool) {
            RowSetWriterThrift.factory.create(ResultSetLang.RS_Thrift).write(spool, rows, Context.emptyContext());
        } catch (IOException | RuntimeException ex) {
            spooled.close();
            if (ex instanceof IOException io)
                throw new UncheckedIOException(io);
            throw (RuntimeException) ex;
        }
        return spooled;
    }

    /** The spooled answer, read back as it was written (once). */
    RowSet rows() {
        try {
            reading = spool.toInputStream();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return RowSetReaderThrift.factory.create(ResultSetLang.RS_Thrift).read(reading, Context.emptyContext());
    }

    @Override
    public void close() {
        try {
            if (reading != null)
                reading.close();
            Path file = spool.getPath();
            if (file != null)
                Files.deleteIfExists(file);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
