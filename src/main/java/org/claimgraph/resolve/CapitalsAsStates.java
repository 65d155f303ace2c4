package org.claimgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.domain.ActorProfile;
import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Token;

/**
 * A capital named as an actor is its state: "Moscow said", "Kyiv's absence", "talks with
 * Washington", "Washington and Moscow agreed" name Russia, Ukraine and the United States, not
 * three cities; "in Kyiv", "strikes on Moscow", a dateline "KYIV, May 16" stay the city. The
 * mention keeps its words and becomes a mention of the state (cg:capitalOf in the reference
 * data), so the article's actors and places list what it spoke of.
 */
final class CapitalsAsStates {

    /** Words before a name that make it a place. */
    private static final Set<String> PLACE_BEFORE = Set.of("in", "at", "inside", "into", "across", "near", "throughout",
            "within", "around", "outside", "toward", "towards", "through", "over", "from", "on", "of", "via", "visit", "visits",
            "visited", "visiting", "reached", "entered", "capital");
    /** Words before a name that make it a party: "talks with Moscow", "pressure against Kyiv". */
    private static final Set<String> PARTY_BEFORE = Set.of("with", "against", "by", "between");
    /** Words that make "to X" a destination. */
    private static final Set<String> MOTION = Set.of("go", "goes", "went", "gone", "going", "travel", "travels", "travelled",
            "traveled", "travelling", "traveling", "fly", "flies", "flew", "flown", "flying", "arrive", "arrives", "arrived",
            "return", "returns", "returned", "returning", "head", "heads", "headed", "heading", "trip", "trips", "visit", "visits", "journey", "prior", "ahead", "close", "next", "near",
            "came", "come", "comes", "coming", "moved", "move", "back", "sent", "send", "dispatched", "flight", "flights", "road",
            "way", "drive", "drove", "relocated", "evacuated", "deported", "transferred", "fled", "flee", "flees", "fleeing", "escaped",
            "exiled", "extradited");
    private static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'", "’");

    private CapitalsAsStates() {
    }

    static List<Mention> apply(AnnotatedArticle article, List<Mention> mentions, Map<String, ActorProfile> profiles) {
        List<Mention> out = new ArrayList<>(mentions);
        boolean[] state = new boolean[out.size()];
        for (int i = 0; i < out.size(); i++) {
            state[i] = capital(out.get(i), profiles).isPresent() && spokenOfAsActor(article, out.get(i));
        }
        // "Washington and Moscow agreed": a capital joined by "and" to one used as a state is one too
        for (int i = 0; i + 1 < out.size(); i++) {
            if (state[i] != state[i + 1] && capital(out.get(i), profiles).isPresent() && capital(out.get(i + 1), profiles).isPresent()
                    && joined(article, out.get(i), out.get(i + 1))) {
                state[i] = true;
                state[i + 1] = true;
            }
        }
        for (int i = 0; i < out.size(); i++) {
            if (state[i]) {
                Mention m = out.get(i);
                Entity country = capital(m, profiles).orElseThrow();
                out.set(i, new Mention(m.span(), m.text(), country, m.sentence(), m.confidence() * 0.9, Mention.MatchKind.ALIAS,
                        EntityType.Kind.ACTOR));
            }
        }
        return out;
    }

    private static Optional<Entity> capital(Mention m, Map<String, ActorProfile> profiles) {
        if (m.how() == Mention.MatchKind.DEMONYM || m.how() == Mention.MatchKind.ANAPHOR) {
            return Optional.empty();
        }
        return profiles.getOrDefault(m.entity().iri(), ActorProfile.NONE).capitalOf();
    }

