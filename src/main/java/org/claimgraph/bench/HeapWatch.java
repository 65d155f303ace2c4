package org.claimgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The most heap the JVM has held since it started or since {@link #reset}: the sum of the heap
 * pools' peak usage, which the JVM tracks itself (no sampling gaps). An upper bound of what was live,
 * since garbage not yet collected counts too: what a {@code -Xmx} must allow.
 */
final class HeapWatch {

    private HeapWatch() {
    }

    static void reset() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Peak heap in bytes. */
    static long peak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The heap limit (-Xmx) in bytes. */
    static long max() {
        return Runtime.getRuntime().maxMemory();
    }
}
