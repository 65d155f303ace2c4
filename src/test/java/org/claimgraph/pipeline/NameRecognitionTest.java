package org.claimgraph.pipeline;

import static org.claimgraph.pipeline.PipelineFixture.entity;
import static org.claimgraph.pipeline.PipelineFixture.links;
import static org.claimgraph.pipeline.PipelineFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.domain.RoleStatement;
import org.junit.jupiter.api.Test;

/** Name recognition and resolution on short texts, through the real models and gazetteer. */
class NameRecognitionTest {


    private static void assertType(ResolvedArticle r, String label, EntityType type) {
        assertEquals(List.of(type), entity(r, label).types(), label);
    }

    @Test
    void aPersonIntroducedWithARoleIsFoundAndHisSurnameLinksToHim() {
        ResolvedArticle r = run("Hospital director Rami Haddad said the wards were full. Haddad asked for fuel.\n");
        Entity haddad = entity(r, "Rami Haddad");
        assertEquals(List.of(EntityType.Person), haddad.types());
        assertFalse(haddad.reference());
        assertEquals(Set.of("Rami Haddad", "Haddad"), r.entities().stream().filter(e -> e.entity().equals(haddad))
                .flatMap(e -> e.mentions().stream()).map(Mention::text).collect(Collectors.toSet()));
    }

    @Test
    void twoPeopleSharingASurnameAreNeverMerged() {
        ResolvedArticle r = run("Doctor Rami Haddad spoke first. His cousin, nurse Salma Haddad, spoke next. "
                + "Haddad said the clinic would stay open.\n");
        assertTrue(links(r).containsKey("Rami Haddad"));
        assertTrue(links(r).containsKey("Salma Haddad"));
        assertFalse(links(r).containsKey("Haddad"), "an ambiguous surname must link to nobody: " + links(r));
    }

    @Test
    void aRoleIsSplitFromTheNameWithItsAffiliation() {
        ResolvedArticle r = run("US special envoy Steve Witkoff arrived in Doha.\n");
        RoleStatement role = r.roles().get(0);
        assertEquals("Steve Witkoff", role.holder().entity().label());
        assertEquals("special envoy", role.role());
        assertEquals(Optional.of("United States"), role.affiliation().map(Entity::label));
    }

    @Test
    void anAppositionRoleAtAnAgencyNamesTheAgency() {
        ResolvedArticle r = run("In Cairo, Hisham Fouad, a senior adviser at Egypt's General Intelligence Service, said the mediators were waiting.\n");
        RoleStatement role = r.roles().get(0);
        assertEquals("senior adviser", role.role());
        assertEquals(Optional.of("General Intelligence Service of Egypt"), role.affiliation().map(Entity::label));
    }

    @Test
    void aCapitalisedTitleIsSplitFromTheName() {
        ResolvedArticle r = run("Health Minister Laila Saber visited the clinic on Monday.\n");
        assertEquals("Laila Saber", entity(r, "Laila Saber").label());
        assertEquals("health minister", r.roles().get(0).role());
    }

    @Test
    void anOrganisationIsNamedByItsKeywordEvenWithAPlaceInside() {
        ResolvedArticle r = run("Volunteers from the Gaza Relief Coalition handed out flour.\n");
        Entity coalition = entity(r, "Gaza Relief Coalition");
        assertEquals(List.of(EntityType.Organization), coalition.types());
        assertFalse(links(r).containsKey("Gaza"), "Gaza inside the name is no separate place: " + links(r));
    }

    @Test
    void anUnknownNameAfterAPlacePrepositionIsAPlace() {
        ResolvedArticle r = run("Families walked to shelters in Al-Mawasi and Shujaiya overnight.\n");
        assertTrue(entity(r, "Al-Mawasi").isPlace());
        assertTrue(entity(r, "Shujaiya").isPlace());
    }

    @Test
    void theGroupStandsForTheOneArmedGroupJustNamed() {
        ResolvedArticle r = run("Hamas sent its reply on Thursday. The group said it wanted guarantees.\n");
        assertEquals("Hamas", links(r).get("The group"));
    }

    @Test
    void theGroupLinksToNobodyWhenTwoGroupsWereNamed() {
        ResolvedArticle r = run("Hamas and Palestinian Islamic Jihad sent replies. The group said it wanted guarantees.\n");
        assertFalse(links(r).containsKey("The group"), links(r).toString());
    }

    @Test
    void capitalisedCommonWordsAndHeadlineCaseMakeNoNames() {
        ResolvedArticle r = run("Ceasefire Talks Resume Amid Growing Pressure From Families\n"
                + "Officials said on Monday that Talks would resume. Negotiators met again.\n");
        Set<String> labels = r.entities().stream().map(e -> e.entity().label()).collect(Collectors.toSet());
        assertEquals(Set.of(), labels);
    }

    @Test
    void aCountryIsAPlaceAfterInAndAnActorAsSubjectOrDemonym() {
        ResolvedArticle r = run("Talks in Qatar stalled. Qatar said it would keep mediating, and Israeli officials agreed.\n");
        Map<String, EntityType.Kind> uses = r.entities().stream().flatMap(e -> e.mentions().stream())
                .collect(Collectors.toMap(m -> m.text() + "@" + m.span().begin(), Mention::use));
        assertEquals(EntityType.Kind.PLACE, uses.get("Qatar@9"));
        assertEquals(EntityType.Kind.ACTOR, uses.get("Qatar@24"));
        assertTrue(uses.entrySet().stream().anyMatch(e -> e.getKey().startsWith("Israeli@") && e.getValue() == EntityType.Kind.ACTOR));
    }

