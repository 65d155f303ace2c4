package org.claimgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.domain.Attribution.Stance;
import org.claimgraph.domain.DataFile;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.ResolvedAttribution;
import org.claimgraph.domain.ResolvedAttribution.Speaker;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.Token;

/**
 * Coreference of descriptions within an article: source words that describe rather than name
 * refer to the most recent compatible entity the article introduced, or stay unresolved.
 * <ul>
 * <li>"the group", "the movement", "the Gulf state", "the ministry", "the outlet": the most recent
 * entity of a fitting type (and name word, for "the ministry"), affiliated with any state or body
 * named inside the description ("the Lebanese army");</li>
 * <li>"the prime minister", "the envoy", "Trump's envoy", "the US envoy", "the Hezbollah chief":
 * the most recent person whose role (stated in the article or known to the reference data) holds
 * the description's role words, affiliated as the description says — or the unnamed source the
 * article introduced with that head ("an unnamed Israeli official" … "the official"), which stays
 * one speaker; when the article names no such person, the reference data's one holder of the
 * office ({@link OfficeHolders} decides which, if any);</li>
 * <li>"a ministry statement", "the IDF press service", "Xinhua news agency": a named or described
 * issuer inside the words speaks; "the statement" alone is the issuer of the statement the article
 * last reported.</li>
 * </ul>
 * The heads, their types and the role synonyms ({@link RoleSynonyms}) are data ({@code descriptions.txt}).
 * Immutable and thread-safe.
 */
final class Descriptions {

    /** Who a description refers to, the earlier words it was taken to mean, and how sure that is. */
    record Referent(Speaker speaker, Optional<Span> antecedent, double confidence) {
    }

    private record TypeHead(Set<EntityType> types, List<String> nameWords) {
    }

    /** How many sentences ahead a description may be named: "the defence minister said … Katz said". */
    static final int CATAPHORA_WINDOW = 3;
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their");
    private static final Set<String> CUT = Set.of(",", "who", "which", "that", "(", "–", "—", "-");

    private final Map<String, TypeHead> types;
    private final Set<String> issuers;
    private final RoleSynonyms roles;

    private Descriptions(Map<String, TypeHead> types, Set<String> issuers, RoleSynonyms roles) {
        this.types = Map.copyOf(types);
        this.issuers = Set.copyOf(issuers);
        this.roles = roles;
    }

    /**
     * The referent of the source words at {@code source}, or empty when they are no description
     * (a name, an indefinite "an official") or nothing before them fits.
     */
    Optional<Referent> resolve(ArticleFacts facts, Span source, List<ResolvedAttribution> earlier) {
        List<Token> tokens = facts.tokensIn(source);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        int end = 0;
        while (end < tokens.size() && !CUT.contains(tokens.get(end).text().toLowerCase(Locale.ROOT))
                && !(end > 0 && tokens.get(end).mainPos().equals("ADP"))) {
            end++;
        }
        if (end == 0) {
            return Optional.empty();
        }
        List<Token> head = tokens.subList(0, end);
        String first = head.get(0).text().toLowerCase(Locale.ROOT);
        int possessive = -1;
        for (int k = 0; k < head.size(); k++) {
            if (isPossessive(head.get(k))) {
                possessive = k;
            }
        }
        boolean definite = DEFINITE.contains(first) || POSSESSIVE_PRONOUNS.contains(first) || possessive >= 0;
        String headWord = singularKey(head.get(head.size() - 1).withoutPossessive());
        List<Mention> inside = facts.actorsIn(source);
        Set<Entity> constraint = new HashSet<>();
        inside.forEach(m -> constraint.add(m.entity()));
        if (possessive >= 0) {
            OfficeHolders.countryMeant(facts, head, possessive, source.begin()).ifPresent(constraint::add); // "the country's premier"
        }
        if (POSSESSIVE_PRONOUNS.contains(first) && !first.equals("their")) {
            lastPersonBefore(facts, source.begin()).ifPresent(constraint::add); // "his envoy": of the last person named
        }
        if (issuers.contains(headWord)) {
            return issuer(facts, source, head, inside, earlier, headWord, definite);
        }
        if (types.containsKey(headWord)) {
            return typed(facts, source, headWord, inside, constraint, definite);
        }
        if (!definite) {
            return Optional.empty();
        }
        List<String> roleWords = roleWords(head, possessive, inside);
        boolean plural = isPlural(head.get(head.size() - 1).withoutPossessive());
        boolean past = head.stream().anyMatch(t -> OfficeHolders.pastMarker(t.text()));
        return role(facts, source, roleWords, plural, constraint, earlier)
                .or(() -> plural || past ? Optional.empty() : facts.offices().holderOf(facts, roleWords, constraint, roles)
                        .map(e -> new Referent(Speaker.named(e), Optional.empty(), 0.5)));
    }

