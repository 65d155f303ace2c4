package org.claimgraph.trace;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ObjLongConsumer;
import org.apache.lucene.document.Document;

/**
 * A cluster's members: those traced before, as documents of the {@link TraceIndex} in
 * {@link TracedClaim#ORDER}, each read only when it is looked at, then this batch's, appended. A
 * new claim is compared with a cluster's first and latest few members only, so a cluster carried by
 * hundreds of articles costs six documents, not hundreds. Valid within one batch (document ids hold
 * until the index is refreshed).
 */
final class TracedMembers extends AbstractList<TracedClaim> {

    private final TraceIndex index;
    /** Told each member read from the index, with its arrival. */
    private final ObjLongConsumer<TracedClaim> onRead;
    private int[] docs;
    private TracedClaim[] read;
    private final List<TracedClaim> added = new ArrayList<>();

    TracedMembers(TraceIndex index, int[] docs, ObjLongConsumer<TracedClaim> onRead) {
        this.index = index;
        this.onRead = onRead;
        this.docs = docs;
        this.read = new TracedClaim[docs.length];
    }

    @Override
    public TracedClaim get(int i) {
        if (i >= docs.length) {
            return added.get(i - docs.length);
        }
        if (read[i] == null) {
            Document d = index.document(docs[i]);
            read[i] = ClaimDocument.claim(d);
            onRead.accept(read[i], d.getField(TraceIndex.SEQ).numericValue().longValue());
        }
        return read[i];
    }

    @Override
    public int size() {
        return docs.length + added.size();
    }

    @Override
    public boolean add(TracedClaim c) {
        return added.add(c);
    }

    /** Sorting (after a merge) reads every member. */
    @Override
    public void sort(Comparator<? super TracedClaim> order) {
        List<TracedClaim> all = new ArrayList<>(this);
        all.sort(order);
        docs = new int[0];
        read = new TracedClaim[0];
        added.clear();
        added.addAll(all);
        whole = true;
    }

    private boolean whole;

    /** Whether every member is held here (after a sort), not only this batch's. */
    boolean whole() {
        return whole;
    }

    /** The members this batch added (all of them, once {@link #whole}). */
    List<TracedClaim> added() {
        return added;
    }
}
