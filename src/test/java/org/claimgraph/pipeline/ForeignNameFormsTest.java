package org.claimgraph.pipeline;

import static org.claimgraph.pipeline.PipelineFixture.links;
import static org.claimgraph.pipeline.PipelineFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimgraph.domain.ResolvedArticle;
import org.junit.jupiter.api.Test;

/**
 * Names of bodies written in the forms of other languages, with lower-case particles, apostrophes and
 * transliteration variants inside, which the capitalised-run rules cannot put together. Invented
 * sentences.
 */
class ForeignNameFormsTest {

    @Test
    void theSahelsAlQaedaBranchIsKnownUnderItsArabicNameAndAcronym() {
        ResolvedArticle r = run("Fighters of Jama’at Nasr al-Islam wal-Muslimin (JNIM) burned two fuel trucks on Tuesday; JNIM later posted a video.\n");
        assertEquals("Jama'at Nusrat al-Islam wal-Muslimin", links(r).get("Jama’at Nasr al-Islam wal-Muslimin"), links(r).toString());
        assertEquals("Jama'at Nusrat al-Islam wal-Muslimin", links(r).get("JNIM"), links(r).toString());
    }

    @Test
    void thePakistaniTalibanAreKnownUnderEachSpelling() {
        ResolvedArticle r = run("Police said the Tehrik-i-Taliban Pakistan (TTP) had claimed the bombing. "
                + "The TTP did not comment.\n");
        assertEquals("Tehreek-e-Taliban Pakistan", links(r).get("Tehrik-i-Taliban Pakistan"), links(r).toString());
        assertEquals("Tehreek-e-Taliban Pakistan", links(r).get("TTP"), links(r).toString());
    }

    @Test
    void lakeChadInsurgentsAreKnownUnderTheirNames() {
        ResolvedArticle r = run("Boko Haram fighters raided a market near Dikwa overnight, while ISWAP said it had shelled a base.\n");
        assertEquals("Boko Haram", links(r).get("Boko Haram"), links(r).toString());
        assertEquals("Islamic State West Africa Province", links(r).get("ISWAP"), links(r).toString());
    }
}
