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
            "within", "around", "outside", "toward", "towards", "through", "over", "to", "from", "on", "of", "via", "visit",
            "visited", "visiting", "reached", "entered", "capital");
    /** Words before a name that make it a party: "talks with Moscow", "pressure against Kyiv". */
    private static final Set<String> PARTY_BEFORE = Set.of("with", "against", "by", "between");
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
        int k = first - 1;
        if (k >= 0 && tokens.get(k).text().equalsIgnoreCase("the")) {
            k--;
        }
        String before = k >= 0 ? tokens.get(k).text().toLowerCase(Locale.ROOT) : "";
        if (PLACE_BEFORE.contains(before)) {
            return false;
        }
        if (PARTY_BEFORE.contains(before)) {
            return !before.equals("between") || nextIsCapitalConjunct(tokens, last);
        }
        if (last + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(last + 1);
        if (POSSESSIVE.contains(next.text())) {
            return true;
        }
        // "Moscow said", "Kyiv has rejected", "Washington would": a verb right after the name (in lower
        // case: a title-case headline tags its nouns as verbs, "Abu Dhabi Talks")
        boolean verb = (next.mainPos().equals("VERB") || next.mainPos().equals("AUX")) && Character.isLowerCase(next.text().charAt(0));
        return verb
                || (next.text().equals(",") && last + 2 < tokens.size() && tokens.get(last + 2).text().equalsIgnoreCase("which"));
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
