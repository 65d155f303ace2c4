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
        assertEquals("Paetongtarn Shinawatra", linked("Prime Minister Paetongtarn said"));
        assertEquals("Q13026319", gazetteer.find("Paetongtarn Shinawatra").get(0).entry().entity().wikidata().orElseThrow());
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
