package org.claimgraph.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lexicons and cue lists a stage reads from a text file in the jar, beside its reader class
 * ({@code attribution-cues.tsv}, {@code development-cues.tsv}, …): its lines without blank lines
 * and {@code #} comments, each with its number so a bad line can be named.
 */
public final class DataFile {

    /** One line of a data file, as written (tabs kept). */
    public record Line(String file, int number, String text) {

        /** An error that names the file, the line and what is wrong with it. */
        public IllegalStateException error(String what) {
            return new IllegalStateException(file + " line " + number + ": " + what);
        }
    }

    private DataFile() {
    }

    /** The lines of {@code name}, a resource in {@code owner}'s package. */
    public static List<Line> lines(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath: rebuild the jar (mvn -B package)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Line> out = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    out.add(new Line(name, number, line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
