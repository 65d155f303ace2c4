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
import org.claimgraph.extract.CueSpotter.Found;

/**
 * Finds attribution relations: a cue from the lexicon (a reporting verb, "according to"), its
 * source (the subject before it, or after it in "…," said Witkoff), and its content (the clause
 * after it, or the quote or clause before it, in two parts when a quote is split around the cue).
 * A quote-only sentence right after an attribution continues that attribution's content. Sources
 * are spans here; who they are is decided by resolution. Where a cue stands is {@link CueSpotter}'s
 * decision, what the report says {@link ContentSpans}'; reports whose source follows the cue are
 * {@link SourceAfterCue}'s, reports inside quotes {@link QuotedReports}'. Immutable and thread-safe.
 */
final class AttributionFinder {

    /** Cues that may come before their source: "…," said Witkoff. */
    private static final Set<String> INVERTIBLE = Set.of("say", "add", "write", "tell", "ask", "insist", "explain", "continue");

    /**
     * Cues that with "to …" report a decision taken, not words: the real-news annotators never mark
     * "agreed to a ceasefire" (the negotiation stage records it as a development); "agreed that …" stays.
     */
    private static final Set<String> AGREEMENTS = Set.of("agree");
    /**
     * Cues whose agentless passive is the reporter's own voice, never marked as a report: a forecast
     * ("is expected to"), common knowledge ("are now known to have died").
     */
    private static final Set<String> FORECASTS = Set.of("expect", "know");

    private final CueLexicon cues;
    private final CueSpotter spotter;
    private final NominalCues nominal;

    AttributionFinder(CueLexicon cues) {
        this.cues = cues;
        this.spotter = new CueSpotter(cues);
        this.nominal = new NominalCues(cues);
    }

