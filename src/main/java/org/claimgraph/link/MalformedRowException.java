package org.claimgraph.link;

/** A row that cannot be read; the message says what is wrong with it (the importer adds file and line). */
public final class MalformedRowException extends Exception {

    public MalformedRowException(String message) {
        super(message);
    }

    /** A field that cannot be read: the message names its column first. */
    public MalformedRowException(String column, String message) {
        super("column " + column + ": " + message);
    }
}
