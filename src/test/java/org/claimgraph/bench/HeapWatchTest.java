package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeapWatchTest {

    private static final long MB = 1 << 20;
    private static final Set<String> HEAP = Set.of("Eden", "Survivor", "Old");

    private static MemoryUsage used(long mb) {
        return new MemoryUsage(0, mb * MB, 2048 * MB, -1);
    }

    @Test
    void thePeakIsTheLargestMomentNotTheSumOfEachPoolsPeak() {
        // the young pool is full before the first collection, the old one before the second
        Map<String, MemoryUsage> first = Map.of("Eden", used(500), "Survivor", used(20), "Old", used(100), "Metaspace", used(80));
        Map<String, MemoryUsage> second = Map.of("Eden", used(100), "Survivor", used(20), "Old", used(400), "Metaspace", used(90));
        long peak = List.of(first, second).stream().mapToLong(m -> HeapWatch.usedAtOnce(m, HEAP)).max().orElseThrow();
        assertEquals(620 * MB, peak); // the first moment: 500 + 20 + 100; the pools' own peaks would add to 920
    }

    @Test
    void nonHeapPoolsDoNotCount() {
        assertEquals(30 * MB, HeapWatch.usedAtOnce(Map.of("Eden", used(30), "Metaspace", used(200), "CodeHeap", used(50)), HEAP));
    }

    @Test
    void aPeakIsNeverAboveTheLimit() {
        HeapWatch.reset();
        byte[][] garbage = new byte[64][];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = new byte[1 << 20];
        }
        System.gc();
        assertTrue(HeapWatch.peak() <= HeapWatch.max() && HeapWatch.peak() > 0, "peak " + HeapWatch.peak() + " over " + HeapWatch.max());
        assertTrue(garbage[63].length > 0);
    }

    @Test
    void theLiveHeapIsWhatACollectionKeeps() throws InterruptedException {
        HeapWatch.reset();
        byte[][] kept = new byte[64][];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = new byte[1 << 20];
        }
        System.gc();
        for (int i = 0; i < 100 && HeapWatch.live() < 64 * MB; i++) {
            Thread.sleep(20); // the collectors' notifications arrive on their own thread
        }
        assertTrue(HeapWatch.live() >= 64 * MB, "live " + HeapWatch.live() + " with 64 MB kept");
        assertTrue(HeapWatch.live() <= HeapWatch.peak(), "live " + HeapWatch.live() + " over peak " + HeapWatch.peak());
        assertTrue(kept[63].length > 0);
    }
}
