package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
 * Steps a noun reports by itself, once the text says who took part: "talks between Israel and
 * Hamas", "talks with Ukrainian delegates", "the Israel-Lebanon ceasefire agreement", "a US
 * proposal", "Trump's proposal", "their phone call". A noun after a word that makes it
 * hypothetical ("a potential meeting", "any agreement", "future talks") or inside a long quote is
 * no step. Immutable and thread-safe.
 */
final class NominalDevelopments {

    private static final Set<String> PARTIES = Set.of("between", "with", "among", "involving");
    /** Prepositions whose parties come as a list ("between A, B and C"); "with" names one partner and then moves on. */
    private static final Set<String> LISTING = Set.of("between", "among", "involving");
    /** How far a listed party phrase may run, and one item of it ("representatives of the Norlandian Federation"). */
    private static final int LIST_LENGTH = 16;
    private static final int LIST_ITEM = 6;
    private static final Set<String> MODALS = Set.of("would", "could", "should", "might", "may", "must", "will", "need", "needs", "not",
            "no", "without");
    /** Prepositions of what a step noun is of or where it happens: "the signing of …", "discussions in Paris between …". */
    private static final Set<String> NOUN_PHRASE_PREPOSITIONS = Set.of("of", "in", "at", "for");
    /** Steps one side takes, told by a noun its subject announces: "announcing acceptance of", "his rejection of". */
    private static final Set<Kind> ONE_SIDED = Set.of(Kind.ACCEPTANCE, Kind.REJECTION);

    private final DevelopmentCues cues;

    NominalDevelopments(DevelopmentCues cues) {
        this.cues = cues;
    }

