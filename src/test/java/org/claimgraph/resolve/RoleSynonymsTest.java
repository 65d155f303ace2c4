package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A role holds a description's words by synonym; an office must be the one named, word for word
 * both ways, so that a reference holder is never named for a neighbouring office.
 */
class RoleSynonymsTest {

    private static final Set<String> DEFENCE = Set.of("defence", "defense");
    private static final Set<String> PRIME = Set.of("prime", "premier");
    private static final RoleSynonyms ROLES = new RoleSynonyms(Map.of(
            "defence", DEFENCE, "defense", DEFENCE, "prime", PRIME, "premier", PRIME));

    @Test
    void aRoleHoldsTheDescriptionsWordsBySynonym() {
        assertTrue(ROLES.holds("Defense Minister", List.of("defence", "minister")));
        assertTrue(ROLES.holds("special envoy", List.of("envoy")));
        assertFalse(ROLES.holds("foreign minister", List.of("defence", "minister")));
    }

    @Test
    void anOfficeMustBeTheOneNamedNotOneHoldingItsWords() {
        assertTrue(ROLES.sameOffice("president", List.of("president")));
        assertFalse(ROLES.sameOffice("vice president", List.of("president")));
        assertTrue(ROLES.sameOffice("defense minister", List.of("defence", "minister")));
    }

    @Test
    void premierAloneIsTheWholePrimeMinister() {
        assertTrue(ROLES.sameOffice("prime minister", List.of("premier")));
        assertTrue(ROLES.sameOffice("Premier", List.of("prime", "minister")));
        assertFalse(ROLES.sameOffice("prime minister", List.of("minister")));
    }
}
