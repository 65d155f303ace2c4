package org.claimgraph.pipeline;

import static org.claimgraph.pipeline.PipelineFixture.links;
import static org.claimgraph.pipeline.PipelineFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.ResolvedArticle;
import org.junit.jupiter.api.Test;

/**
 * An acronym an article brackets after a name is that name's entity everywhere it is used later:
 * also when the name is one the reference data knows, when the context of a later use would type it
 * otherwise ("in CAR" reads as a place), when the name carries a possessive before the bracket, and
 * when a longer name holds the acronym. Invented sentences.
 */
class AcronymsOfKnownNamesTest {

    /** The IRIs of every entity a mention written {@code text} is linked to. */
    private static Set<String> entitiesOf(ResolvedArticle r, String text) {
        return r.entities().stream().flatMap(e -> e.mentions().stream()).filter(m -> m.text().equals(text))
                .map(Mention::entity).map(e -> e.iri()).collect(Collectors.toSet());
    }

    @Test
    void anAcronymBracketedAfterAKnownCountryIsThatCountry() {
        ResolvedArticle r = run("Envoys of the Central African Republic (CAR) met two rebel leaders on Monday.\n\n"
                + "Aid workers said fuel was short in CAR. CAR's minister said the talks would go on.\n");
        Set<String> car = entitiesOf(r, "CAR");
        assertEquals(entitiesOf(r, "Central African Republic"), car, links(r).toString());
        assertEquals(1, car.size(), links(r).toString());
    }

    @Test
    void anAcronymBracketedAfterAKnownRegionIsThatRegion() {
        ResolvedArticle r = run("Floods cut two roads across Khyber Pakhtunkhwa (KP) on Tuesday, and KP officials closed the schools.\n");
        assertEquals(entitiesOf(r, "Khyber Pakhtunkhwa"), entitiesOf(r, "KP"), links(r).toString());
    }

    @Test
    void anAcronymAfterAPossessiveNamesTheBodyNotALongerNameHoldingIt() {
        ResolvedArticle r = run("Two hundred members of the Varga Islamic Front's (VIF) militia laid down arms on Sunday.\n\n"
                + "A list approved by the VIF Central Committee names the next group. The VIF said on Monday that the handover would go on.\n");
        assertEquals("Varga Islamic Front", links(r).get("VIF"), links(r).toString());
        assertEquals("VIF Central Committee", links(r).get("VIF Central Committee"), links(r).toString());
    }
}
