package org.claimgraph.pipeline;

import static org.claimgraph.pipeline.PipelineFixture.entity;
import static org.claimgraph.pipeline.PipelineFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.domain.ResolvedAttribution;
import org.claimgraph.domain.ResolvedAttribution.Speaker;
import org.claimgraph.rdf.ArticleRdf;
import org.claimgraph.rdf.IngestRun;
import org.claimgraph.rdf.ReferenceData;
import org.claimgraph.rdf.vocab.CG;
import org.junit.jupiter.api.Test;

/**
 * Who said it, on the forms real news uses (issue 12): relayed speech, statements, descriptions and
 * pronouns that refer back, unnamed sources referred to again, titles and transliterations. Texts
 * written for this test; people not in the gazetteer are invented.
 */
class SpeakerResolutionTest {


    /** The attribution whose cue is {@code cue} (the first, from {@code after} on). */
    private static ResolvedAttribution cue(ResolvedArticle r, String cue, int nth) {
        String text = r.article().text();
        List<ResolvedAttribution> matching = r.attributions().stream()
                .filter(a -> a.attribution().cue().of(text).endsWith(cue)).toList();
        assertTrue(matching.size() > nth, () -> "no attribution with cue '" + cue + "' #" + nth + " in " + r.attributions());
        return matching.get(nth);
    }

    private static Optional<String> named(Speaker s) {
        return s.entity().map(Entity::label);
    }

    @Test
    void relayedSpeechIsTheCitedSourcesThroughTheChannel() {
        ResolvedArticle r = run("Kan TV News, citing a source close to the negotiations, reported that the delegation would return.\n");
        ResolvedAttribution a = cue(r, "reported", 0);
        assertTrue(a.speaker().anonymous());
        assertTrue(a.speaker().descriptor().orElseThrow().contains("source close to the negotiations"));
        assertEquals(Optional.of("Kan"), a.via().flatMap(SpeakerResolutionTest::named));
        assertEquals(1, r.attributions().size(), "'citing' is no report of its own");
    }

    @Test
    void theExportShowsTheChannelAndWhatADescriptionReferredTo() {
        org.claimgraph.export.ExtractJson extract = new org.claimgraph.export.ExtractJson(ReferenceData.load());
        com.fasterxml.jackson.databind.JsonNode out = extract.toJson(run("Kan TV News, citing a source close to the negotiations, "
                + "reported that the delegation would return. An unnamed Israeli official said the team would stay. "
                + "The official added that a reply was expected.\n"));
        com.fasterxml.jackson.databind.JsonNode relayed = out.get("attributions").get(0);
        assertEquals("Kan", relayed.get("via").get("entity").get("label").asText());
        assertTrue(relayed.get("source").get("entity").isNull());
        com.fasterxml.jackson.databind.JsonNode again = out.get("attributions").get(2);
        assertEquals("The official", again.get("source").get("text").asText());
        assertEquals("An unnamed Israeli official", again.get("source").get("antecedent").get("text").asText());
        assertTrue(out.get("attributions").get(1).get("via").isNull());
    }

    @Test
    void aDescriptionWithANameInAppositionIsThatName() {
        ResolvedArticle r = run("Gunmen linked to the Ostrel Front burned twelve trucks near Dovik on Sunday, two sources said.\n"
                + "After the armed group, Dovik Liberation Movement (DLM), announced the blockade last week, traders raised prices.\n");
        assertEquals(Optional.of("Dovik Liberation Movement"), named(cue(r, "announced", 0).speaker()));
    }

    @Test
    void heGoesOnWithTheUnnamedPersonWhoSpokeLast() {
        ResolvedArticle r = run("According to a regional spokesperson for the water board, the flood cut two roads near the lake.\n"
                + "\"Forty homes were lost to the water,\" he stated, adding that rescue teams were on their way.\n");
        ResolvedAttribution first = cue(r, "According to", 0);
        for (String c : List.of("stated", "adding")) {
            ResolvedAttribution again = cue(r, c, 0);
            assertTrue(again.speaker().anonymous());
            assertEquals(first.speaker().descriptor(), again.speaker().descriptor(), "'he' is the spokesperson, not an anonymous 'he'");
            assertEquals(first.attribution().source(), again.antecedent());
        }
    }