    List<Development> find(String text, Sentence s, List<Mention> mentions, List<Attribution> attributions, Quotes quotes,
            Optional<LocalDate> published, Set<Span> described) {
        List<Token> tokens = s.tokens();
        List<Development> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Kind kind = cues.nouns().get(t.text().toLowerCase(Locale.ROOT));
            if (kind == null || !t.mainPos().equals("NOUN") || hypothetical(tokens, i)
                    || quotes.around(t.span().begin()).filter(q -> q.of(text).split("\\s+").length > 8).isPresent()) {
                continue;
            }
            Set<Entity> actors = new LinkedHashSet<>(modifiers(tokens, i, s, mentions));
            actors.addAll(partners(tokens, i, s, mentions));
            boolean possessed = i > 0 && List.of("their", "its", "his", "her").contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT));
            if (possessed && (actors.isEmpty() || (actors.size() == 1 && (kind == Kind.TALKS_HELD || kind == Kind.AGREEMENT)))) {
                // "Russia and Ukraine agreed …, during their third round of talks"; "During his meeting with the envoy,
                // President Ana Ruiz said": the possessor, the sentence's subject, is the other side of the partner
                actors.addAll(subjects(tokens, s, mentions));
            }
            if (actors.isEmpty() && (kind == Kind.TALKS_HELD || kind == Kind.AGREEMENT) && afterTheMainVerb(tokens, i)) {
                // "Trump and Putin spoke to reporters following a three-hour meeting": the subject's sides met;
                // "Pakistan and India announced a mutual agreement": theirs
                List<Entity> subject = subjects(tokens, s, mentions);
                if (subject.size() < 2) {
                    subject = subjectOfVerbBefore(tokens, i, s, mentions);
                }
                if (subject.size() >= 2) {
                    actors.addAll(subject);
                }
            }
            if (actors.isEmpty() && ONE_SIDED.contains(kind) && afterTheMainVerb(tokens, i)) {
                actors.addAll(subjects(tokens, s, mentions)); // "the RSF released a statement announcing acceptance of …"
            }
            int needed = kind == Kind.TALKS_HELD || kind == Kind.AGREEMENT ? 2 : 1; // a meeting or a deal has two sides
            if (actors.size() == 1 && needed == 2 && afterTheMainVerb(tokens, i) && withPartner(tokens, i)) {
                // "Netanyahu announced a ceasefire agreement with Lebanon": the subject is the other side (an outlet reporting it is not)
                subjects(tokens, s, mentions).stream().filter(e -> !e.is(EntityType.MediaOutlet)).forEach(actors::add);
            }
            // "between Norlandian Prime Minister Ana Ruiz and …": she, not also Norland; unless that leaves a meeting one-sided
            Set<Entity> folded = new LinkedHashSet<>(actors);
            TitledPersons.fold(folded, s, mentions);
            if (folded.size() >= Math.min(actors.size(), kind == Kind.TALKS_HELD || kind == Kind.AGREEMENT ? 2 : 1)) {
                actors = folded;
            }
            // "indirect talks between the warring sides", "a deal between the two parties": the article's sides took part
            boolean sidesDescribed = actors.isEmpty() && sidesWord(tokens, i) && !modalBefore(tokens, i); // not "would need an agreement between the parties"
            if (actors.size() < needed && !(kind == Kind.TALKS_HELD && actors.size() == 1 && partnersNamed(tokens, i)) && !sidesDescribed) {
                continue;
            }
            if (sidesDescribed) {
                described.add(t.span());
            }
            Optional<TimeExpression> date = TimeExpressions.find(text, s.span(), published).stream()
                    .filter(x -> x.date().isPresent()).findFirst();
            Optional<Entity> venue = mentions.stream().filter(m -> m.sentence() == s.index() && m.entity().is(EntityType.City))
                    .map(Mention::entity).findFirst();
            out.add(new Development(s.index(), new Span(tokens.get(Math.max(0, i - 3)).span().begin(), t.span().end()), t.span(), kind,
                    new ArrayList<>(actors), venue, Topic.CEASEFIRE, date));
        }
        return out;
    }

    /** Whether the noun stands after the sentence's first verb (in its predicate, not its subject). */
    private static boolean afterTheMainVerb(List<Token> tokens, int noun) {
        for (int k = 0; k < noun; k++) {
            if (tokens.get(k).mainPos().equals("VERB")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actors named before the verb that governs the noun, back to the clause's start: "In a
     * development following four days of exchanges, Pakistan and India announced a mutual agreement".
     */
    private static List<Entity> subjectOfVerbBefore(List<Token> tokens, int noun, Sentence s, List<Mention> mentions) {
        int verb = noun - 1;
        while (verb >= 0 && !tokens.get(verb).mainPos().equals("VERB")) {
            verb--;
        }
        if (verb <= 0) {
            return List.of();
        }
        for (int k = verb + 1; k < noun; k++) {
            if (!tokens.get(k).mainPos().matches("DET|ADJ|NUM|NOUN|PROPN|PART")) {
                return List.of(); // the verb's object only: "within 72 hours of an agreement" is no agreement announced
            }
        }
        int start = verb - 1;
        while (start > 0 && !tokens.get(start - 1).text().equals(",") && !tokens.get(start - 1).mainPos().equals("VERB")) {
            start--;
        }
        int from = tokens.get(start).span().begin();
        int to = tokens.get(verb).span().begin();
        return mentions.stream().filter(m -> m.sentence() == s.index() && m.use() == EntityType.Kind.ACTOR
                && m.span().begin() >= from && m.span().end() <= to).map(Mention::entity).distinct().toList();
    }

    /** The actors named before the sentence's first verb: its subject. */
    private static List<Entity> subjects(List<Token> tokens, Sentence s, List<Mention> mentions) {
        int verb = 0;
        while (verb < tokens.size() && !tokens.get(verb).mainPos().equals("VERB") && !tokens.get(verb).mainPos().equals("AUX")) {
            verb++;
        }
        int end = verb < tokens.size() ? tokens.get(verb).span().begin() : s.span().end();
        return mentions.stream().filter(m -> m.sentence() == s.index() && m.use() == EntityType.Kind.ACTOR && m.span().end() <= end)
                .map(Mention::entity).distinct().toList();
    }

    /**
     * "any agreement", "a potential meeting", "future talks", "any truce or peace agreement": a
     * hypothetical word in the noun's phrase, within five words before it.
     */
    private boolean hypothetical(List<Token> tokens, int i) {
        boolean phrase = true; // past three words, only through the noun phrase
        for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
            if (cues.hypothetical().contains(tokens.get(k).text().toLowerCase(Locale.ROOT)) && (k >= i - 3 || phrase)) {
                return true;
            }
            phrase &= tokens.get(k).mainPos().matches("ADJ|NOUN|PROPN|CCONJ|NUM");
        }
        return false;
    }

    /** The actors named in the words just before the noun: "the Israel-Lebanon ceasefire agreement", "Trump's proposal". */
    private static List<Entity> modifiers(List<Token> tokens, int noun, Sentence s, List<Mention> mentions) {
        int k = noun - 1;
        while (k >= 0 && (tokens.get(k).mainPos().matches("ADJ|NOUN|PROPN|PART|NUM") || tokens.get(k).text().equals("-")
                || tokens.get(k).text().equals("'s") || tokens.get(k).text().equals("’s") || inMention(tokens.get(k), s, mentions))) {
            k--;
        }
        int from = tokens.get(Math.min(k + 1, noun)).span().begin();
        int to = tokens.get(noun).span().begin();
        return mentions.stream().filter(m -> m.sentence() == s.index() && m.use() == EntityType.Kind.ACTOR
                && m.span().begin() >= from && m.span().end() <= to).map(Mention::entity).distinct().toList();
    }

    /** "talks between Israel and Hamas", "talks with Ukrainian delegates": actors named after "between"/"with". */
    private List<Entity> partners(List<Token> tokens, int noun, Sentence s, List<Mention> mentions) {
        int party = partyWord(tokens, noun);
        if (party < 0) {
            return List.of();
        }
        int from = tokens.get(party).span().end();
        int to = from;
        boolean list = LISTING.contains(tokens.get(party).text().toLowerCase(Locale.ROOT));
        for (int k = party + 1; k < tokens.size() && k <= party + (list ? LIST_LENGTH : 11); k++) {
            String w = tokens.get(k).text();
            // "between A, B and C": a comma inside the list of parties does not close it
            boolean inList = list && w.equals(",") && listGoesOn(tokens, k);
            if ((w.equals(",") && !inList) || w.equals(";") || w.equals(".") || tokens.get(k).mainPos().equals("VERB")) {
                break;
            }
            to = tokens.get(k).span().end();
        }
        int f = from;
        int e = to;
        return mentions.stream().filter(m -> m.sentence() == s.index() && m.use() == EntityType.Kind.ACTOR
                && m.span().begin() >= f && m.span().end() <= e).map(Mention::entity).distinct().toList();
    }

    /**
     * Whether the comma at {@code comma} separates parties of one list: an "and" ends the list before
     * any verb or other comma ("between A, B and C"; not "between A and B, a deal that …").
     */
    private static boolean listGoesOn(List<Token> tokens, int comma) {
        for (int k = comma + 1; k < tokens.size() && k <= comma + LIST_ITEM; k++) {
            Token t = tokens.get(k);
            if (t.text().equalsIgnoreCase("and")) {
                return true;
            }
            if (t.mainPos().equals("VERB") || t.mainPos().equals("PUNCT")) {
                return false;
            }
        }
        return false;
    }

    /** A modal or negation in the five words before the noun: "would need an agreement", "no talks". */
    private static boolean modalBefore(List<Token> tokens, int noun) {
        for (int k = Math.max(0, noun - 5); k < noun; k++) {
            if (MODALS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The noun's parties are described, not named: "between the warring sides", "with both parties". */
    private boolean sidesWord(List<Token> tokens, int noun) {
        int party = partyWord(tokens, noun);
        for (int k = party + 1; party >= 0 && k < Math.min(tokens.size(), party + 5); k++) {
            if (cues.sides().contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private boolean withPartner(List<Token> tokens, int noun) {
        int party = partyWord(tokens, noun);
        return party >= 0 && tokens.get(party).text().equalsIgnoreCase("with");
    }

    private boolean partnersNamed(List<Token> tokens, int noun) {
        return partyWord(tokens, noun) >= 0;
    }

    /**
     * The "between" or "with" that names the parties: right after the noun, or after what the noun
     * is of ("the signing of the Washington Accords between Rwanda and …"), or after a participle of the
     * step ("a peace agreement reached with …", "a proposal put forward by …": then "by" names its author
     * too); -1 when there is none.
     */
    private int partyWord(List<Token> tokens, int noun) {
        boolean participle = false;
        for (int k = noun + 1; k < Math.min(tokens.size() - 1, noun + 9); k++) {
            Token t = tokens.get(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (PARTIES.contains(w) || (participle && w.equals("by"))) {
                return k;
            }
            if (k <= noun + 2 && cues.participles().contains(w) && (k == noun + 1 || participle)) {
                participle = true; // "reached", "put forward": a reduced relative on the step
                continue;
            }
            // "the signing of the Washington Accords between …", "a signing ceremony for …", "discussions in Paris between …"
            boolean ofPhrase = k == noun + 1 ? NOUN_PHRASE_PREPOSITIONS.contains(w) || t.mainPos().equals("NOUN")
                    : !t.mainPos().equals("VERB") && !t.mainPos().equals("PUNCT");
            if (!ofPhrase) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean inMention(Token t, Sentence s, List<Mention> mentions) {
        return mentions.stream().anyMatch(m -> m.sentence() == s.index() && m.span().overlaps(t.span()));
    }
}
