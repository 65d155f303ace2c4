package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.Attribution;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.Token;

/**
 * Relayed speech: words a channel passes on from the one who said them. The speaker is the cited
 * one and the channel is kept as {@link Attribution#via()}:
 * <ul>
 * <li>"Kan TV News, citing a source close to the negotiations, reported that …", "Sky News
 * reported, citing a source in Ukrainian diplomatic circles, that …" and "…, the paper said citing
 * sources close to the governor";</li>
 * <li>"according to sources cited by Israeli media", "according to officials quoted by Axios";</li>
 * <li>"X quoted Y as saying …" and "Y was quoted by X as saying …".</li>
 * </ul>
 * The "citing" participle is then no report of its own. Stateless.
 */
final class RelayedSpeech {

    private static final Set<String> RELAYING_PARTICIPLES = Set.of("citing", "quoting");
    private static final Set<String> RELAYING_PASSIVES = Set.of("cited", "quoted", "consulted", "interviewed");
    /**
     * Heads of a cited phrase that name someone who speaks: "citing a source", "citing officials".
     * "citing ineffective negotiations" gives a reason, not a source.
     */
    private static final Set<String> SPEAKER_HEADS = Set.of("source", "sources", "official", "officials", "diplomat", "diplomats",
            "people", "person", "persons", "insider", "insiders", "aide", "aides", "adviser", "advisers", "advisor", "advisors",
            "spokesman", "spokeswoman", "spokesperson", "minister", "ministers", "officer", "officers", "analyst", "analysts",
            "negotiator", "negotiators", "mediator", "mediators", "envoy", "envoys", "witness", "witnesses", "residents",
            "report", "reports", "media", "outlet", "outlets", "newspaper", "agency", "statement", "statements", "ministry",
            "document", "documents", "interview", "he", "she", "they");

    private RelayedSpeech() {
    }