    @Test
    void noBodyOrCrowdIsAHe() {
        ResolvedArticle r = run("Residents of the valley said the river rose overnight.\n"
                + "\"We lost everything,\" he said.\n");
        assertEquals(Optional.of("he"), cue(r, "said", 1).speaker().descriptor());
    }

    @Test
    void citingAReasonIsNoRelay() {
        ResolvedArticle r = run("The delegation left the talks on Monday, citing slow progress on the maps.\n");
        assertTrue(r.attributions().stream().allMatch(a -> a.via().isEmpty()));
    }

    @Test
    void quotedAsSayingIsTheQuotedOnesClaimThroughTheOutlet() {
        ResolvedArticle r = run("The Indian Express quoted defence minister Ravi Anandan as claiming that the border was quiet.\n");
        ResolvedAttribution a = cue(r, "claiming", 0);
        assertEquals(Optional.of("Ravi Anandan"), named(a.speaker()));
        assertEquals(Optional.of("The Indian Express"), a.via().flatMap(SpeakerResolutionTest::named));
    }

    @Test
    void sourcesCitedByMediaSpeakThroughTheMedia() {
        ResolvedArticle r = run("The team will stay in Cairo, according to sources cited by Israeli media.\n");
        ResolvedAttribution a = cue(r, "according to", 0);
        assertTrue(a.speaker().descriptor().orElseThrow().startsWith("sources"));
        assertEquals(Optional.of("Israeli media"), a.via().flatMap(Speaker::descriptor));
    }

    @Test
    void aStatementSpeaksForTheBodyThatIssuedIt() {
        ResolvedArticle r = run("The Gaza Health Ministry counted the dead on Monday. A ministry statement said 40 people were killed.\n"
                + "An Indian military statement said nine sites were hit.\n");
        assertEquals(Optional.of("Gaza Health Ministry"), named(cue(r, "said", 0).speaker()));
        assertEquals(Optional.of("Indian Armed Forces"), named(cue(r, "said", 1).speaker()));
    }

    @Test
    void aDocumentAnOutletCitesIsTheDocumentOfTheBodyItReportsOn() {
        ResolvedArticle r = run("Six countries including Canada on Monday asked the harbour council for more ships, Reuters reports citing a letter.\n"
                + "The letter also announced the countries would form a contact group.\n");
        assertEquals(Optional.of("Canada"), named(cue(r, "announced", 0).speaker()));
    }

    @Test
    void anUnnamedSourceReferredToAgainIsOneSpeaker() {
        ResolvedArticle r = run("An unnamed Israeli official said the team would stay in Doha. The talks went on. "
                + "The official added that a reply was expected.\n");
        ResolvedAttribution first = cue(r, "said", 0);
        ResolvedAttribution again = cue(r, "added", 0);
        assertTrue(again.speaker().anonymous());
        assertEquals(first.speaker().introduced(), again.speaker().introduced());
        assertEquals(first.speaker().descriptor(), again.speaker().descriptor());
        assertEquals(Optional.of("Israel"), again.speaker().affiliation().map(Entity::label));
        assertTrue(again.antecedent().isPresent());
    }

    @Test
    void descriptionsReferToTheEntityTheArticleIntroduced() {
        ResolvedArticle r = run("Prime Minister Adel Karimi met the mediators in Doha on Monday. "
                + "The prime minister said the maps were the last obstacle.\n"
                + "The Popular Resistance Front fired rockets overnight. The group said it had hit a base.\n");
        ResolvedAttribution pm = cue(r, "said", 0);
        assertEquals(Optional.of("Adel Karimi"), named(pm.speaker()));
        assertTrue(pm.sourceConfidence() < 0.8, "a description is less sure than a name");
        assertEquals(Optional.of("Popular Resistance Front"), named(cue(r, "said", 1).speaker()));
    }

