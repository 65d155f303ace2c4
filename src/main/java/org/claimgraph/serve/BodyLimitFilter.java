package org.claimgraph.serve;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A cap on the request body of the write endpoints (update, data, ingest, link): a declared
 * length past it is answered 413 before anything is read; a body sent without a length (chunked)
 * is cut off at the cap, so the operation fails instead of reading on.
 */
final class BodyLimitFilter implements Filter {

    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH");

    private final long maxBytes;

    /** Bodies up to this size are read and dropped before a 413, so that their client reads the answer. */
    private static final long DRAIN_LIMIT = 256L << 20;

    BodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!METHODS.contains(http.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (http.getContentLengthLong() > maxBytes) {
            HttpServletResponse out = (HttpServletResponse) response;
            // a client still sending when the answer comes and the connection closes sees a reset, not
            // the 413: read and drop a body of moderate size first (a larger one is cut off unread)
            if (http.getContentLengthLong() <= DRAIN_LIMIT) {
                http.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            }
            out.setStatus(413);
            out.setContentType("text/plain;charset=utf-8");
            out.getWriter().println("request body over " + maxBytes + " bytes: send smaller batches (or raise serve --max-body)");
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(http) {
            private ServletInputStream limited;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (limited == null)
                    limited = new LimitedServletStream(super.getInputStream(), maxBytes);
                return limited;
            }
        }, response);
    }

    /** Thrown when a body goes past the cap. */
    static final class TooLargeException extends IOException {
        TooLargeException(long max) {
            super("request body over " + max + " bytes");
        }
    }

    /** Reads at most {@code max} bytes, then throws {@link TooLargeException}. */
    static final class LimitedStream extends FilterInputStream {
        private final long max;
        private long count;

        LimitedStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0)
                counted(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0)
                counted(n);
            return n;
        }

        private void counted(int n) throws TooLargeException {
            count += n;
            if (count > max)
                throw new TooLargeException(max);
        }
    }

    private static final class LimitedServletStream extends ServletInputStream {
        private final ServletInputStream in;
        private final LimitedStream limited;

        LimitedServletStream(ServletInputStream in, long max) {
            this.in = in;
            this.limited = new LimitedStream(in, max);
        }

        @Override public int read() throws IOException { return limited.read(); }
        @Override public int read(byte[] b, int off, int len) throws IOException { return limited.read(b, off, len); }
        @Override public boolean isFinished() { return in.isFinished(); }
        @Override public boolean isReady() { return in.isReady(); }
        @Override public void setReadListener(ReadListener listener) { in.setReadListener(listener); }
    }
}
