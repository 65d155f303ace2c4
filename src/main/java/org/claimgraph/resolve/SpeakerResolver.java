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
import org.claimgraph.domain.Sentence;
import org.claimgraph.domain.Span;
import org.claimgraph.domain.Token;

/**
 * Decides who said what. A source whose head word is a name is that entity ("US special envoy
 * Steve Witkoff"); one whose head is a common noun is an unnamed source with its descriptor ("a
 * senior Israeli official" gives "senior Israeli official", affiliated with Israel); "he", "she"
 * go to the previous named speaker or person when that is a person ({@link PronounAntecedent}), "they", "it" to the previous
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

    private final Descriptions descriptions = Descriptions.load();
    private final UnnamedPersonAntecedent unnamedPersons = new UnnamedPersonAntecedent(descriptions);

    List<ResolvedAttribution> resolve(ArticleFacts facts, List<Attribution> attributions) {
        String text = facts.text();
        List<Mention> mentions = facts.mentions();
        List<ResolvedAttribution> out = new ArrayList<>();
        List<ResolvedAttribution> all = new ArrayList<>();
        for (Attribution a : attributions) {
            Speaker speaker;
            double confidence;
            Optional<Span> antecedent = Optional.empty();
            List<Mention> pair = List.of();
            if (a.source().isEmpty()) {
                speaker = Speaker.unnamed(Optional.empty(), Optional.empty());
                confidence = 0.5;
            } else {
                Span source = a.source().get();
                String words = source.of(text).strip();
                String lower = words.toLowerCase(Locale.ROOT);
                Optional<Mention> relativeHead = RELATIVE_PRONOUNS.contains(lower) ? mentionJustBefore(text, source, mentions) : Optional.empty();
                Optional<Mention> head;
                Optional<Descriptions.Referent> described;
                Optional<Descriptions.Referent> relativeDescribed = relativeHead.isEmpty() && RELATIVE_PRONOUNS.contains(lower)
                        ? nounPhraseBefore(facts, source).flatMap(np -> descriptions.resolve(facts, np, out)) : Optional.empty();
                if (relativeHead.isPresent()) {
                    speaker = Speaker.named(relativeHead.get().entity()); // "Witkoff, who said": Witkoff
                    confidence = 0.7;
                    antecedent = Optional.of(relativeHead.get().span());
                } else if (relativeDescribed.isPresent()) {
                    speaker = relativeDescribed.get().speaker(); // "the junta, which said": what "the junta" refers to
                    confidence = relativeDescribed.get().confidence() * 0.9;
                    antecedent = relativeDescribed.get().antecedent();
                } else if (PERSON_PRONOUNS.contains(lower) || GROUP_PRONOUNS.contains(lower)) {
                    Optional<PronounAntecedent.Antecedent> e = PronounAntecedent.find(facts, a, PERSON_PRONOUNS.contains(lower), out);
                    // "a spokesperson said …. He added": with no named person, the same unnamed source
                    Optional<Descriptions.Referent> unnamed = e.isPresent() || !PERSON_PRONOUNS.contains(lower)
                            ? Optional.empty() : unnamedPersons.find(facts, a, out);
                    // otherwise an unresolved pronoun stays what the text says: "he", unnamed
                    speaker = e.map(x -> Speaker.named(x.entity())).or(() -> unnamed.map(Descriptions.Referent::speaker))
                            .orElse(Speaker.unnamed(Optional.of(lower), Optional.empty()));
                    confidence = e.isPresent() ? 0.6 : unnamed.map(Descriptions.Referent::confidence).orElse(0.3);
                    antecedent = e.map(PronounAntecedent.Antecedent::span).or(() -> unnamed.flatMap(Descriptions.Referent::antecedent));
                } else if (JointSources.refersToPair(words) && !(pair = JointSources.pairBefore(facts, source, a.sentence())).isEmpty()) {
                    speaker = Speaker.named(actorFor(facts, pair.get(0))); // "both sides": the pair named before, each
                    confidence = 0.6;
                    antecedent = Optional.of(pair.get(0).span());
                } else if ((head = headMention(text, source, mentions)).isPresent()) {
                    speaker = Speaker.named(actorFor(facts, head.get()));
                    confidence = head.get().confidence();
                } else if ((described = descriptions.resolve(facts, source, out)).isPresent()) {
                    speaker = described.get().speaker();
                    confidence = described.get().confidence();
                    antecedent = described.get().antecedent();
                } else {
                    speaker = Speaker.unnamed(Optional.of(descriptor(words)), affiliation(source, mentions)).introducedAt(source);
                    confidence = 0.8;
                }
            }
            ResolvedAttribution resolved = new ResolvedAttribution(a, speaker, about(a, mentions), confidence, antecedent, via(facts, a, out));
            out.add(resolved);
            all.add(resolved);
            List<Mention> parties = pair.isEmpty() ? a.source().map(src -> JointSources.named(facts, src)).orElse(List.of()) : pair;
            all.addAll(jointSpeakers(facts, resolved, parties, !pair.isEmpty())); // not in out: "the statement" after "Qatar and Egypt said" is still the first's
        }
        return all;
    }

    /**
     * Each other party of a joint source said it too (see {@link JointSources}): an attribution of
     * its own, the same cue and content, with the party's name as source words — or, for "both
     * sides", the shared words with the party as antecedent. The first party is the attribution as
     * resolved.
     */
    private static List<ResolvedAttribution> jointSpeakers(ArticleFacts facts, ResolvedAttribution resolved, List<Mention> parties,
            boolean referredTo) {
        Attribution a = resolved.attribution();
        if (parties.size() < 2 || resolved.speaker().entity().isEmpty() || !JointSources.eachSaid(facts.text(), a)) {
            return List.of();
        }
        List<ResolvedAttribution> out = new ArrayList<>();
        List<Entity> said = new ArrayList<>(List.of(resolved.speaker().entity().get()));
        for (Mention party : parties) {
            Entity e = actorFor(facts, party);
            if (said.contains(e)) {
                continue;
            }
            said.add(e);
            Span words = referredTo ? a.source().orElseThrow() : party.span();
            Attribution own = new Attribution(a.sentence(), Optional.of(words), a.cue(), a.cueLemma(), a.stance(), a.content(),
                    a.mode(), a.confidence(), a.via());
            Optional<Span> antecedent = referredTo ? Optional.of(party.span()) : Optional.empty();
            out.add(new ResolvedAttribution(own, Speaker.named(e), resolved.about(), referredTo ? 0.6 : party.confidence(), antecedent,
                    resolved.via()));
        }
        return out;
    }

    /**
     * A capital that speaks speaks for its state: "Moscow said" is Russia, "Washington insisted" the
     * United States (cg:capitalOf in the reference data).
     */
    private static Entity actorFor(ArticleFacts facts, Mention m) {
        return facts.capitalOf(m.entity()).orElse(m.entity());
    }

    /**
     * The channel of relayed speech: the words the extraction kept ("Kan TV News, citing …"), or an
     * outlet told directly ("told Axios", "told the BBC").
     */
    private Optional<Speaker> via(ArticleFacts facts, Attribution a, List<ResolvedAttribution> earlier) {
        String text = facts.text();
        if (a.via().isPresent()) {
            Span v = a.via().get();
            Optional<Mention> head = headMention(text, v, facts.mentions());
            if (head.isPresent()) {
                return Optional.of(Speaker.named(head.get().entity()));
            }
            Optional<Descriptions.Referent> described = descriptions.resolve(facts, v, earlier);
            if (described.isPresent()) {
                return Optional.of(described.get().speaker());
            }
            return Optional.of(Speaker.unnamed(Optional.of(descriptor(v.of(text))), affiliation(v, facts.mentions())));
        }
        if (a.cueLemma().equals("tell")) {
            return facts.mentions().stream()
                    .filter(m -> m.span().begin() >= a.cue().end() && m.span().begin() <= a.cue().end() + 5
                            && m.entity().is(EntityType.MediaOutlet))
                    .findFirst().map(m -> Speaker.named(m.entity()));
        }
        return Optional.empty();
    }

    /**
     * The mention covering the source's head word: its last word before an apposition or a
     * modifier ("negotiators from Israel": "negotiators", so no named speaker).
     */
    private static Optional<Mention> headMention(String text, Span source, List<Mention> mentions) {
        Matcher bracket = TRAILING_BRACKET.matcher(source.of(text));
        if (bracket.find() && bracket.start() > 0) {
            source = new Span(source.begin(), source.begin() + bracket.start()); // "National News Agency (NNA)"
        }
        return firstConjunct(text, source, headOf(text, source, mentions), mentions);
    }

    /** "(NNA)", "(ISPR),", "(Egypt, Jordan and Qatar)" at the end of source words. */
    private static final Pattern TRAILING_BRACKET = Pattern.compile("\\s*\\([^()]{1,80}\\)\\s*,?\\s*$");

    /**
     * "Israel and Hezbollah have accused each other": a joint source is found under its first party
     * (the head word would give the last).
     */
    private static Optional<Mention> firstConjunct(String text, Span source, Optional<Mention> head, List<Mention> mentions) {
        if (head.isEmpty()) {
            return head;
        }
        Mention current = head.get();
        boolean joined = false;
        for (int k = mentions.indexOf(current) - 1; k >= 0; k--) {
            Mention before = mentions.get(k);
            String between = text.substring(before.span().end(), current.span().begin());
            if (!source.contains(before.span()) || !before.entity().isActor()
                    || !between.matches("['’]?s?\\s*(,|and|&|,\\s*and)\\s*(the\\s+)?")) {
                break;
            }
            boolean commaOnly = between.strip().equals(",");
            if (commaOnly && !joined) {
                break; // "… envoy for Yemen, Tomas Reyes,": a comma without a later "and" sets off an apposition
            }
            joined |= !commaOnly;
            current = before;
        }
        return Optional.of(current);
    }

    private static Optional<Mention> headOf(String text, Span source, List<Mention> mentions) {
        String words = source.of(text);
        int comma = words.indexOf(',');
        int headEnd = source.begin() + (comma < 0 ? words.stripTrailing().length() : words.substring(0, comma).stripTrailing().length());
        Span last = new Span(Math.max(source.begin(), headEnd - 1), headEnd);
        Optional<Mention> person = mentions.stream().filter(m -> m.span().overlaps(last) && source.contains(m.span())
                && m.entity().is(EntityType.Person)).findFirst();
        if (person.isPresent()) {
            return person; // "speaker of parliament Nabih Berri", "Secretary of State Marco Rubio": the name is the head
        }
        Optional<Mention> city = mentions.stream().filter(m -> m.entity().is(EntityType.City)
                && m.span().end() == source.end() && text.substring(source.begin(), m.span().begin()).matches("(?i)(the\\s+)?")).findFirst();
        if (city.isPresent()) {
            return city; // "Moscow said": the city speaks for its state (see actorFor)
        }
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
        // "his special envoy, Steve Witkoff,": an apposition that is a name names the speaker. Not shared
        // with ArticleResolver.apposed: the source span bounds this apposition, so the name must fill it
        // (any actor); that one reads sentence tokens with no end, so a fitting name starting there is enough
        String apposition = words.substring(comma + 1).replaceFirst(",\\s*$", "");
        int from = source.begin() + comma + 1 + (apposition.length() - apposition.stripLeading().length());
        Span name = new Span(from, from + apposition.strip().length());
        return mentions.stream().filter(m -> m.span().equals(name) && m.entity().isActor()).findFirst();
    }

    /** The actor named right before a relative pronoun: "Witkoff, who". */
    private static Optional<Mention> mentionJustBefore(String text, Span pronoun, List<Mention> mentions) {
        return mentions.stream().filter(m -> m.span().end() <= pronoun.begin() && m.entity().isActor()
                && text.substring(m.span().end(), pronoun.begin()).matches("['’]?s?\\s*[,—–]?\\s*")).reduce((a, b) -> b); // "Macron—who"
    }

    /**
     * The noun phrase a relative pronoun follows, "the junta" in "the junta, which said": from the
     * nearest determiner before the comma, at most a few words back, in the pronoun's sentence.
     */
    private static Optional<Span> nounPhraseBefore(ArticleFacts facts, Span pronoun) {
        Optional<Sentence> sentence = facts.sentenceAt(pronoun.begin());
        if (sentence.isEmpty()) {
            return Optional.empty();
        }
        List<Token> tokens = sentence.get().tokens();
        int at = 0;
        while (at < tokens.size() && tokens.get(at).span().begin() < pronoun.begin()) {
            at++;
        }
        int comma = at - 1;
        if (comma < 1 || !tokens.get(comma).text().equals(",")) {
            return Optional.empty();
        }
        for (int k = comma - 1; k >= Math.max(0, comma - 5); k--) {
            String w = tokens.get(k).text();
            if (w.equals(",")) {
                return Optional.empty();
            }
            if (DROPPED_FROM_DESCRIPTORS.contains(w.toLowerCase(Locale.ROOT))) {
                return Optional.of(new Span(tokens.get(k).span().begin(), tokens.get(comma - 1).span().end()));
            }
        }
        return Optional.empty();
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
