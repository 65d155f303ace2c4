package org.claimgraph.trace;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LongValues;
import org.apache.lucene.search.LongValuesSource;

/**
 * Sorts index entries by how many days they lie from a claim's day, the earlier of two equally near
 * days first: the order {@link DatedIndex#nearest} walks the days in, so the nearest entries can be
 * taken from the index without reading the rest.
 */
final class DayDistance extends LongValuesSource {

    private final long day;

    DayDistance(long day) {
        this.day = day;
    }

    @Override
    public LongValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues days = DocValues.getNumeric(ctx.reader(), TraceIndex.DAY);
        return new LongValues() {
            @Override
            public long longValue() throws IOException {
                long d = days.longValue();
                return d == DatedIndex.UNDATED ? Long.MAX_VALUE : 2 * Math.abs(d - day) + (d > day ? 1 : 0);
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                return days.advanceExact(doc);
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public LongValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return DocValues.isCacheable(ctx, TraceIndex.DAY);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DayDistance other && other.day == day;
    }

    @Override
    public int hashCode() {
        return Objects.hash(DayDistance.class, day);
    }

    @Override
    public String toString() {
        return "days from " + day;
    }
}
