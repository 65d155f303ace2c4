package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --load} with small numbers (the README's run uses 8 clients, 60 s, 500 articles): no
 * failed request, no read of half an article, every article there at the end, figures per query.
 */
class BenchLoadIT {

    @TempDir
    Path work;

    @Test
    void queriesGoOnWhileArticlesArriveAndEveryArticleArrivesWhole() {
        CliRun run = CliRun.of("bench", "--load", "--articles", "3", "--clients", "2", "--seconds", "0",
                "--examples", "examples", "--work", work.resolve("load").toString());
        assertEquals(ExitCodes.OK, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("3 of 3 present at the end"), run.out());
        assertTrue(run.out().matches("(?s).*queries: [\\d,]+ answered, 0 failed requests.*"), run.out());
        assertTrue(run.out().contains(", 0 saw an attribution without its article"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("actor-claims-and-events ")), "a row per query: " + run.out());
    }
}
