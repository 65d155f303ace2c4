package org.claimgraph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.domain.AnnotatedArticle;
import org.claimgraph.domain.Attribution;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.ResolvedAttribution;
import org.claimgraph.domain.ResolvedAttribution.Speaker;
import org.claimgraph.domain.Span;

/**
 * Decides who said what. A source whose head word is a name is that entity ("US special envoy
 * Steve Witkoff"); one whose head is a common noun is an unnamed source with its descriptor ("a
 * senior Israeli official" gives "senior Israeli official", affiliated with Israel); "he", "she"
 * go to the previous named speaker or person when that is a person, "they", "it" to the previous
 * organisation or state — and to nobody when nothing fits. A claim is about the entities its
 * content names, and about the target of an accusation. Immutable and thread-safe.
 */
final class SpeakerResolver {

    /** How many sentences back a pronoun looks for its speaker. */
    static final int PRONOUN_WINDOW = 3;
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "i");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "it", "we");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which");
    private static final Pattern MODIFIER = Pattern.compile(" (of|from|for|at|with|in|on) ");
    private static final Set<String> DROPPED_FROM_DESCRIPTORS = Set.of("a", "an", "the", "unnamed", "anonymous");

    List<ResolvedAttribution> resolve(AnnotatedArticle article, List<Attribution> attributions, List<Mention> mentions) {
        String text = article.text();
        List<ResolvedAttribution> out = new ArrayList<>();
        for (Attribution a : attributions) {
            Speaker speaker;
            double confidence;
            if (a.source().isEmpty()) {
                speaker = Speaker.unnamed(Optional.empty(), Optional.empty());
                confidence = 0.5;
            } else {
                Span source = a.source().get();
                String words = source.of(text).strip();
                String lower = words.toLowerCase(Locale.ROOT);
                Optional<Mention> relativeHead = RELATIVE_PRONOUNS.contains(lower) ? mentionJustBefore(text, source, mentions) : Optional.empty();
                if (relativeHead.isPresent()) {
                    speaker = Speaker.named(relativeHead.get().entity()); // "Witkoff, who said": Witkoff
                    confidence = 0.7;
                } else if (PERSON_PRONOUNS.contains(lower) || GROUP_PRONOUNS.contains(lower)) {
                    Optional<Entity> e = antecedent(a, PERSON_PRONOUNS.contains(lower), out, mentions);
                    // an unresolved pronoun stays what the text says: "he", unnamed
                    speaker = e.map(Speaker::named).orElse(Speaker.unnamed(Optional.of(lower), Optional.empty()));
                    confidence = e.isPresent() ? 0.6 : 0.3;
                } else {
                    Optional<Mention> head = headMention(text, source, mentions);
                    if (head.isPresent()) {
                        speaker = Speaker.named(head.get().entity());
                        confidence = head.get().confidence();
                    } else {
                        speaker = Speaker.unnamed(Optional.of(descriptor(words)), affiliation(source, mentions));
                        confidence = 0.8;
                    }
                }
            }
            out.add(new ResolvedAttribution(a, speaker, about(a, mentions), confidence));
        }
        return out;
    }

    /**
     * The mention covering the source's head word: its last word before an apposition or a
     * modifier ("negotiators from Israel": "negotiators", so no named speaker).
     */
    private static Optional<Mention> headMention(String text, Span source, List<Mention> mentions) {
        String words = source.of(text);
        int comma = words.indexOf(',');
        int headEnd = source.begin() + (comma < 0 ? words.stripTrailing().length() : words.substring(0, comma).stripTrailing().length());
        Matcher modifier = MODIFIER.matcher(text.substring(source.begin(), headEnd));
        while (modifier.find()) {
            int at = source.begin() + modifier.start();
            if (mentions.stream().noneMatch(m -> m.span().begin() < at && at < m.span().end())) {
                headEnd = at; // the first "of"/"from"/… outside a name ends the head
                break;
            }
        }
        Span head = new Span(Math.max(source.begin(), headEnd - 1), headEnd);
        Optional<Mention> named = mentions.stream().filter(m -> m.span().overlaps(head) && source.contains(m.span())
                && m.entity().isActor()).findFirst();
        if (named.isPresent() || comma < 0) {
            return named;
        }
        // "his special envoy, Steve Witkoff,": an apposition that is a name names the speaker
        String apposition = words.substring(comma + 1).replaceFirst(",\\s*$", "");
        int from = source.begin() + comma + 1 + (apposition.length() - apposition.stripLeading().length());
        Span name = new Span(from, from + apposition.strip().length());
        return mentions.stream().filter(m -> m.span().equals(name) && m.entity().isActor()).findFirst();
    }

    /** The actor named right before a relative pronoun: "Witkoff, who". */
    private static Optional<Mention> mentionJustBefore(String text, Span pronoun, List<Mention> mentions) {
        return mentions.stream().filter(m -> m.span().end() <= pronoun.begin() && m.entity().isActor()
                && text.substring(m.span().end(), pronoun.begin()).matches("['’]?s?\\s*,?\\s*")).reduce((a, b) -> b);
    }

    /** The actor an unnamed source's words name, when they name exactly one. */
    private static Optional<Entity> affiliation(Span source, List<Mention> mentions) {
        Set<Entity> named = new LinkedHashSet<>();
        mentions.stream().filter(m -> source.contains(m.span()) && m.entity().isActor()).forEach(m -> named.add(m.entity()));
        return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
    }

    static String descriptor(String words) {
        List<String> kept = new ArrayList<>(List.of(words.strip().split("\\s+")));
        while (!kept.isEmpty() && DROPPED_FROM_DESCRIPTORS.contains(kept.get(0).toLowerCase(Locale.ROOT))) {
            kept.remove(0);
        }
        String d = String.join(" ", kept).replaceFirst(",$", "");
        return d.isEmpty() ? words.strip() : d;
    }

    /** The speaker a pronoun stands for: the last compatible speaker, else the last compatible name, nearby. */
    private static Optional<Entity> antecedent(Attribution a, boolean person, List<ResolvedAttribution> earlier,
            List<Mention> mentions) {
        for (int k = earlier.size() - 1; k >= 0; k--) {
            ResolvedAttribution r = earlier.get(k);
            if (r.attribution().sentence() < a.sentence() - PRONOUN_WINDOW) {
                break;
            }
            Optional<Entity> e = r.speaker().entity();
            if (e.isPresent() && compatible(e.get(), person)) {
                return e;
            }
        }
        int sourceBegin = a.source().orElseThrow().begin();
        Mention best = null;
        for (Mention m : mentions) {
            if (m.span().end() <= sourceBegin && m.sentence() >= a.sentence() - PRONOUN_WINDOW
                    && m.use() == EntityType.Kind.ACTOR && compatible(m.entity(), person)) {
                best = m;
            }
        }
        return Optional.ofNullable(best).map(Mention::entity);
    }

    private static boolean compatible(Entity e, boolean person) {
        return person == e.is(EntityType.Person) && e.isActor();
    }

    /** Entities named in the content, and the target right after an accusing cue ("accused Hamas of"). */
    private static List<Entity> about(Attribution a, List<Mention> mentions) {
        Set<Entity> about = new LinkedHashSet<>();
        if (a.stance() == Attribution.Stance.ACCUSE) {
            mentions.stream().filter(m -> m.span().begin() > a.cue().end() && m.span().begin() <= a.cue().end() + 2)
                    .findFirst().ifPresent(m -> about.add(m.entity()));
        }
        for (Mention m : mentions) {
            if (a.content().stream().anyMatch(c -> c.contains(m.span()))) {
                about.add(m.entity());
            }
        }
        return new ArrayList<>(about);
    }
}
