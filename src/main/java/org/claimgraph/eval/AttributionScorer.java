package org.claimgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimgraph.eval.AttributionGold.GoldAttribution;

/**
 * Scores the attributions of one {@code extract} record against gold. A system attribution
 * <em>finds</em> a gold one when its cue stands in the gold's sentence (found by the sentence's
 * first words) and it has the same cue lemma or shares half its content words; it finds it
 * <em>with the right source</em> when, besides, its speaker is the gold source (same entity label,
 * or, for an unnamed or unresolved source, words shared with the gold source). Pairs are one to one.
 */
public final class AttributionScorer {

    /** Counts, pooled over articles. */
    public record Score(int gold, int system, int found, int rightSource, int rightStance, int rightMode) {

        public static final Score ZERO = new Score(0, 0, 0, 0, 0, 0);

        public Score plus(Score o) {
            return new Score(gold + o.gold, system + o.system, found + o.found, rightSource + o.rightSource,
                    rightStance + o.rightStance, rightMode + o.rightMode);
        }

        public String report() {
            return String.format(Locale.ROOT, """
                    gold	system	found	found_with_right_source	precision	recall	source_recall	stance_accuracy	mode_accuracy
                    %d	%d	%d	%d	%.3f	%.3f	%.3f	%.3f	%.3f""",
                    gold, system, found, rightSource, system == 0 ? 1.0 : (double) found / system,
                    gold == 0 ? 1.0 : (double) found / gold, gold == 0 ? 1.0 : (double) rightSource / gold,
                    found == 0 ? 0.0 : (double) rightStance / found, found == 0 ? 0.0 : (double) rightMode / found);
        }
    }

    /** What one comparison found, for the report. */
    public record Comparison(Score score, List<String> missed, List<String> wrongSource, List<String> spurious) {
    }

    private AttributionScorer() {
    }

    public static Comparison compare(List<GoldAttribution> gold, JsonNode extractRecord) {
        String text = extractRecord.get("article").get("text").asText();
        List<JsonNode> system = new ArrayList<>();
        extractRecord.get("attributions").forEach(system::add);
        // the other names the article's actors go by, as the entity scorer reads them: "US State
        // Department" is the gold's "United States Department of State"
        java.util.Map<String, Set<String>> names = new java.util.HashMap<>();
        extractRecord.path("actors").forEach(a -> {
            Set<String> n = names.computeIfAbsent(a.path("iri").asText(), k -> new HashSet<>());
            a.path("aliases").forEach(x -> n.add(norm(x.asText())));
        });
        Set<Integer> used = new HashSet<>();
        List<String> missed = new ArrayList<>();
        List<String> wrongSource = new ArrayList<>();
        int found = 0;
        int rightSource = 0;
        int rightStance = 0;
        int rightMode = 0;
        for (GoldAttribution g : gold) {
            int[] sentence = sentence(text, g.at(), g.sentenceHint());
            int best = -1;
            boolean bestSource = false;
            for (int i = 0; i < system.size(); i++) {
                JsonNode s = system.get(i);
                int cue = s.get("cue").get("span").get(0).asInt();
                if (used.contains(i) || sentence == null || cue < sentence[0] || cue >= sentence[1] || !sameStatement(g, s)) {
                    continue;
                }
                boolean source = sameSource(g, s) || alsoCalled(g, s, names);
                if (best < 0 || (source && !bestSource)) {
                    best = i;
                    bestSource = source;
                }
            }
            if (best < 0) {
                missed.add(g.source() + " " + g.cue() + ": " + g.sentenceHint());
                continue;
            }
            used.add(best);
            found++;
            JsonNode s = system.get(best);
            if (bestSource) {
                rightSource++;
            } else {
                wrongSource.add(g.source() + " (system: " + speaker(s) + ") " + g.cue() + ": " + g.sentenceHint());
            }
            if (g.stance().map(st -> st.equals(s.get("stance").asText())).orElse(false)) {
                rightStance++;
            }
            if (g.mode().map(m -> m.equals(s.get("mode").asText())).orElse(false)) {
                rightMode++;
            }
        }
        List<String> spurious = new ArrayList<>();
        for (int i = 0; i < system.size(); i++) {
            if (!used.contains(i)) {
                JsonNode s = system.get(i);
                spurious.add(speaker(s) + " " + s.get("cue").get("text").asText() + ": "
                        + abbreviate(s.get("content").get("text").asText()));
            }
        }
        return new Comparison(new Score(gold.size(), system.size(), found, rightSource, rightStance, rightMode),
                missed, wrongSource, spurious);
    }

