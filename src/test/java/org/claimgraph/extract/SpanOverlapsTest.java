package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.claimgraph.domain.Span;
import org.junit.jupiter.api.Test;

/** The binary-search overlap test gives the scan's answer. */
class SpanOverlapsTest {

    @Test
    void touchingIsNotOverlapping() {
        SpanOverlaps names = new SpanOverlaps(List.of(new Span(10, 20), new Span(0, 3)));
        assertFalse(names.anyOverlaps(new Span(20, 25)));
        assertFalse(names.anyOverlaps(new Span(3, 10)));
        assertTrue(names.anyOverlaps(new Span(19, 21)));
        assertTrue(names.anyOverlaps(new Span(2, 11)));
        assertFalse(new SpanOverlaps(List.of()).anyOverlaps(new Span(0, 5)));
    }

    @Test
    void aLongSpanBeforeShortOnesStillCounts() {
        // the span beginning first ends last: only the running largest end finds it
        SpanOverlaps names = new SpanOverlaps(List.of(new Span(30, 32), new Span(0, 100), new Span(40, 41)));
        assertTrue(names.anyOverlaps(new Span(50, 51)));
    }

    @Test
    void sameAnswerAsTheScanOnRandomSpans() {
        Random random = new Random(13);
        for (int round = 0; round < 200; round++) {
            List<Span> spans = new ArrayList<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                int b = random.nextInt(60);
                spans.add(new Span(b, b + random.nextInt(12)));
            }
            SpanOverlaps index = new SpanOverlaps(spans);
            for (int b = 0; b < 70; b++) {
                for (int len = 0; len < 4; len++) {
                    Span probe = new Span(b, b + len);
                    assertEquals(spans.stream().anyMatch(s -> s.overlaps(probe)), index.anyOverlaps(probe), spans + " " + probe);
                }
            }
        }
    }
}