    /**
     * The attributions of an article. {@code names} are the spans of the names found in it: a name
     * is part of a noun phrase whatever tag the tagger gave it.
     */
    List<Attribution> find(AnnotatedArticle article, List<Span> names) {
        String text = article.text();
        List<Token> named = new ArrayList<>();
        SpanOverlaps nameSpans = new SpanOverlaps(names);
        for (Sentence s : article.sentences()) {
            for (Token t : s.tokens()) {
                if (nameSpans.anyOverlaps(t.span())) {
                    named.add(t);
                }
            }
        }
        Set<Token> inNames = Set.copyOf(named);
        Quotes quotes = Quotes.of(text);
        List<Attribution> found = new ArrayList<>();
        List<Attribution> nested = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (article.clean().isSkipped(s.span())) {
                continue;
            }
            List<Token> tokens = s.tokens();
            int sentenceCues = 0;
            Optional<Attribution> headline = HeadlineColon.at(text, s, inNames);
            if (headline.isPresent()) {
                found.add(headline.get());
                sentenceCues++;
            }
            int sentenceStart = found.size();
            for (int i = 0; i < tokens.size(); i++) {
                if (HearsayAdverb.is(tokens, i) && quotes.around(tokens.get(i).span().begin()).isEmpty()) {
                    HearsayAdverb.at(text, s, i).ifPresent(found::add); // "will reportedly outline": nobody named
                    continue;
                }
                Optional<Found> cue = spotter.cueAt(tokens, i);
                if (cue.isEmpty()) {
                    continue;
                }
                Found c = cue.get();
                if (i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("to") && !tokens.get(i).text().endsWith("ing")) {
                    continue; // "refused to say", "declined to comment": no speech ("limited himself to welcoming" is)
                }
                if (HearsayAdverb.modifies(tokens, i)) {
                    continue; // the report is the adverb's, not the subject's
                }
                int cueBegin = tokens.get(i).span().begin();
                boolean joined = sentenceCues > 0 && (isParticipleAfterComma(tokens, i) || VerbShapes.isCoordinated(tokens, i));
                if (quotes.around(cueBegin).isPresent()) {
                    // a report inside a quote is part of that quote, and a report of its own only when
                    // the speaker quoted names who reported: '"… the Red Crescent has counted 90 wounded …"'
                    QuotedReports.at(text, s, i, c, quotes.around(cueBegin).get(), inNames).ifPresent(nested::add);
                    continue;
                }
                Optional<Attribution> sharedSource = joined ? outermost(found, s.index()) : Optional.empty();
                Optional<Attribution> a = c.cue().sourceAfter()
                        ? SourceAfterCue.at(text, s, i, c, inNames)
                        : VouchedByAgent.is(tokens, i) ? VouchedByAgent.at(text, s, i, c, inNames)
                        : verbCue(text, s, i, c, quotes, inNames, sharedSource.flatMap(Attribution::source));
                if (a.isPresent()) {
                    if (joined) {
                        // "Hamas responded with surprise, emphasizing …", "He announced … and vowed …":
                        // the first content ends where the second report begins
                        Attribution first = found.remove(found.size() - 1);
                        found.add(ContentSpans.endContentBefore(text, first, tokens.get(i - 1).span().begin()));
                    }
                    found.add(a.get());
                    sentenceCues++;
                    i += c.length() - 1;
                }
            }
            List<Span> taken = found.subList(sentenceStart, found.size()).stream()
                    .flatMap(a -> java.util.stream.Stream.concat(java.util.stream.Stream.of(a.cue()), a.source().stream())).toList();
            found.addAll(nominal.find(text, s, inNames, quotes, taken));
        }
        found.addAll(nested);
        for (Attribution signed : DashSignature.find(article, quotes)) {
            if (found.stream().noneMatch(a -> a.content().stream().anyMatch(c -> c.overlaps(signed.content().get(0))))) {
                found.add(signed); // "“…” ― Lina Haddad"
            }
        }
        found.sort(java.util.Comparator.comparing(Attribution::cue)); // text order: noun cues were found after the verbs
        found.removeIf(a -> evidenceInsideReport(found, a));
        return RelayedSpeech.apply(article, QuoteContinuation.apply(article, quotes, found), inNames, cues).stream()
                .map(a -> deniedInContent(text, a)).toList();
    }

    /**
     * The latest report of the sentence that is not inside another's content: "Netanyahu said that
     * Israel supported the plan, but warned …" joins "warned" to Netanyahu's "said", not to Israel's
     * "supported".
     */
    private static Optional<Attribution> outermost(List<Attribution> found, int sentence) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Attribution a = found.get(k);
            if (a.sentence() != sentence) {
                break;
            }
            boolean nested = found.stream().anyMatch(b -> b != a && b.sentence() == sentence
                    && b.content().stream().anyMatch(c -> c.contains(a.cue())));
            if (!nested) {
                return Optional.of(a);
            }
        }
        return Optional.of(found.get(found.size() - 1));
    }

    /**
     * "Witkoff said that Hamas's reply showed the group had no interest": what a thing shows, inside
     * someone's report, is that someone's reading of it, not a report of its own; made one, the reply
     * spoke. Only "show", whose subject is a thing; PolNeAR marks "polls show" standing alone, never
     * one inside another report.
     */
    private static boolean evidenceInsideReport(List<Attribution> found, Attribution a) {
        return a.cueLemma().equals("show") && found.stream().anyMatch(b -> b != a && b.sentence() == a.sentence()
                && b.content().stream().anyMatch(c -> c.contains(a.cue())));
    }

    /** A report whose content calls something false ("reports … are not accurate") is a denial, whatever its verb. */
    private static Attribution deniedInContent(String text, Attribution a) {
        if (a.stance() == Attribution.Stance.DENY
                || !ContentDenial.denies(a.cueLemma(), String.join(" ", a.content().stream().map(c -> c.of(text)).toList()))) {
            return a;
        }
        return a.withStance(Attribution.Stance.DENY);
    }

    /**
     * Whether the cue may stand before its source after a quote or comma ('"…," noted Reuters'):
     * any verb of saying; a verb of belief or intention never does.
     */
    private static boolean invertible(Found c) {
        return INVERTIBLE.contains(c.lemma()) || c.cue().kind().equals("verb") || c.cue().kind().equals("quote");
    }

    /** The source after its cue with the phrase that describes it: "said one UN source in the convoy". */
    private static int[] withDescriber(List<Token> tokens, int[] np, Set<Token> inNames) {
        int k = np[1];
        if (k + 1 < tokens.size() && NounPhrases.DESCRIBER_PREPOSITIONS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            Optional<int[]> object = NounPhrases.npAfter(tokens, k + 1, inNames);
            if (object.isPresent() && endsClause(tokens, object.get()[1])) {
                return new int[] {np[0], object.get()[1]};
            }
        }
        return np;
    }

    /** "X said (that) …", "…, X said", "…," said X, "X told Y …". */
    private Optional<Attribution> verbCue(String text, Sentence s, int i, Found c, Quotes quotes, Set<Token> inNames,
            Optional<Span> sharedSource) {
        List<Token> tokens = s.tokens();
        int afterCue = i + c.length();
        if (c.lemma().equals("know") && afterCue < tokens.size() && tokens.get(afterCue).text().equalsIgnoreCase("as")) {
            return Optional.empty(); // "Dagalo, known as Hemedti": a name, not knowledge reported
        }
        boolean participle = isParticipleAfterComma(tokens, i);
        int auxStart = NounPhrases.skipBackOverAdverbs(tokens, i - 1) + 1;
        Optional<int[]> withPhrase = Asides.withPhrasePastAside(tokens, i, inNames);
        Optional<int[]> subject = withPhrase.isPresent() ? withPhrase : participle
                ? NounPhrases.statementAgent(tokens, i, inNames).or(() -> NounPhrases.mainSubject(tokens, i, inNames))
                : NounPhrases.subjectBefore(tokens, auxStart - 1, inNames);
        subject = subject.map(np -> NounPhrases.issuer(tokens, np, inNames).orElse(np));
        // the cue takes in its auxiliaries, negation and adverbs ("has repeatedly said"), and a colon before a quote
        int cueStart = subject.isPresent() && !participle ? auxStart : i;
        int cueEnd = afterCue;
        if (cueEnd < tokens.size() && tokens.get(cueEnd).text().equals(":")) {
            cueEnd++;
        }
        Span cueSpan = new Span(tokens.get(cueStart).span().begin(), tokens.get(cueEnd - 1).span().end());
        Optional<int[]> inverted = subject.isEmpty() && !participle && i > 0 && isCommaOrQuote(tokens.get(i - 1))
                && invertible(c) ? NounPhrases.npAfter(tokens, afterCue, inNames)
                        .map(r -> NounPhrases.statementBy(tokens, r, inNames).orElse(r)) // '"…," said a statement by X'
                        .map(r -> withDescriber(tokens, r, inNames))
                        .filter(r -> endsClause(tokens, r[1]))
                        .map(r -> new int[] {r[0], NounPhrases.appositionEnd(tokens, r[1], inNames)}) : Optional.empty();
        int restStart = inverted.map(r -> r[1]).orElse(cueEnd);
        List<Span> content = new ArrayList<>();
        if (subject.isPresent()) {
            for (int k = subject.get()[1] - 2; k > subject.get()[0]; k--) {
                if (CueSpotter.RELATIVE_OBJECTS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
                        && tokens.get(k - 1).text().equalsIgnoreCase("of")) {
                    subject = Optional.of(new int[] {k + 1, subject.get()[1]}); // "20 of whom Israel": Israel
                    break;
                }
            }
        }
        int sourceStart = subject.map(r -> r[0]).orElse(cueStart);
        if (!participle && subject.isPresent() && sourceStart >= 2 && tokens.get(sourceStart - 2).text().equalsIgnoreCase("of")
                && List.of("whom", "which").contains(tokens.get(sourceStart - 1).text().toLowerCase(Locale.ROOT)) && cueEnd < tokens.size()) {
            // "Hamas holds 50 hostages, about 20 of whom Israel believes are alive": the report is the
            // sentence around the source and cue
            int last = tokens.get(tokens.size() - 1).text().matches("[.!?]") ? tokens.size() - 2 : tokens.size() - 1;
            if (last >= cueEnd) {
                content.add(new Span(tokens.get(0).span().begin(), tokens.get(sourceStart - 1).span().end()));
                content.add(new Span(tokens.get(cueEnd).span().begin(), tokens.get(last).span().end()));
                Span source = new Span(tokens.get(sourceStart).span().begin(), tokens.get(subject.get()[1] - 1).span().end());
                return Optional.of(new Attribution(s.index(), Optional.of(source), cueSpan, c.lemma(), c.cue().stance(), content,
                        ContentSpans.mode(text, content), 0.75));
            }
        }
        boolean quoteBefore = sourceStart > 0 && NounPhrases.isQuote(tokens.get(sourceStart - 1))
                && quotes.endingAt(tokens.get(sourceStart - 1).span().end()).isPresent();
        boolean commaBefore = sourceStart > 1 && tokens.get(sourceStart - 1).text().equals(",");
        // "X reported that Hamas had answered": a verb inside a that-clause has no content before it
        boolean subordinate = sourceStart > 0 && List.of("that", "whether", "if").contains(tokens.get(sourceStart - 1).text().toLowerCase(Locale.ROOT));
        // "…, UNN reports with reference to The Guardian": the relayed report is the clause before
        boolean relayFollows = commaBefore && restStart + 2 < tokens.size() && (List.of("citing", "quoting").contains(tokens.get(restStart).text())
                || (tokens.get(restStart).text().equals("with") && tokens.get(restStart + 1).text().equalsIgnoreCase("reference")));
        boolean contentBefore = !participle && !subordinate && (quoteBefore || ContentSpans.clauseEndsAfter(tokens, restStart) || relayFollows
                || (commaBefore && (ContentSpans.adverbialUpToComma(tokens, restStart) || ContentSpans.subordinateAfterComma(tokens, restStart))));
        if (contentBefore && !quoteBefore && c.cue().kind().equals("quote")) {
            return Optional.empty(); // "… while the occupation continued.": only '"…," she continued' reports
        }
        if (contentBefore) {
            ContentSpans.before(text, s, sourceStart, quotes).ifPresent(content::add);
            // "A," he said, "B.": the quote goes on after the cue
            int k = restStart;
            if (k < tokens.size() && tokens.get(k).text().equals(",")) {
                k++;
            }
            if (k < tokens.size()) {
                quotes.startingAt(tokens.get(k).span().begin()).ifPresent(q -> content.add(ContentSpans.trim(text, q)));
            }
        } else {
            ContentSpans.after(text, s, restStart, c.lemma(), quotes, inNames).ifPresent(content::add);
            if (c.cue().kind().equals("belief") && !content.isEmpty() && !ContentSpans.opensClause(text, content.get(0))) {
                return Optional.empty(); // "Israel wants a deal" is no report; "Israel wants to …" is
            }
            boolean infinitive = !content.isEmpty() && content.get(0).of(text).regionMatches(true, 0, "to ", 0, 3);
            // "aid agencies continue to warn …" still reports, through the verb after "to"
            boolean speechAfter = infinitive && afterCue + 1 < tokens.size() && cues.verb(tokens.get(afterCue + 1).text()).isPresent();
            if (infinitive && AGREEMENTS.contains(c.lemma())) {
                return Optional.empty(); // "Israel agreed to a truce": a decision, not speech
            }
            boolean quoted = !content.isEmpty() && quotes.around(content.get(0).begin()).isPresent();
            if (c.cue().kind().equals("quote") && !speechAfter && !quoted) {
                // "the army continues to operate", "talks will continue on Monday": no quote goes on
                return Optional.empty();
            }
            if (!content.isEmpty() && ContentSpans.isBarePhrase(s, content.get(0))) {
                return Optional.empty(); // "reported for duty", "could be announced in the coming days"
            }
        }
        content.removeIf(sp -> sp.length() == 0);
        if (content.isEmpty() && sourceStart == 0 && ContentSpans.clauseEndsAfter(tokens, restStart)) {
            // '"… missing." Trump said.': the quote closed its own sentence just before this one
            quotes.endingBefore(text, s.span().begin()).ifPresent(q -> content.add(ContentSpans.trim(text, q)));
        }
        if (content.isEmpty()) {
            return Optional.empty();
        }
        Optional<int[]> clauseSubject = subject.isEmpty() && inverted.isEmpty() && sharedSource.isEmpty() && VerbShapes.dependentVerb(tokens, i)
                ? NounPhrases.mainSubject(tokens, i, inNames) : Optional.empty();
        // "He announced …, saying": the participle shares the earlier report's source, unless it hangs
        // on a clause of its own (", and the minister vowed to reply, saying") or on a statement's agent
        boolean ownClause = participle && (NounPhrases.statementAgent(tokens, i, inNames).isPresent()
                || NounPhrases.nearestClauseSubject(tokens, i, inNames).isPresent());
        Optional<Span> source = participle && sharedSource.isPresent() && !ownClause ? sharedSource
                : subject.or(() -> inverted).or(() -> clauseSubject)
                        .map(r -> new Span(tokens.get(r[0]).span().begin(), tokens.get(r[1] - 1).span().end()))
                        .or(() -> sharedSource);
        if (source.isEmpty() && c.cue().kind().equals("quote")) {
            return Optional.empty(); // 'while the "occupation" continues': a quote-only cue with nobody before or after it
        }
        if (!participle && VerbShapes.passive(tokens, auxStart, i, c)) {
            // "At least 330 people have been reported killed": the subject is what was reported, and
            // only a "by" agent speaks
            Optional<int[]> agent = afterCue + 1 < tokens.size() && tokens.get(afterCue).text().equalsIgnoreCase("by")
                    ? NounPhrases.npAfter(tokens, afterCue + 1, inNames) : Optional.empty();
            // "after being urged to act by Macron": the agent follows the bare infinitive that was urged
            boolean infinitive = afterCue + 3 < tokens.size() && tokens.get(afterCue).text().equalsIgnoreCase("to")
                    && tokens.get(afterCue + 1).mainPos().equals("VERB") && tokens.get(afterCue + 2).text().equalsIgnoreCase("by");
            if (agent.isEmpty() && infinitive) {
                agent = NounPhrases.npAfter(tokens, afterCue + 3, inNames);
                if (agent.isPresent()) {
                    content.clear();
                    content.add(new Span(tokens.get(afterCue).span().begin(), tokens.get(afterCue + 1).span().end()));
                }
            }
            source = agent.map(r -> new Span(tokens.get(r[0]).span().begin(), tokens.get(r[1] - 1).span().end()));
            if (agent.isEmpty() && FORECASTS.contains(c.lemma())) {
                return Optional.empty(); // "the talks are expected to resume": the reporter's forecast, nobody's words
            }
            if (agent.isEmpty() && subject.isPresent()) {
                content.add(0, new Span(tokens.get(subject.get()[0]).span().begin(), tokens.get(subject.get()[1] - 1).span().end()));
            }
        }
        double confidence = source.isPresent() ? (ContentSpans.isQuoted(text, content) ? 0.85 : 0.75) : 0.5;
        int denial = participle ? denialBefore(tokens, subject.map(r -> r[1]).orElse(0), i, c) : -1;
        Attribution.Stance stance = denial >= 0 ? Attribution.Stance.DENY : c.cue().stance();
        // the cue then runs from the denial ("disputed that, saying"): what was denied stays visible
        Span cue = denial >= 0 ? new Span(tokens.get(denial).span().begin(), cueSpan.end()) : cueSpan;
        return Optional.of(new Attribution(s.index(), source, cue, c.lemma(), stance, content,
                ContentSpans.mode(text, content), confidence));
    }

    /**
     * "UNRWA disputed that, saying …", "Netanyahu rejected the warnings, saying …": a denial verb of
     * the speaker's, between the speaker and the participle cue, makes the report a denial. Its token
     * index, or -1. (A coordinated verb — "rejected the accusation and called …" — is a report of its
     * own and keeps its stance; the denial is then an attribution of its own.)
     */
    private int denialBefore(List<Token> tokens, int from, int cue, Found c) {
        if (c.cue().stance() == Attribution.Stance.DENY) {
            return -1;
        }
        for (int k = from; k < cue; k++) {
            Token t = tokens.get(k);
            boolean denial = t.mainPos().equals("VERB") && cues.verb(t.text())
                    .filter(v -> v.stance() == Attribution.Stance.DENY && v.kind().equals("verb")).isPresent();
            if (denial) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "…, citing", "…, emphasizing", "… – confirming": a present participle right after a comma, or
     * after a dash that leads it (the same report of the main clause's subject, set off by a dash).
     */
    static boolean isParticipleAfterComma(List<Token> tokens, int i) {
        // the comma may stand inside a closing quote: 'called the move "dangerous," accusing …'
        boolean comma = i > 0 && (tokens.get(i - 1).text().equals(",")
                || (i > 1 && NounPhrases.isQuote(tokens.get(i - 1)) && tokens.get(i - 2).text().equals(",")));
        return (comma || dashLed(tokens, i)) && tokens.get(i).text().endsWith("ing");
    }

    private static final Set<String> DASHES = Set.of("–", "—", "--", "-");

    /**
     * A dash right before {@code i} with none earlier in the sentence: a second dash would close an
     * aside ("the office – its main body – confirming"), whose phrase, not the main clause's
     * subject, speaks. A hyphen counts only with spaces round it ("fact-finding" is one word).
     */
    private static boolean dashLed(List<Token> tokens, int i) {
        if (i < 2 || !DASHES.contains(tokens.get(i - 1).text())) {
            return false;
        }
        Token dash = tokens.get(i - 1);
        if (dash.text().equals("-") && (dash.span().begin() == tokens.get(i - 2).span().end() || dash.span().end() == tokens.get(i).span().begin())) {
            return false;
        }
        for (int k = 0; k < i - 1; k++) {
            boolean hyphen = tokens.get(k).text().equals("-") && k > 0 && NounPhrases.attached(tokens, k);
            if (DASHES.contains(tokens.get(k).text()) && !hyphen) {
                return false;
            }
        }
        return true;
    }

    /** Whether the clause ends at {@code k}: the sentence's end, or a comma. */
    private static boolean endsClause(List<Token> tokens, int k) {
        return k >= tokens.size() || tokens.get(k).text().equals(",") || tokens.get(k).mainPos().equals("PUNCT");
    }

    private static boolean isCommaOrQuote(Token t) {
        return t.text().equals(",") || NounPhrases.isQuote(t);
    }
}
