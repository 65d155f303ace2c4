package org.claimgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The context words that type proper-noun sequences, read from {@code name-cues.txt} (data, not
 * code). Immutable and thread-safe.
 */
final class NameCues {

    private final Map<String, Set<String>> sections;

    private NameCues(Map<String, Set<String>> sections) {
        this.sections = sections;
    }

    static NameCues load() {
        Map<String, Set<String>> sections = new HashMap<>();
        try (InputStream in = NameCues.class.getResourceAsStream("name-cues.txt")) {
            if (in == null) {
                throw new IllegalStateException("name-cues.txt is missing from the classpath: rebuild the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> current = null;
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new HashSet<>());
                } else if (current != null) {
                    for (String w : line.split("\\s+")) {
                        current.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read name-cues.txt", e);
        }
        return new NameCues(Map.copyOf(sections));
    }

    /** Whether {@code word} (any case) is in {@code section}. */
    boolean is(String section, String word) {
        Set<String> words = sections.get(section);
        if (words == null) {
            throw new IllegalArgumentException("no section [" + section + "] in name-cues.txt");
        }
        return words.contains(word.toLowerCase(Locale.ROOT));
    }
}
