package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.domain.DataFile;
import org.claimgraph.domain.Development.Kind;

/**
 * The words of negotiation steps, read from {@code development-cues.tsv} (data, not code): triggers
 * with the condition each needs, the words that make a sentence about negotiations, the nouns that
 * report a step by themselves, the words that make one hypothetical, and the triggers whose truce,
 * declared by one side alone, is that side's pause ({@code unilateral}, objects in {@code truce}), and the
 * words that name a step's mediators ({@code mediation}), and the reporting verbs after which a pronoun
 * subject stands for the reporter ({@code reporting}: "the RSF said it agrees"), and the participles that may stand
 * between a step noun and its parties ({@code participles}: "an agreement reached with …"), and the words that make a
 * leaving troops' rather than a team's ({@code forces}: "forces left the town under the truce"). Immutable.
 */
record DevelopmentCues(List<Trigger> triggers, Set<String> frame, Set<String> deliveredResponse, Set<String> deliveredProposal,
        Map<String, Kind> nouns, Set<String> hypothetical, Set<String> unilateral, Set<String> truce, Set<String> sides, Set<String> mediation,
        Set<String> reporting, Set<String> participles, Set<String> forces, Set<String> unrealised) {

    /**
     * A trigger; a delivery ("handed", "sent") has no kind of its own.
     *
     * @param objects  one of these must follow within six words ("@city": a city named after it)
     * @param subjects one of these must stand within five words before it
     * @param near     one of these on either side
     * @param around   one of these within six words after it or three before ("supported a US proposal", "the proposal endorsed by Hamas")
     * @param sentence one of these anywhere in the sentence ("resumed strikes" ends a ceasefire only where one is spoken of)
     * @param anyPos   whether it may be other than a verb ("unacceptable", "on hold")
     * @param bothSides whether the step is both sides' ("the ceasefire took effect"): the article's sides
     *                 complete the actors the sentence does not name
     * @param selfFramed whether its met condition says by itself that the sentence is about negotiating ("suspended the
     *                 disarmament process", "condemned the cabinet decision"): no frame word is needed, and one side suffices
     */
    record Trigger(List<String> words, Optional<Kind> kind, Set<String> objects, Set<String> subjects, Set<String> near, Set<String> around,
            Set<String> sentence, boolean anyPos, boolean bothSides, boolean selfFramed) {
    }

    static DevelopmentCues load() {
        List<Trigger> triggers = new ArrayList<>();
        Set<String> frame = new HashSet<>();
        Set<String> response = new HashSet<>();
        Set<String> proposal = new HashSet<>();
        Map<String, Kind> nouns = new HashMap<>();
        Set<String> hypothetical = new HashSet<>();
        Set<String> unilateral = new HashSet<>();
        Set<String> truce = new HashSet<>();
        Set<String> sides = new HashSet<>();
        Set<String> mediation = new HashSet<>();
        Set<String> reporting = new HashSet<>();
        Set<String> participles = new HashSet<>();
        Set<String> forces = new HashSet<>();
        Set<String> unrealised = new HashSet<>();
        for (DataFile.Line line : DataFile.lines(DevelopmentCues.class, "development-cues.tsv")) {
            String[] cols = line.text().split("\t");
            List<String> words = List.of(cols[cols.length - 1].split(" "));
            switch (cols[0]) {
                case "[frame]" -> frame.addAll(words);
                case "[delivered-response]" -> response.addAll(words);
                case "[delivered-proposal]" -> proposal.addAll(words);
                case "[hypothetical]" -> hypothetical.addAll(words);
                case "[unilateral]" -> unilateral.addAll(words);
                case "[truce]" -> truce.addAll(words);
                case "[sides]" -> sides.addAll(words);
                case "[mediation]" -> mediation.addAll(words);
                case "[reporting]" -> reporting.addAll(words);
                case "[participle]" -> participles.addAll(words);
                case "[forces]" -> forces.addAll(words);
                case "[unrealised]" -> unrealised.addAll(words);
                case "[noun]" -> words.forEach(w -> nouns.put(w, kind(cols[1])));
                default -> triggers.addAll(triggers(cols));
            }
        }
        triggers.sort((a, b) -> b.words().size() - a.words().size());
        return new DevelopmentCues(List.copyOf(triggers), Set.copyOf(frame), Set.copyOf(response), Set.copyOf(proposal),
                Map.copyOf(nouns), Set.copyOf(hypothetical), Set.copyOf(unilateral), Set.copyOf(truce), Set.copyOf(sides),
                Set.copyOf(mediation), Set.copyOf(reporting), Set.copyOf(participles), Set.copyOf(forces), Set.copyOf(unrealised));
    }

    private static List<Trigger> triggers(String[] cols) {
        Optional<Kind> kind = cols[0].equals("delivery") ? Optional.empty() : Optional.of(kind(cols[0]));
        Set<String> objects = Set.of();
        Set<String> subjects = Set.of();
        Set<String> near = Set.of();
        Set<String> around = Set.of();
        Set<String> sentence = Set.of();
        boolean anyPos = false;
        boolean bothSides = false;
        boolean selfFramed = false;
        if (cols.length > 2) {
            for (String condition : cols[2].split(";")) {
                String[] kv = condition.strip().split(":", 2);
                Set<String> values = Set.of(kv[1].split(" "));
                switch (kv[0]) {
                    case "object" -> objects = values;
                    case "subject" -> subjects = values;
                    case "near" -> near = values;
                    case "around" -> around = values;
                    case "sentence" -> sentence = values;
                    case "pos" -> anyPos = values.contains("any");
                    case "sides" -> bothSides = values.contains("both");
                    case "frame" -> selfFramed = values.contains("self");
                    default -> throw new IllegalStateException("development-cues.tsv: unknown condition " + condition);
                }
            }
        }
        List<Trigger> out = new ArrayList<>();
        for (String form : cols[1].split(" ")) {
            out.add(new Trigger(List.of(form.split("\\+")), kind, objects, subjects, near, around, sentence, anyPos, bothSides, selfFramed));
        }
        return out;
    }

    private static Kind kind(String code) {
        return Kind.valueOf(code.toUpperCase(Locale.ROOT));
    }
}
