package org.claimgraph.link;

/** What a dataset row gives: an event, or (GDELT mentions files) an article that mentions an event. */
public sealed interface DatasetRecord permits DatasetEvent, DatasetMention {

    String dataset();

    /** The event's id in its dataset. */
    String id();
}
