package org.claimgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.rdf.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Candidate links: planted true links are kept, and no link breaks the date window or the distance. */
class EventLinkerTest {

    static EventLinker linker;
    static final double[] DOHA = {51.5333, 25.2867};
    static final String ISRAEL = "https://w3id.org/claimgraph/id/israel";
    static final String OFFICE = "https://w3id.org/claimgraph/id/prime-ministers-office-of-israel";
    static final String USA = "https://w3id.org/claimgraph/id/united-states";

    @BeforeAll
    static void load() {
        linker = new EventLinker(ReferenceData.load());
    }

    private static LinkItem development(String kind, String date, Set<String> actors, String url) {
        LinkItem item = new LinkItem(NodeFactory.createURI("urn:dev"), "urn:graph", kind, LocalDate.parse(date), "day", urls(url),
                new java.util.HashSet<>(actors), Optional.of(DOHA), "city", "", Optional.empty());
        linker.addStates(item);
        return item;
    }

    private static LinkItem event(String type, String date, String precision, Set<String> actors, double[] point, String geo,
            String url) {
        LinkItem item = new LinkItem(NodeFactory.createURI("urn:event"), "", type, LocalDate.parse(date), precision, urls(url),
                new java.util.HashSet<>(actors), Optional.ofNullable(point), geo, "gdelt", Optional.empty());
        linker.addStates(item);
        return item;
    }

    private static Set<String> urls(String url) {
        return url == null ? Set.of() : Set.of(url);
    }

    @Test
    void theSameArticleSharedActorsAndTheSameDayMakeAStrongLink() {
        var c = Candidates.score(development("kind-withdrawal", "2025-07-24", Set.of(OFFICE, USA), "https://a.example/1"),
                event("cameo-16", "2025-07-24", "day", Set.of(ISRAEL, USA), DOHA, "city", "https://a.example/1")).orElseThrow();
        assertEquals(1.0, c.score(), 1e-9); // type, place, same article, two shared sides (the office counts for Israel), same day
        assertTrue(c.reasons().contains("coded from or mentioned in this very article (SOURCEURL, mentions)"), c.reasons().toString());
    }

    @Test
    void noLinkBeyondTheWindowOrTheDistanceOrBetweenIncompatibleTypes() {
        var dev = development("kind-withdrawal", "2025-07-24", Set.of(USA), null);
        assertTrue(Candidates.score(dev, event("cameo-16", "2025-07-27", "day", Set.of(USA), DOHA, "city", null)).isEmpty(), "3 days, day precision");
        assertTrue(Candidates.score(dev, event("cameo-16", "2025-08-10", "month", Set.of(USA), DOHA, "city", null)).isPresent(),
                "17 days is inside a month's precision");
        double[] fortyKmAway = {51.9, 25.2867};
        assertTrue(Candidates.kilometres(DOHA, fortyKmAway) > 25);
        assertTrue(Candidates.score(dev, event("cameo-16", "2025-07-24", "day", Set.of(USA), fortyKmAway, "city", null)).isEmpty());
        assertTrue(Candidates.score(dev, event("cameo-16", "2025-07-24", "day", Set.of(USA), fortyKmAway, "adm1", null)).isPresent(),
                "a province-level place may be 40 km off");
        assertTrue(Candidates.score(dev, event("cameo-19", "2025-07-24", "day", Set.of(USA), DOHA, "city", null)).isEmpty(),
                "a fight is no withdrawal from talks");
    }

    @Test
    void aClaimLinksOnlyToAStatementOfItsOwnActors() {
        var qatar = Set.of("https://w3id.org/claimgraph/id/qatar");
        var denial = Candidates.score(development("stance-deny", "2025-07-25", qatar, "https://g.example/1"),
                event("cameo-01", "2025-07-25", "day", qatar, DOHA, "city", "https://g.example/1"));
        assertTrue(denial.isPresent() && denial.get().score() >= Candidates.KEEP);
        assertTrue(Candidates.score(development("stance-assert", "2025-07-25", Set.of(USA), "https://g.example/1"),
                event("cameo-01", "2025-07-25", "day", qatar, DOHA, "city", "https://g.example/1")).isEmpty(),
                "another speaker's claim in the same article is not the coded statement");
        assertTrue(Candidates.score(development("stance-accuse", "2025-07-25", qatar, null),
                event("cameo-04", "2025-07-25", "day", qatar, DOHA, "city", null)).isEmpty(), "an accusation is no consultation");
    }

    @Test
    void aLinkWithNothingButTheDateIsBelowTheBar() {
        var c = Candidates.score(development("kind-talks-held", "2025-07-24", Set.of(USA), null),
                event("cameo-04", "2025-07-25", "day", Set.of("https://w3id.org/claimgraph/id/egypt"), null, "city", null)).orElseThrow();
        assertTrue(c.score() < Candidates.KEEP, "score " + c.score());
    }
}
