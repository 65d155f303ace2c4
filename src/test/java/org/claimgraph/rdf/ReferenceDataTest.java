package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.extract.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    static ReferenceData data;
    static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        data = ReferenceData.load();
        gazetteer = data.gazetteer();
    }

    private static String linked(String text) {
        List<Gazetteer.Match> matches = gazetteer.find(text);
        assertEquals(1, matches.size(), () -> "one match expected in '" + text + "': " + matches);
        return matches.get(0).entry().entity().label();
    }

    @Test
    void theListOfReferenceFilesIsTheFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("ontology/reference"))) {
            Set<String> onDisk = files.filter(f -> f.toString().endsWith(".ttl"))
                    .map(f -> "ontology/reference/" + f.getFileName()).collect(Collectors.toSet());
            assertEquals(onDisk, new HashSet<>(ReferenceData.REFERENCE_FILES));
        }
    }

    @Test
    void demonymsNameTheirCountry() {
        assertEquals("Israel", linked("Israeli diplomats"));
        assertEquals("United States", linked("American diplomats"));
        assertEquals("Qatar", linked("Qatari mediators"));
        assertEquals("Egypt", linked("Egyptian officials"));
        assertEquals("Israel", linked("two Israelis"));
    }

    @Test
    void descriptiveNamesFromTheNewsResolveToTheirAgency() {
        assertEquals("Israel Defense Forces", linked("the Israeli military said"));
        assertEquals("Gaza Health Ministry", linked("the Hamas-run health ministry said"));
        assertEquals("UNRWA", linked("The UN's Palestinian refugee agency has"));
    }

    @Test
    void everyStateHasAGovernmentAndAMilitaryUnderTheWordsNewsUses() {
        assertEquals("Government of Ethiopia", linked("the Ethiopian government said"));
        assertEquals("Government of Ethiopia", linked("Ethiopia's government said"));
        assertEquals("Armed Forces of Mali", linked("Malian troops entered the town"));
        assertEquals("Government of the Philippines", linked("the Philippine government said"));
        Map<String, Entity> actedFor = data.statesActedFor();
        Entity government = gazetteer.find("Ethiopian authorities").get(0).entry().entity();
        assertTrue(government.is(EntityType.Government));
        assertEquals("Ethiopia", actedFor.get(government.iri()).label());
        assertEquals("Ethiopia", actedFor.get(gazetteer.find("Ethiopian army").get(0).entry().entity().iri()).label());
        // a state the files describe by hand keeps its own institutions, under every wording they give
        assertEquals("Armed Forces of Ukraine", linked("Ukrainian troops"));
        assertEquals("Government of Lebanon", linked("the Lebanese government"));
        long ukrainianGovernments = data.entities().stream()
                .filter(e -> e.is(EntityType.Government) && "Ukraine".equals(actedFor.containsKey(e.iri()) ? actedFor.get(e.iri()).label() : null))
                .count();
        assertEquals(1, ukrainianGovernments);
    }

    @Test
    void aStatesJuntaIsItsMilitaryAndItsPresidencyTheHeadOfStatesOffice() {
        assertEquals("Armed Forces of Mali", linked("the Malian junta said"));
        assertEquals("Armed Forces of Mali", linked("the Mali military said"));
        assertEquals("Presidency of Ethiopia", linked("the Ethiopian presidency said"));
        Entity presidency = gazetteer.find("Ethiopia's presidency").get(0).entry().entity();
        assertTrue(presidency.is(EntityType.Agency));
        assertEquals("Ethiopia", data.statesActedFor().get(presidency.iri()).label());
        // a head of state's office the files describe by hand is not derived a second time
        assertEquals("Office of the President of Ukraine", linked("the Ukrainian presidential office said"));
        assertTrue(data.entities().stream().noneMatch(e -> e.label().equals("Presidency of Ukraine") || e.label().equals("Presidency of Russia")));
    }

    @Test
    void regionsOfEveryCountryAreKnownInTheFormsNewsWrites() {
        assertEquals("Borno State", linked("fighting in Borno State on Monday"));
        assertEquals("Helmand Province", linked("a raid in Helmand province overnight"));
        assertEquals("Tigray Region", linked("aid reached the Tigray region"));
        assertEquals("Texas", linked("floods in Texas killed"));
    }

    @Test
    void regionNamesThatAreOrdinaryWordsCitiesOrFirstNamesAreNotMatchedBare() {
        assertTrue(gazetteer.find("the Central Region and the Northern Province").isEmpty());
        assertTrue(gazetteer.find("Diana said the Plateau was quiet").isEmpty());
        assertEquals("Georgia", linked("talks in Georgia resumed"));
        assertTrue(gazetteer.find("a market in Kano").isEmpty(), "the city's name is not the state's");
        assertEquals("Kano State", linked("the governor of Kano State"));
    }

    @Test
    void everyUnMemberHasItsLeadersWithAQidFromTheSource() {
        assertEquals("Bola Tinubu", linked("said Tinubu"));
        assertEquals("Q3510872", gazetteer.find("Bola Tinubu").get(0).entry().entity().wikidata().orElseThrow());
    }

    @Test
    void everyUnMemberAndObserverStateIsThere() {
        long countries = data.entities().stream().filter(e -> e.types().contains(EntityType.Country)).count();
        assertTrue(countries >= 195, "countries: " + countries);
    }

    @Test
    void wellKnownWikidataIdentifiersAreRight() {
        Map<String, Entity> byLabel = data.entities().stream()
                .collect(Collectors.toMap(Entity::label, Function.identity(), (a, b) -> a));
        assertEquals("Q801", byLabel.get("Israel").wikidata().orElseThrow());
        assertEquals("Q30", byLabel.get("United States").wikidata().orElseThrow());
        assertEquals("Q846", byLabel.get("Qatar").wikidata().orElseThrow());
        assertEquals("Q38799", byLabel.get("Hamas").wikidata().orElseThrow());
        assertEquals("Q3861", byLabel.get("Doha").wikidata().orElseThrow());
        assertEquals("Q39760", byLabel.get("Gaza Strip").wikidata().orElseThrow());
    }

    @Test
    void everyWikidataIdentifierIsAQid() {
        for (Entity e : data.entities()) {
            e.wikidata().ifPresent(q -> assertTrue(q.matches("Q[1-9][0-9]*"), e.iri() + " has " + q));
        }
    }
}
