package org.claimgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.domain.ActorProfile;
import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.RoleStatement;
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.Token;

/**
 * What resolution knows of one article's actors: its mentions in text order, and each entity's
 * roles and affiliations as the article states them (roles next to names) and as the reference
 * data records them. Built once per article; immutable.
 */
final class ArticleFacts {

    private final AnnotatedArticle article;
    private final List<Mention> mentions;
    private final Map<String, Set<String>> roles = new HashMap<>();
    private final Map<String, Set<Entity>> affiliations = new HashMap<>();
    private final Map<String, ActorProfile> profiles;
    private final OfficeHolders offices;

    ArticleFacts(AnnotatedArticle article, List<Mention> mentions, List<RoleStatement> stated, Map<String, ActorProfile> profiles,
            Map<String, Entity> statesActedFor, OfficeHolders offices) {
        this.article = article;
        this.offices = offices;
        this.mentions = List.copyOf(mentions);
        this.profiles = profiles;
        for (Mention m : mentions) {
            String iri = m.entity().iri();
            ActorProfile p = profiles.getOrDefault(iri, ActorProfile.NONE);
            roles.computeIfAbsent(iri, k -> new LinkedHashSet<>()).addAll(p.roles());
            Set<Entity> a = affiliations.computeIfAbsent(iri, k -> new LinkedHashSet<>());
            a.addAll(p.affiliations());
            Optional.ofNullable(statesActedFor.get(iri)).ifPresent(a::add);
        }
        for (RoleStatement r : stated) {
            String iri = r.holder().entity().iri();
            roles.computeIfAbsent(iri, k -> new LinkedHashSet<>()).add(r.role());
            r.affiliation().ifPresent(e -> {
                Set<Entity> a = affiliations.computeIfAbsent(iri, k -> new LinkedHashSet<>());
                a.add(e);
                Optional.ofNullable(statesActedFor.get(e.iri())).ifPresent(a::add);
                profiles.getOrDefault(e.iri(), ActorProfile.NONE).affiliations().forEach(a::add);
            });
        }
    }

    String text() {
        return article.text();
    }

    List<Mention> mentions() {
        return mentions;
    }

    /** The reference data's office holders, by state. */
    OfficeHolders offices() {
        return offices;
    }

    Set<String> rolesOf(Entity e) {
        return roles.getOrDefault(e.iri(), Set.of());
    }

    /** The states and bodies an entity belongs to (for a place: the country it lies in). */
    Set<Entity> affiliationsOf(Entity e) {
        return affiliations.getOrDefault(e.iri(), Set.of());
    }

    /** For a capital city, its country. */
    Optional<Entity> capitalOf(Entity e) {
        return profiles.getOrDefault(e.iri(), ActorProfile.NONE).capitalOf();
    }

    /** The tokens that lie inside {@code span}, from the sentence that holds it. */
    List<Token> tokensIn(Span span) {
        int sentence = article.sentenceOf(span);
        if (sentence < 0) {
            return List.of();
        }
        List<Token> out = new ArrayList<>();
        for (Token t : article.sentences().get(sentence).tokens()) {
            if (span.contains(t.span())) {
                out.add(t);
            }
        }
        return out;
    }

    /** The sentence around an offset, or empty. */
    Optional<Sentence> sentenceAt(int offset) {
        int s = article.sentenceOf(new Span(offset, offset + 1));
        return s < 0 ? Optional.empty() : Optional.of(article.sentences().get(s));
    }

    /**
     * How many sentences a reader goes back from sentence {@code to} to reach sentence {@code from}:
     * page furniture and repeated blocks the cleaner skipped in between do not count.
     */
    int sentencesBack(int from, int to) {
        int n = 0;
        for (int k = from + 1; k <= to && k < article.sentences().size(); k++) {
            if (!article.clean().isSkipped(article.sentences().get(k).span())) {
                n++;
            }
        }
        return n;
    }

    /** The actor mentions that lie inside {@code span}. */
    List<Mention> actorsIn(Span span) {
        return mentions.stream().filter(m -> span.contains(m.span()) && m.entity().isActor()).toList();
    }
}
