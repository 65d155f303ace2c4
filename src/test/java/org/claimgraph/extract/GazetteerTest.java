package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Mention.MatchKind;
import org.claimgraph.domain.Span;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    static final Entity GAZA = new Entity("urn:gaza-strip", "Gaza Strip", List.of(EntityType.Territory), Optional.empty(), true);
    static final Entity GAZA_CITY = new Entity("urn:gaza-city", "Gaza City", List.of(EntityType.City), Optional.empty(), true);
    static final Entity US = new Entity("urn:us", "United States", List.of(EntityType.Country, EntityType.State), Optional.of("Q30"), true);
    static final Entity HAMAS = new Entity("urn:hamas", "Hamas", List.of(EntityType.ArmedGroup), Optional.of("Q38799"), true);

    static final Gazetteer GAZETTEER = Gazetteer.of(List.of(
            new GazetteerEntry("Gaza Strip", GAZA, MatchKind.NAME),
            new GazetteerEntry("Gaza", GAZA, MatchKind.ALIAS),
            new GazetteerEntry("Gaza City", GAZA_CITY, MatchKind.NAME),
            new GazetteerEntry("United States", US, MatchKind.NAME),
            new GazetteerEntry("US", US, MatchKind.ALIAS),
            new GazetteerEntry("U.S.", US, MatchKind.ALIAS),
            new GazetteerEntry("American", US, MatchKind.DEMONYM),
            new GazetteerEntry("Hamas", HAMAS, MatchKind.NAME)));

    private static List<String> found(String text) {
        return found(GAZETTEER, text);
    }

    /** Each match as "words=label", in text order. */
    private static List<String> found(Gazetteer g, String text) {
        return g.find(text).stream().map(m -> m.span().of(text) + "=" + m.entry().entity().label()).toList();
    }

    @Test
    void theLongestNameWins() {
        assertEquals(List.of("Gaza City=Gaza City", "Gaza=Gaza Strip"), found("Strikes hit Gaza City and southern Gaza."));
    }

    @Test
    void namesMatchWholeWordsOnly() {
        assertEquals(List.of(), found("The USB stick and Gazan bakers."));
    }

    @Test
    void caseMattersSoPronounsAreNotCountries() {
        assertEquals(List.of("US=United States"), found("Let us hope the US agrees."));
    }

    @Test
    void aPossessiveKeepsTheNameAndLeavesTheSuffixOut() {
        String text = "Hamas's reply and Hamas’ delay";
        assertEquals(List.of(new Span(0, 5), new Span(18, 23)), GAZETTEER.find(text).stream().map(Gazetteer.Match::span).toList());
    }

    @Test
    void abbreviationsWithDotsMatch() {
        assertEquals(List.of("U.S.=United States", "American=United States"), found("The U.S. envoy and American diplomats."));
    }

    @Test
    void aFormSharedByTwoEntitiesIsMarkedAmbiguous() {
        Entity georgia = new Entity("urn:georgia", "Georgia", List.of(EntityType.Country), Optional.empty(), true);
        Entity georgiaState = new Entity("urn:georgia-us", "Georgia (US state)", List.of(EntityType.Region), Optional.empty(), true);
        Gazetteer g = Gazetteer.of(List.of(new GazetteerEntry("Georgia", georgia, MatchKind.NAME),
                new GazetteerEntry("Georgia", georgiaState, MatchKind.ALIAS)));
        Gazetteer.Match m = g.find("in Georgia").get(0);
        assertTrue(m.ambiguous());
        assertEquals(georgia, m.entry().entity());
    }

    @Test
    void aMilitaryKnownUnderOneNounIsKnownUnderTheOthersUnlessTheWordingIsAnothers() {
        Entity army = new Entity("urn:ua-army", "Armed Forces of Ukraine", List.of(EntityType.Agency), Optional.empty(), true);
        Entity guard = new Entity("urn:ua-guard", "National Guard of Ukraine", List.of(EntityType.Agency), Optional.empty(), true);
        Entity club = new Entity("urn:ua-club", "Ukrainian Army Club", List.of(EntityType.Organization), Optional.empty(), true);
        Gazetteer g = Gazetteer.of(List.of(
                new GazetteerEntry("Ukrainian forces", army, MatchKind.ALIAS),
                new GazetteerEntry("Ukrainian army", club, MatchKind.ALIAS), // invented: the wording stays the club's
                new GazetteerEntry("Kyiv's army", army, MatchKind.ALIAS),
                new GazetteerEntry("Kyiv's troops", guard, MatchKind.ALIAS)));
        String text = "Ukrainian troops held the line; the Ukrainian army said so; Kyiv's forces and 20 Ukrainian soldiers.";
        List<String> found = found(g, text);
        assertEquals(List.of("Ukrainian troops=Armed Forces of Ukraine", "Ukrainian army=Ukrainian Army Club"), found,
                "'Kyiv's forces' would be two militaries'; soldiers counted are people");
    }
    @Test
    void aPlaceListedWithItsStateLeavesTheStateToBeFoundToo() {
        Entity vesk = new Entity("urn:vesk", "Vesk", List.of(EntityType.City), Optional.empty(), true);
        Entity lorr = new Entity("urn:lorr", "Lorr", List.of(EntityType.Region), Optional.empty(), true);
        Gazetteer g = Gazetteer.of(List.of(new GazetteerEntry("Vesk", vesk, MatchKind.NAME),
                new GazetteerEntry("Vesk, Lorr", vesk, MatchKind.ALIAS), new GazetteerEntry("Lorr", lorr, MatchKind.NAME)));
        String text = "They met in Vesk, Lorr, on Friday.";
        assertEquals(List.of("Vesk=Vesk", "Lorr=Lorr"), found(g, text));
    }

    @Test
    void aLowerCaseWordStartsOnlyNamesWrittenInLowerCase() {
        Entity westDarfur = new Entity("urn:west-darfur", "West Darfur", List.of(EntityType.Region), Optional.empty(), true);
        Entity bank = new Entity("urn:west-bank", "West Bank", List.of(EntityType.Territory), Optional.empty(), true);
        Gazetteer g = Gazetteer.of(List.of(new GazetteerEntry("Western Darfur", westDarfur, MatchKind.ALIAS),
                new GazetteerEntry("the West Bank", bank, MatchKind.ALIAS)));
        String text = "Fighting in western Darfur and raids in the West Bank; Western Darfur too.";
        assertEquals(List.of("the West Bank=West Bank", "Western Darfur=West Darfur"),
                found(g, text),
                "'western Darfur' is a direction and a region, not the state the reference data calls Western Darfur");
    }
    @Test
    void lowerCaseTypeWordDescribesAShorterName() {
        Entity plainsRegion = new Entity("urn:plains-region", "Dorvan Plains Region", List.of(EntityType.Region), Optional.empty(), true);
        Entity plains = new Entity("urn:plains", "Dorvan Plains", List.of(EntityType.Region), Optional.empty(), true);
        Entity valley = new Entity("urn:valley", "Ostrel Valley Region", List.of(EntityType.Region), Optional.empty(), true);
        Gazetteer g = Gazetteer.of(List.of(new GazetteerEntry("Dorvan Plains Region", plainsRegion, MatchKind.NAME),
                new GazetteerEntry("Dorvan Plains", plains, MatchKind.NAME),
                new GazetteerEntry("Ostrel Valley Region", valley, MatchKind.NAME),
                new GazetteerEntry("Ostrel Valley region", valley, MatchKind.ALIAS)));
        // written in lower case, "region" only says what the Dorvan Plains are; the region the data spells so stays whole
        assertEquals(List.of("Dorvan Plains=Dorvan Plains", "Ostrel Valley region=Ostrel Valley Region"),
                found(g, "Herders crossed the Dorvan Plains region into the Ostrel Valley region."));
        assertEquals(List.of("Dorvan Plains Region=Dorvan Plains Region"), found(g, "Officials of the Dorvan Plains Region met."));
    }
}