    /** The sentence of a gold item: around its offset when the gold gives one, else the one its hint starts. */
    static int[] sentence(String text, Optional<Integer> at, String hint) {
        return at.map(offset -> sentenceAt(text, offset)).orElseGet(() -> sentenceOf(text, hint));
    }

    /**
     * [begin, end) of the line-internal sentence holding {@code offset}: from after the last ". ",
     * "! ", "? " or line break before it to the next one after it.
     */
    static int[] sentenceAt(String text, int offset) {
        int begin = offset;
        while (begin > 0 && text.charAt(begin - 1) != '\n'
                && !(begin >= 2 && text.charAt(begin - 1) == ' ' && ".!?".indexOf(text.charAt(begin - 2)) >= 0)) {
            begin--;
        }
        int end = offset;
        while (end < text.length() && text.charAt(end) != '\n') {
            char c = text.charAt(end);
            end++;
            if (".!?".indexOf(c) >= 0 && end < text.length() && text.charAt(end) == ' ') {
                break;
            }
        }
        return new int[] {begin, end};
    }

    /** [begin, end) of the line-internal sentence that starts with {@code hint}, or null. */
    static int[] sentenceOf(String text, String hint) {
        String h = hint.strip();
        int at = text.indexOf(h);
        if (at < 0) {
            return null;
        }
        int end = at;
        while (end < text.length() && text.charAt(end) != '\n') {
            char c = text.charAt(end);
            end++;
            if ((c == '.' || c == '?' || c == '!') && end < text.length() && text.charAt(end) == ' '
                    && end > at + h.length()) {
                break;
            }
        }
        return new int[] {at, end};
    }

    private static boolean sameStatement(GoldAttribution g, JsonNode s) {
        String lemma = s.get("cue").get("lemma").asText();
        String cue = s.get("cue").get("text").asText().toLowerCase(Locale.ROOT);
        if (g.cueLemma().map(lemma::equals).orElse(false) || g.cue().toLowerCase(Locale.ROOT).equals(cue)
                || g.cue().toLowerCase(Locale.ROOT).equals(lemma)) {
            return true;
        }
        return g.content().map(c -> overlap(words(c), words(s.get("content").get("text").asText())) >= 0.5).orElse(false);
    }

    private static boolean sameSource(GoldAttribution g, JsonNode s) {
        JsonNode entity = s.get("source").get("entity");
        boolean sameQid = g.sourceWikidata().isPresent() && entity != null && !entity.isNull()
                && g.sourceWikidata().get().equals(entity.path("wikidata").asText(""));
        return sameQid || sameSource(g.source(), g.sourceText(), s);
    }

    /** Whether the gold names the system's speaker by one of its other names. */
    private static boolean alsoCalled(GoldAttribution g, JsonNode s, java.util.Map<String, Set<String>> names) {
        JsonNode entity = s.get("source").get("entity");
        return entity != null && !entity.isNull() && !g.source().isBlank()
                && names.getOrDefault(entity.path("iri").asText(), Set.of()).contains(norm(g.source()));
    }

    /** Whether a system attribution's speaker is the gold source (same label, or shared words for an unnamed one). */
    static boolean sameSource(String goldSource, Optional<String> goldSourceText, JsonNode s) {
        JsonNode source = s.get("source");
        JsonNode entity = source.get("entity");
        if (goldSource.isBlank()) {
            // no source in the text ("were reported killed", "reportedly"): right when none is named
            return (entity == null || entity.isNull()) && source.path("text").isNull();
        }
        if (entity != null && !entity.isNull()) {
            String label = norm(entity.get("label").asText());
            // "Qatar and Egypt": a joint statement is found under either party
            if (label.equals(norm(goldSource)) || List.of(norm(goldSource).split(" and ")).contains(label)) {
                return true;
            }
        }
        if (entity == null || entity.isNull()) {
            // singular forms: "a source familiar with the talks" is "one of the sources"
            Set<String> goldWords = singular(words(goldSource + " " + goldSourceText.orElse("")));
            Set<String> systemWords = singular(words(source.path("text").asText("") + " " + source.path("descriptor").asText("")));
            goldWords.retainAll(systemWords);
            return goldWords.stream().anyMatch(w -> w.length() > 3);
        }
        return false;
    }

    private static Set<String> singular(Set<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(w.length() > 4 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w));
        return out;
    }

    private static String speaker(JsonNode s) {
        JsonNode e = s.get("source").get("entity");
        return e != null && !e.isNull() ? e.get("label").asText() : s.get("source").path("descriptor").asText("(none)");
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / a.size();
    }

    static Set<String> words(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static String norm(String s) {
        return EntityScorer.norm(s);
    }

    private static String abbreviate(String s) {
        return s.length() <= 70 ? s : s.substring(0, 67) + "...";
    }
}
