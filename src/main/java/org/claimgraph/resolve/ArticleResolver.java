package org.claimgraph.resolve;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.domain.ActorProfile;
import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.ExtractedArticle;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.Mention.MatchKind;
import org.claimgraph.domain.ResolvedArticle;
import org.claimgraph.domain.ResolvedAttribution;
import org.claimgraph.domain.RoleStatement;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.Token;

/**
 * Resolution within one article:
 * <ul>
 * <li>a bare surname ("Haddad", "Witkoff") goes to the one person of the article whose full name
 * ends with it, and a bare given name that is nobody's surname ("Debretsion", as Ethiopian news
 * writes its people) to the one person whose full name starts with it; with two such people it goes to nobody, and a surname nobody in the article
 * carries is dropped unless the gazetteer knows it — so two people who share a surname are never
 * merged without the text saying so;</li>
 * <li>"the group", "the militant group", "the movement" go to the most recent armed group or
 * organisation named in the last few sentences, when there is exactly one;</li>
 * <li>attribution sources are decided: a name, an unnamed source with its descriptor, or the
 * speaker a pronoun stands for ({@link SpeakerResolver});</li>
 * <li>mentions are grouped by entity. Across articles, entities meet through their IRIs: the
 * reference IRI, or one minted from the full name and kind.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class ArticleResolver implements Resolver {

    /** How many sentences back "the group" looks for its organisation. */
    static final int ANAPHOR_WINDOW = 3;
    /** Heads of definite descriptions that stand for a recent name, with the types they fit. */
    private static final Map<String, Set<EntityType>> ANAPHOR_HEADS = Map.of(
            "group", Set.of(EntityType.ArmedGroup, EntityType.Organization),
            "movement", Set.of(EntityType.ArmedGroup, EntityType.Organization),
            "agency", Set.of(EntityType.Agency, EntityType.InternationalOrganization),
            "ministry", Set.of(EntityType.Agency));
    private static final Set<String> ANAPHOR_MODIFIERS = Set.of("militant", "islamist", "armed", "palestinian", "islamic");

    private final SpeakerResolver speakers = new SpeakerResolver();
    private final EventResolver events;
    private final Map<String, Entity> statesActedFor;
    private final Map<String, ActorProfile> profiles;
    private final OfficeHolders offices;

    /**
     * @param statesActedFor the state each known office or agency acts for, by IRI (see ReferenceData)
     * @param profiles       the roles and affiliations the reference data knows, by IRI
     * @param reference      the reference entities, whose persons with a role are the office holders
     */
    public ArticleResolver(Map<String, Entity> statesActedFor, Map<String, ActorProfile> profiles, List<Entity> reference) {
        this.events = new EventResolver(statesActedFor, profiles);
        this.statesActedFor = Map.copyOf(statesActedFor);
        this.profiles = Map.copyOf(profiles);
        this.offices = OfficeHolders.of(reference, this.profiles);
    }

    @Override
    public ResolvedArticle resolve(ExtractedArticle article) {
        List<Mention> mentions = resolveShortForms(article.annotated().text(), article.mentions());
        mentions = CapitalsAsStates.apply(article.annotated(), mentions, profiles);
        mentions = addAnaphors(article.annotated(), mentions);
        Map<String, List<Mention>> byIri = new LinkedHashMap<>();
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (Mention m : mentions) {
            byIri.computeIfAbsent(m.entity().iri(), k -> new ArrayList<>()).add(m);
            entities.putIfAbsent(m.entity().iri(), m.entity());
        }
        List<ResolvedArticle.EntityMentions> grouped = new ArrayList<>();
        byIri.forEach((iri, ms) -> grouped.add(new ResolvedArticle.EntityMentions(entities.get(iri), ms)));
        List<RoleStatement> roles = resolveRoles(article.roles(), mentions);
        ArticleFacts facts = new ArticleFacts(article.annotated(), mentions, roles, profiles, statesActedFor, offices);
        List<ResolvedAttribution> attributions = speakers.resolve(facts, article.attributions());
        return new ResolvedArticle(article, grouped, roles, attributions,
                events.quantities(article, mentions, attributions), events.developments(article, mentions, attributions), events.mediators(article, mentions));
    }

    private static List<Mention> resolveShortForms(String text, List<Mention> mentions) {
        Set<Entity> fullNamed = new LinkedHashSet<>();
        // the surnames a person goes by here: the label's last word, and the last word of a shorter full
        // name the article wrote ("Kiir" after "Salva Kiir", a known person labelled "Salva Kiir Mayardit")
        java.util.Map<Entity, Set<String>> surnames = new java.util.HashMap<>();
        for (Mention m : mentions) {
            if (m.entity().is(EntityType.Person) && words(m.entity().label()).size() >= 2
                    && (m.entity().reference() ? m.how() == MatchKind.NAME || m.text().contains(m.entity().label()) : words(m.text()).size() >= 2)) {
                fullNamed.add(m.entity());
            }
            if (m.entity().is(EntityType.Person) && m.entity().reference() && m.how() == MatchKind.ALIAS && words(m.text()).size() >= 2
                    && words(m.entity().label()).size() >= 3 && m.entity().label().startsWith(m.text())) {
                fullNamed.add(m.entity());
                surnames.computeIfAbsent(m.entity(), e -> new java.util.HashSet<>()).add(surnameKey(last(words(m.text()))));
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (!isBareSurname(m)) {
                out.add(m);
                continue;
            }
            String key = surnameKey(m.text());
            List<Entity> carriers = fullNamed.stream().filter(e -> surnameKey(last(words(e.label()))).equals(key)
                    || surnames.getOrDefault(e, Set.of()).contains(key)).toList();
            if (carriers.isEmpty()) {
                // a given name alone ("Debretsion", "Abiy"), when it is nobody's surname here
                carriers = fullNamed.stream().filter(e -> surnameKey(words(e.label()).get(0)).equals(key)).toList();
            }
            if (carriers.size() == 1) {
                Entity e = carriers.get(0);
                out.add(e.equals(m.entity()) ? m : m.withEntity(e, MatchKind.SHORT_FORM, 0.8));
            } else if (carriers.isEmpty() && m.entity().reference()) {
                out.add(m); // the gazetteer knows this short form ("Witkoff") even with no full name nearby
            } else if (carriers.isEmpty() && m.how() == MatchKind.PROPER_NOUN && OneNamePersons.cued(text, m.span())) {
                out.add(m); // "Mr. Lokwan", "Arop, the Council's Secretary": the only name the article gives
            }
            // else: ambiguous, or a surname nobody in the article carries: no entity
        }
        return out;
    }

    /** A one-word mention of a person: a surname, or a gazetteer alias that is one. */
    private static boolean isBareSurname(Mention m) {
        return m.entity().is(EntityType.Person) && words(m.text()).size() == 1
                && (m.how() == MatchKind.PROPER_NOUN || m.how() == MatchKind.ALIAS);
    }

    private static List<Mention> addAnaphors(AnnotatedArticle article, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (Sentence s : article.sentences()) {
            if (article.clean().isSkipped(s.span())) {
                continue;
            }
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (!tokens.get(i).text().equalsIgnoreCase("the")) {
                    continue;
                }
                int k = i + 1;
                while (k < tokens.size() && ANAPHOR_MODIFIERS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                    k++;
                }
                if (k >= tokens.size() || !ANAPHOR_HEADS.containsKey(tokens.get(k).text())) {
                    continue;
                }
                Span span = new Span(tokens.get(i).span().begin(), tokens.get(k).span().end());
                if (mentions.stream().anyMatch(m -> m.span().overlaps(span) && m.how() != MatchKind.DEMONYM)) {
                    continue; // part of a name ("the Hamas-run health ministry")
                }
                String head = tokens.get(k).text();
                apposed(mentions, tokens, k, ANAPHOR_HEADS.get(head)).or(() -> headNamed(mentions, span, head))
                        .or(() -> antecedent(mentions, s.index(), span, ANAPHOR_HEADS.get(head))).ifPresent(e -> {
                    out.removeIf(m -> m.span().overlaps(span));
                    out.add(new Mention(span, span.of(article.text()), e, s.index(), 0.6, MatchKind.ANAPHOR, e.defaultUse()));
                });
            }
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    /**
     * The entity a description names in apposition right after it: "the armed group, the Northern
     * Front (NF), announced" is the Northern Front, whoever was named before. Not shared with
     * SpeakerResolver's apposition (in headOf): here the description stands in a sentence with no known
     * end, so a name of a fitting type that starts after the comma (or its "the") is enough; there
     * the source words end the apposition, and a name must fill it whole.
     */
    private static Optional<Entity> apposed(List<Mention> mentions, List<Token> tokens, int head, Set<EntityType> fitting) {
        if (head + 2 >= tokens.size() || !tokens.get(head + 1).text().equals(",")) {
            return Optional.empty();
        }
        int at = tokens.get(head + 2).text().equalsIgnoreCase("the") && head + 3 < tokens.size() ? head + 3 : head + 2;
        int begin = tokens.get(at).span().begin();
        return mentions.stream().filter(m -> m.span().begin() == begin && m.how() != MatchKind.DEMONYM
                && m.entity().types().stream().anyMatch(fitting::contains)).map(Mention::entity).findFirst();
    }

    /**
     * The latest entity of a fitting type named before {@code span} whose name holds the head word
     * itself: "the group" after "the Union for Coastal Renewal" repeats that name, even
     * when another group was named since or the name stands further back than the window.
     */
    private static Optional<Entity> headNamed(List<Mention> mentions, Span span, String head) {
        Set<EntityType> fitting = ANAPHOR_HEADS.get(head);
        Entity found = null;
        for (Mention m : mentions) {
            if (m.span().begin() < span.begin() && m.entity().types().stream().anyMatch(fitting::contains)
                    && java.util.Arrays.asList(m.entity().label().toLowerCase(Locale.ROOT).split("[\\s-]+")).contains(head)) {
                found = m.entity();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The one entity of a fitting type named in the window before {@code span}, if exactly one. */
    private static Optional<Entity> antecedent(List<Mention> mentions, int sentence, Span span, Set<EntityType> fitting) {
        Set<Entity> candidates = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.span().begin() < span.begin() && m.sentence() >= sentence - ANAPHOR_WINDOW && m.sentence() <= sentence
                    && m.entity().types().stream().anyMatch(fitting::contains)) {
                candidates.add(m.entity());
            }
        }
        return candidates.size() == 1 ? Optional.of(candidates.iterator().next()) : Optional.empty();
    }

    private static List<RoleStatement> resolveRoles(List<RoleStatement> roles, List<Mention> mentions) {
        List<RoleStatement> out = new ArrayList<>();
        for (RoleStatement r : roles) {
            mentions.stream().filter(m -> m.span().equals(r.holder().span())).findFirst()
                    .ifPresent(m -> out.add(r.withHolder(m)));
        }
        return out;
    }

    private static List<String> words(String s) {
        return List.of(s.strip().split("\\s+"));
    }

    private static String last(List<String> words) {
        return words.get(words.size() - 1);
    }

    /** "al-Hayya", "Hayya" and "Hayya's" share the key "hayya". */
    static String surnameKey(String word) {
        return ARTICLE_PREFIX.matcher(POSSESSIVE.matcher(word.toLowerCase(Locale.ROOT)).replaceFirst("")).replaceFirst("");
    }

    // compiled once: surnameKey runs for every pair of names an article compares
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern ARTICLE_PREFIX = Pattern.compile("^(al|el|ad|as|ash|at|az)-");
}
