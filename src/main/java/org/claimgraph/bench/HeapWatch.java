package org.claimgraph.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap the JVM held at one moment since {@link #reset}: the largest used heap just before a
 * garbage collection (told by the collectors' notifications), or now. Between two collections the
 * used heap only grows, so its highs are the moments a collection starts. (The sum of the pools' own
 * peaks, read before, added highs of different moments — the young pools peak just before each
 * collection, the old one after many — and reported more than -Xmx allowed.) Garbage not yet collected
 * counts too: what a {@code -Xmx} must allow. With a limit set the collector lets the heap fill up to
 * it before collecting, so that peak says little about what the work needs: {@link #live} is the most
 * heap still in use just after a full collection — the work's own high-water mark, when one ran.
 */
final class HeapWatch {

    /** How the peak is measured, for the bench's output. */
    static final String METHOD = "the most used at once: just before a collection, or at the end";

    private static final AtomicLong PEAK = new AtomicLong();
    private static final AtomicLong LIVE = new AtomicLong();

    /**
     * Only a full collection leaves nothing but live objects: after a young or mixed one the old
     * regions still hold their garbage (a first 2,000-article bench read 1,022 of 1,024 MB "after"
     * young collections).
     */
    private static final String FULL_COLLECTION = "end of major GC";
    private static boolean listening;

    private HeapWatch() {
    }

    /** Starts from the heap used now (and starts listening to the collectors, once). */
    static synchronized void reset() {
        if (!listening) {
            listen(heapPools());
            listening = true;
        }
        PEAK.set(usedNow());
        LIVE.set(0);
    }

    /** Peak heap in bytes since {@link #reset}. */
    static long peak() {
        return PEAK.accumulateAndGet(usedNow(), Math::max);
    }

    /** The most heap in use just after a full collection since {@link #reset}, in bytes; 0 if none ran. */
    static long live() {
        return LIVE.get();
    }

    /** The heap limit (-Xmx) in bytes. */
    static long max() {
        return Runtime.getRuntime().maxMemory();
    }

    /**
     * The heap used at one moment, from the usage of every pool at that moment (a collection's
     * before-usage names every pool, the non-heap ones too): the heap pools' sum.
     */
    static long usedAtOnce(Map<String, MemoryUsage> byPool, Set<String> heapPools) {
        long sum = 0;
        for (Map.Entry<String, MemoryUsage> e : byPool.entrySet()) {
            if (heapPools.contains(e.getKey())) {
                sum += e.getValue().getUsed();
            }
        }
        return sum;
    }

    private static long usedNow() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static Set<String> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    }

    private static void listen(Set<String> heapPools) {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                        PEAK.accumulateAndGet(usedAtOnce(info.getGcInfo().getMemoryUsageBeforeGc(), heapPools), Math::max);
                        if (FULL_COLLECTION.equals(info.getGcAction())) {
                            LIVE.accumulateAndGet(usedAtOnce(info.getGcInfo().getMemoryUsageAfterGc(), heapPools), Math::max);
                        }
                    }
                }, null, null);
            }
        }
    }
}
