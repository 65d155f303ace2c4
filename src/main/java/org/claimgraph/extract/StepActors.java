package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.domain.Development.Kind;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Token;

/**
 * Who takes the step a trigger names, from the words around it: the subject before it (through
 * auxiliaries, a relative pronoun, an apposition), the agent of a passive, the partner of talks or a
 * deal. Split from {@link DevelopmentFinder}, which finds the triggers. Stateless.
 */
final class StepActors {

    /** Arriving for talks is talks held by the arrivals alone: "landed in Doha for talks with Hamas". */
    private static final Set<String> ARRIVALS = Set.of("landed", "arrived", "arrive", "arrives");
    private static final Set<String> LEADERS = Set.of("headed", "led", "accompanied", "including");
    private static final Set<String> MEETING_VERBS = Set.of("met", "meet", "meets");
    private static final Set<String> SUBJECT_POS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");
    /** Pronouns that stand for a noun said before: "the truce, which began", "Nabih Berri, who negotiated", "after it took effect". */
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "it");
    /** Steps a leader named at the head of the subject takes in person (a team's withdrawal or a plan is the state's). */
    private static final Set<Kind> PERSONAL = Set.of(Kind.TALKS_HELD, Kind.REJECTION, Kind.ACCEPTANCE);
    /** Pronouns that, right after a reporting verb, stand for the reporter: "Hamas said it accepted", "they". */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they");
    private static final Set<String> SUBJECT_JOINERS = Set.of("and", ",", "of", "'s", "’s", "-");
    /** How many words an apposition between a subject and its step may have ("The alliance, one of the militias that …, announced"). */
    private static final int APPOSITION_LENGTH = 25;
    /** How many words an infinitive's "to" may stand after the verb it serves ("visited the capital on Monday to meet"). */
    private static final int INFINITIVE_REACH = 8;

    private StepActors() {
    }

    /**
     * The actors of a trigger: those named in the noun phrase right before it ("An Israeli
     * negotiating team landed", "The United States and Israel pulled out"); in a passive, the one
     * after "by"; for talks, also the partner after "with" ("discussed … with Marco Rubio").
     */
    static List<Entity> of(Sentence s, int trigger, Kind kind, List<Mention> mentions, Set<String> reporting) {
        List<Token> tokens = s.tokens();
        int k = infinitiveSubject(tokens, trigger, skipDay(tokens, skipAuxiliaries(tokens, trigger - 1)));
        int appositionName = -1; // the comma opening an apposition that names the subject
        int reporter = reporterBefore(tokens, k, reporting);
        if (reporter >= 0) {
            k = skipAuxiliaries(tokens, reporter - 1); // "the RSF has said it agrees": the reporter's subject is the step's
        }
        if (k > 0 && RELATIVE.contains(tokens.get(k).text().toLowerCase(Locale.ROOT)) && !tokens.get(k).text().equalsIgnoreCase("it")) {
            k--; // "Nabih Berri, who negotiated the truce": the relative pronoun's noun acts
            if (k > 0 && tokens.get(k).text().equals(",")) {
                k--;
            }
        } else if (k > 0 && tokens.get(k).text().equals(",")) {
            // "Ron Dermer, Israel's strategic affairs minister …, held talks": the subject is before the apposition
            int open = k - 1;
            while (open > 0 && !tokens.get(open).text().equals(",") && k - open < APPOSITION_LENGTH) {
                open--;
            }
            if (open > 0 && tokens.get(open).text().equals(",")) {
                // "Sudan's military ruler, General Abdel Fattah al-Burhan, rejected": when the apposition is only a name, it is the subject
                appositionName = namesOnly(s, open + 1, k - 1, mentions) ? open : -1;
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
        if (appositionName >= 0) {
            int comma = appositionName;
            npEnd = comma + 1;
            while (!tokens.get(npEnd + 1).text().equals(",")) {
                npEnd++;
            }
            k = comma;
            head = npEnd;
            while (head > comma && !inMention(tokens.get(head), s, mentions)) {
                head--; // past the bracketed acronym: "Rapid Support Forces (RSF)"
            }
        }
        Set<Entity> actors = new LinkedHashSet<>();
        if (npEnd > k) {
            int from = tokens.get(k + 1).span().begin();
            int to = tokens.get(npEnd).span().end();
            mentions.stream().filter(m -> m.sentence() == s.index() && m.use() == EntityType.Kind.ACTOR
                    && m.span().begin() >= from && m.span().end() <= to).forEach(m -> actors.add(m.entity()));
        }
        if (PERSONAL.contains(kind) && head >= 0 && personAt(tokens.get(head), s, mentions)) {
            // "Qatari Prime Minister Al Thani spoke with …", "Chairman of the council Ali Musa rejected …": the person meets or decides
            actors.removeIf(e -> !e.is(EntityType.Person));
        } else if (actors.stream().anyMatch(e -> !e.is(EntityType.Person))) {
            // "a Hamas delegation headed by Khalil al-Hayya", "US envoy Witkoff withdrew his team": the state or group acts
            actors.removeIf(e -> e.is(EntityType.Person));
        }
        Set<Entity> actedFor = new LinkedHashSet<>(); // named as whom the actor acts for: a party even where a title also names it
        for (int j = trigger + 1; j < tokens.size() - 1; j++) {
            String w = tokens.get(j).text();
            if (w.equals(",") || w.equals(";")) {
                break;
            }
            // "passed to Hamas through Egyptian mediators": who carries a passive step acts in it as its "by" would
            boolean agent = (DevelopmentFinder.AGENTS.contains(w) || (w.equals("to") && kind == Kind.REJECTION && j == trigger + 1)) && actors.isEmpty();
            boolean arrival = ARRIVALS.contains(tokens.get(trigger).text().toLowerCase(Locale.ROOT));
            // "signed a peace agreement with the government", "agreed with Hezbollah": the other side of a deal
            boolean dealPartner = kind == Kind.AGREEMENT && w.equals("with");
            boolean partner = (kind == Kind.TALKS_HELD || dealPartner) && !arrival && (w.equals("with") || (j == trigger + 1 && MEETING_VERBS.contains(tokens.get(trigger).text().toLowerCase(Locale.ROOT))));
            if (w.equalsIgnoreCase("behalf") && j > trigger + 1 && tokens.get(j - 1).text().equalsIgnoreCase("on")) {
                // "Ana Ruiz, who negotiated a pause on behalf of Norland": whom she acts for takes the step with him
                int after = tokens.get(j).span().end();
                mentions.stream().filter(m -> m.sentence() == s.index() && m.use() == EntityType.Kind.ACTOR && m.span().begin() >= after
                        && m.span().begin() <= after + 8).findFirst().ifPresent(m -> actedFor.add(m.entity()));
            }
            if (agent) {
                // "passed to Hamas by Qatari and Egyptian mediators": everyone named in the by-phrase
                int after = tokens.get(j).span().end();
                int stop = DevelopmentFinder.clauseEnd(tokens, j);
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
        TitledPersons.fold(actors, s, mentions); // "drafted by Norlandian envoy Ana Ruiz and …": she acts, her title's state is no second party
        actors.addAll(actedFor);
        return new ArrayList<>(actors);
    }

    /**
     * A step in an infinitive of purpose or of a verb like "agreed" is taken by that verb's subject: "Ana Ruiz flew
     * to Ostria on Monday to meet with …", "Norland agreed to resume talks": from the "to" at {@code k}, back to the verb (within
     * its clause) and past its auxiliaries; else {@code k}, the word before the trigger's auxiliaries.
     */
    private static int infinitiveSubject(List<Token> tokens, int trigger, int k) {
        boolean infinitive = false;
        for (int j = k + 1; j < trigger; j++) {
            infinitive |= tokens.get(j).text().equalsIgnoreCase("to"); // skipped with the adverbs: "to", "to formally"
        }
        if (!infinitive || k < 1 || tokens.get(k).mainPos().equals("NOUN")) {
            return k; // "a US proposal to declare a truce": the infinitive completes the noun, whose phrase names the actor
        }
        for (int v = k; v > 0 && k - v <= INFINITIVE_REACH; v--) {
            Token t = tokens.get(v);
            if (t.text().equals(",") || t.text().equals(";")) {
                return k;
            }
            if (t.mainPos().equals("VERB")) {
                return skipAuxiliaries(tokens, v - 1);
            }
        }
        return k;
    }

    /** Back past adverbs and auxiliaries ("has", "also"; "on Sunday" is not skipped) from {@code k}. */
    private static int skipAuxiliaries(List<Token> tokens, int k) {
        while (k >= 0 && DevelopmentFinder.SKIPPED_BEFORE_TRIGGER.contains(tokens.get(k).mainPos())) {
            k--;
        }
        return k;
    }

    /**
     * Back past a day that stands between the subject and its verb ("Russia and Ukraine on Wednesday concluded",
     * "The front on 19 July suspended"), from {@code k}: the "on" must follow a noun of the subject; else {@code k}.
     */
    private static int skipDay(List<Token> tokens, int k) {
        int j = k;
        // the words of a day: "on Wednesday", "on July 19", "on Monday night" (NounPhrases' time words)
        while (j >= 0 && (NounPhrases.TIME_HEADS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT)) || tokens.get(j).mainPos().equals("NUM"))) {
            j--;
        }
        boolean day = j < k && j >= 1 && tokens.get(j).text().equalsIgnoreCase("on")
                && List.of("NOUN", "PROPN").contains(tokens.get(j - 1).mainPos());
        return day ? skipAuxiliaries(tokens, j - 1) : k;
    }

    /**
     * The reporting verb before a pronoun subject at {@code k} ("said it agrees", "announced that they
     * had accepted"), or -1: the pronoun stands for whoever reports, named before that verb.
     */
    private static int reporterBefore(List<Token> tokens, int k, Set<String> reporting) {
        if (k < 1 || !SUBJECT_PRONOUNS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int r = k - 1;
        if (r >= 1 && tokens.get(r).text().equalsIgnoreCase("that")) {
            r--;
        }
        return reporting.contains(tokens.get(r).text().toLowerCase(Locale.ROOT)) ? r : -1;
    }

    /**
     * Tokens {@code from..to} are an actor's name and nothing more (titles, a leading "the", its acronym in brackets):
     * "General Abdel Fattah al-Burhan", "the Rapid Support Forces (RSF)" — not "Israel's strategic affairs minister".
     */
    private static boolean namesOnly(Sentence s, int from, int to, List<Mention> mentions) {
        boolean named = false;
        for (int j = from; j <= to; j++) {
            Token t = s.tokens().get(j);
            boolean inActor = mentions.stream().anyMatch(m -> m.sentence() == s.index() && m.use() == EntityType.Kind.ACTOR
                    && m.span().overlaps(t.span()));
            named |= inActor;
            boolean article = j == from && t.text().equalsIgnoreCase("the"); // "…, the Rapid Support Forces (RSF), said"
            if (!inActor && !article && !t.isCapitalised() && !List.of("(", ")").contains(t.text())) {
                return false;
            }
        }
        return named;
    }

    private static boolean personAt(Token t, Sentence s, List<Mention> mentions) {
        return mentions.stream().anyMatch(m -> m.sentence() == s.index() && m.span().overlaps(t.span()) && m.entity().is(EntityType.Person));
    }

    private static boolean inMention(Token t, Sentence s, List<Mention> mentions) {
        return mentions.stream().anyMatch(m -> m.sentence() == s.index() && m.span().overlaps(t.span()));
    }
}
