package org.claimgraph.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One attribution relation as found in the text: who (source span), the cue, and what (content
 * spans). The speaker behind the source span is decided by resolution ({@link ResolvedAttribution}).
 *
 * @param sentence   index of the sentence holding the cue
 * @param source     the words naming the source, when the text gives them ("US special envoy Steve
 *                   Witkoff", "he", "a senior Israeli official")
 * @param cue        the cue words ("said", "according to")
 * @param cueLemma   the cue's lemma, lower case, words separated by one space
 * @param stance     what kind of speech act the cue signals
 * @param content    the reported content; a quote interrupted by its cue has several spans
 * @param mode       a full quotation, reported speech, or reported speech with a quoted fragment
 * @param confidence how sure the extraction is that this is an attribution with these spans, 0..1
 * @param via        the channel the words came through, when the text relays them: "Kan TV News" in
 *                   "Kan TV News, citing a source close to the negotiations, reported …", where the
 *                   source is the cited one
 */
public record Attribution(int sentence, Optional<Span> source, Span cue, String cueLemma, Stance stance,
        List<Span> content, Mode mode, double confidence, Optional<Span> via) {

    /** Whether the content is quoted. */
    public enum Mode {
        DIRECT, INDIRECT, MIXED;

        /** The export code: "direct", "indirect", "mixed". */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The speech act a cue signals. */
    public enum Stance {
        ASSERT, DENY, ACCUSE, DEMAND, WARN, PROMISE, REPORT, RESPOND;

        /** The export code: "assert", "deny", ... */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Attribution {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(cueLemma, "cueLemma");
        Objects.requireNonNull(stance, "stance");
        content = List.copyOf(content);
        Objects.requireNonNull(mode, "mode");
        if (content.isEmpty()) {
            throw new IllegalArgumentException("an attribution needs content");
        }
        Objects.requireNonNull(via, "via");
    }

    /** An attribution heard from its source directly (no channel between). */
    public Attribution(int sentence, Optional<Span> source, Span cue, String cueLemma, Stance stance, List<Span> content,
            Mode mode, double confidence) {
        this(sentence, source, cue, cueLemma, stance, content, mode, confidence, Optional.empty());
    }

    /** This attribution with other content (and the mode it now has). */
    public Attribution withContent(List<Span> newContent, Mode newMode) {
        return new Attribution(sentence, source, cue, cueLemma, stance, newContent, newMode, confidence, via);
    }

    /** This attribution with another stance. */
    public Attribution withStance(Stance newStance) {
        return new Attribution(sentence, source, cue, cueLemma, newStance, content, mode, confidence, via);
    }

    /** This attribution relayed: said by {@code cited}, heard through {@code channel}. */
    public Attribution relayed(Span cited, Optional<Span> channel) {
        return new Attribution(sentence, Optional.of(cited), cue, cueLemma, stance, content, mode, confidence, channel);
    }

    /** The content as one string: its spans' texts joined by " … ". */
    public String contentText(String text) {
        return String.join(" … ", content.stream().map(s -> s.of(text)).toList());
    }
}
