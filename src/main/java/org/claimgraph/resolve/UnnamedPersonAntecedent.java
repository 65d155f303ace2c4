package org.claimgraph.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.domain.Attribution;
import org.claimgraph.domain.ResolvedAttribution;
import org.claimgraph.domain.ResolvedAttribution.Speaker;
import org.claimgraph.domain.Span;

/**
 * "According to a regional spokesperson, …. 'The roads are shut,' he said.": a "he" or "she" that
 * no named person nearby fits goes on with the unnamed person who spoke last, within the pronoun
 * window, so that one unnamed source stays one speaker across the article rather than an anonymous
 * "he". Only a singular person-like descriptor qualifies: a body ("the ministry"), a document ("the
 * statement") or a plural ("residents") is no "he". Immutable and thread-safe.
 */
final class UnnamedPersonAntecedent {

    /** Words that end a descriptor's head: "spokesperson for the governor" is a spokesperson. */
    private static final String MODIFIER = " (of|from|for|at|with|in|on|to|close|familiar|speaking) ";
    private static final Set<String> PRONOUNS = Set.of("he", "she", "i", "they", "it", "we", "who", "which");
    /** Cues of passing on another's words: their source is a channel, not the one a pronoun goes on with. */
    private static final Set<String> RELAYS = Set.of("cite", "quote");

    private final Descriptions descriptions;

    UnnamedPersonAntecedent(Descriptions descriptions) {
        this.descriptions = descriptions;
    }

    /** The unnamed person the pronoun of {@code a} goes on with, and the words that introduced it. */
    Optional<Descriptions.Referent> find(ArticleFacts facts, Attribution a, List<ResolvedAttribution> earlier) {
        Span pronoun = a.source().orElseThrow();
        for (int k = earlier.size() - 1; k >= 0; k--) {
            ResolvedAttribution r = earlier.get(k);
            Attribution x = r.attribution();
            Optional<Span> words = x.source();
            if (words.isEmpty() || words.get().begin() >= pronoun.begin() || RELAYS.contains(x.cueLemma())) {
                continue;
            }
            if (x.sentence() < 0 || facts.sentencesBack(x.sentence(), a.sentence()) > SpeakerResolver.PRONOUN_WINDOW) {
                return Optional.empty();
            }
            if (personLike(r.speaker())) {
                return Optional.of(new Descriptions.Referent(r.speaker(), r.speaker().introduced().or(() -> words), 0.5));
            }
        }
        return Optional.empty();
    }

    private boolean personLike(Speaker s) {
        if (!s.anonymous() || s.descriptor().isEmpty()) {
            return false;
        }
        String d = s.descriptor().get().toLowerCase(Locale.ROOT).split(MODIFIER, 2)[0].strip();
        String[] w = d.split("\\s+");
        String head = w[w.length - 1];
        return !d.isEmpty() && !PRONOUNS.contains(head) && descriptions.personHead(head);
    }
}
