package org.claimgraph.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Work of a trace batch run beside the tracer's thread: at the same time as the tracer's, its failure reported to the tracer. */
class BesideTracingTest {

    @Test
    void theWorkRunsOnAnotherThreadWhileTheCallerGoesOn() throws InterruptedException {
        CountDownLatch callerWent = new CountDownLatch(1);
        AtomicReference<String> ranOn = new AtomicReference<>();
        BesideTracing beside = BesideTracing.start("beside-test", () -> {
            ranOn.set(Thread.currentThread().getName());
            try {
                // finishes only once the caller has gone on: run on the caller's thread, this would wait for ever
                if (!callerWent.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the caller waited for the work");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        callerWent.countDown();
        beside.await();
        assertEquals("beside-test", ranOn.get());
        assertNotEquals(Thread.currentThread().getName(), ranOn.get());
    }

    @Test
    void whatTheWorkThrowsIsThrownToTheCaller() {
        BesideTracing beside = BesideTracing.start("beside-test", () -> {
            throw new IllegalArgumentException("no such cluster");
        });
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, beside::await);
        assertEquals("no such cluster", thrown.getMessage());
        beside.awaitQuietly(); // after a failure of the caller's own: returns without throwing
    }
}
