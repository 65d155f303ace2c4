package org.claimgraph.link;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a dataset file as users have it, read by Apache Commons CSV: plain or zipped (a
 * {@code .zip} holding one file, as GDELT publishes them), UTF-8 with or without a byte-order
 * mark (bytes that are not UTF-8 read as U+FFFD), LF or CRLF, quoted fields holding delimiters, doubled quotes and line breaks. A file with
 * a header has its delimiter detected from the header line (comma, semicolon as spreadsheets in
 * many locales save CSV, or tab); a file without one is split by the format's delimiter. Knows
 * the line each record starts on, for error messages. Not thread-safe; close it.
 */
final class CsvRecords implements Closeable {

    private static final char[] DELIMITERS = {',', ';', '\t'};
    /** The longest header line looked at to detect the delimiter. */
    private static final int HEADER_PEEK = 1 << 16;

    private final Closeable source;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final char delimiter;
    private long recordLine;

    private CsvRecords(Closeable source, BufferedReader in, char delimiter, boolean quoted) throws IOException {
        this.source = source;
        this.delimiter = delimiter;
        CSVFormat csv = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setQuote(quoted ? Character.valueOf('"') : null)
                .setIgnoreEmptyLines(false) // blank lines are skipped here, so that each record's first line is known
                .setTrailingData(true)      // a stray character after a closing quote is kept, not an error
                .setLenientEof(true)
                .get();
        this.parser = CSVParser.builder().setReader(in).setFormat(csv).get();
        this.records = parser.iterator();
    }

    /** Opens a file for a format: unzipped if it is a {@code .zip}, its delimiter detected when the format has a header. */
    static CsvRecords open(Path file, DatasetFormat format) throws IOException {
        Closeable source;
        InputStream bytes;
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            ZipFile zip = new ZipFile(file.toFile());
            List<? extends ZipEntry> entries = Collections.list(zip.entries()).stream().filter(e -> !e.isDirectory()).toList();
            if (entries.size() != 1) {
                zip.close();
                throw new IOException("the zip holds " + entries.size() + " files, not one: unzip it and give the CSV file");
            }
            source = zip;
            bytes = zip.getInputStream(entries.get(0));
        } else {
            bytes = Files.newInputStream(file);
            source = bytes;
        }
        // bytes that are not UTF-8 become U+FFFD, so that the rows holding them are rejected one by one (DatasetImporter)
        BufferedReader in = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8), 1 << 16);
        try {
            in.mark(1);
            if (in.read() != '\uFEFF') { // a byte-order mark, as spreadsheets write "CSV UTF-8"
                in.reset();
            }
            char delimiter = format.hasHeader() ? detect(in, format.delimiter()) : format.delimiter();
            return new CsvRecords(source, in, delimiter, format.quoted());
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    /** The delimiter found most often outside quotes on the first line; {@code fallback} when none is. */
    private static char detect(BufferedReader in, char fallback) throws IOException {
        in.mark(HEADER_PEEK + 1); // the loop reads one character past the limit
        int[] counts = new int[DELIMITERS.length];
        boolean inQuotes = false;
        for (int i = 0, c = in.read(); i < HEADER_PEEK && c != -1 && (inQuotes || (c != '\n' && c != '\r')); i++, c = in.read()) {
            if (c == '"') {
                inQuotes = !inQuotes;
            }
            for (int d = 0; d < DELIMITERS.length && !inQuotes; d++) {
                counts[d] += c == DELIMITERS[d] ? 1 : 0;
            }
        }
        in.reset();
        int best = -1;
        for (int d = 0; d < DELIMITERS.length; d++) {
            if (counts[d] > 0 && (best < 0 || counts[d] > counts[best])) {
                best = d;
            }
        }
        return best < 0 ? fallback : DELIMITERS[best];
    }

    /** The delimiter the file is read with. */
    char delimiter() {
        return delimiter;
    }

    /** The line the last record began on. */
    long line() {
        return recordLine;
    }

    /**
     * The next record's fields, or null at the end of the input; blank lines are skipped.
     *
     * @throws IOException when the file cannot be read further (a broken zip): the rest of it is lost
     */
    List<String> next() throws IOException {
        try {
            while (true) {
                long before = parser.getCurrentLineNumber(); // the lines wholly read so far
                if (!records.hasNext()) {
                    return null;
                }
                CSVRecord record = records.next();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                recordLine = before + 1;
                List<String> fields = new ArrayList<>(record.size());
                record.forEach(fields::add);
                return fields;
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            parser.close();
        } finally {
            source.close();
        }
    }
}
