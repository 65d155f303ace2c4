package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.ArticleMetadata;
import org.claimgraph.domain.Quantity;
import org.claimgraph.domain.Quantity.Measure;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.domain.ResolvedAttribution.Speaker;
import org.claimgraph.domain.ResolvedQuantity;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.rdf.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a number counts and who states it, on sentences written for these tests, through the real models. */
class QuantityMeasureTest {

    static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.standard(NlpModels.loadEnglish(), ReferenceData.load());
    }

    private static ResolvedArticle run(String text) {
        ArticleMetadata meta = new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("2025-03-04"));
        return pipeline.process(new Article("t", text, "h", meta));
    }

    private static List<Quantity> quantities(String text) {
        return run(text).quantities().stream().map(ResolvedQuantity::quantity).toList();
    }

    private static Quantity only(String text) {
        return PipelineFixture.onlyQuantity(quantities(text));
    }

    private static void assertValue(long expected, Quantity q) {
        PipelineFixture.assertQuantityValue(expected, q);
    }

    @Test
    void aUnitWrittenOntoTheNumberMakesALengthNotPeople() {
        Quantity border = only("Troops face each other along an 817-km border where hostages were once held dead or alive.\n");
        assertEquals(Measure.OTHER, border.measure());
        assertEquals("km", border.unit());
        assertValue(817, border);
    }

    @Test
    void aHyphenatedWordBeforeTheNounStillNamesWhatIsCounted() {
        Quantity breaches = only("Observers logged nine cross-border violations along the river on Sunday.\n");
        assertEquals(Measure.OTHER, breaches.measure());
        assertValue(9, breaches);
    }

    @Test
    void amongTheDeadSaysWhatHappenedToTheCountedPeople() {
        Quantity dead = only("Among the dead were four teachers from the village school.\n");
        assertEquals(Measure.DEATHS, dead.measure());
        assertValue(4, dead);
    }

    @Test
    void aVerbBeforeAPeopleCountSaysWhatHappenedToThem() {
        Quantity displaced = only("The fighting has displaced 260,000 people along the frontier since the war began.\n");
        assertEquals(Measure.DISPLACED, displaced.measure());
        List<Quantity> both = quantities("The shelling killed 12 villagers and wounded 40 others in the valley.\n");
        assertEquals(List.of(Measure.DEATHS, Measure.INJURED), both.stream().map(Quantity::measure).toList());
        Quantity nominal = only("The war has caused the displacement of 3 million residents of the province.\n");
        assertEquals(Measure.DISPLACED, nominal.measure());
    }

    @Test
    void armyCommuniqueWordsForKillingCountDeaths() {
        // military communiqués "neutralise" or "eliminate" fighters: deaths, whatever noun follows
        assertEquals(Measure.DEATHS, only("Troops of the Ninth Brigade neutralised eleven Ostrian rebels near the dam.\n").measure());
        assertEquals(Measure.DEATHS, only("The patrol eliminated seven armed insurgents on the ridge road.\n").measure());
    }

    @Test
    void aMeasureWordStopsAtTheNextFigure() {
        List<Quantity> two = quantities("The raids caused 31 deaths and 37 injuries in the north.\n");
        assertEquals(List.of(Measure.DEATHS, Measure.INJURED), two.stream().map(Quantity::measure).toList());
    }

    @Test
    void hospitalisedAbductedAndSentencedPeopleAreCounted() {
        assertEquals(Measure.INJURED, only("At least 45 miners were hospitalised after the blast.\n").measure());
        assertEquals(Measure.HOSTAGES, only("Seventeen villagers were abducted from the market.\n").measure());
        assertEquals(Measure.PRISONERS_RELEASED, only("The exchange frees 250 inmates serving life sentences.\n").measure());
    }

    @Test
    void sharesMoneyAndOtherCountsKeepTheirUnit() {
        Quantity half = only("Women and children make up more than half of the dead, officials say.\n");
        assertEquals(Measure.OTHER, half.measure());
        assertEquals("percent", half.unit());
        assertValue(50, half);
        Quantity money = only("Donors pledged $40 million in reconstruction aid.\n");
        assertEquals("USD", money.unit());
        assertValue(40_000_000, money);
        Quantity groups = only("Rival warlords command about 120 armed groups in the hills.\n");
        assertEquals("groups", groups.unit());
    }

    @Test
    void aFoldChangeIsAFigure() {
        Quantity q = only("Since March the number of families sleeping in tents has tripled.\n");
        assertEquals("fold", q.unit());
        assertValue(3, q);
    }

    @Test
    void aPartOfAnEarlierCountCountsTheSame() {
        List<Quantity> qs = quantities("The militia has killed 300 villagers this year, including 40 who were shot at a checkpoint.\n");
        assertEquals(List.of(Measure.DEATHS, Measure.DEATHS), qs.stream().map(Quantity::measure).toList());
    }

    @Test
    void aListSetOffAfterTheCountDoesNotHideItsVerb() {
        List<Quantity> qs = quantities("Nine aid workers, including two nurses, a driver and a cook, were abducted near the camp.\n");
        assertEquals(List.of(Measure.HOSTAGES, Measure.HOSTAGES), qs.stream().map(Quantity::measure).toList());
    }

    @Test
    void hoursBeforeWoundedSoldiersCountHours() {
        Quantity pause = only("Both sides proposed a pause of 36 hours to evacuate wounded soldiers.\n");
        assertEquals(Measure.OTHER, pause.measure());
        assertValue(36, pause);
    }

    @Test
    void theNumberOfSomethingCountsThatThing() {
        Quantity q = only("The number of violations along the line has risen to 312.\n");
        assertEquals(Measure.OTHER, q.measure());
        assertValue(312, q);
    }

    @Test
    void timesAgesAndTimeAgoCountNothing() {
        assertEquals(List.of(), quantities("The 41-year-old envoy arrived at 14:20 two weeks ago.\n"));
    }

    @Test
    void aSentenceThatGoesOnWithTheReportBeforeTakesItsSource() {
        List<ResolvedQuantity> qs = run("According to the Gaza Health Ministry, at least 40 people have been killed since Friday."
                + " Another 120 people have been injured.\n").quantities();
        assertEquals(2, qs.size(), () -> "two quantities expected: " + qs);
        assertEquals("Gaza Health Ministry", qs.get(1).statedBy().orElseThrow().entity().orElseThrow().label());
    }

    @Test
    void anAgreementSpokenOfStatesNoFigure() {
        ResolvedQuantity q = run("Israel and Hamas agreed to a 42-day truce in January.\n").quantities().get(0);
        assertEquals(Measure.DAYS, q.quantity().measure());
        assertEquals(Optional.empty(), q.statedBy());
    }

    @Test
    void aProposalInsideAReportIsStatedByTheReportAndAPledgeByItsSpeaker() {
        ResolvedQuantity nested = run("The Kremlin said Moscow had proposed 12 joint working groups.\n").quantities().get(0);
        assertEquals("Kremlin", nested.statedBy().flatMap(Speaker::entity).orElseThrow().label());
        ResolvedQuantity pledge = run("Qatar pledged $25 million for the reconstruction of schools.\n").quantities().get(0);
        assertEquals("Qatar", pledge.statedBy().flatMap(Speaker::entity).orElseThrow().label());
    }

    @Test
    void aStatementSpeaksForWhoIssuedIt() {
        ResolvedQuantity q = run("The truce covers energy sites for 30 days, according to a statement from the Kremlin.\n")
                .quantities().get(0);
        assertEquals("Kremlin", q.statedBy().flatMap(Speaker::entity).orElseThrow().label());
    }

    @Test
    void aSourceClosingTheSentenceStatesTheFigureBeforeItsQuote() {
        ResolvedQuantity q = run("More than 5,000 families have fled the district and there are \"grave reports of abuse,\""
                + " the UN spokesman told reporters.\n").quantities().get(0);
        assertEquals(Measure.DISPLACED, q.quantity().measure());
        assertTrue(q.statedBy().isPresent(), "stated by the spokesman");
    }

    @Test
    void deadWithoutHostagesInSightAreDeaths() {
        List<Quantity> qs = quantities("Medics at the clinic counted 19 dead and 64 injured after the shelling.\n");
        assertEquals(List.of(Measure.DEATHS, Measure.INJURED), qs.stream().map(Quantity::measure).toList());
        Quantity hostages = only("The militia holds many hostages in tunnels. Of them, 20 are believed dead.\n");
        assertEquals(Measure.HOSTAGES_DEAD, hostages.measure());
    }

    @Test
    void hurtCustodyAndRatiosAreCounted() {
        assertEquals(Measure.INJURED, only("Another 70 villagers were hurt in the blast.\n").measure());
        assertEquals(Measure.DETAINEES, only("Police said 14 protesters had been taken into custody.\n").measure());
        Quantity share = only("Nearly one in three residents has left the valley.\n");
        assertEquals("percent", share.unit());
        assertEquals(0, new BigDecimal("33.3").compareTo(share.value().orElseThrow()));
    }

    @Test
    void aListSetOffBeforeAnyVerbDoesNotHideIt() {
        List<Quantity> qs = quantities("Forty-two migrants, including 12 children, drowned when the boat capsized.\n");
        assertEquals(Measure.DEATHS, qs.get(0).measure(), () -> "the count before the list: " + qs);
    }

    @Test
    void aVerbOfCountingNamesWhoGivesTheFigureAndTheFigureJoinedToIt() {
        List<ResolvedQuantity> qs = run("The provincial health ministry put the death toll at 212, with 1,480 injured.\n").quantities();
        assertEquals(2, qs.size(), () -> "two quantities expected: " + qs);
        for (ResolvedQuantity q : qs) {
            String said = q.statedBy().flatMap(Speaker::descriptor).orElse("");
            assertTrue(said.contains("health ministry"), () -> "stated by the ministry: " + q);
        }
        ResolvedQuantity reporter = run("The strike on the market killed 31 people on Monday.\n").quantities().get(0);
        assertEquals(Optional.empty(), reporter.statedBy());
    }

    @Test
    void severalIsAVagueTollButCountsNothingElse() {
        Quantity toll = only("Several villagers were killed when the bridge was shelled.\n");
        assertEquals(Measure.DEATHS, toll.measure());
        assertEquals(Optional.empty(), toll.value());
        assertEquals(List.of(), quantities("Shells fell on several districts of the town.\n"));
    }

    @Test
    void livesClaimedAreDeathsAndFamiliesForcedFromHomeAreDisplaced() {
        assertEquals(Measure.DEATHS, only("The floods of shelling have claimed the lives of 35 farmers.\n").measure());
        assertEquals(Measure.DISPLACED, only("Some 2,400 families have been forced from their homes.\n").measure());
    }

    @Test
    void figuresFromAnUnnamedBodyAreStatedByThatBody() {
        ResolvedQuantity q = run("At least 6,000 homes were damaged, according to preliminary figures from the district council.\n")
                .quantities().get(0);
        assertEquals(Optional.of("district council"), q.statedBy().flatMap(Speaker::descriptor));
    }

    @Test
    void aTruceOfMonthsWrittenOntoItsNumberCountsDaysOfATruce() {
        Quantity truce = only("The envoys proposed a three-month humanitarian truce for the region.\n");
        assertEquals(Measure.DAYS, truce.measure());
        assertValue(3, truce);
        assertEquals(Measure.OTHER, only("The town has lived through a 28-month-long siege.\n").measure());
    }

    @Test
    void peopleCapturedAreDetaineesAndAThousandHasAValue() {
        assertEquals(Measure.DETAINEES, only("The navy said some 40 fishermen captured near the island were still held.\n").measure());
        Quantity released = only("The rebels freed a thousand prisoners on Sunday.\n");
        assertEquals(Measure.PRISONERS_RELEASED, released.measure());
        assertValue(1000, released);
    }

    @Test
    void peopleWhoSoughtRefugeAreDisplaced() {
        assertEquals(Measure.DISPLACED, only("In the east, 412 villagers sought refuge in a church after the raid.\n").measure());
    }

    @Test
    void anAsideNamingWhoWasCountedDoesNotHideTheVerb() {
        Quantity toll = only("More than 60 people, mostly farmers and traders were killed in the ambush near Koro.\n");
        assertEquals(Measure.DEATHS, toll.measure());
        assertValue(60, toll);
    }

    @Test
    void aPartListedAfterAnotherFigureCountsWhatTheTollCounts() {
        List<Quantity> qs = quantities("The raids displaced 9,500 people in two weeks, equivalent to 1,900 families, including 2,100 children.\n");
        assertEquals(List.of(Measure.DISPLACED, Measure.OTHER, Measure.DISPLACED, Measure.DISPLACED),
                qs.stream().map(Quantity::measure).toList());
    }

    @Test
    void figuresReleasedOnADayByABodyAreStatedByIt() {
        ResolvedQuantity q = run("Some 7,300 people have fled the district, according to data released on Monday by the United Nations.\n")
                .quantities().get(0);
        assertEquals("United Nations", q.statedBy().flatMap(Speaker::entity).orElseThrow().label());
    }

    @Test
    void aCityAndAColonOpeningTheStoryIsADatelineNotASource() {
        ResolvedQuantity q = run("Goma: At least 40 people, mostly traders, were killed when shells hit the central market of the town on Tuesday.\n")
                .quantities().get(0);
        assertEquals(Measure.DEATHS, q.quantity().measure());
        assertEquals(Optional.empty(), q.statedBy());
    }

    @Test
    void theVerbBeforeAFigureGovernsItAndAMeasurePastTheCommaIsTheNextFigures() {
        List<Quantity> three = quantities("The war has killed at least 9,000 people, displaced 2 million and left more than 5 million hungry.\n");
        assertEquals(Measure.DEATHS, three.get(0).measure());
        assertEquals(Measure.DISPLACED, three.get(1).measure());
        assertEquals(Measure.DEATHS, only("Police responded quickly, shooting dead two gunmen near the gate of the depot.\n").measure());
    }

    @Test
    void aPassiveEndingALongSubjectSaysWhatHappenedToThem() {
        assertEquals(Measure.DEATHS, only(
                "Thirty-one suspected fighters of the outlawed Norland Liberation Front (NLF) were killed in a raid near the border.\n").measure());
    }

    @Test
    void aWarsTollInARelativeClauseInsideAReportIsTheReportersUnlessItsSourceIsNamed() {
        ResolvedQuantity background = run("The Norland government accused the rebel leader of plotting a new uprising, a decade after "
                + "a war that killed 40,000 people in the north.\n").quantities().get(0);
        assertEquals(Optional.empty(), background.statedBy());
        ResolvedQuantity sourced = run("Strikes went on in the valley after a war that has killed 12,000 people, according to the United Nations.\n")
                .quantities().get(0);
        assertEquals("United Nations", sourced.statedBy().flatMap(Speaker::entity).orElseThrow().label());
    }

    @Test
    void armedMenAndTheirWeaponsAreCountsOfTheirOwn() {
        // combatants, militants and weapons are what a disarmament or a clash counts, whatever happened to them
        List<Quantity> found = quantities("The movement says it still has 4,000 combatants and 900 weapons in its camps, "
                + "and that 150 militants have handed themselves in.\n");
        assertEquals(3, found.size(), () -> "three counts expected: " + found);
        assertEquals("combatants", found.get(0).unit());
        assertEquals("weapons", found.get(1).unit());
    }
}
