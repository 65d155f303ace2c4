package org.claimgraph.pipeline;

import static org.claimgraph.pipeline.PipelineFixture.links;
import static org.claimgraph.pipeline.PipelineFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.domain.ResolvedAttribution;
import org.junit.jupiter.api.Test;

/**
 * Name and speaker forms of news about conflicts the rules were first written without (the Horn of
 * Africa, Haiti, Colombia): people named by their given name, places written with their kind
 * ("the Varga region"), a name with its bracketed acronym. Invented sentences and people.
 */
class WiderConflictNamesTest {

    private static Optional<String> speaker(ResolvedArticle r, String cue) {
        String text = r.article().text();
        ResolvedAttribution a = r.attributions().stream().filter(x -> x.attribution().cue().of(text).endsWith(cue)).findFirst()
                .orElseThrow(() -> new AssertionError("no cue " + cue + " in " + r.attributions()));
        return a.speaker().entity().map(Entity::label);
    }

    @Test
    void aGivenNameAloneIsThePersonNamedInFullBefore() {
        ResolvedArticle r = run("Tesfaye Gebremariam, leader of a faction within the Northern Union, criticized the council on Sunday. "
                + "The union has been suspended for three months by the election board.\n\n"
                + "During his speech, Tesfaye lamented that the charter had been violated.\n\n"
                + "He also accused the council of sabotage. He claimed the vote was rigged.\n");
        assertEquals("Tesfaye Gebremariam", links(r).get("Tesfaye"), links(r).toString());
        assertEquals(Optional.of("Tesfaye Gebremariam"), speaker(r, "lamented"));
        assertEquals(Optional.of("Tesfaye Gebremariam"), speaker(r, "claimed"));
    }

    @Test
    void aWordThatIsOnePersonsSurnameAndAnothersGivenNameIsTheSurname() {
        ResolvedArticle r = run("Prime Minister Tesfaye Gebremariam met Foreign Minister Alemu Tesfaye in the capital on Monday.\n\n"
                + "Later, Tesfaye said the meeting had been useful.\n");
        assertEquals("Alemu Tesfaye", links(r).get("Tesfaye"), links(r).toString());
    }

    @Test
    void anAcronymBracketedAfterABodysNameNamesThatBodyLater() {
        ResolvedArticle r = run("Fighters of the Varga People's Liberation Front (VPLF) seized two towns on Tuesday.\n\n"
                + "The VPLF said its forces would not withdraw.\n");
        assertEquals("Varga People's Liberation Front", links(r).get("VPLF"), links(r).toString());
        assertEquals(Optional.of("Varga People's Liberation Front"), speaker(r, "said"));
    }

    @Test
    void aBracketedAcronymTellsWhereANameWithAndInsideStarts() {
        ResolvedArticle r = run("Troops working alongside the Varga Intelligence and Security Agency (VISA) raided a camp on Tuesday. "
                + "The VISA said it had seized weapons.\n");
        assertEquals("Varga Intelligence and Security Agency", links(r).get("Varga Intelligence and Security Agency"), links(r).toString());
        assertEquals("Varga Intelligence and Security Agency", links(r).get("VISA"), links(r).toString());
        assertFalse(links(r).containsValue("Security Agency"), links(r).toString());
    }

    @Test
    void aLowerCaseRegionWordAfterANameIsNotPartOfTheName() {
        ResolvedArticle r = run("Clashes displaced thousands in the Varzuga region on Monday. Explosions were heard in Tolvara district.\n");
        assertEquals("Varzuga", links(r).get("Varzuga"), links(r).toString());
        assertEquals("Tolvara", links(r).get("Tolvara"), links(r).toString());
        assertTrue(PipelineFixture.entity(r, "Varzuga").isPlace());
        assertFalse(links(r).containsKey("Varzuga region"), links(r).toString());
        assertEquals("Great Lakes region", links(run("Envoys met in Kigali to discuss the Great Lakes region on Monday.\n")).get("Great Lakes region"),
                () -> "where region is part of the name, the gazetteer says so: " + links(run("Envoys met in Kigali to discuss the Great Lakes region on Monday.\n")));
    }

    @Test
    void theArmedGroupsAndMissionsOfSomaliaAreKnownUnderTheirSpellings() {
        ResolvedArticle r = run("Al-Shabaab fighters attacked a base near Mogadishu on Monday. AUSSOM troops repelled them, "
                + "and al-Shabab said it had lost two men.\n");
        assertEquals("al-Shabaab", links(r).get("Al-Shabaab"), links(r).toString());
        assertEquals("al-Shabaab", links(r).get("al-Shabab"), links(r).toString());
        assertEquals("AUSSOM", links(r).get("AUSSOM"), links(r).toString());
        assertEquals(Optional.of("al-Shabaab"), speaker(r, "said"));
    }
}
