package org.claimgraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Where export records go as they are made, one at a time: a file being written, or a list (the
 * per-article records of {@code extract}). A record whose last field is a long array (an entity's
 * mentions, a negotiation's developments) can be given as its head and the array's elements, so a
 * writer need not hold it whole.
 */
interface RecordSink {

    void record(ObjectNode record);

    /** The record {@code head} with {@code field} appended: the array of {@code elements}. */
    default void record(ObjectNode head, String field, Iterator<? extends JsonNode> elements) {
        ArrayNode array = head.putArray(field);
        elements.forEachRemaining(array::add);
        record(head);
    }

    /** A sink that keeps the records. */
    static Collecting collecting() {
        return new Collecting();
    }

    /** Keeps the records in a list. */
    final class Collecting implements RecordSink {
        private final List<ObjectNode> records = new ArrayList<>();

        @Override
        public void record(ObjectNode record) {
            records.add(record);
        }

        List<ObjectNode> records() {
            return records;
        }
    }
}