    /** "a ministry statement", "the Kremlin readout", "the statement". */
    private Optional<Referent> issuer(ArticleFacts facts, Span source, List<Token> head, List<Mention> inside,
            List<ResolvedAttribution> earlier, String headWord, boolean definite) {
        if (!inside.isEmpty()) {
            Mention m = inside.stream().filter(x -> !x.entity().isPlace() || x.use() == EntityType.Kind.ACTOR)
                    .reduce((a, b) -> b).orElse(inside.get(inside.size() - 1));
            return Optional.of(new Referent(Speaker.named(m.entity()), Optional.empty(), m.confidence()));
        }
        for (Token t : head.subList(0, head.size() - 1)) {
            String w = singularKey(t.withoutPossessive());
            if (types.containsKey(w)) {
                return typed(facts, source, w, List.of(), Set.of(), true);
            }
        }
        if (!definite) {
            return Optional.empty(); // "citing local reports", "media reports said": reports of no one named before
        }
        if (headWord.equals("report")) {
            Optional<Referent> outlet = lastOutlet(earlier, source);
            if (outlet.isPresent()) {
                return outlet;
            }
        }
        String text = facts.text();
        for (int k = earlier.size() - 1; k >= 0; k--) {
            ResolvedAttribution a = earlier.get(k);
            Optional<Span> words = a.attribution().source();
            if (words.isEmpty() || words.get().begin() >= source.begin()) {
                continue;
            }
            boolean mentionsIt = facts.sentenceAt(a.attribution().cue().begin())
                    .map(s -> s.span().of(text).toLowerCase(Locale.ROOT).contains(headWord)).orElse(false);
            if (mentionsIt && relaysOnly(a)) {
                continue; // "the agency reports, citing a letter": the outlet carries the letter, the body it reports on wrote it
            }
            if (mentionsIt && (a.speaker().entity().isPresent() || a.speaker().affiliation().isPresent())) {
                return Optional.of(new Referent(a.speaker(), words, 0.5));
            }
        }
        return Optional.empty();
    }

    /** An outlet's report of what others did or wrote: its speaker is a channel, never the issuer of their document. */
    private static boolean relaysOnly(ResolvedAttribution a) {
        return a.attribution().stance() == Stance.REPORT && a.speaker().entity().filter(e -> e.is(EntityType.MediaOutlet)).isPresent();
    }

    /**
     * "the report added": the report of the outlet that reported last, as speaker ("the Dawn
     * reported") or as the channel of a relayed report ("the Indian Express quoted X as saying").
     */
    private static Optional<Referent> lastOutlet(List<ResolvedAttribution> earlier, Span source) {
        for (int k = earlier.size() - 1; k >= 0; k--) {
            ResolvedAttribution a = earlier.get(k);
            if (a.attribution().cue().begin() >= source.begin()) {
                continue;
            }
            for (Speaker s : java.util.stream.Stream.concat(a.via().stream(), java.util.stream.Stream.of(a.speaker())).toList()) {
                if (s.entity().filter(e -> e.is(EntityType.MediaOutlet)).isPresent()) {
                    return Optional.of(new Referent(Speaker.named(s.entity().get()), a.attribution().via().or(() -> a.attribution().source()), 0.5));
                }
            }
        }
        return Optional.empty();
    }