    private static boolean spokenOfAsActor(AnnotatedArticle article, Mention m) {
        if (m.sentence() < 0) {
            return false;
        }
        Sentence s = article.sentences().get(m.sentence());
        List<Token> tokens = s.tokens();
        int first = firstToken(tokens, m);
        int last = lastToken(tokens, m);
        if (first < 0 || last < 0) {
            return false;
        }
        Token next = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
        String after = article.text().substring(m.span().end(), Math.min(article.text().length(), m.span().end() + 2));
        if (next != null && POSSESSIVE.contains(next.text()) || POSSESSIVE.contains(after)) { // "Kyiv’s" as one token
            return true; // "in Kyiv's absence", "to end Moscow's war"
        }
        int k = first - 1;
        if (k >= 0 && tokens.get(k).text().equalsIgnoreCase("the")) {
            k--;
        }
        String before = k >= 0 ? tokens.get(k).text().toLowerCase(Locale.ROOT) : "";
        if (before.equals("to")) {
            return !movedTo(tokens, k); // "flew to Kyiv" is the city, "a proposal to Moscow", "support to Kyiv" the state
        }
        if (PLACE_BEFORE.contains(before)) {
            return false;
        }
        if (PARTY_BEFORE.contains(before)) {
            return !before.equals("between") || nextIsCapitalConjunct(tokens, last);
        }
        if (k >= 0 && tokens.get(k).mainPos().equals("VERB") && Character.isLowerCase(before.charAt(0)) && !modifies(next)) {
            return true; // the object of a verb: "giving Moscow a deadline", "favoring Moscow" ("visited" is a place word)
        }
        if (next == null) {
            return false;
        }
        // "Moscow said", "Kyiv has rejected", "Moscow also advocated": a verb right after the name (in
        // lower case: a title-case headline tags its nouns as verbs, "Abu Dhabi Talks")
        int v = last + 1;
        while (v < tokens.size() - 1 && tokens.get(v).mainPos().equals("ADV")) {
            v++;
        }
        Token verb = tokens.get(v);
        return (verb.mainPos().equals("VERB") || verb.mainPos().equals("AUX")) && Character.isLowerCase(verb.text().charAt(0))
                || (next.text().equals(",") && last + 2 < tokens.size() && tokens.get(last + 2).text().equalsIgnoreCase("which"));
    }

    /** A name before a noun, or first in a list, modifies: "the Nairobi and Luanda peace tracks", "the Tehran regime". */
    private static boolean modifies(Token next) {
        return next != null && (Set.of("NOUN", "PROPN", "ADJ", "NUM").contains(next.mainPos()) || next.text().equalsIgnoreCase("and")
                || next.text().equalsIgnoreCase("or"));
    }

    /** Whether the "to" at {@code to} ends a movement: "flew to", "travelled back to", "the delegation's trip to". */
    private static boolean movedTo(List<Token> tokens, int to) {
        for (int i = to - 1; i >= Math.max(0, to - 4); i--) {
            if (MOTION.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "between Kyiv and Moscow": the name after "and" is title case (a place list would do too, but rarely with capitals). */
    private static boolean nextIsCapitalConjunct(List<Token> tokens, int last) {
        return last + 2 < tokens.size() && tokens.get(last + 1).text().equalsIgnoreCase("and")
                && Character.isUpperCase(tokens.get(last + 2).text().charAt(0));
    }

    private static boolean joined(AnnotatedArticle article, Mention a, Mention b) {
        if (a.sentence() != b.sentence() || a.sentence() < 0) {
            return false;
        }
        String between = article.text().substring(a.span().end(), Math.max(a.span().end(), b.span().begin())).trim();
        return between.equals("and") || between.equals("or") || between.equals(",");
    }

    private static int firstToken(List<Token> tokens, Mention m) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().end() > m.span().begin()) {
                return tokens.get(i).span().begin() < m.span().end() ? i : -1;
            }
        }
        return -1;
    }

    private static int lastToken(List<Token> tokens, Mention m) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).span().begin() < m.span().end()) {
                return tokens.get(i).span().end() > m.span().begin() ? i : -1;
            }
        }
        return -1;
    }
}
