package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedWorkersTest {

    @Test
    void resultsArriveInSubmissionOrderWhateverTheThreads() {
        List<Integer> out = new ArrayList<>();
        // later items finish first: the slower the smaller
        Function<Integer, Integer> slowForSmall = i -> {
            long until = System.nanoTime() + (100 - i) * 20_000L;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            return i * 2;
        };
        try (OrderedWorkers<Integer, Integer> w = new OrderedWorkers<>(4, () -> slowForSmall, out::add)) {
            IntStream.range(0, 100).forEach(w::submit);
            w.finish();
        }
        assertEquals(IntStream.range(0, 100).map(i -> i * 2).boxed().toList(), out);
    }

    @Test
    void aWorkerFailureReachesTheSubmitter() {
        try (OrderedWorkers<Integer, Integer> w = new OrderedWorkers<>(2, () -> i -> {
            throw new IllegalArgumentException("bad item " + i);
        }, r -> { })) {
            w.submit(1);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, w::finish);
            assertEquals("bad item 1", e.getMessage());
        }
    }
}
