package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.ArticleMetadata;
import org.claimgraph.domain.Attribution;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.domain.ResolvedAttribution;
import org.claimgraph.domain.Span;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.rdf.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Attribution extraction and speaker resolution on short texts, through the real models. */
class AttributionExtractionTest {

    static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.standard(NlpModels.loadEnglish(), ReferenceData.load());
    }

    private static List<ResolvedAttribution> run(String text) {
        ResolvedArticle r = pipeline.process(new Article("t", text, "h", ArticleMetadata.NONE));
        return r.attributions();
    }

    private static ResolvedAttribution only(String text) {
        List<ResolvedAttribution> all = run(text);
        assertEquals(1, all.size(), () -> "one attribution expected: " + all);
        return all.get(0);
    }

    private static String of(String text, Span span) {
        return span.of(text);
    }

    private static Optional<String> speaker(ResolvedAttribution a) {
        return a.speaker().entity().map(Entity::label);
    }

    @Test
    void aClauseOfCircumstanceAfterTheCueLeavesTheContentBeforeTheSource() {
        String text = "A strike on a house killed 14 people on Tuesday, the civil defence agency said, as talks went into a third day.\n";
        ResolvedAttribution a = only(text);
        assertEquals("the civil defence agency", of(text, a.attribution().source().orElseThrow()));
        assertEquals(List.of("A strike on a house killed 14 people on Tuesday"), a.attribution().content().stream().map(s -> of(text, s)).toList());
    }

    @Test
    void aPhraseDescribingAnUnnamedSourceBelongsToIt() {
        String text = "A Palestinian official briefed on the talks said there had been no breakthrough on the maps.\n";
        assertEquals("A Palestinian official briefed on the talks", of(text, only(text).attribution().source().orElseThrow()));
    }

    @Test
    void indirectSpeechHasItsSubjectAsSourceAndKeepsThat() {
        String text = "US special envoy Steve Witkoff has repeatedly said that Hamas was not negotiating in good faith.\n";
        ResolvedAttribution a = only(text);
        assertEquals("US special envoy Steve Witkoff", of(text, a.attribution().source().orElseThrow()));
        assertEquals("has repeatedly said", of(text, a.attribution().cue()));
        assertEquals("say", a.attribution().cueLemma());
        assertEquals(List.of("that Hamas was not negotiating in good faith"), a.attribution().content().stream().map(s -> of(text, s)).toList());
        assertEquals(Optional.of("Steve Witkoff"), speaker(a));
        assertEquals(Attribution.Mode.INDIRECT, a.attribution().mode());
        assertTrue(a.about().stream().anyMatch(e -> e.label().equals("Hamas")));
    }

    @Test
    void aReportInsideARelativeClauseTakesTheSentenceAroundIt() {
        String text = "Hamas is holding 50 hostages, about 20 of whom Israel believes are still alive.\n";
        ResolvedAttribution a = only(text);
        assertEquals(Optional.of("Israel"), speaker(a));
        assertEquals(List.of("Hamas is holding 50 hostages, about 20 of whom", "are still alive"),
                a.attribution().content().stream().map(s -> of(text, s)).toList());
    }

    @Test
    void aRelativeClauseAfterTheSourceStaysPartOfIt() {
        String text = "Israel, which oversees the flow of goods into Gaza, said the UN was to blame for the delays.\n";
        ResolvedAttribution a = only(text);
        assertEquals(Optional.of("Israel"), speaker(a));
        assertEquals("Israel, which oversees the flow of goods into Gaza,", of(text, a.attribution().source().orElseThrow()));
    }

    @Test
    void aParticipleInASubordinateClauseHasThatClausesSubjectAsSource() {
        String text = "The talks have been frozen since July 24, when US envoy Steve Witkoff withdrew his team, saying Hamas was not serious.\n";
        ResolvedAttribution a = only(text);
        assertEquals(Optional.of("Steve Witkoff"), speaker(a));
        assertEquals("Hamas was not serious", of(text, a.attribution().content().get(0)));
    }

    @Test
    void aQuoteSplitAroundItsCueIsOneAttributionWithTwoContentSpans() {
        String text = "\"We will now consider alternative options,\" he said, \"to bring the hostages home.\"\n";
        ResolvedAttribution a = only(text);
        assertEquals(2, a.attribution().content().size());
        assertEquals("\"We will now consider alternative options,\"", of(text, a.attribution().content().get(0)));
        assertEquals("\"to bring the hostages home.\"", of(text, a.attribution().content().get(1)));
        assertEquals("he", of(text, a.attribution().source().orElseThrow()));
        assertEquals(Attribution.Mode.DIRECT, a.attribution().mode());
    }

    @Test
    void accordingToPutsTheSourceAfterTheCue() {
        String text = "According to the Gaza Health Ministry, more than 59,000 people have been killed.\n";
        ResolvedAttribution a = only(text);
        assertEquals("According to", of(text, a.attribution().cue()));
        assertEquals("according to", a.attribution().cueLemma());
        assertEquals(Optional.of("Gaza Health Ministry"), speaker(a));
        assertEquals("more than 59,000 people have been killed", of(text, a.attribution().content().get(0)));
    }

    @Test
    void aPronounGoesToThePreviousSpeakerOfTheSameKind() {
        String text = "Steve Witkoff said the talks had stalled. He added that mediators were still trying.\n";
        List<ResolvedAttribution> all = run(text);
        assertEquals(2, all.size());
        assertEquals(Optional.of("Steve Witkoff"), speaker(all.get(1)));
        assertTrue(all.get(1).sourceConfidence() < all.get(0).sourceConfidence());
        String after = "During his visit with Steve Witkoff, Joseph Aoun stated that the army had deployed. He later added that the border was calm.\n";
        assertEquals(Optional.of("Joseph Aoun"), speaker(run(after).get(1)), "the speaker, not the first name, of the sentence before");
        String furniture = "Steve Witkoff said the talks had stalled.\nRead more: Envoy lands in the region\nListen to this article\n"
                + "Mourners gather at the hospital. Picture: Example Wire\n\"We will keep trying,\" he said.\n";
        List<ResolvedAttribution> across = run(furniture);
        assertEquals(Optional.of("Steve Witkoff"), speaker(across.get(across.size() - 1)), "page furniture is not read between them");
    }

    @Test
    void anUnnamedSourceKeepsItsDescriptorAndAffiliation() {
        String text = "An unnamed senior Israeli official said the pause was necessary.\n";
        ResolvedAttribution a = only(text);
        assertTrue(a.speaker().anonymous());
        assertEquals(Optional.of("senior Israeli official"), a.speaker().descriptor());
        assertEquals(Optional.of("Israel"), a.speaker().affiliation().map(Entity::label));
    }

    @Test
    void aReportInsideAQuoteIsPartOfThatQuote() {
        String text = "\"They told us the deal was dead,\" Majed al-Ansari said.\n";
        ResolvedAttribution a = only(text);
        assertEquals("said", of(text, a.attribution().cue()));
        assertEquals(Optional.of("Majed al-Ansari"), speaker(a));
    }

    @Test
    void aNamedReporterInsideAQuoteIsAReportOfItsOwnInsideTheQuote() {
        String text = "\"Since May, Amnesty International has documented 40 attacks on clinics,\" the minister said. "
                + "\"Egypt will announce the route soon,\" he added.\n";
        List<ResolvedAttribution> all = run(text);
        List<String> cues = all.stream().map(a -> of(text, a.attribution().cue())).toList();
        assertEquals(List.of("has documented", "said", "added"), cues, "the quoted report of a name counts, a plan does not");
        ResolvedAttribution documented = all.get(0);
        assertEquals("Amnesty International", of(text, documented.attribution().source().orElseThrow()));
        ResolvedAttribution said = all.get(1);
        assertTrue(said.attribution().content().stream().anyMatch(c -> c.contains(documented.attribution().cue())),
                "the outer quote keeps its whole content");
        String relative = "\"It is the same plan Israel said yes to before,\" the envoy said.\n";
        assertEquals(List.of("said"), run(relative).stream().map(a -> of(relative, a.attribution().cue())).toList(),
                "a relative clause inside a quote reports nothing");
    }

    @Test
    void anAccusationIsAboutItsTarget() {
        String text = "Israel accused Hamas of stalling the talks.\n";
        ResolvedAttribution a = only(text);
        assertEquals(Attribution.Stance.ACCUSE, a.attribution().stance());
        assertTrue(a.about().stream().anyMatch(e -> e.label().equals("Hamas")), a.about().toString());
    }

    @Test
    void aVerbOfWishingReportsOnlyWithAClause() {
        assertEquals(0, run("Israel wants a deal.\n").size());
        assertEquals("want", only("Israel wants to bring the hostages home.\n").attribution().cueLemma());
    }

    @Test
    void aParticipleSharesTheSubjectAndEndsTheFirstContent() {
        String text = "Hamas responded with surprise, emphasizing a willingness to continue talks.\n";
        List<ResolvedAttribution> all = run(text);
        assertEquals(2, all.size());
        assertEquals("with surprise", of(text, all.get(0).attribution().content().get(0)));
        assertEquals(Optional.of("Hamas"), speaker(all.get(1)));
    }

    @Test
    void aParticipleTheTaggerReadsAsANounStillReports() {
        // the tagger reads "warning" after a quote's comma as a noun; a noun would not open a that-clause
        String text = "Rebel leader Joseph Amani accused the council of serving \"a foreign plan, knowingly or not,\" warning that the decree aims to disarm his fighters.\n";
        List<ResolvedAttribution> all = run(text);
        assertEquals(2, all.size());
        assertEquals("warning", of(text, all.get(1).attribution().cue()));
        assertEquals(Optional.of("Joseph Amani"), speaker(all.get(1)));
    }

    @Test
    void asReportedByNamesTheSourceAfterTheCueLikeAccordingTo() {
        String text = "The two sides agreed to a prisoner exchange, as reported by Meridian News.\n";
        ResolvedAttribution reported = run(text).stream()
                .filter(a -> of(text, a.attribution().cue()).equals("as reported by")).findFirst().orElseThrow();
        assertEquals(Optional.of("Meridian News"), speaker(reported));
        assertEquals("The two sides agreed to a prisoner exchange", of(text, reported.attribution().content().get(0)));
    }

    @Test
    void aStatementBySomeoneAfterTheCueIsTheirs() {
        String text = "\"The government is prepared to talk,\" said a statement by the Velmar Interior Ministry.\n";
        ResolvedAttribution a = only(text);
        assertEquals("the Velmar Interior Ministry", of(text, a.attribution().source().orElseThrow()));
    }

    @Test
    void aQuoteOnlySentenceContinuesThePreviousQuote() {
        String text = "\"The gaps are narrowing,\" Witkoff said. \"We expect an answer this week.\"\n";
        ResolvedAttribution a = only(text);
        assertEquals(2, a.attribution().content().size());
        assertEquals("\"We expect an answer this week.\"", of(text, a.attribution().content().get(1)));
    }

    @Test
    void narrationWithoutASourceOrCueIsNoAttribution() {
        assertEquals(0, run("Trucks crossed into Gaza on Monday.\n").size());
    }

    @Test
    void aDenialBeforeTheReportingCueMakesTheReportADenial() {
        String text = "The aid agency disputed that, saying its convoys had reached the north twice this week.\n";
        ResolvedAttribution a = run(text).stream().filter(x -> of(text, x.attribution().cue()).contains("saying"))
                .findFirst().orElseThrow(() -> new AssertionError("no attribution on 'saying': " + run(text)));
        assertEquals(Attribution.Stance.DENY, a.attribution().stance());
        assertEquals("disputed that, saying", of(text, a.attribution().cue()));

        String plain = "The aid agency said its convoys had reached the north twice this week.\n";
        assertEquals(Attribution.Stance.ASSERT, only(plain).attribution().stance());
    }

    @Test
    void aPresentTenseCueTheTaggerReadsAsANounIsStillTheVerb() {
        String text = "Kagame insists he will keep his troops at the border until the talks resume.\n";
        ResolvedAttribution a = only(text);
        assertEquals("insists", of(text, a.attribution().cue()));
        assertEquals(Optional.of("Paul Kagame"), speaker(a));
    }

    @Test
    void aTitleAbbreviationEndsNoSentenceAndStaysOutOfTheName() {
        String text = "\u201cThe vote will go ahead,\u201d said Sen. Rania Talbot of Vermont.\n"
                + "Rep. Owen Mercer (D-Ore.) said the aid package was too small.\n";
        List<ResolvedAttribution> all = run(text);
        assertEquals(List.of(Optional.of("Rania Talbot"), Optional.of("Owen Mercer")),
                all.stream().map(AttributionExtractionTest::speaker).toList());
    }

    @Test
    void aQuoteSignedWithADashHasTheSignerAsSource() {
        String text = "\u201cWe will rebuild every house.\u201d \u2015 Lina Haddad\n";
        ResolvedAttribution a = only(text);
        assertEquals("Lina Haddad", of(text, a.attribution().source().orElseThrow()));
        assertEquals("\u2015", of(text, a.attribution().cue()));
        assertEquals(List.of("\u201cWe will rebuild every house.\u201d"), a.attribution().content().stream().map(s -> of(text, s)).toList());
    }

    @Test
    void aDashInsideASentenceSignsNothing() {
        String text = "The talks \u2014 the third round this year \u2014 ended without a deal.\n";
        assertTrue(run(text).isEmpty());
    }

    @Test
    void aQuoteInDoubledApostrophesIsAQuoteBeforeAnInvertedCue() {
        String text = "''The corridor stays closed,'' said Mr. Okafor.\n";
        ResolvedAttribution a = only(text);
        assertEquals("Mr. Okafor", of(text, a.attribution().source().orElseThrow()));
        assertEquals(List.of("''The corridor stays closed,''"), a.attribution().content().stream().map(s -> of(text, s)).toList());
    }

    @Test
    void aTitleCaseHeadlineReportsThroughItsCapitalisedCue() {
        String text = "Pakistan Says Border Crossing Will Reopen Next Week\n";
        ResolvedAttribution a = only(text);
        assertEquals("Says", of(text, a.attribution().cue()));
        assertEquals(Optional.of("Pakistan"), speaker(a));
    }

    @Test
    void aTimeBetweenTheSubjectAndTheCueIsNotTheSource() {
        String text = "The ministry last month announced that the crossing would reopen.\n";
        assertEquals("The ministry", of(text, only(text).attribution().source().orElseThrow()));
    }

    @Test
    void aSourceAfterItsCueKeepsItsApposition() {
        String text = "\u201cThe plan will fail,\u201d said Tomas Reyes, a former ceasefire negotiator.\n";
        ResolvedAttribution a = only(text);
        assertEquals("Tomas Reyes, a former ceasefire negotiator", of(text, a.attribution().source().orElseThrow()));
        assertEquals(Optional.of("Tomas Reyes"), speaker(a));
    }

    @Test
    void anySayingVerbMayStandBeforeItsSourceWithThePhraseDescribingIt() {
        String text = "\u201cThe convoy turned back at dawn,\u201d said one UN source in the convoy.\n"
                + "\u201cThe shelling resumed,\u201d noted Reuters.\n";
        List<ResolvedAttribution> all = run(text);
        assertEquals(List.of("one UN source in the convoy", "Reuters"),
                all.stream().map(a -> of(text, a.attribution().source().orElseThrow())).toList());
    }

    @Test
    void aSecondVerbAfterAnAsideSharesTheSubject() {
        String text = "Amira Saleh, like her deputy, has visited the camps twice but has said the agency will stay.\n";
        assertEquals("Amira Saleh", of(text, only(text).attribution().source().orElseThrow()));
        String second = "Donald Trump, his host at the summit, toured the port and said a deal was close.\n";
        assertEquals(Optional.of("Donald Trump"), speaker(only(second)));
    }

    @Test
    void aPhraseCueTheTaggerReadsAsANounAfterItsSubjectIsStillTheVerb() {
        String text = "Army chief rules out talks with the RSF before the siege ends\n";
        ResolvedAttribution a = only(text);
        assertEquals("rules out", of(text, a.attribution().cue()));
        assertEquals("Army chief", of(text, a.attribution().source().orElseThrow()));
    }

    @Test
    void aCueThatReportsOnlyAfterAQuoteNeedsASpeaker() {
        String text = "He vowed the group would keep its positions while the \u201coccupation\u201d continues.\n";
        assertEquals("vowed", of(text, only(text).attribution().cue()));
    }

    @Test
    void aClosingMarkMisprintedAtALinesStartOpensTheQuote() {
        String text = "\u201dWe will rebuild every house.\u201d \u2015 Lina Haddad\n";
        ResolvedAttribution a = only(text);
        assertEquals("Lina Haddad", of(text, a.attribution().source().orElseThrow()));
        assertEquals(Attribution.Mode.DIRECT, a.attribution().mode());
    }

    @Test
    void whoIssuedAStatementSpeaksInIt() {
        String text = "Hamas released a statement on Friday announcing its acceptance of the truce.\n";
        assertEquals(Optional.of("Hamas"), speaker(only(text)));
        String members = "The Arab League (Egypt, Jordan, and Qatar) issued a statement calling for an immediate truce.\n";
        ResolvedAttribution a = only(members);
        assertEquals("The Arab League (Egypt, Jordan, and Qatar)", of(members, a.attribution().source().orElseThrow()));
        assertEquals(Optional.of("Arab League"), speaker(a));
    }

    @Test
    void aNameSetOffByCommasAfterARoleIsTheSpeakerNotThePlaceBeforeIt() {
        String text = "The special envoy for Yemen, Steve Witkoff, said on Monday that the talks would resume.\n";
        assertEquals(Optional.of("Steve Witkoff"), speaker(only(text)));
        String joint = "Israel and Hamas, the two parties, said the crossing would reopen.\n";
        assertEquals(Optional.of("Israel"), speaker(only(joint)));
    }

    @Test
    void aParticipleAfterAJoinedClauseHasThatClausesSubject() {
        String text = "Egypt said four people were hurt at the crossing, and Hamas vowed to respond, saying the truce was over.\n";
        List<ResolvedAttribution> all = run(text);
        ResolvedAttribution saying = all.stream().filter(a -> of(text, a.attribution().cue()).equals("saying")).findFirst().orElseThrow();
        assertEquals(Optional.of("Hamas"), speaker(saying));
        String joint = "Israel and Hamas agreed on the route, saying the convoys would start on Monday.\n";
        ResolvedAttribution agreed = run(joint).stream().filter(a -> of(joint, a.attribution().cue()).equals("saying")).findFirst().orElseThrow();
        assertEquals("Israel and Hamas", of(joint, agreed.attribution().source().orElseThrow()), "an 'and' inside the subject joins no clause");
    }

    @Test
    void aSecondParticipleJoinedByAndIsAReportOfTheSameSpeaker() {
        String text = "Mayor Anna Volkova vowed to keep the ferries running, pledging new boats and voicing hope for a calm winter.\n";
        List<ResolvedAttribution> all = run(text);
        ResolvedAttribution voicing = all.stream().filter(a -> of(text, a.attribution().cue()).equals("voicing")).findFirst()
                .orElseThrow(() -> new AssertionError("no report at 'voicing': " + all));
        assertEquals("hope for a calm winter", of(text, voicing.attribution().content().get(0)));
        assertEquals(Optional.of("Anna Volkova"), speaker(voicing));
        ResolvedAttribution pledging = all.stream().filter(a -> of(text, a.attribution().cue()).equals("pledging")).findFirst().orElseThrow();
        assertEquals("new boats", of(text, pledging.attribution().content().get(0)), "the first content ends where the second begins");
    }

    @Test
    void appealsAndThanksWithANounPhraseContentAreReports() {
        String appeal = "Mayor Anna Volkova praised the fishermen but appealed for more patrols on the river.\n";
        ResolvedAttribution a = run(appeal).stream().filter(x -> x.attribution().cueLemma().equals("appeal for")).findFirst()
                .orElseThrow(() -> new AssertionError("no 'appealed for': " + run(appeal)));
        assertEquals("more patrols on the river", of(appeal, a.attribution().content().get(0)));
        assertEquals(Optional.of("Anna Volkova"), speaker(a));
        String thanks = "The two mayors met, as Anna Volkova extended gratitude to the pilots for their work in the storm.\n";
        ResolvedAttribution t = only(thanks);
        assertEquals("extend gratitude", t.attribution().cueLemma());
        assertEquals("Anna Volkova", of(thanks, t.attribution().source().orElseThrow()));
    }
}