    @Test
    void anEnvoyOfSomeoneIsThePersonWithThatRoleAndAffiliation() {
        ResolvedArticle r = run("US envoy Dana Whitfield arrived in Beirut on Monday. Donald Trump praised the visit. "
                + "Trump's envoy said the army plan was a good start.\n");
        assertEquals(Optional.of("Dana Whitfield"), named(cue(r, "said", 0).speaker()));
    }

    @Test
    void aDescriptionNobodyFitsStaysUnresolved() {
        ResolvedArticle r = run("The spokesman said the crossing would open on Sunday.\n");
        ResolvedAttribution a = cue(r, "said", 0);
        assertTrue(a.speaker().anonymous());
        assertEquals(Optional.of("spokesman"), a.speaker().descriptor());
    }

    @Test
    void aPronounAtTheStartOfASentenceIsThePreviousSentencesSubject() {
        ResolvedArticle r = run("Rustem Umerov said the sides had agreed on an exchange. "
                + "Vladimir Medinsky, who led the other delegation, met reporters afterwards. He said the next round would be soon.\n");
        assertEquals(Optional.of("Vladimir Medinsky"), named(cue(r, "said", 1).speaker()));
    }

    @Test
    void aCapitalThatSpeaksIsItsState() {
        ResolvedArticle r = run("Moscow has repeatedly said it opposes a short truce.\n");
        assertEquals(Optional.of("Russia"), named(cue(r, "said", 0).speaker()));
    }

    @Test
    void aKnownPersonUnderAnotherTransliterationIsThatPerson() {
        ResolvedArticle r = run("Ukrainian Defence Minister Rustem Umierov said the talks had been useful.\n");
        Entity umerov = cue(r, "said", 0).speaker().entity().orElseThrow();
        assertEquals("Rustem Umerov", umerov.label());
        assertTrue(umerov.reference());
    }

    @Test
    void aTitleOfManyWordsIsSplitFromTheName() {
        ResolvedArticle r = run("White House Press Secretary Karoline Levett said the meeting would take place on Friday.\n");
        Entity e = cue(r, "said", 0).speaker().entity().orElseThrow();
        assertEquals("Karoline Levett", e.label());
        assertEquals(List.of(EntityType.Person), e.types());
        assertTrue(r.roles().stream().anyMatch(role -> role.holder().entity().equals(e) && role.role().endsWith("secretary")));
    }

    @Test
    void particlesAndHyphenatedShortFormsBelongToTheName() {
        ResolvedArticle r = run("Commission president Marta van der Berg said aid would continue. "
                + "Mediator Karim al-Nouri met both teams. Al-Nouri said the gaps had narrowed.\n");
        assertEquals(Optional.of("Marta van der Berg"), named(cue(r, "said", 0).speaker()));
        assertEquals(Optional.of("Karim al-Nouri"), named(cue(r, "said", 1).speaker()));
    }

    @Test
    void anAgentlessPassiveHasNoSpeaker() {
        ResolvedArticle r = run("At least 30 people were reported killed in the strikes.\n");
        ResolvedAttribution a = cue(r, "reported", 0);
        assertTrue(a.attribution().source().isEmpty());
        assertTrue(a.speaker().anonymous());
    }

    @Test
    void aHeadlineColonReportsTheNamedSpeaker() {
        ResolvedArticle r = run("Medinsky: the talks in Istanbul were useful\n\nThe delegations met for two hours.\n");
        assertEquals(Optional.of("Vladimir Medinsky"), named(cue(r, ":", 0).speaker()));
    }

    @Test
    void aNounOfSpeechReportsItsPossessorsClaim() {
        ResolvedArticle r = run("Qatar rejected Hamas's claim that the talks had collapsed.\n");
        ResolvedAttribution a = cue(r, "claim", 0);
        assertEquals(Optional.of("Hamas"), named(a.speaker()));
        assertFalse(a.attribution().content().isEmpty());
    }

