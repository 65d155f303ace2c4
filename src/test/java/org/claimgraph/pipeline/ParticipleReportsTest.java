package org.claimgraph.pipeline;

import static org.claimgraph.pipeline.PipelineFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.domain.ResolvedAttribution;

/**
 * Reports in a participle set off by a dash, and in an absolute phrase after "with" whose speaker
 * has an aside: the source is the main clause's subject, or the phrase after "with". Texts written
 * for this test.
 */
class ParticipleReportsTest {

    private static Optional<String> sourceWords(ResolvedArticle r, String cue) {
        String text = r.article().text();
        List<ResolvedAttribution> matching = r.attributions().stream()
                .filter(a -> a.attribution().cue().of(text).endsWith(cue)).toList();
        assertTrue(!matching.isEmpty(), () -> "no attribution with cue '" + cue + "' in " + r.attributions());
        return matching.get(0).attribution().source().map(s -> s.of(text));
    }

    @org.junit.jupiter.api.Test
    void aDashLedParticipleIsTheMainClauseSubjectsReport() {
        ResolvedArticle r = run("The mayor of Olvane toured the flooded camp on Monday \u2013 confirming that 40 tents had been lost.\n");
        assertEquals(Optional.of("The mayor of Olvane"), sourceWords(r, "confirming"));
    }

    @org.junit.jupiter.api.Test
    void aDashClosingAnAsideLeavesTheMainSubjectOut() {
        ResolvedArticle r = run("The crisis in the valley keeps growing, with the regional health office \u2013 the main provider of care \u2013 "
                + "confirming that 2,000 people have fled.\n");
        assertEquals(Optional.of("the regional health office"), sourceWords(r, "confirming"));
    }

    @org.junit.jupiter.api.Test
    void aClauseBetweenCommasAfterWithIsNoAside() {
        ResolvedArticle r = run("The offer sat badly with the farmers, and the meeting broke up soon after, said one source in the hall.\n");
        assertEquals(Optional.of("one source in the hall"), sourceWords(r, "said"));
    }
}