    /** "the group", "the Lebanese army", "the Hamas movement", "Xinhua news agency". */
    private Optional<Referent> typed(ArticleFacts facts, Span source, String headWord, List<Mention> inside,
            Set<Entity> constraint, boolean definite) {
        TypeHead t = types.get(headWord);
        for (int k = inside.size() - 1; k >= 0; k--) {
            Mention m = inside.get(k);
            if (fits(m.entity(), t)) {
                return Optional.of(new Referent(Speaker.named(m.entity()), Optional.empty(), m.confidence()));
            }
        }
        if (!definite) {
            return Optional.empty();
        }
        Mention best = null;
        for (Mention m : facts.mentions()) {
            if (m.span().end() > source.begin()) {
                break;
            }
            if (m.use() == EntityType.Kind.ACTOR && fits(m.entity(), t) && (t.nameWords().isEmpty() || named(m, t.nameWords()))
                    && affiliated(facts, m.entity(), constraint)) {
                best = m;
            }
        }
        return Optional.ofNullable(best).map(m -> new Referent(Speaker.named(m.entity()), Optional.of(m.span()), 0.6));
    }

    /** "the prime minister", "Trump's envoy", "the official" (after "an unnamed official"). */
    private Optional<Referent> role(ArticleFacts facts, Span source, List<String> roleWords, boolean plural, Set<Entity> constraint,
            List<ResolvedAttribution> earlier) {
        if (roleWords.isEmpty()) {
            return Optional.empty();
        }
        Mention person = null;
        if (!plural) {
            for (Mention m : facts.mentions()) {
                if (m.span().end() > source.begin()) {
                    break;
                }
                if (m.entity().is(EntityType.Person) && facts.rolesOf(m.entity()).stream().anyMatch(r -> roles.holds(r, roleWords))
                        && affiliated(facts, m.entity(), constraint)) {
                    person = m;
                }
            }
        }
        ResolvedAttribution unnamed = null;
        String head = roleWords.get(roleWords.size() - 1);
        for (ResolvedAttribution a : earlier) {
            Speaker s = a.speaker();
            Optional<Span> words = a.attribution().source();
            if (s.anonymous() && s.descriptor().isPresent() && words.isPresent() && words.get().end() <= source.begin()
                    && sameHead(s.descriptor().get(), head, plural)
                    && (constraint.isEmpty() || s.affiliation().map(constraint::contains).orElse(false))) {
                unnamed = a;
            }
        }
        if (unnamed != null && (person == null || unnamed.attribution().source().get().begin() > person.span().begin())) {
            Speaker s = unnamed.speaker();
            Span introduced = s.introduced().orElse(unnamed.attribution().source().get());
            return Optional.of(new Referent(s.introducedAt(introduced), unnamed.attribution().source(), 0.6));
        }
        if (person != null) {
            Mention chosen = person;
            return Optional.of(new Referent(Speaker.named(chosen.entity()), Optional.of(chosen.span()), 0.6));
        }
        // "Israel's defence minister said … In a brief statement, Israel Katz said": named soon after
        int sentence = facts.sentenceAt(source.begin()).map(x -> x.index()).orElse(-1);
        for (Mention m : facts.mentions()) {
            if (!plural && m.span().begin() > source.end() && m.sentence() <= sentence + CATAPHORA_WINDOW && m.entity().is(EntityType.Person)
                    && facts.rolesOf(m.entity()).stream().anyMatch(r -> roles.holds(r, roleWords)) && affiliated(facts, m.entity(), constraint)) {
                return Optional.of(new Referent(Speaker.named(m.entity()), Optional.of(m.span()), 0.5));
            }
        }
        return Optional.empty();
    }

    /** The lower-case role words of a description: "the US special envoy" gives [special, envoy]. */
    private static List<String> roleWords(List<Token> head, int possessive, List<Mention> inside) {
        List<String> words = new ArrayList<>();
        for (int k = Math.max(possessive + 1, 0); k < head.size(); k++) {
            Token t = head.get(k);
            String w = t.withoutPossessive().toLowerCase(Locale.ROOT);
            boolean named = inside.stream().anyMatch(m -> m.span().contains(t.span()));
            // a capitalised word is part of a name the finder missed, except the head in title case: "the DRC President"
            boolean last = k == head.size() - 1;
            if (!named && !DEFINITE.contains(w) && !POSSESSIVE_PRONOUNS.contains(w) && Character.isLetter(w.charAt(0))
                    && (!t.isCapitalised() || last)) {
                words.add(singularKey(w));
            }
        }
        // adjectives of standing say nothing of the role: "senior", "top", "former"
        words.removeIf(w -> List.of("senior", "top", "former", "unnamed", "anonymous", "other", "same").contains(w));
        return words;
    }

