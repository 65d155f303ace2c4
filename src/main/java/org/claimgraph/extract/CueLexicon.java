package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.domain.Attribution.Stance;
import org.claimgraph.domain.DataFile;

/**
 * The cues of reported speech, read from {@code attribution-cues.tsv} (data, not code): each word
 * form with its lemma and stance, and multi-word cues ("according to", "pointed out").
 * Immutable and thread-safe.
 */
final class CueLexicon {

    /** One cue: its lemma, stance and part of speech ("verb", "noun", "phrase", "source-after"). */
    record Cue(String lemma, Stance stance, String kind, List<String> words) {
        /** "according to X", "as reported by X": the source follows the cue. */
        boolean sourceAfter() {
            return kind.equals("source-after");
        }
    }

    private final Map<String, Cue> single;
    /** Multi-word cues by their first word in lower case, longest first: looked up at every token, so not scanned. */
    private final Map<String, List<Cue>> phrasesByFirstWord;

    private CueLexicon(Map<String, Cue> single, List<Cue> phrases) {
        this.single = single;
        Map<String, List<Cue>> byFirst = new HashMap<>();
        phrases.stream().sorted((a, b) -> b.words().size() - a.words().size())
                .forEach(c -> byFirst.computeIfAbsent(c.words().get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(c));
        byFirst.replaceAll((k, v) -> List.copyOf(v));
        this.phrasesByFirstWord = Map.copyOf(byFirst);
    }

    static CueLexicon load() {
        Map<String, Cue> single = new HashMap<>();
        List<Cue> phrases = new ArrayList<>();
        for (DataFile.Line line : DataFile.lines(CueLexicon.class, "attribution-cues.tsv")) {
            String[] cols = line.text().split("\t");
            if (cols.length != 4) {
                throw line.error("expected 4 tab-separated columns");
            }
            Stance stance = Stance.valueOf(cols[1].toUpperCase(Locale.ROOT));
            if (cols[2].equals("phrase") || cols[2].equals("source-after")) {
                for (String form : cols[3].split("\\|")) {
                    phrases.add(new Cue(cols[0], stance, cols[2], List.of(form.strip().split(" "))));
                }
            } else {
                for (String form : cols[3].split(" ")) {
                    single.putIfAbsent(cols[2] + ":" + form, new Cue(cols[0], stance, cols[2], List.of(form)));
                }
            }
        }
        return new CueLexicon(Map.copyOf(single), List.copyOf(phrases));
    }

    /** The cue a word form is, for a kind ("verb", "belief" or "noun"). */
    Optional<Cue> word(String form, String kind) {
        return Optional.ofNullable(single.get(kind + ":" + form.toLowerCase(Locale.ROOT)));
    }

    /** The cue a verb form is: a reporting verb, a verb of belief or intention, or one that reports only after a quote. */
    Optional<Cue> verb(String form) {
        return word(form, "verb").or(() -> word(form, "belief")).or(() -> word(form, "quote"));
    }

    /** The cue a noun form is: "claim", "accusations", "denial"; kind "noun" or "noun-of". */
    Optional<Cue> noun(String form) {
        return word(form, "noun").or(() -> word(form, "noun-of"));
    }

    /** Multi-word cues whose first word is {@code word} (any case), longest first. */
    List<Cue> phrasesStartingWith(String word) {
        return phrasesByFirstWord.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }
}
