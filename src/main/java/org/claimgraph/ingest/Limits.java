package org.claimgraph.ingest;

/**
 * How much of one input is read into memory at most. A news article is well under 1 MB of text; a
 * file or line past the limit is rejected without being read whole, so a stray 50 MB line (a
 * database dump, a minified page) cannot take the heap.
 */
final class Limits {

    /** The most characters (and bytes, for files) one article's input may have. */
    static final int MAX_ARTICLE_CHARS = 16 * 1024 * 1024;

    private Limits() {
    }

    static String describe() {
        return MAX_ARTICLE_CHARS / (1024 * 1024) + " MB";
    }
}
