package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which failed queries of the load check are the time limit doing its job. */
class LoadBenchTest {

    @Test
    void a503AtTheTimeLimitIsAStopNotAFailure() {
        long limit = LoadBench.QUERY_LIMIT.toMillis();
        assertTrue(LoadBench.stoppedByLimit("HTTP 503 Service Unavailable", limit + 40));
        assertFalse(LoadBench.stoppedByLimit("HTTP 503 Service Unavailable", 150), "refused at once: too many queries, a failure");
        assertFalse(LoadBench.stoppedByLimit("HTTP 500 Server Error", limit + 40), "an error at any time is a failure");
    }
}