    @Test
    void aCapitalNamedAsAnActorIsItsStateAndStaysACityAsAPlace() {
        ResolvedArticle r = run("Washington agreed to lift its suspension. Moscow said it would study the plan, "
                + "and the talks in Moscow went on. The team flew to Kyiv, but Kyiv's absence from the talks was noted.\n");
        java.util.Map<String, List<String>> mentionsBy = new java.util.HashMap<>();
        r.entities().forEach(em -> mentionsBy.put(em.entity().label(), em.mentions().stream().map(m -> m.text()).toList()));
        assertEquals(List.of("Washington"), mentionsBy.get("United States"), mentionsBy.toString());
        assertEquals(List.of("Moscow"), mentionsBy.get("Russia"), "'Moscow said' is Russia: " + mentionsBy);
        assertEquals(List.of("Moscow"), mentionsBy.get("Moscow"), "'the talks in Moscow' is the city: " + mentionsBy);
        assertEquals(List.of("Kyiv"), mentionsBy.get("Kyiv"), "'flew to Kyiv' is the city: " + mentionsBy);
        assertEquals(List.of("Kyiv"), mentionsBy.get("Ukraine"), "'Kyiv's absence' is Ukraine: " + mentionsBy);
        assertFalse(mentionsBy.containsKey("Washington"), mentionsBy.toString());

        ResolvedArticle curly = run("No deal can be signed in Kyiv\u2019s absence, the minister said.\n");
        assertTrue(curly.entities().stream().anyMatch(em -> em.entity().label().equals("Ukraine")),
                "a curly possessive makes a party too: " + curly.entities());

        ResolvedArticle r2 = run("The envoy will present a proposal to Moscow. Kenya and Angola started the Nairobi and Luanda peace tracks.\n");
        java.util.Map<String, List<String>> by2 = new java.util.HashMap<>();
        r2.entities().forEach(em -> by2.put(em.entity().label(), em.mentions().stream().map(m -> m.text()).toList()));
        assertEquals(List.of("Moscow"), by2.get("Russia"), "a proposal to Moscow goes to Russia: " + by2);
        assertEquals(List.of("Nairobi"), by2.get("Nairobi"), "a name before a noun modifies it: " + by2);
        assertEquals(List.of("Luanda"), by2.get("Luanda"), by2.toString());
    }

    @Test
    void aSurnameTheGazetteerCannotListNamesThePersonTheArticleIntroduced() {
        // 'Qassem' alone is no alias (two people in the reference data carry it); the tagger reads the
        // sentence-first one as a pronoun
        ResolvedArticle r = run("Hezbollah leader Naim Qassem spoke on Friday. Qassem also reiterated that the group would keep its weapons.\n");
        assertEquals(Optional.of("Naim Qassem"), named(cue(r, "reiterated", 0).speaker()));
    }

    @Test
    void aParticipleAfterAQuotedWordAndItsCommaSharesTheSpeaker() {
        ResolvedArticle r = run("Hezbollah leader Naim Qassem called the cabinet decision \"dangerous,\" accusing the government of serving Israel.\n");
        assertEquals(Optional.of("Naim Qassem"), named(cue(r, "accusing", 0).speaker()));
    }

    @Test
    void subjectsPastAsidesAndRelativesAfterADash() {
        ResolvedArticle r = run("Mohamed Hamdan Dagalo, also known as Hemedti, said a committee had been formed. "
                + "Vladimir Medinsky, the head of the delegation and Putin's aide, confirmed the exchange. "
                + "The Kremlin, however, stated that the clauses would wait. "
                + "Talks took place between Nawaf Salam and Emmanuel Macron\u2014who reiterated that no aid would come.\n");
        assertEquals(Optional.of("Mohamed Hamdan Dagalo"), named(cue(r, "said", 0).speaker()));
        assertEquals(Optional.of("Vladimir Medinsky"), named(cue(r, "confirmed", 0).speaker()));
        assertEquals(Optional.of("Kremlin"), named(cue(r, "stated", 0).speaker()));
        assertEquals(Optional.of("Emmanuel Macron"), named(cue(r, "reiterated", 0).speaker()));
    }

