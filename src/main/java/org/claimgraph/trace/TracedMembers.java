package org.claimgraph.trace;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ObjLongConsumer;
import org.apache.lucene.document.Document;

/**
 * A cluster's members: those traced before, as documents of the {@link TraceIndex} in
 * {@link TracedClaim#ORDER}, each read only when it is looked at, then this batch's, appended. A
 * new claim is compared with a cluster's first and latest few members only, so a cluster carried by
 * hundreds of articles costs six documents, not hundreds; a merge puts two clusters' members in order
 * by their order keys (doc values), still without reading them. Valid within one batch (document ids
 * hold until the index is refreshed).
 */
final class TracedMembers extends AbstractList<TracedClaim> {

    /** A member: where it stands in {@link TracedClaim#ORDER}, and its index document (-1 for one of this batch) or claim. */
    private static final class Slot {
        final String key;
        final int doc;
        TracedClaim claim;

        Slot(String key, int doc, TracedClaim claim) {
            this.key = key;
            this.doc = doc;
            this.claim = claim;
        }
    }

    private final TraceIndex index;
    /** Told each member read from the index, with its arrival. */
    private final ObjLongConsumer<TracedClaim> onRead;
    private final List<Slot> slots = new ArrayList<>();
    /** The clusters whose index documents these members include: this one, and those merged into it in this batch. */
    private final Set<String> indexedAs = new LinkedHashSet<>();
    private final List<TracedClaim> added = new ArrayList<>();

    /**
     * @param cluster the cluster's IRI, as the index names it
     * @param docs    its documents in the index, in {@link TracedClaim#ORDER}
     * @param keys    their {@link TracedClaim#orderKey}s
     */
    TracedMembers(TraceIndex index, String cluster, int[] docs, String[] keys, ObjLongConsumer<TracedClaim> onRead) {
        this.index = index;
        this.onRead = onRead;
        indexedAs.add(cluster);
        for (int i = 0; i < docs.length; i++) {
            slots.add(new Slot(keys[i], docs[i], null));
        }
    }

    @Override
    public TracedClaim get(int i) {
        Slot s = slots.get(i);
        if (s.claim == null) {
            Document d = index.document(s.doc);
            s.claim = ClaimDocument.claim(d);
            onRead.accept(s.claim, d.getField(TraceIndex.SEQ).numericValue().longValue());
        }
        return s.claim;
    }

    @Override
    public int size() {
        return slots.size();
    }

    @Override
    public boolean add(TracedClaim c) {
        added.add(c);
        return slots.add(new Slot(c.orderKey(), -1, c));
    }

    /** The members traced before (read now), not this batch's. */
    List<TracedClaim> traced() {
        List<TracedClaim> out = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).doc >= 0) {
                out.add(get(i));
            }
        }
        return out;
    }

    /** Takes the members of a cluster merged into this one, after its own, reading none. */
    void absorb(TracedMembers other) {
        slots.addAll(other.slots);
        indexedAs.addAll(other.indexedAs);
        added.addAll(other.added);
    }

    /**
     * Puts the members in {@link TracedClaim#ORDER}, reading none: a stable sort by order key, which
     * sorts as the order does (and costs one pass when they already are, as they mostly are).
     */
    void putInOrder() {
        slots.sort(Comparator.comparing((Slot s) -> s.key));
    }

    @Override
    public void sort(Comparator<? super TracedClaim> order) {
        throw new UnsupportedOperationException("members are put in order by putInOrder");
    }

    /**
     * What the counts need of every member: those traced before from the index's doc values (no
     * stored documents; read once per batch, as the index does not change while it is traced), and
     * this batch's.
     */
    List<MemberFacts> facts(java.util.function.Function<String, List<MemberFacts>> indexed) {
        List<MemberFacts> out = new ArrayList<>();
        indexedAs.forEach(c -> out.addAll(indexed.apply(c)));
        added.forEach(m -> out.add(MemberFacts.of(m)));
        return out;
    }
}
