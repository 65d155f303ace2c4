package org.claimgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * after "by" in a passive); the venue is a city the sentence names; the date the sentence's time
 * expression, resolved against the publication date. One development of a kind with the same
 * actors per article. Immutable and thread-safe.
 */
final class DevelopmentFinder {

    /** A trigger; a delivery ("handed", "sent") has no kind of its own: what is delivered decides. */
    private record Trigger(List<String> words, Optional<Kind> kind) {
    }

    /** Words before a trigger that say it did not (yet) happen: negation and modals. */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "without", "would", "could", "might",
            "may", "will", "should");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "until", "whether");
    private static final Set<String> RESPONSE_OBJECTS = Set.of("response", "reply", "answer", "comments", "amendments");
    private static final Set<String> PROPOSAL_OBJECTS = Set.of("proposal", "plan", "offer", "text", "framework", "draft", "deal", "map", "maps");
    private static final Set<String> TALK_OBJECTS = Set.of("talks", "talk", "meeting", "meetings", "negotiations", "round", "discussions", "consultations", "call", "summit");
    private static final Set<String> TALK_TRIGGERS_NEEDING_OBJECT = Set.of("held", "holds", "hold", "holding", "hosted", "hosts", "host", "hosting", "convened", "convene");
    /** Arriving for talks is talks held by the arrivals alone: "landed in Doha for talks with Hamas". */
    private static final Set<String> ARRIVALS = Set.of("landed", "arrived", "arrive", "arrives");
    private static final Set<String> LEADERS = Set.of("headed", "led", "accompanied", "including");
    private static final Set<String> MEETINGS = Set.of("met", "meet", "meets", "spoke", "talked", "discussed");
    private static final Set<String> MEETING_VERBS = Set.of("met", "meet", "meets");
    private static final Set<String> SKIPPED_BEFORE_TRIGGER = Set.of("ADV", "AUX", "PART");
    private static final Set<String> SUBJECT_POS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");
    private static final Set<String> SUBJECT_JOINERS = Set.of("and", ",", "of", "'s", "’s", "-");
    private static final Set<String> RETURN_PLACES = Set.of("doha", "cairo", "table", "negotiating");
    private static final Set<String> RELEASE_OBJECTS = Set.of("hostages", "hostage", "prisoners", "prisoner", "captives", "detainees", "bodies");

    private final List<Trigger> triggers;
    private final Set<String> frame;
    private final Map<String, Entity> statesActedFor;

    private DevelopmentFinder(List<Trigger> triggers, Set<String> frame, Map<String, Entity> statesActedFor) {
        this.triggers = triggers;
        this.frame = frame;
        this.statesActedFor = statesActedFor;
    }

    static DevelopmentFinder load(Map<String, Entity> statesActedFor) {
        List<Trigger> triggers = new ArrayList<>();
        Set<String> frame = new HashSet<>();
        try (InputStream in = DevelopmentFinder.class.getResourceAsStream("development-cues.tsv")) {
            if (in == null) {
                throw new IllegalStateException("development-cues.tsv is missing from the classpath: rebuild the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols[0].equals("[frame]")) {
                    frame.addAll(List.of(cols[1].split(" ")));
                    continue;
                }
                Optional<Kind> kind = cols[0].equals("delivery") ? Optional.empty()
                        : Optional.of(Kind.valueOf(cols[0].toUpperCase(Locale.ROOT)));
                for (String form : cols[1].split(" ")) {
                    triggers.add(new Trigger(List.of(form.split("\\+")), kind));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read development-cues.tsv", e);
        }
        triggers.sort((a, b) -> b.words().size() - a.words().size());
        return new DevelopmentFinder(List.copyOf(triggers), Set.copyOf(frame), Map.copyOf(statesActedFor));
    }

    List<Development> find(AnnotatedArticle article, List<Mention> mentions, List<Attribution> attributions,
            Optional<LocalDate> published) {
        String text = article.text();
        Quotes quotes = Quotes.of(text);
        List<Development> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sentence s : article.sentences()) {
            List<Token> tokens = s.tokens();
            boolean framed = tokens.stream().anyMatch(t -> frame.contains(t.withoutPossessive().toLowerCase(Locale.ROOT)));
            if (article.clean().isSkipped(s.span())) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                Optional<Trigger> trigger = triggerAt(tokens, i);
                if (trigger.isEmpty()) {
                    continue;
                }
                Trigger found = trigger.get();
                int last = lastWord(tokens, i, found);
                Span span = new Span(tokens.get(i).span().begin(), tokens.get(i).span().end());
                Optional<Kind> kindOf = found.kind().isPresent() ? found.kind() : delivered(tokens, last + 1);
                if (kindOf.equals(Optional.of(Kind.ACCEPTANCE)) && refused(tokens, i)) {
                    kindOf = Optional.of(Kind.REJECTION); // "would not accept" is a rejection
                }
                if (kindOf.isEmpty() || (negated(tokens, i) && kindOf.get() != Kind.REJECTION) || inLongQuote(text, quotes, span)
                        || denied(text, span, attributions)
                        || !objectFits(kindOf.get(), tokens, i, last + 1)) {
                    continue;
                }
                Trigger t = new Trigger(found.words(), kindOf);
                boolean meeting = kindOf.get() == Kind.TALKS_HELD && MEETINGS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT));
                if (!framed && !meeting) {
                    continue; // not a sentence about negotiations; a meeting or call between leaders needs no such word
                }
                if (reducedRelative(tokens, i) || (i > 0 && tokens.get(i - 1).mainPos().equals("DET"))) {
                    continue; // "the framework discussed in Doha": a participle describing a noun, no event told
                }
                List<Entity> actors = actors(s, i, kindOf.get(), mentions).stream()
                        .map(e -> statesActedFor.getOrDefault(e.iri(), e)).distinct().toList(); // an office acts for its state
                if (!framed && actors.size() < 2) {
                    continue; // an unframed meeting counts only between two named sides
                }
                String key = key(t.kind().orElseThrow(), actors);
                Optional<Entity> venue = venue(s, mentions);
                if (!seen.add(key)) {
                    // told again: keep the first telling, but take the venue a later one names
                    if (venue.isPresent()) {
                        for (int k = 0; k < out.size(); k++) {
                            Development d = out.get(k);
                            if (key(d.kind(), d.actors()).equals(key) && d.venue().isEmpty()) {
                                out.set(k, new Development(d.sentence(), d.span(), d.trigger(), d.kind(), d.actors(), venue,
                                        d.topic(), d.date()));
                            }
                        }
                    }
                    continue;
                }
                Optional<TimeExpression> date = TimeExpressions.find(text, s.span(), published).stream()
                        .filter(x -> x.date().isPresent()).findFirst();
                int begin = mentions.stream().filter(m -> actors.contains(m.entity()) && m.sentence() == s.index()
                        && m.span().end() <= span.begin()).mapToInt(m -> m.span().begin()).min().orElse(span.begin());
                out.add(new Development(s.index(), new Span(begin, clauseEnd(tokens, i)), span, t.kind().orElseThrow(), actors,
                        venue, topic(tokens), date));
            }
        }
        return out;
    }

    private static String key(Kind kind, List<Entity> actors) {
        return kind + actors.stream().map(Entity::iri).sorted().toList().toString();
    }

    /** A trigger starting at token i; a particle may stand a few words later ("pulled their negotiators out"). */
    private Optional<Trigger> triggerAt(List<Token> tokens, int i) {
        String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
        if (word.equals("unacceptable") || (word.equals("acceptable") && i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("not"))) {
            return Optional.of(new Trigger(List.of(word), Optional.of(Kind.REJECTION))); // "not acceptable to Israel"
        }
        if (i > 0 && tokens.get(i).text().equalsIgnoreCase("hold") && tokens.get(i - 1).text().equalsIgnoreCase("on")) {
            return Optional.of(new Trigger(List.of("hold"), Optional.of(Kind.PAUSE))); // "talks have been on hold"
        }
        if (!tokens.get(i).mainPos().equals("VERB")) {
            return Optional.empty();
        }
        for (Trigger t : triggers) {
            if (tokens.get(i).text().equalsIgnoreCase(t.words().get(0)) && lastWord(tokens, i, t) >= 0) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Index of the trigger's last word (its particle within four tokens), or -1 when it is not there. */
    private static int lastWord(List<Token> tokens, int i, Trigger t) {
        int k = i;
        for (int w = 1; w < t.words().size(); w++) {
            int found = -1;
            for (int j = k + 1; j < Math.min(tokens.size(), k + 5); j++) {
                if (tokens.get(j).text().equalsIgnoreCase(t.words().get(w))) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            k = found;
        }
        return k;
    }

    /** What a delivery delivers: a response or a proposal, by the words after it, else just before it ("the proposal, passed to Hamas"). */
    private static Optional<Kind> delivered(List<Token> tokens, int from) {
        Optional<Kind> after = deliveredIn(tokens, from, Math.min(tokens.size(), from + 6));
        return after.isPresent() ? after : deliveredIn(tokens, 0, Math.max(0, from - 1));
    }

    private static Optional<Kind> deliveredIn(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (RESPONSE_OBJECTS.contains(w)) {
                return Optional.of(Kind.RESPONSE);
            }
            if (PROPOSAL_OBJECTS.contains(w)) {
                return Optional.of(Kind.PROPOSAL);
            }
        }
        return Optional.empty();
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
            if (CONDITIONS.contains(w) || (w.equals("when") && k > 0 && tokens.get(k - 1).text().equalsIgnoreCase("only"))) {
                return true;
            }
        }
        return false;
    }

    /** "the framework discussed in Doha", "a plan endorsed by Hamas": a past participle right after a noun, no auxiliary. */
    private static boolean reducedRelative(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean participle = t.text().endsWith("ed") || t.text().endsWith("en");
        boolean afterNoun = i > 0 && tokens.get(i - 1).mainPos().equals("NOUN");
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        boolean noObject = next == null || next.mainPos().equals("PUNCT") || (next.mainPos().equals("ADP") && !next.text().equals("by"));
        // the sentence's first verb is its main verb: "An Israeli team landed in Doha"
        boolean verbBefore = tokens.subList(0, i).stream().anyMatch(x -> x.mainPos().equals("VERB") || x.mainPos().equals("AUX"));
        return participle && afterNoun && noObject && verbBefore;
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

    /** Inside a quotation of more than a few words: the speaker's words, not a step the article reports. */
    private static boolean inLongQuote(String text, Quotes quotes, Span trigger) {
        return quotes.around(trigger.begin()).filter(q -> q.of(text).split("\\s+").length > 8).isPresent();
    }

    /**
     * "released" is an implementation only when hostages or prisoners follow; "held" and "hosted"
     * are talks only with talks or a meeting next to them ("held talks", "talks were held"), not
     * "the area held by Israeli forces".
     */
    private boolean objectFits(Kind kind, List<Token> tokens, int trigger, int after) {
        List<String> next = tokens.subList(after, Math.min(tokens.size(), after + 6)).stream()
                .map(t -> t.text().toLowerCase(Locale.ROOT)).toList();
        if (kind == Kind.IMPLEMENTATION) {
            return next.stream().anyMatch(RELEASE_OBJECTS::contains);
        }
        if (kind == Kind.RESUMPTION && tokens.get(trigger).text().toLowerCase(Locale.ROOT).startsWith("return")) {
            // "returned to Doha", "return to the talks" — not "return the remains"
            return next.stream().anyMatch(w -> TALK_OBJECTS.contains(w) || RETURN_PLACES.contains(w));
        }
        if (kind == Kind.TALKS_HELD && TALK_TRIGGERS_NEEDING_OBJECT.contains(tokens.get(trigger).text().toLowerCase(Locale.ROOT))) {
            List<String> before = tokens.subList(Math.max(0, trigger - 3), trigger).stream()
                    .map(t -> t.text().toLowerCase(Locale.ROOT)).toList();
            return next.stream().limit(3).anyMatch(TALK_OBJECTS::contains) || before.stream().anyMatch(TALK_OBJECTS::contains);
        }
        return true;
    }

    /**
     * The actors of a trigger: those named in the noun phrase right before it ("An Israeli
     * negotiating team landed", "The United States and Israel pulled out"); in a passive, the one
     * after "by"; for talks, also the partner after "with" ("discussed … with Marco Rubio").
     */
    private static List<Entity> actors(Sentence s, int trigger, Kind kind, List<Mention> mentions) {
        List<Token> tokens = s.tokens();
        int k = trigger - 1;
        while (k >= 0 && SKIPPED_BEFORE_TRIGGER.contains(tokens.get(k).mainPos())) {
            k--; // "has", "also", "on Sunday" is not skipped: adverbs and auxiliaries only
        }
        if (k > 0 && tokens.get(k).text().equals(",")) {
            // "Ron Dermer, Israel's strategic affairs minister …, held talks": the subject is before the apposition
            int open = k - 1;
            while (open > 0 && !tokens.get(open).text().equals(",") && k - open < 15) {
                open--;
            }
            if (open > 0 && tokens.get(open).text().equals(",")) {
                k = open - 1;
            }
        }
        int npEnd = k;
        int head = k;
        while (k >= 0 && (SUBJECT_POS.contains(tokens.get(k).mainPos()) || SUBJECT_JOINERS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
                || inMention(tokens.get(k), s, mentions))) {
            k--;
            if (k >= 1 && tokens.get(k).text().equals("by") && LEADERS.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT))) {
                k -= 2; // "a Hamas delegation headed by Khalil al-Hayya": the delegation is the head
                head = k;
            }
        }
        Set<Entity> actors = new LinkedHashSet<>();
        if (npEnd > k) {
            int from = tokens.get(k + 1).span().begin();
            int to = tokens.get(npEnd).span().end();
            mentions.stream().filter(m -> m.sentence() == s.index() && m.use() == EntityType.Kind.ACTOR
                    && m.span().begin() >= from && m.span().end() <= to).forEach(m -> actors.add(m.entity()));
        }
        if (kind == Kind.TALKS_HELD && head >= 0 && personAt(tokens.get(head), s, mentions)) {
            actors.removeIf(e -> !e.is(EntityType.Person)); // "Qatari Prime Minister Al Thani spoke with …": the person meets
        } else if (actors.stream().anyMatch(e -> !e.is(EntityType.Person))) {
            // "a Hamas delegation headed by Khalil al-Hayya", "US envoy Witkoff withdrew his team": the state or group acts
            actors.removeIf(e -> e.is(EntityType.Person));
        }
        for (int j = trigger + 1; j < tokens.size() - 1; j++) {
            String w = tokens.get(j).text();
            if (w.equals(",") || w.equals(";")) {
                break;
            }
            boolean agent = (w.equals("by") || (w.equals("to") && kind == Kind.REJECTION && j == trigger + 1)) && actors.isEmpty();
            boolean arrival = ARRIVALS.contains(tokens.get(trigger).text().toLowerCase(Locale.ROOT));
            boolean partner = kind == Kind.TALKS_HELD && !arrival && (w.equals("with") || (j == trigger + 1 && MEETING_VERBS.contains(tokens.get(trigger).text().toLowerCase(Locale.ROOT))));
            if (agent) {
                // "passed to Hamas by Qatari and Egyptian mediators": everyone named in the by-phrase
                int after = tokens.get(j).span().end();
                int stop = clauseEnd(tokens, j);
                mentions.stream().filter(m -> m.sentence() == s.index() && m.use() == EntityType.Kind.ACTOR
                        && m.span().begin() >= after && m.span().end() <= stop).forEach(m -> actors.add(m.entity()));
            } else if (partner) {
                int after = !w.equals("with") ? tokens.get(trigger).span().end() : tokens.get(j).span().end();
                List<Mention> near = mentions.stream().filter(m -> m.sentence() == s.index() && m.use() == EntityType.Kind.ACTOR
                        && m.span().begin() >= after && m.span().begin() <= after + 60).toList();
                near.stream().filter(m -> m.entity().is(EntityType.Person)).findFirst().or(() -> near.stream().findFirst())
                        .ifPresent(m -> actors.add(m.entity()));
            }
        }
        return new ArrayList<>(actors);
    }

    private static boolean personAt(Token t, Sentence s, List<Mention> mentions) {
        return mentions.stream().anyMatch(m -> m.sentence() == s.index() && m.span().overlaps(t.span()) && m.entity().is(EntityType.Person));
    }

    private static boolean inMention(Token t, Sentence s, List<Mention> mentions) {
        return mentions.stream().anyMatch(m -> m.sentence() == s.index() && m.span().overlaps(t.span()));
    }

    private static Optional<Entity> venue(Sentence s, List<Mention> mentions) {
        return mentions.stream().filter(m -> m.sentence() == s.index() && m.entity().is(EntityType.City)).map(Mention::entity).findFirst();
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
    private static int clauseEnd(List<Token> tokens, int i) {
        int k = i;
        while (k + 1 < tokens.size() && !List.of(",", ";", ".", "!", "?").contains(tokens.get(k + 1).text())) {
            k++;
        }
        return tokens.get(k).span().end();
    }
}