    @Test
    void theSameNameGetsTheSameIriInEveryArticle() {
        String a = entity(run("Spokeswoman Nadia Karam said aid was blocked.\n"), "Nadia Karam").iri();
        String b = entity(run("The convoy stopped, spokeswoman Nadia Karam told reporters.\n"), "Nadia Karam").iri();
        assertEquals(a, b);
        assertTrue(a.endsWith("/id/person/nadia-karam"), a);
    }

    @Test
    void aPlatformIsNamedWhereStatementsArePostedAndOneLetterNeedsThatContext() {
        ResolvedArticle r = run("The minister wrote on X that the crossing was open. Annex X of the plan lists the routes.\n");
        Entity x = entity(r, "X");
        assertEquals(List.of("X"), r.entities().stream().filter(e -> e.entity().equals(x))
                .flatMap(e -> e.mentions().stream()).map(Mention::text).toList(), "only the X posted on: " + links(r));
        assertTrue(links(run("The group said in a Telegram post that its fighters had withdrawn.\n")).containsKey("Telegram"));
    }

    @Test
    void aWireDatelineNamesItsPlacesInCapitalsAndTheAgencyInBrackets() {
        ResolvedArticle r = run("KIGALI, Rwanda / BUTEMBO, Congo - Rebels said they held the town.\n\n"
                + "NAIROBI, May 2 (KNX) - Talks resumed on Friday.\n");
        assertEquals("Kigali", links(r).get("KIGALI"), "a known capital in capitals: " + links(r));
        assertTrue(entity(r, "Butembo").isPlace(), links(r).toString());
        assertType(r, "KNX", EntityType.MediaOutlet);
        assertFalse(links(run("The photo was supplied VIA REUTERS to the desk.\n")).containsKey("REUTERS"),
                "capitals outside a dateline stay as written");
    }

    @Test
    void anAgeInAppositionMakesAPersonAndAListAfterAPlaceNounMakesPlaces() {
        ResolvedArticle r = run("The militia freed two captives: Avi Tzur, 41; and Dana Rosen, 33. "
                + "Strikes hit two villages, Qabrikha and Deir Mimas, the army said.\n");
        assertType(r, "Avi Tzur", EntityType.Person);
        assertType(r, "Dana Rosen", EntityType.Person);
        assertTrue(entity(r, "Qabrikha").isPlace());
        assertTrue(entity(r, "Deir Mimas").isPlace());
        assertFalse(entity(run("Strikes hit two villages, Omar Saleh said.\n"), "Omar Saleh").isPlace(),
                "a speaker after the list is no item of it");
    }

    @Test
    void aNounBeforeAnUnknownNameTypesItEvenOverAKnownPlaceInside() {
        ResolvedArticle r = run("Local news portal Kivu Matin said shells fell. The rights group Karama counted the dead. "
                + "The news site Media Congo said the market burned.\n");
        assertType(r, "Kivu Matin", EntityType.MediaOutlet);
        assertType(r, "Karama", EntityType.Organization);
        assertType(r, "Media Congo", EntityType.MediaOutlet);
    }

    @Test
    void organisationNamesKeepTheirForAndAndAndPluralPossessives() {
        ResolvedArticle r = run("Figures were echoed by the Institute for the Study of War and the Center for Regional and "
                + "Security Studies. The Sudan Nurses' Network said six nurses died.\n");
        assertType(r, "Institute for the Study of War", EntityType.Organization);
        assertType(r, "Center for Regional and Security Studies", EntityType.Organization);
        assertType(r, "Sudan Nurses Network", EntityType.Organization);
        ResolvedArticle people = run("The Velmar People's Liberation Front rejected the plan, and Qatar's Foreign Ministry said so.\n");
        assertType(people, "Velmar People's Liberation Front", EntityType.Organization);
        assertTrue(people.entities().stream().noneMatch(e -> e.entity().label().equals("Liberation Front")));
        assertTrue(people.entities().stream().noneMatch(e -> e.entity().label().startsWith("Qatar's")), "a name's possessive still ends it");
    }

    @Test
    void aCapitalisedRoleInAppositionMakesAPerson() {
        ResolvedArticle r = run("\"The situation is dire,\" Amara Kofi Boateng, UN Assistant Secretary-General for Africa, told the council.\n");
        assertType(r, "Amara Kofi Boateng", EntityType.Person);
    }
    @Test
    void aNameWithAFamilyParticleIsAPersonWithoutAnyOtherCue() {
        ResolvedArticle r = run("Karim al-Haddadi fled to the coast in March, and his forces retreated.\n");
        assertType(r, "Karim al-Haddadi", EntityType.Person);
    }

    @Test
    void aTransliteratedTypeWordOpensAnArmedGroupsName() {
        ResolvedArticle r = run("Residents said Jaish al-Nour attacked the town on Monday.\n");
        assertType(r, "Jaish al-Nour", EntityType.ArmedGroup);
        assertType(run("The Liwa al-Fajr commander said the road was closed.\n"), "Liwa al-Fajr", EntityType.ArmedGroup);
    }

    @Test
    void anUnknownArmyIsAnArmedGroupAndAnOfficialNameRunsOverARegionAfterOf() {
        assertType(run("The Northern Hills Liberation Army said it had withdrawn.\n"), "Northern Hills Liberation Army", EntityType.ArmedGroup);
        ResolvedArticle r = run("The Autonomous Administration of North Syria said on Monday that the roads were open.\n");
        assertTrue(links(r).containsKey("Autonomous Administration of North Syria"), links(r).toString());
    }
}
