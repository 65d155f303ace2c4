package org.claimgraph.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines of a saved news page that are not the article: "Read more: …" links to other stories,
 * audio players, photo captions ending in their credit ("… Picture: Getty", "Name/AP"). Their names
 * and quotes belong to other stories or to a picture, so extraction skips them. The patterns are
 * data ({@code page-furniture.txt}). Immutable and thread-safe.
 */
final class PageFurniture {

    private static final String RESOURCE = "page-furniture.txt";
    private static final List<Pattern> PATTERNS = load();

    private PageFurniture() {
    }

    /** Whether a whitespace-normalised line is page furniture. */
    static boolean is(String line) {
        for (Pattern p : PATTERNS) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<Pattern> load() {
        List<Pattern> patterns = new ArrayList<>();
        try (InputStream in = PageFurniture.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/claimgraph/clean/" + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String p = line.strip();
                if (!p.isEmpty() && !p.startsWith("#")) {
                    patterns.add(Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(patterns);
    }
}
