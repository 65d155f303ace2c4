package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.Attribution;
import org.claimgraph.domain.Development;
import org.claimgraph.domain.Development.Kind;
import org.claimgraph.domain.Development.Topic;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.TimeExpression;
import org.claimgraph.domain.Token;

/**
 * Developments of negotiations: a trigger from {@code development-cues.tsv} ("recalled",
 * "rejected", "resumed") in a sentence about negotiations, not negated, not inside a quote and not
 * inside what someone denies. The actors are the ones named before the trigger in its clause (or
 * after "by" in a passive: {@link StepActors}); the venue is a city the sentence names; the date the sentence's time
 * expression, resolved against the publication date. One development of a kind with the same
 * actors per article. Immutable and thread-safe.
 */
final class DevelopmentFinder {

    /** Words before a trigger that say it did not (yet) happen: negation and modals. */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "without", "would", "could", "might",
            "may", "will", "should");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "until", "whether");
    private static final Set<String> MEETINGS = Set.of("met", "meet", "meets", "spoke", "talked", "discussed");
    /** Auxiliaries of the perfect: a step said to be done. */
    private static final Set<String> PERFECT = Set.of("have", "has", "'ve");
    static final Set<String> SKIPPED_BEFORE_TRIGGER = Set.of("ADV", "AUX", "PART");
    /** Words after a passive trigger that name who took the step: "put forward by the mediators", "passed through Qatar". */
    static final Set<String> AGENTS = Set.of("by", "through", "via");

    /** How many frame words make a whole article one about negotiations. */
    static final int ARTICLE_FRAME = 4;

    private final DevelopmentCues cues;
    private final Map<String, Entity> statesActedFor;
    private final NominalDevelopments nominal;
    private final UnilateralTruce unilateral;
    private final TriggerMatcher matcher;

    private DevelopmentFinder(DevelopmentCues cues, Map<String, Entity> statesActedFor) {
        this.cues = cues;
        this.statesActedFor = statesActedFor;
        this.nominal = new NominalDevelopments(cues);
        this.unilateral = new UnilateralTruce(cues);
        this.matcher = new TriggerMatcher(cues);
    }

    static DevelopmentFinder load(Map<String, Entity> statesActedFor) {
        return new DevelopmentFinder(DevelopmentCues.load(), Map.copyOf(statesActedFor));
    }

    List<Development> find(AnnotatedArticle article, List<Mention> mentions, List<Attribution> attributions,
            Optional<LocalDate> published) {
        String text = article.text();
        Quotes quotes = Quotes.of(text);
        List<Development> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<Span> bothSided = new HashSet<>(); // steps of both sides whose sentence may not name them
        Set<Span> described = new HashSet<>(); // nouns whose sides are described, not named: "talks between the warring sides"
        // an article about negotiations frames all its sentences; elsewhere a sentence needs a frame word of its own
        long frameWords = article.sentences().stream().mapToLong(x -> matcher.frameWords(x.tokens())).sum();
        boolean aboutNegotiations = frameWords >= ARTICLE_FRAME;
        for (Sentence s : article.sentences()) {
            List<Token> tokens = s.tokens();
            boolean framed = aboutNegotiations || matcher.frameWords(tokens) > 0;
            if (article.clean().isSkipped(s.span())) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                Optional<DevelopmentCues.Trigger> trigger = matcher.triggerAt(tokens, i, s, mentions);
                if (trigger.isEmpty()) {
                    continue;
                }
                DevelopmentCues.Trigger found = trigger.get();
                int last = TriggerMatcher.lastWord(tokens, i, found);
                Span span = new Span(tokens.get(i).span().begin(), tokens.get(i).span().end());
                Optional<Kind> kindOf = found.kind().isPresent() ? found.kind() : matcher.delivered(tokens, last + 1);
                if (kindOf.equals(Optional.of(Kind.ACCEPTANCE)) && refused(tokens, i)) {
                    kindOf = Optional.of(Kind.REJECTION); // "would not accept" is a rejection
                }
                if (kindOf.isEmpty() || (negated(tokens, i) && kindOf.get() != Kind.REJECTION)
                        || Unrealised.governed(tokens, i, cues.unrealised()) // "vowed to respond": still to come
                        || (inLongQuote(text, quotes, span) && !perfect(tokens, i))
                        || denied(text, span, attributions)) {
                    continue;
                }
                Kind kind = kindOf.get();
                if (kind == Kind.WITHDRAWAL && troops(tokens, i, last)) {
                    if (i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("to")) {
                        continue; // "troops are to withdraw within 90 days": a term of the deal, nothing done yet
                    }
                    kind = Kind.IMPLEMENTATION; // "government forces left the town under the truce": the deal carried out
                }
                boolean meeting = kind == Kind.TALKS_HELD && MEETINGS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT));
                // "the front suspended the disarmament process": a cue whose object or subject is a negotiating one frames itself
                boolean stepFramed = framed || found.selfFramed();
                if (!stepFramed && !meeting) {
                    continue; // not a sentence about negotiations; a meeting or call between leaders needs no such word
                }
                if ((reducedRelative(tokens, i, last, kind) && !datedAfter(text, s, tokens, last, published))
                        || (i > 0 && tokens.get(i - 1).mainPos().equals("DET"))) {
                    continue; // "the framework discussed in Doha": a participle describing a noun, no event told
                }
                List<Entity> actors = StepActors.of(s, i, kind, mentions, cues.reporting()).stream()
                        .map(this::actingFor).distinct().toList(); // an office acts for its state
                if (kind == Kind.AGREEMENT && actors.size() == 1 && tokens.get(i).text().toLowerCase(Locale.ROOT).startsWith("agree")
                        && !partnerAfter(tokens, i)) {
                    kind = Kind.ACCEPTANCE; // "the RSF has agreed to a truce proposed by the Quad": one side accepts
                    actors = StepActors.of(s, i, kind, mentions, cues.reporting()).stream().map(this::actingFor).distinct().toList(); // a leader accepts in person
                }
                if ((kind == Kind.AGREEMENT || kind == Kind.PAUSE) && unilateral.declares(tokens, i)) { // not "called for a truce"
                    boolean truce = unilateral.declaresTruce(tokens, i, last);
                    if (kind == Kind.PAUSE && !truce) {
                        continue; // "called the ceasefire proposal positive": no truce declared
                    }
                    if (truce) { // "the military declared a temporary ceasefire": one side halts its own fighting; two make a deal
                        kind = actors.size() < 2 && !partnerAfter(tokens, i) ? Kind.PAUSE : Kind.AGREEMENT;
                    }
                }
                if (!stepFramed && actors.size() < 2) {
                    continue; // an unframed meeting counts only between two named sides
                }
                String key = actors.isEmpty() ? key(kind, actors) + s.index() : key(kind, actors); // nobody named: not known to be the same step
                Optional<Entity> venue = venue(text, s, mentions);
                if (!seen.add(key)) {
                    // told again: keep the first telling, but take the venue a later one names
                    if (venue.isPresent()) {
                        for (int k = 0; k < out.size(); k++) {
                            Development d = out.get(k);
                            if (key(d.kind(), d.actors()).equals(key(kind, actors)) && (!actors.isEmpty() || d.sentence() == s.index())
                                    && d.venue().isEmpty()) {
                                out.set(k, new Development(d.sentence(), d.span(), d.trigger(), d.kind(), d.actors(), venue,
                                        d.topic(), d.date()));
                            }
                        }
                    }
                    continue;
                }
                Optional<TimeExpression> date = TimeExpressions.find(text, s.span(), published).stream()
                        .filter(x -> x.date().isPresent()).findFirst();
                List<Entity> doers = actors;
                int begin = mentions.stream().filter(m -> doers.contains(m.entity()) && m.sentence() == s.index()
                        && m.span().end() <= span.begin()).mapToInt(m -> m.span().begin()).min().orElse(span.begin());
                out.add(new Development(s.index(), new Span(begin, clauseEnd(tokens, i)), span, kind, actors,
                        venue, topic(tokens), date));
                if (found.bothSides() && (kind == Kind.AGREEMENT || kind == Kind.IMPLEMENTATION)) {
                    bothSided.add(span);
                }
                if (actors.isEmpty() && sidesAsSubject(tokens, i)) {
                    described.add(span); // "the sides agreed to swap prisoners": the article's sides did it
                }
            }
            if (framed) {
                for (Development d : nominal.find(text, s, mentions, attributions, quotes, published, described)) {
                    // "signed a peace agreement with …": the noun is the object of a step of its kind already told, by
                    // the same sides ("Qatar hosted talks between Israel and Hamas" tells two: Qatar's and theirs)
                    boolean told = out.stream().anyMatch(x -> x.trigger().overlaps(d.trigger())
                            || (x.sentence() == s.index() && x.kind() == d.kind() && x.span().contains(d.trigger())
                                    && d.actors().stream().map(e -> statesActedFor.getOrDefault(e.iri(), e)).allMatch(x.actors()::contains)));
                    if (!told && seen.add(key(d.kind(), d.actors()))) {
                        out.add(d);
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparing(Development::trigger));
        bothSided.addAll(described);
        // the sides of a mediated deal are judged without its mediators, who are then added to it
        Map<Integer, List<SentenceMediators.Mediation>> mediations = new HashMap<>();
        article.sentences().forEach(x -> mediations.put(x.index(), SentenceMediators.in(text, x, mentions, cues.mediation(), this::actingFor)));
        Function<Development, List<Entity>> mediatorsOf = d -> SentenceMediators.of(d, text, mediations.get(d.sentence()));
        Set<Entity> mediators = new HashSet<>();
        mediations.values().forEach(list -> list.forEach(m -> mediators.addAll(m.who())));
        List<Development> sided = ContextSides.complete(out.stream().map(d -> SentenceMediators.without(d, mediatorsOf.apply(d))).toList(),
                bothSided, ContextSides.mostNamed(mentions, this::actingFor, mediators));
        return sided.stream().map(d -> SentenceMediators.plus(d, mediatorsOf.apply(d)))
                .toList();
    }

    private Entity actingFor(Entity e) {
        return ActingFor.of(e, statesActedFor);
    }

    private static String key(Kind kind, List<Entity> actors) {
        return kind + actors.stream().map(Entity::iri).sorted().toList().toString();
    }

    /** The subject right before the trigger is the sides, not named: "the sides agreed", "both parties have signed". */
    private boolean sidesAsSubject(List<Token> tokens, int i) {
        int k = i - 1;
        while (k >= 0 && SKIPPED_BEFORE_TRIGGER.contains(tokens.get(k).mainPos())) {
            k--;
        }
        return k >= 1 && cues.sides().contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
                && List.of("the", "both", "two", "each").contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT));
    }

    /**
     * Troops, not a negotiating team, leave: a word of {@code [forces]} in the five words before the
     * trigger ("government forces left") or the six after it ("withdrew its forces from the town").
     */
    private boolean troops(List<Token> tokens, int i, int last) {
        for (int k = Math.max(0, i - 5); k < Math.min(tokens.size(), last + 7); k++) {
            if ((k < i || k > last) && cues.forces().contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "not accept", "would not accept", "refuses to accept". */
    private static boolean refused(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (w.equals("not") || w.equals("n't") || w.equals("never") || w.startsWith("refus")) {
                return true;
            }
        }
        return false;
    }

    private static boolean negated(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (NEGATIONS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        for (int k = Math.max(0, i - 6); k < i; k++) { // "only when Hamas released", "if Hamas turned it down"
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            // "only once the mediators agreed", "as soon as a ceasefire is agreed": a condition, not a step told
            boolean once = w.equals("once") && k + 1 < i && !tokens.get(k + 1).mainPos().equals("VERB");
            boolean soonAs = w.equals("soon") && k + 1 < i && tokens.get(k + 1).text().equalsIgnoreCase("as");
            if (CONDITIONS.contains(w) || (w.equals("when") && k > 0 && tokens.get(k - 1).text().equalsIgnoreCase("only")) || once || soonAs) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the framework discussed in Doha": a past participle right after a noun, no auxiliary, nobody
     * after it. Its agent ("a plan put forward by the mediators") or, for a deal, the other side
     * ("the ceasefire agreed with Hezbollah") makes it a step told.
     */
    private static boolean reducedRelative(List<Token> tokens, int i, int last, Kind kind) {
        Token t = tokens.get(i);
        boolean participle = t.text().endsWith("ed") || t.text().endsWith("en") || t.text().equalsIgnoreCase("put");
        boolean afterNoun = i > 0 && tokens.get(i - 1).mainPos().equals("NOUN");
        Token next = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
        boolean partner = next != null && kind == Kind.AGREEMENT && (next.text().equals("with") || next.text().equals("between"));
        boolean noObject = next == null || next.mainPos().equals("PUNCT")
                || (next.mainPos().equals("ADP") && !AGENTS.contains(next.text()) && !partner);
        // the sentence's first verb is its main verb: "An Israeli team landed in Doha"; a participle before a
        // noun is no verb of its own ("twelve abducted farmers regained freedom")
        boolean verbBefore = false;
        for (int k = 0; k < i; k++) {
            String pos = tokens.get(k).mainPos();
            boolean attributive = pos.equals("VERB") && k + 1 < i && List.of("NOUN", "PROPN").contains(tokens.get(k + 1).mainPos());
            verbBefore |= (pos.equals("VERB") && !attributive) || pos.equals("AUX");
        }
        return participle && afterNoun && noObject && verbBefore;
    }

    /**
     * A date right after a participle says the step happened: "a truce agreed on 3 March is still
     * holding", "the agreement signed in April" — a reduced relative that tells the step as well as
     * describing its noun.
     */
    private static boolean datedAfter(String text, Sentence s, List<Token> tokens, int last, Optional<LocalDate> published) {
        if (last + 1 >= tokens.size()) {
            return false;
        }
        int after = tokens.get(last).span().end();
        return TimeExpressions.find(text, s.span(), published).stream()
                .anyMatch(x -> x.span().begin() >= after && text.substring(after, x.span().begin()).strip().matches("(?i)(?:on|in|last|this|earlier)?"));
    }

    /**
     * Inside what someone denies: "Qatar denied that the talks had collapsed" — up to the first
     * comma of the denial, so "…, a day after Israel recalled its team" is still told as fact.
     */
    private static boolean denied(String text, Span trigger, List<Attribution> attributions) {
        return attributions.stream().anyMatch(a -> a.stance() == Attribution.Stance.DENY && a.content().stream().anyMatch(c -> {
            int comma = text.indexOf(',', c.begin());
            int end = comma >= 0 && comma < c.end() ? comma : c.end();
            return c.begin() <= trigger.begin() && trigger.end() <= end;
        }));
    }

    /**
     * A step told in the perfect, "have agreed", "we've signed": a speaker who says it is done reports
     * it as done, so even inside a long quote it is a step (what a quote demands, hopes or plans is not).
     */
    static boolean perfect(List<Token> tokens, int i) {
        int k = i - 1;
        while (k >= 0 && tokens.get(k).mainPos().equals("ADV")) {
            k--; // "have already agreed", "has finally signed"
        }
        if (k < 0) {
            return false;
        }
        String w = tokens.get(k).text().toLowerCase(Locale.ROOT).replace('’', '\'');
        return PERFECT.contains(w) || w.endsWith("'ve");
    }

    /** Inside a quotation of more than a few words: the speaker's words, not a step the article reports. */
    private static boolean inLongQuote(String text, Quotes quotes, Span trigger) {
        return quotes.around(trigger.begin()).filter(q -> q.of(text).split("\\s+").length > 8).isPresent();
    }

    /** "agreed with Israel on …", "agreed to a truce with the army": the other side is named after the verb. */
    static boolean partnerAfter(List<Token> tokens, int i) {
        for (int j = i + 1; j < Math.min(tokens.size(), i + 10); j++) {
            String w = tokens.get(j).text();
            if (w.equals(",") || w.equals(";")) {
                return false;
            }
            if (w.equalsIgnoreCase("with") || w.equalsIgnoreCase("between")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Entity> venue(String text, Sentence s, List<Mention> mentions) {
        return mentions.stream().filter(m -> m.sentence() == s.index() && m.entity().is(EntityType.City) && !Dateline.covers(text, m.span()))
                .map(Mention::entity).findFirst(); // the city a story was filed from is no venue
    }

    private static Topic topic(List<Token> tokens) {
        Set<String> words = new HashSet<>();
        tokens.forEach(t -> words.add(t.text().toLowerCase(Locale.ROOT)));
        if (words.contains("governance") || words.contains("post-war") || words.contains("administration")) {
            return Topic.POST_WAR_GOVERNANCE;
        }
        if (words.contains("exchange") || (words.contains("hostages") && words.contains("prisoners") && !words.contains("ceasefire"))) {
            return Topic.HOSTAGE_PRISONER_EXCHANGE;
        }
        if (words.contains("aid") && !words.contains("ceasefire") && !words.contains("truce")) {
            return Topic.AID;
        }
        return Topic.CEASEFIRE;
    }

    /** End of the trigger's clause: the next comma, semicolon or the sentence end. */
    static int clauseEnd(List<Token> tokens, int i) {
        int k = i;
        while (k + 1 < tokens.size() && !List.of(",", ";", ".", "!", "?").contains(tokens.get(k + 1).text())) {
            k++;
        }
        return tokens.get(k).span().end();
    }
}
