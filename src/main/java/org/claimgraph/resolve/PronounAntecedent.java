package org.claimgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.domain.Attribution;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.ResolvedAttribution;
import org.claimgraph.domain.Span;

/**
 * Decides which named actor a "he", "she", "they" or "it" that speaks stands for. Split out of
 * {@link SpeakerResolver}, which decides what kind of source it has. Stateless.
 */
final class PronounAntecedent {

    /** Cues of passing on another's words ("X cited Y"): their source is a channel, not the speaker a pronoun goes on with. */
    private static final Set<String> RELAYS = Set.of("cite", "quote");

    private PronounAntecedent() {
    }

    /**
     * What a pronoun stands for, within a few sentences: in its own sentence, the latest compatible
     * speaker before it, else the latest compatible name; otherwise, in the most recent earlier
     * sentence that has one, its first compatible speaker, else its first compatible name — the
     * subject, as a reader takes "He" at the start of a sentence. Names inside the attribution's own content or inside earlier
     * quotes are no candidates.
     */
    static Optional<Antecedent> find(ArticleFacts facts, Attribution a, boolean person, List<ResolvedAttribution> earlier) {
        List<Mention> mentions = facts.mentions();
        int pronoun = a.source().orElseThrow().begin();
        List<Span> quoted = new ArrayList<>(a.content());
        List<Antecedent> candidates = new ArrayList<>();
        List<Integer> sentences = new ArrayList<>();
        List<Boolean> speakers = new ArrayList<>();
        for (ResolvedAttribution r : earlier) {
            Attribution x = r.attribution();
            if (x.mode() != Attribution.Mode.INDIRECT) {
                quoted.addAll(x.content());
            }
            Optional<Entity> e = r.speaker().entity();
            Span words = x.source().orElse(x.cue());
            if (withinWindow(facts, x.sentence(), a.sentence()) && e.isPresent() && compatible(e.get(), person) && words.begin() < pronoun) {
                candidates.add(new Antecedent(e.get(), words));
                sentences.add(x.sentence());
                // "X cited Y, who noted …. The visit, she said, …": who cites only passes Y's words on, and
                // "she" goes on with Y, not with the channel
                speakers.add(!RELAYS.contains(x.cueLemma()));
            }
        }
        for (Mention m : mentions) {
            if (m.span().end() <= pronoun && withinWindow(facts, m.sentence(), a.sentence()) && m.use() == EntityType.Kind.ACTOR
                    && compatible(m.entity(), person) && quoted.stream().noneMatch(q -> q.contains(m.span()))) {
                candidates.add(new Antecedent(m.entity(), m.span()));
                sentences.add(m.sentence());
                speakers.add(false);
            }
        }
        // "Norland shelled the port in what it called …": a pronoun that opens a free relative clause
        // stands for the subject of the clause it hangs on, the sentence's first name, not its latest
        boolean freeRelative = facts.text().substring(0, pronoun).stripTrailing().toLowerCase(Locale.ROOT).endsWith(" what");
        Antecedent best = null;
        int bestSentence = -1;
        boolean bestSpeaker = false;
        for (int k = 0; k < candidates.size(); k++) {
            Antecedent c = candidates.get(k);
            int sentence = sentences.get(k);
            boolean speaker = speakers.get(k);
            boolean better;
            if (best == null || sentence > bestSentence) {
                better = true;
            } else if (sentence < bestSentence) {
                better = false;
            } else if (sentence == a.sentence()) {
                boolean later = freeRelative ? c.span().begin() < best.span().begin() : c.span().begin() > best.span().begin();
                better = (speaker && !bestSpeaker) || (speaker == bestSpeaker && later);
            } else {
                // the earlier sentence's speaker, else its first name: "During his visit with Reyes,
                // Haddad said … He later added" is Haddad
                better = (speaker && !bestSpeaker) || (speaker == bestSpeaker && c.span().begin() < best.span().begin());
            }
            if (better) {
                best = c;
                bestSentence = sentence;
                bestSpeaker = speaker;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether sentence {@code from} is within the pronoun window of sentence {@code to}, skipped lines not counted. */
    private static boolean withinWindow(ArticleFacts facts, int from, int to) {
        return from >= 0 && from >= to - 3 * SpeakerResolver.PRONOUN_WINDOW && facts.sentencesBack(from, to) <= SpeakerResolver.PRONOUN_WINDOW;
    }

    /** What a pronoun stands for, and the words it was taken from. */
    record Antecedent(Entity entity, Span span) {
    }

    private static boolean compatible(Entity e, boolean person) {
        return person == e.is(EntityType.Person) && e.isActor();
    }
}
