package org.claimgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream (LF or CRLF), each at most {@code max} bytes kept: a longer line is
 * read through and given as too long, so memory stays bounded whatever the input. Bytes, not
 * characters, so that each line's encoding is checked on its own.
 */
final class BoundedLines {

    /**
     * One line.
     *
     * @param number its number, from 1
     * @param bytes its bytes without the line end; null when the line was longer than the limit
     */
    record Line(long number, byte[] bytes) {
    }

    private final InputStream in;
    private final int max;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long number;

    BoundedLines(InputStream in, int max) {
        this.in = in;
        this.max = max;
    }

    /** The next line, or null at the end. */
    Line next() throws IOException {
        if (position == limit && !fill()) {
            return null;
        }
        number++;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        while (true) {
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            if (!tooLong) {
                if (line.size() + (end - position) > max) {
                    tooLong = true;
                    line = null; // let the kept part go; the rest of the line is read through
                } else {
                    line.write(buffer, position, end - position);
                }
            }
            if (end < limit) { // the line ends here
                position = end + 1;
                break;
            }
            position = limit;
            if (!fill()) {
                break;
            }
        }
        if (tooLong) {
            return new Line(number, null);
        }
        byte[] bytes = line.toByteArray();
        return new Line(number, bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? Arrays.copyOf(bytes, bytes.length - 1) : bytes);
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }
}
