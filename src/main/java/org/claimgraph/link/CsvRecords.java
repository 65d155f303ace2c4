package org.claimgraph.link;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Records of a delimited file, one at a time: RFC 4180 quoting (a quoted field may hold the
 * delimiter, doubled quotes and line breaks) when {@code quoted}, plain splitting otherwise (GDELT
 * quotes nothing). Knows the line each record starts on, for error messages.
 */
final class CsvRecords {

    private final Reader in;
    private final char delimiter;
    private final boolean quoted;
    private long line = 1;
    private long recordLine;
    private int peeked = -2;

    CsvRecords(Reader in, char delimiter, boolean quoted) {
        this.in = in;
        this.delimiter = delimiter;
        this.quoted = quoted;
    }

    /** The line the last record began on. */
    long line() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of the input. */
    List<String> next() throws IOException {
        int c = read();
        while (c == '\r' || c == '\n') { // blank lines
            c = read();
        }
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        while (c != -1) {
            if (inQuotes) {
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        inQuotes = false;
                        c = n;
                        continue;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && quoted && field.length() == 0) {
                inQuotes = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    int n = read();
                    if (n != '\n') {
                        unread(n);
                    }
                }
                break;
            } else {
                field.append((char) c);
            }
            c = read();
        }
        fields.add(field.toString());
        return fields;
    }

    private int read() throws IOException {
        int c;
        if (peeked != -2) {
            c = peeked;
            peeked = -2;
        } else {
            c = in.read();
        }
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private void unread(int c) {
        if (c == '\n') {
            line--;
        }
        peeked = c;
    }
}
