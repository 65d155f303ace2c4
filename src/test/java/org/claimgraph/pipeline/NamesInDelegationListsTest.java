package org.claimgraph.pipeline;

import static org.claimgraph.pipeline.PipelineFixture.links;
import static org.claimgraph.pipeline.PipelineFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.ResolvedArticle;
import org.junit.jupiter.api.Test;

/**
 * Names in the lists of delegates that talks news prints (met in the Manipur article of the fifth
 * issue-12 round): a capitalised office "of" a body in apposition, a role in brackets, the title
 * "Rev.", spaced initials opening with "A", and a long list sentence that is body text, not a
 * headline, however many capitals it has. Texts written for this test; the people and bodies are
 * invented.
 */
class NamesInDelegationListsTest {

    private static EntityType type(ResolvedArticle r, String label) {
        return PipelineFixture.entity(r, label).types().get(0);
    }

    @Test
    void aCapitalisedOfficeOfABodyInAppositionMakesAPersonAndTheBodyAnOrganisation() {
        ResolvedArticle r = run("The delegation included Mara Tuliva, President of Kanu Ekwe, and two doctors.\n");
        assertEquals(EntityType.Person, type(r, "Mara Tuliva"));
        assertEquals(EntityType.Organization, type(r, "Kanu Ekwe"));
    }

    @Test
    void aRoleInBracketsAfterANameMakesAPerson() {
        ResolvedArticle r = run("The council was represented by Imos Keltan (President, Oru Union), and two elders.\n");
        assertEquals(EntityType.Person, type(r, "Imos Keltan"));
    }

    @Test
    void aLongListSentenceIsBodyTextAndRevIsATitle() {
        ResolvedArticle r = run("Among them were Rev. Mara Tuliva, President of Kanu Ekwe; Dr. Piet Holmvang; "
                + "N. Vosu Tarlek, Chairman of Oru Assembly.\n");
        assertEquals(EntityType.Person, type(r, "Mara Tuliva"));
        assertEquals(EntityType.Person, type(r, "Piet Holmvang"));
        assertEquals(EntityType.Person, type(r, "N. Vosu Tarlek"));
        assertEquals(EntityType.Organization, type(r, "Oru Assembly"));
    }

    @Test
    void spacedInitialsOpeningWithAStartTheName() {
        ResolvedArticle r = run("The talks went on for five hours.\n\n"
                + "A K Ranjal, former deputy director of the Intelligence Bureau, chaired the talks.\n");
        assertEquals(EntityType.Person, type(r, "A K Ranjal"));
        assertEquals(EntityType.Agency, type(r, "Intelligence Bureau"));
    }

    @Test
    void anOfficeOfStateOrOfTheArmyNamesNoBody() {
        ResolvedArticle r = run("Secretary of State Ellen Marsh met the envoys on Monday.\n\n"
                + "Among the guests were Sergeant Major of the Army Tom Reddick, and two aides.\n");
        Map<String, String> links = links(r);
        assertFalse(links.containsKey("State"), links::toString);
        assertFalse(links.values().stream().anyMatch(l -> l.startsWith("Army")), links::toString);
    }
}