    /** Whether a head word can name one person: singular, and no body, place or document ("the ministry", "the statement"). */
    boolean personHead(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.chars().allMatch(Character::isLetter) && !isPlural(w) && !types.containsKey(w) && !issuers.contains(w);
    }

    private static boolean sameHead(String descriptor, String head, boolean plural) {
        String[] words = descriptor.toLowerCase(Locale.ROOT).split("\\s+");
        String last = words[words.length - 1];
        return singularKey(last).equals(head) && isPlural(last) == plural;
    }

    private static boolean fits(Entity e, TypeHead t) {
        return e.types().stream().anyMatch(t.types()::contains);
    }

    private static boolean named(Mention m, List<String> nameWords) {
        String label = (m.entity().label() + " " + m.text()).toLowerCase(Locale.ROOT);
        return nameWords.stream().anyMatch(label::contains);
    }

    /** With no constraint, anyone; else the entity itself or one of its affiliations is in it. */
    private static boolean affiliated(ArticleFacts facts, Entity e, Set<Entity> constraint) {
        if (constraint.isEmpty() || constraint.contains(e)) {
            return true;
        }
        Set<Entity> of = new HashSet<>(facts.affiliationsOf(e));
        for (Entity c : constraint) {
            if (of.contains(c) || facts.affiliationsOf(c).stream().anyMatch(of::contains)) {
                return true; // "Trump's envoy": Trump and the envoy share the United States
            }
        }
        return false;
    }

    private static Optional<Entity> lastPersonBefore(ArticleFacts facts, int offset) {
        Entity last = null;
        for (Mention m : facts.mentions()) {
            if (m.span().end() > offset) {
                break;
            }
            if (m.entity().is(EntityType.Person)) {
                last = m.entity();
            }
        }
        return Optional.ofNullable(last);
    }

    private static boolean isPossessive(Token t) {
        String w = t.text();
        return w.equals("'s") || w.equals("’s") || w.equals("'") || !t.withoutPossessive().equals(w);
    }

    private static boolean isPlural(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.equals("forces") && !w.equals("news");
    }

    /** A word folded to its singular: "officials" → "official", "militias" → "militia". */
    static String singularKey(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("forces") || w.equals("news") || w.equals("militants") || w.equals("fighters") || w.equals("rebels")) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        return isPlural(w) ? w.substring(0, w.length() - 1) : w;
    }

    static Descriptions load() {
        Map<String, TypeHead> types = new HashMap<>();
        Set<String> issuers = new HashSet<>();
        Map<String, Set<String>> synonyms = new HashMap<>();
        String section = "";
        for (DataFile.Line l : DataFile.lines(Descriptions.class, "descriptions.txt")) {
            String line = l.text().strip();
            if (line.startsWith("[")) {
                section = line;
                continue;
            }
            switch (section) {
                case "[types]" -> {
                    String[] f = line.split("\t");
                    Set<EntityType> ts = new HashSet<>();
                    for (String t : f[1].split("\\s+")) {
                        ts.add(EntityType.valueOf(t));
                    }
                    types.put(f[0], new TypeHead(ts, f[2].equals("-") ? List.of() : List.of(f[2].split("\\s+"))));
                }
                case "[issuers]" -> issuers.addAll(List.of(line.split("\\s+")));
                case "[role-synonyms]" -> {
                    List<String> group = List.of(line.split("\\s+"));
                    group.forEach(w -> synonyms.computeIfAbsent(w, k -> new HashSet<>()).addAll(group));
                }
                default -> throw l.error("a line outside [types], [issuers] or [role-synonyms]");
            }
        }
        return new Descriptions(types, issuers, new RoleSynonyms(synonyms));
    }
}
