package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Mention.MatchKind;
import org.junit.jupiter.api.Test;

/** How a long name spells its acronym, and how a name pairs with a body the reference data knows by acronym only. */
class SpelledAcronymsTest {

    private static Entity body(String iri, String label) {
        return new Entity(iri, label, List.of(EntityType.Agency), Optional.empty(), true);
    }

    @Test
    void capitalisedWordsGiveTheirInitialsSmallWordsTheirsOrNothingAndCapitalsMore() {
        assertTrue(SpelledAcronyms.spells(List.of("UN", "Support", "Mission", "in", "Libya"), "UNSMIL"));
        assertTrue(SpelledAcronyms.spells(List.of("National", "Election", "Board", "of", "Ethiopia"), "NEBE"));
        assertFalse(SpelledAcronyms.spells(List.of("State", "Administration", "Council"), "SADC"), "only a word in capitals gives two letters");
        assertFalse(SpelledAcronyms.spells(List.of("Support", "Mission"), "UNSMIL"));
    }

    @Test
    void anAcronymFromAnotherLanguageHoldsTheInitialsInAnotherOrder() {
        assertTrue(SpelledAcronyms.initialsReordered(List.of("Revolutionary", "Armed", "Forces", "of", "Colombia"), "FARC"));
        assertFalse(SpelledAcronyms.initialsReordered(List.of("Central", "General", "Staff"), "EMC"));
    }

    @Test
    void aLongNamePairsWithTheBodyKnownOnlyByTheAcronymItSpells() {
        Entity interim = body("urn:interim", "UNIFIL");
        Entity wire = body("urn:wire", "Westland Agency Media");
        SpelledAcronyms acronyms = new SpelledAcronyms(List.of(new GazetteerEntry("UNIFIL", interim, MatchKind.NAME),
                new GazetteerEntry("WAM", wire, MatchKind.ALIAS)));
        assertEquals(Optional.of(interim), acronyms.knownBody("UN Interim Force in Lebanon"));
        assertEquals(Optional.empty(), acronyms.knownBody("White Army militia"), "a long name capitalises its words");
        assertEquals(Optional.empty(), acronyms.knownBody("Interim Force"), "two words spell too much by chance");
    }

    @Test
    void aKnownBodysAcronymInsideANameIsWrittenOutAsItsLabelWritesIt() {
        Entity un = body("urn:un", "United Nations");
        SpelledAcronyms acronyms = new SpelledAcronyms(List.of(new GazetteerEntry("UN", un, MatchKind.ALIAS)));
        assertEquals("United Nations Support Mission in Libya", acronyms.expanded("UN Support Mission in Libya"));
        assertEquals("UN", acronyms.expanded("UN"));
    }
}
