package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.RoleStatement;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.Token;

/**
 * Roles and affiliations stated next to a person's name:
 * <ul>
 * <li>before it: "US special envoy Steve Witkoff", "Qatari Prime Minister Mohammed bin
 * Abdulrahman Al Thani", "Hamas negotiator Khalil al-Hayya" — the role words, and the country,
 * demonym or organisation just before them as affiliation;</li>
 * <li>after it, in apposition: "Nadia Karam, a spokeswoman for the Gaza Relief Coalition".</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class RoleFinder {

    private static final List<String> APPOSITION_PREPOSITIONS = List.of("for", "of", "at", "with", "in");

    private final NameCues cues;

    RoleFinder(NameCues cues) {
        this.cues = cues;
    }

    List<RoleStatement> find(AnnotatedArticle article, List<Mention> mentions) {
        List<RoleStatement> roles = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (!m.entity().is(EntityType.Person) || m.sentence() < 0) {
                continue;
            }
            Sentence s = article.sentences().get(m.sentence());
            int index = i;
            before(s, m, mentions, index).or(() -> apposition(s, m, mentions, index)).ifPresent(roles::add);
        }
        return roles;
    }

    /** Role words right before the name, optionally preceded by the affiliation. */
    private Optional<RoleStatement> before(Sentence s, Mention person, List<Mention> mentions, int index) {
        List<Token> tokens = s.tokens();
        int end = TokenIndex.first(s, person.span());
        int start = end;
        while (start > 0 && isRoleWord(tokens.get(start - 1))) {
            start--;
        }
        if (start == end || !isRoleHead(tokens.get(end - 1))) {
            return Optional.empty();
        }
        String role = roleText(tokens, start, end);
        if (role.isEmpty()) {
            return Optional.empty();
        }
        Span evidence = new Span(tokens.get(start).span().begin(), person.span().end());
        Optional<Entity> affiliation = Optional.empty();
        if (index > 0) {
            Mention previous = mentions.get(index - 1);
            int previousEnd = TokenIndex.after(s, previous.span());
            if (previous.sentence() == person.sentence() && previousEnd == start && isAffiliation(previous.entity())) {
                affiliation = Optional.of(previous.entity());
                evidence = new Span(previous.span().begin(), person.span().end());
            }
        }
        return Optional.of(new RoleStatement(person, role, affiliation, evidence));
    }

    /** ", a spokeswoman for the Gaza Relief Coalition" after the name. */
    private Optional<RoleStatement> apposition(Sentence s, Mention person, List<Mention> mentions, int index) {
        List<Token> tokens = s.tokens();
        int k = TokenIndex.after(s, person.span());
        if (k >= tokens.size() || !tokens.get(k).text().equals(",")) {
            return Optional.empty();
        }
        k++;
        if (k < tokens.size() && List.of("a", "an", "the").contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            k++;
        }
        int start = k;
        while (k < tokens.size() && k - start < 5 && isRoleWord(tokens.get(k))) {
            k++;
        }
        if (k == start || !isRoleHead(tokens.get(k - 1))) {
            return Optional.empty();
        }
        String role = roleText(tokens, start, k);
        Span evidence = new Span(person.span().begin(), tokens.get(k - 1).span().end());
        Optional<Entity> affiliation = Optional.empty();
        if (k < tokens.size() && APPOSITION_PREPOSITIONS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            int next = k + 1;
            if (next < tokens.size() && tokens.get(next).text().equalsIgnoreCase("the")) {
                next++;
            }
            int at = next;
            Optional<Mention> following = next < tokens.size() ? mentions.stream()
                    .filter(m -> m.sentence() == person.sentence() && TokenIndex.first(s, m.span()) == at && isAffiliation(m.entity()))
                    .max(java.util.Comparator.comparingInt(m -> m.span().length())) : Optional.empty();
            if (following.isPresent()) {
                affiliation = Optional.of(following.get().entity());
                evidence = new Span(person.span().begin(), following.get().span().end());
            }
        }
        return role.isEmpty() ? Optional.empty() : Optional.of(new RoleStatement(person, role, affiliation, evidence));
    }

    private boolean isRoleWord(Token t) {
        String w = t.text();
        if (cues.is("titles", w) || cues.is("roles", w)) {
            return true;
        }
        // modifiers of a role: "special", "chief", "senior", "foreign"
        return !t.isCapitalised() && t.mainPos().equals("ADJ");
    }

    private boolean isRoleHead(Token t) {
        return (cues.is("roles", t.text()) || cues.is("titles", t.text())) && !cues.is("honorifics", t.text());
    }

    private String roleText(List<Token> tokens, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).text();
            if (!cues.is("honorifics", w)) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return String.join(" ", words);
    }

    private static boolean isAffiliation(Entity e) {
        return !e.is(EntityType.Person) && e.isActor();
    }
}