    /** The attributions of an article with relayed speech given to its source, through its channel. */
    static List<Attribution> apply(AnnotatedArticle article, List<Attribution> found, Set<Token> inNames, CueLexicon cues) {
        String text = article.text();
        List<Attribution> out = new ArrayList<>(found);
        for (Sentence s : article.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                // "UNN reports with reference to The Guardian": the phrase relays as "citing" does; its "to" stands for the participle
                int marker = withReferenceTo(tokens, i) ? i + 2 : i;
                if (!RELAYING_PARTICIPLES.contains(tokens.get(i).text().toLowerCase(Locale.ROOT)) && marker == i) {
                    continue;
                }
                int before = tokens.get(i - 1).span().end();
                boolean afterCue = found.stream().anyMatch(a -> a.sentence() == s.index() && a.cue().end() == before); // "X said citing Y"
                if (tokens.get(i - 1).text().equals(",") || afterCue) {
                    citing(text, s, marker, out, inNames);
                }
            }
        }
        out.replaceAll(a -> spokeTo(article.sentences().get(a.sentence()), a, inNames));
        for (int k = 0; k < out.size(); k++) {
            Attribution a = out.get(k);
            Attribution relayed = quotedAs(text, article.sentences().get(a.sentence()), a, inNames, cues);
            if (relayed != a) {
                // "quoted Y as claiming …": the participle's own report is this one, now with its speaker
                Span cue = relayed.cue();
                out.removeIf(x -> x != a && x.cue().equals(cue));
                out.set(out.indexOf(a), relayed);
            }
        }
        return out;
    }

    /** Words between a speaker and the outlet it spoke to. */
    private static final List<List<String>> SPOKE_TO = List.of(List.of("speaking", "to"), List.of("talking", "to"),
            List.of("who", "spoke", "to"), List.of("who", "talked", "to"));

    /**
     * "A resident speaking to The Herald said …", "a farmer who spoke to Radio Dalo said …": the
     * phrase before the verb ends with the outlet spoken to, but the one who spoke is the phrase
     * before "speaking to"; the outlet is the channel.
     */
    private static Attribution spokeTo(Sentence s, Attribution a, Set<Token> inNames) {
        if (a.source().isEmpty() || a.via().isPresent()) {
            return a;
        }
        List<Token> tokens = s.tokens();
        int k = indexAt(tokens, a.source().get().begin());
        for (List<String> words : SPOKE_TO) {
            int start = k - words.size();
            if (k < 0 || start < 1 || !java.util.stream.IntStream.range(0, words.size())
                    .allMatch(j -> tokens.get(start + j).text().equalsIgnoreCase(words.get(j)))) {
                continue;
            }
            return NounPhrases.npBefore(tokens, start - 1, inNames)
                    .map(np -> a.relayed(span(tokens, np[0], np[1]), a.source())).orElse(a);
        }
        return a;
    }

    private static boolean withReferenceTo(List<Token> tokens, int i) {
        return i + 3 < tokens.size() && tokens.get(i).text().equalsIgnoreCase("with")
                && tokens.get(i + 1).text().equalsIgnoreCase("reference") && tokens.get(i + 2).text().equalsIgnoreCase("to");
    }

    /** ", citing Y,": the nearest report of the sentence with a source becomes Y's, through that source. */
    private static void citing(String text, Sentence s, int i, List<Attribution> out, Set<Token> inNames) {
        List<Token> tokens = s.tokens();
        Optional<int[]> cited = citedSource(tokens, i + 1, inNames).filter(r -> namesSpeaker(tokens, r, inNames));
        if (cited.isEmpty()) {
            return;
        }
        Span citedSpan = span(tokens, cited.get()[0], cited.get()[1]);
        int participleAt = tokens.get(i).span().begin();
        out.removeIf(a -> a.sentence() == s.index() && a.cue().begin() == participleAt);
        Attribution main = null;
        for (Attribution a : out) {
            if (a.sentence() == s.index() && a.source().isPresent() && a.via().isEmpty()
                    && (main == null || Math.abs(a.cue().begin() - participleAt) < Math.abs(main.cue().begin() - participleAt))) {
                main = a;
            }
        }
        if (main == null) {
            return;
        }
        int index = out.indexOf(main);
        Attribution relayed = main.relayed(citedSpan, main.source());
        // "X reported, citing Y, that …": the content starts after Y
        int contentFrom = pastThat(tokens, cited.get()[1]);
        if (main.cue().begin() < participleAt && contentFrom < tokens.size()) {
            List<Span> content = new ArrayList<>();
            for (Span c : main.content()) {
                if (c.end() > tokens.get(contentFrom).span().begin()) {
                    content.add(ContentSpans.trim(text, new Span(Math.max(c.begin(), tokens.get(contentFrom).span().begin()), c.end())));
                }
            }
            content.removeIf(c -> c.length() == 0);
            if (!content.isEmpty()) {
                relayed = relayed.withContent(content, ContentSpans.mode(text, content));
            }
        }
        out.set(index, relayed);
    }

    /** "X quoted Y as saying …", "Y was quoted by X as saying …": Y speaks, through X. */
    private static Attribution quotedAs(String text, Sentence s, Attribution a, Set<Token> inNames, CueLexicon cues) {
        if (!a.cueLemma().equals("quote") && !a.cueLemma().equals("cite")) {
            return a;
        }
        List<Token> tokens = s.tokens();
        int k = indexAt(tokens, a.content().get(0).begin());
        if (k < 0) {
            return a;
        }
        boolean passive = tokens.get(k).text().equalsIgnoreCase("by");
        Optional<int[]> np = NounPhrases.npAfter(tokens, passive ? k + 1 : k, inNames);
        if (np.isEmpty() || np.get()[1] + 1 >= tokens.size() || !tokens.get(np.get()[1]).text().equalsIgnoreCase("as")) {
            return a;
        }
        int after = np.get()[1] + 1;
        Token participle = tokens.get(after);
        Optional<CueLexicon.Cue> speech = participle.text().toLowerCase(Locale.ROOT).endsWith("ing")
                ? cues.verb(participle.text()) : Optional.empty();
        boolean speaking = speech.isPresent();
        if (speaking) {
            after++;
        }
        after = pastThat(tokens, after);
        if (after >= tokens.size()) {
            return a;
        }
        Span np2 = span(tokens, np.get()[0], np.get()[1]);
        List<Span> content = List.of(ContentSpans.trim(text, new Span(tokens.get(after).span().begin(),
                a.content().get(a.content().size() - 1).end())));
        Span speaker = passive ? a.source().orElse(np2) : np2;
        Optional<Span> channel = passive ? Optional.of(np2) : a.source();
        // the cue is the speech verb after "as" ("as claiming", "as saying") when there is one
        Attribution base = speech.map(c -> new Attribution(a.sentence(), a.source(), participle.span(), c.lemma(), c.stance(),
                a.content(), a.mode(), a.confidence())).orElse(a);
        return base.relayed(speaker, channel).withContent(content, ContentSpans.mode(text, content));
    }

    /**
     * The cited source after "citing": a noun phrase with what describes it ("a source close to the
     * negotiations", "sources in Ukrainian diplomatic circles", "officials familiar with the matter").
     */
    static Optional<int[]> citedSource(List<Token> tokens, int start, Set<Token> inNames) {
        Optional<int[]> np = NounPhrases.npAfter(tokens, start, inNames);
        if (np.isEmpty()) {
            return np;
        }
        int to = np.get()[1];
        for (int round = 0; round < 2 && to < tokens.size(); round++) {
            String w = tokens.get(to).text().toLowerCase(Locale.ROOT);
            int prep = NounPhrases.SOURCE_DESCRIBERS.contains(w) ? to + 1 : to;
            boolean describer = prep > to && prep < tokens.size()
                    && NounPhrases.DESCRIBER_PREPOSITIONS.contains(tokens.get(prep).text().toLowerCase(Locale.ROOT));
            boolean modifier = prep == to && NounPhrases.NOUN_MODIFIERS.contains(w);
            if (!describer && !modifier) {
                break;
            }
            Optional<int[]> object = NounPhrases.npAfter(tokens, (describer ? prep : to) + 1, inNames);
            if (object.isEmpty()) {
                break;
            }
            to = object.get()[1];
        }
        return Optional.of(new int[] {np.get()[0], to});
    }

    /**
     * The channel of an "according to" source: "sources cited by Israeli media", "officials quoted
     * by Axios", "sources consulted by Kan". Token bounds of the channel, or empty.
     */
    static Optional<int[]> channelAfter(List<Token> tokens, int sourceEnd, Set<Token> inNames) {
        int k = sourceEnd;
        if (k < tokens.size() && tokens.get(k).text().equals(",")) {
            k++;
        }
        if (k + 1 < tokens.size() && RELAYING_PASSIVES.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
                && tokens.get(k + 1).text().equalsIgnoreCase("by")) {
            return NounPhrases.npAfter(tokens, k + 2, inNames);
        }
        return Optional.empty();
    }

    /**
     * Whether a cited phrase names someone: a name, or a head such as "source", "officials",
     * "reports", before any modifier ("citing negotiations with Hamas" gives a reason).
     */
    private static boolean namesSpeaker(List<Token> tokens, int[] np, Set<Token> inNames) {
        int headEnd = np[1];
        for (int k = np[0] + 1; k < np[1]; k++) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (NounPhrases.NOUN_MODIFIERS.contains(w) || NounPhrases.SOURCE_DESCRIBERS.contains(w) || w.equals("of")) {
                headEnd = k;
                break;
            }
        }
        for (int k = np[0]; k < headEnd; k++) {
            if (inNames.contains(tokens.get(k))) {
                return true;
            }
        }
        return SPEAKER_HEADS.contains(tokens.get(headEnd - 1).text().toLowerCase(Locale.ROOT));
    }

    /** Past a comma and "that" before content. */
    private static int pastThat(List<Token> tokens, int k) {
        while (k < tokens.size() && (tokens.get(k).text().equals(",") || tokens.get(k).text().equalsIgnoreCase("that"))) {
            k++;
        }
        return k;
    }

    private static int indexAt(List<Token> tokens, int offset) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).span().begin() == offset) {
                return k;
            }
        }
        return -1;
    }

    private static Span span(List<Token> tokens, int from, int to) {
        return new Span(tokens.get(from).span().begin(), tokens.get(to - 1).span().end());
    }
}
