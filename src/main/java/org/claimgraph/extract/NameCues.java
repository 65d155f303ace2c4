package org.claimgraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.domain.DataFile;

/**
 * The context words that type proper-noun sequences, read from {@code name-cues.txt} (data, not
 * code). Public for resolve/, which asks the same questions of the same words (an honorific before a
 * one-word name). Immutable and thread-safe.
 */
public final class NameCues {

    private final Map<String, Set<String>> sections;

    private NameCues(Map<String, Set<String>> sections) {
        this.sections = sections;
    }

    public static NameCues load() {
        Map<String, Set<String>> sections = new HashMap<>();
        Set<String> current = null;
        for (DataFile.Line l : DataFile.lines(NameCues.class, "name-cues.txt")) {
            String line = l.text().strip();
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new HashSet<>());
            } else if (current != null) {
                for (String w : line.split("\\s+")) {
                    current.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return new NameCues(Map.copyOf(sections));
    }

    /** Whether {@code word} (any case) is in {@code section}. */
    public boolean is(String section, String word) {
        Set<String> words = sections.get(section);
        if (words == null) {
            throw new IllegalArgumentException("no section [" + section + "] in name-cues.txt");
        }
        return words.contains(word.toLowerCase(Locale.ROOT));
    }
}
