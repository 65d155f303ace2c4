package org.claimgraph.pipeline;

import static org.claimgraph.pipeline.PipelineFixture.links;
import static org.claimgraph.pipeline.PipelineFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.claimgraph.domain.ResolvedArticle;
import org.junit.jupiter.api.Test;

/**
 * People an article names by one word only: a surname under an honorific, a one-word name with its
 * office in apposition. Invented sentences and people (Salva Kiir is real: the reference data's
 * label for him is longer than the name news uses).
 */
class OneNamePersonsTest {

    @Test
    void aSurnameUnderAnHonorificIsAPersonEvenWithNoFullName() {
        ResolvedArticle r = run("Talks stalled in the capital\n\n"
                + "Police questioned three aides of Mr. Lokwan on Monday, a lawyer said.\n\n"
                + "The charges were invented to weaken the opposition, Mr. Lokwan said.\n");
        assertEquals("Lokwan", links(r).get("Lokwan"), links(r).toString());
    }

    @Test
    void aOneWordNameWithItsOfficeInAppositionIsAPerson() {
        ResolvedArticle r = run("Dr. Tamas Ferenc flew in with Arovanlal, the Forum's Secretary, on Friday. "
                + "Hours later Zamthang, President of the Valley Youth Union, joined them.\n");
        assertEquals("Arovanlal", links(r).get("Arovanlal"), links(r).toString());
        assertEquals("Zamthang", links(r).get("Zamthang"), links(r).toString());
    }

    @Test
    void aPieceOfATitleStaysNoPerson() {
        ResolvedArticle r = run("Our envoy for Arab and African affairs, Tomas Varga, expects a second round soon, the ministry said.\n");
        assertFalse(links(r).containsValue("African"), links(r).toString());
    }

    @Test
    void southSudansPresidentIsKnownByTheNameNewsUses() {
        ResolvedArticle r = run("Clashes pitted fighters loyal to Mr. Kiir against a rival militia near Nasir on Monday.\n");
        assertEquals("Salva Kiir Mayardit", links(r).get("Kiir"), links(r).toString());
    }
}