    @Test
    void aMinistryNamedWithItsCountrysPossessiveIsThatCountrysMinistry() {
        ResolvedArticle r = run("Two people were killed, Lebanon\u2019s Ministry of Public Health said.\n");
        assertEquals(Optional.of("Lebanese Ministry of Public Health"), named(cue(r, "said", 0).speaker()));
    }

    @Test
    void eachPartyOfAJointSourceSaidItAndGetsAnAttributionNodeOfItsOwn() {
        ResolvedArticle r = run("Israel and Hezbollah accused each other of breaking the truce on Sunday.\n");
        List<String> speakers = r.attributions().stream().filter(a -> a.attribution().cueLemma().equals("accuse"))
                .map(a -> named(a.speaker()).orElse("?")).toList();
        assertEquals(List.of("Israel", "Hezbollah"), speakers);
        DatasetGraph graph = DatasetGraphFactory.create();
        ArticleRdf.write(r, IngestRun.startNow(), StreamRDFLib.dataset(graph));
        long attributionNodes = graph.stream().filter(q -> q.getPredicate().equals(CG.asserts.asNode()))
                .map(q -> q.getSubject()).distinct().count();
        assertEquals(2, attributionNodes, "two parties, two attribution nodes on one cue");

        ResolvedArticle agreed = run("Israel and Lebanon agreed to extend the deadline by three weeks.\n");
        assertTrue(agreed.attributions().size() <= 1, "a joint decision is not two statements: " + agreed.attributions());
    }

    @Test
    void aChannelThatSaidCitingSomeonePassesOnTheCitedOnesWords() {
        ResolvedArticle r = run("Forty children were moved across the border in 2022, the Kivu Matin newspaper said citing sources "
                + "close to the governor.\n");
        ResolvedAttribution a = cue(r, "said", 0);
        assertTrue(a.speaker().anonymous(), a.toString());
        assertTrue(a.speaker().descriptor().orElseThrow().contains("sources close to the governor"), a.toString());
        assertTrue(a.via().isPresent(), "the newspaper is the channel: " + a);
        assertEquals(1, r.attributions().size(), "'citing' is no report of its own: " + r.attributions());
    }

    @Test
    void aRelativeClauseBeforeTheMainClauseHeadsNoReportAndThePartyIsTheGroupNamedBefore() {
        ResolvedArticle r = run("Hezbollah held a rally in Beirut on Friday.\n\n"
                + "After the strikes on May 3, which hit several depots and cut the roads, the party backed the government "
                + "but implied that it would not respond.\n");
        assertEquals(Optional.of("Hezbollah"), named(cue(r, "implied", 0).speaker()));
    }

    @Test
    void bothSidesAreThePairLastNamedTogetherAndBothLeadersAPairOfPeople() {
        ResolvedArticle r = run("Fighting flared again between Israel and Hezbollah on Sunday.\n\n"
                + "Both sides accused each other of breaking the truce.\n");
        assertEquals(List.of("Israel", "Hezbollah"), r.attributions().stream().filter(a -> a.attribution().cueLemma().equals("accuse"))
                .map(a -> named(a.speaker()).orElse("?")).toList());
        ResolvedArticle leaders = run("Vladimir Putin and Donald Trump spoke for two hours, the Kremlin and the White House said.\n\n"
                + "Both leaders said that the call had been useful.\n");
        List<String> said = leaders.attributions().stream().filter(a -> a.attribution().source().map(sp -> sp.of(leaders.article().text())
                .equals("Both leaders")).orElse(false)).map(a -> named(a.speaker()).orElse("?")).toList();
        assertEquals(List.of("Vladimir Putin", "Donald Trump"), said, "the leaders, not their offices");
    }
    @Test
    void aRelativePronounAfterADescriptionSpeaksForWhatTheDescriptionRefersTo() {
        ResolvedArticle r = run("Malian troops opened fire on a convoy on Tuesday, a rebel group said. "
                + "The junta, which said it was investigating the incident, denied shooting at the vehicles.\n");
        assertEquals(Optional.of("Armed Forces of Mali"), named(cue(r, "said", 1).speaker()));
        assertEquals(Optional.of("Armed Forces of Mali"), named(cue(r, "denied", 0).speaker()));
    }
}
