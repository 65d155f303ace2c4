package org.claimgraph.pipeline;

import static org.claimgraph.pipeline.PipelineFixture.entity;
import static org.claimgraph.pipeline.PipelineFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.ResolvedArticle;
import org.junit.jupiter.api.Test;

/**
 * Unknown names typed by a capitalised title around them and units named by an ordinal, as
 * Libyan and Colombian reports write them (issue 12). Texts written for this test; the people
 * and units are invented.
 */
class TitledAndNumberedNamesTest {

    @Test
    void aCapitalisedTitleInAppositionAfterANameMakesAPersonEvenWhenTaggedAsAVerb() {
        ResolvedArticle r = run("The council head met with Mira Kowalczyk, Special Representative of the Secretary-General "
                + "for the region, and army commanders.\n");
        assertEquals(List.of(EntityType.Person), entity(r, "Mira Kowalczyk").types());
    }

    @Test
    void aCapitalisedTitleAfterAPossessiveBeforeTheCommaMakesAPerson() {
        ResolvedArticle r = run("The committee, chaired by Libya's Chief of the General Staff, Karim Nouri, has held its first meeting.\n");
        assertEquals(List.of(EntityType.Person), entity(r, "Karim Nouri").types());
    }

    @Test
    void anOrdinalBeforeAUnitWordOpensTheUnitsName() {
        ResolvedArticle r = run("The government said the 512th Brigade had seized the depot. Fighters of the 41st Front attacked "
                + "the town on Monday.\n");
        assertEquals(List.of(EntityType.ArmedGroup), entity(r, "512th Brigade").types());
        entity(r, "41st Front");
    }

    @Test
    void anApparatusIsAnAgency() {
        ResolvedArticle r = run("Fighters of the Border Security Apparatus left the depot.\n");
        assertEquals(List.of(EntityType.Agency), entity(r, "Border Security Apparatus").types());
    }
}
