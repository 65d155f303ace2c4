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
                + "Several commanders allied with Mr. Lokwan have been arrested, officials said on Monday.\n\n"
                + "The rivalry between the two camps has deepened, Mr. Lokwan said.\n");
        assertEquals("Lokwan", links(r).get("Lokwan"), links(r).toString());
    }

    @Test
    void aOneWordNameWithItsOfficeInAppositionIsAPerson() {
        ResolvedArticle r = run("The Hill Council sent Dr. Tamas Ferenc and Arovanlal, the Council's Secretary, to the meeting. "
                + "The Valley Union was represented by Zamthang, President of the Valley Youth Union.\n");
        assertEquals("Arovanlal", links(r).get("Arovanlal"), links(r).toString());
        assertEquals("Zamthang", links(r).get("Zamthang"), links(r).toString());
    }

    @Test
    void aPieceOfATitleStaysNoPerson() {
        ResolvedArticle r = run("On Tuesday, the senior adviser for Arab and African affairs, Tomas Varga, said talks would resume.\n");
        assertFalse(links(r).containsValue("African"), links(r).toString());
    }

    @Test
    void southSudansPresidentIsKnownByTheNameNewsUses() {
        ResolvedArticle r = run("Clashes pitted fighters loyal to Mr. Kiir against a rival militia near Nasir on Monday.\n");
        assertEquals("Salva Kiir Mayardit", links(r).get("Kiir"), links(r).toString());
    }
}
