package org.claimgraph.store;

/** What writing one article did to the store. */
public enum WriteOutcome {
    /** A new article: its graph was added. */
    STORED,
    /** The same content was already stored: nothing changed. */
    UNCHANGED,
    /** New content for an article already stored (same URL): its graph was replaced. */
    REPLACED
}
