package org.claimgraph.resolve;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.claimgraph.domain.Attribution;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.Span;

/**
 * Who the parties of a joint source are. Named in the source words ("Israel and Hezbollah accused
 * each other", "Egypt, Qatar and the United States said"), or a pair the words refer back to ("both
 * sides", "the two countries": the two actors last named together, "talks between Israel and
 * Lebanon"). A joint decision ("agreed to extend …") is no joint statement. Stateless.
 */
final class JointSources {

    /** Source words that stand for two parties named before. */
    private static final Pattern PAIR = Pattern.compile(
            "(?:both|the two|the)\\s+(?:sides|parties|countries|nations|governments|leaders|delegations|neighbours|neighbors|foes|rivals)");
    /** How many sentences back the pair may have been named. */
    private static final int PAIR_WINDOW = 3;

    private JointSources() {
    }

    /** Whether the source words stand for a pair named before: "both sides", "the two countries". */
    static boolean refersToPair(String words) {
        return PAIR.matcher(words.strip().toLowerCase(Locale.ROOT)).matches();
    }

    /** Whether the attribution can be a statement of each party, not a joint decision. */
    static boolean eachSaid(String text, Attribution a) {
        return !a.content().isEmpty() && !a.cueLemma().equals("agree") && !a.content().get(0).of(text).startsWith("to ");
    }

    /**
     * The parties named in the source words when they are nothing but actors' names joined by commas
     * and "and" (at least two); empty for any other source.
     */
    static List<Mention> named(ArticleFacts facts, Span source) {
        String text = facts.text();
        List<Mention> parties = facts.actorsIn(source);
        if (parties.size() < 2) {
            return List.of();
        }
        if (!text.substring(source.begin(), parties.get(0).span().begin()).strip().matches("(?i)(both|the)?")
                || !text.substring(parties.get(parties.size() - 1).span().end(), source.end()).strip().matches(",?")) {
            return List.of();
        }
        for (int k = 1; k < parties.size(); k++) {
            String gap = text.substring(parties.get(k - 1).span().end(), parties.get(k).span().begin());
            boolean last = k == parties.size() - 1;
            if (!gap.matches(last ? "\\s*,?\\s*(and|&)\\s+(the\\s+)?" : "\\s*,\\s*(the\\s+)?")) {
                return List.of();
            }
        }
        return parties;
    }

    /**
     * The last two different actors named together ("Israel and Hezbollah", "between Armenia and
     * Azerbaijan") before {@code source}, within a few sentences a reader reads; empty when none.
     */
    static List<Mention> pairBefore(ArticleFacts facts, Span source, int sentence) {
        String text = facts.text();
        String noun = source.of(text).strip().toLowerCase(Locale.ROOT).replaceFirst("^\\S+\\s+(two\\s+)?", "");
        Predicate<Entity> fits = switch (noun) {
            case "leaders" -> e -> e.is(EntityType.Person); // "both leaders": two people, not their states
            case "countries", "nations", "governments", "neighbours", "neighbors" -> e -> e.is(EntityType.State) || e.is(EntityType.Government);
            default -> e -> true;
        };
        List<Mention> before = facts.mentions().stream()
                .filter(m -> m.span().end() <= source.begin() && m.entity().isActor() && fits.test(m.entity())).toList();
        for (int k = before.size() - 1; k > 0; k--) {
            Mention second = before.get(k);
            Mention first = before.get(k - 1);
            if (facts.sentencesBack(first.sentence(), sentence) > PAIR_WINDOW) {
                return List.of();
            }
            String gap = text.substring(first.span().end(), second.span().begin());
            // "Israel and Hezbollah", or joined by a hyphen in a modifier: "the U.S.-Ukraine agreement"
            if ((gap.matches("\\s*(and|&)\\s+(the\\s+)?") || gap.matches("[-–]")) && !first.entity().equals(second.entity())) {
                return List.of(first, second);
            }
        }
        return List.of();
    }
}
