package org.claimgraph.extract;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Token;

/**
 * A state or body named only in a person's title ("Norlandian Prime Minister Ana Ruiz", "Valdorian
 * envoy Piet Marsh") tells whom the person works for, not a second party: when the person takes
 * the step, the title's state is no actor of it beside him. A state also listed on its own among the
 * parties ("Norland and Valdorian envoy Piet Marsh met") stays. Stateless.
 */
final class TitledPersons {

    /** How many title words may stand between the state's name and the person's ("US Secretary of State Marco Rubio"). */
    private static final int TITLE_LENGTH = 5;
    /** Words before a listed party ("between Norland", ", Valdoria") and after it ("Norland and"); a comma after a name often closes a clause. */
    private static final Set<String> LIST_WORDS = Set.of("and", "or", ",", "between", "with");
    private static final Set<String> COORDINATORS = Set.of("and", "or");
    private static final Set<String> TITLE_JOINERS = Set.of("of", "'s", "’s", "-", "the");

    private TitledPersons() {
    }

    /** Removes from {@code actors} each non-person whose every mention in {@code s} heads the title of a person among them. */
    static void fold(Collection<Entity> actors, Sentence s, List<Mention> mentions) {
        List<Mention> persons = mentions.stream().filter(m -> m.sentence() == s.index() && m.entity().is(EntityType.Person)
                && actors.contains(m.entity())).toList();
        if (persons.isEmpty()) {
            return;
        }
        actors.removeIf(e -> {
            List<Mention> named = mentions.stream().filter(m -> m.sentence() == s.index() && m.entity().equals(e)).toList();
            List<Mention> titles = named.stream().filter(m -> persons.stream().anyMatch(p -> titleOf(s, m, p))).toList();
            // named elsewhere in the sentence but not listed among the parties ("… aid to Norland"): still only the title's
            return !e.is(EntityType.Person) && !titles.isEmpty()
                    && named.stream().filter(m -> !titles.contains(m)).noneMatch(m -> listed(s, m));
        });
    }

    /** Whether a mention stands in a list of parties: after "and", "or", a comma, "between" or "with", or before "and" or "or". */
    private static boolean listed(Sentence s, Mention m) {
        List<Token> tokens = s.tokens();
        Token before = null;
        Token after = null;
        for (Token t : tokens) {
            if (t.span().end() <= m.span().begin()) {
                before = t;
            } else if (after == null && t.span().begin() >= m.span().end()) {
                after = t;
            }
        }
        return (before != null && LIST_WORDS.contains(before.text().toLowerCase(Locale.ROOT)))
                || (after != null && COORDINATORS.contains(after.text().toLowerCase(Locale.ROOT)));
    }

    /** Whether only title words (no verb, comma or "and") stand between the state's mention and the person's after it. */
    private static boolean titleOf(Sentence s, Mention state, Mention person) {
        if (person.span().begin() < state.span().end()) {
            return false;
        }
        List<Token> between = s.tokens().stream().filter(t -> t.span().begin() >= state.span().end()
                && t.span().end() <= person.span().begin()).toList();
        return between.size() <= TITLE_LENGTH && between.stream().allMatch(t -> TITLE_JOINERS.contains(t.text().toLowerCase(Locale.ROOT))
                || (t.mainPos().matches("NOUN|PROPN|ADJ") && Character.isLetter(t.text().charAt(0))));
    }
}
