package org.claimgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An article's URL as stored (an {@code xsd:anyURI} and the article's identity): spaces and
 * characters outside ASCII, as people paste them ({@code https://example.org/a b},
 * {@code https://example.org/café}), percent-encoded as UTF-8, the rest as given (a URL that
 * needs no encoding keeps its identity); empty when blank.
 */
final class Urls {

    private Urls() {
    }

    static Optional<String> clean(String url) {
        String u = url.strip();
        StringBuilder out = new StringBuilder(u.length());
        for (int i = 0; i < u.length(); ) {
            int cp = u.codePointAt(i);
            if (cp <= ' ' || cp >= 0x7F) {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            } else {
                out.append((char) cp);
            }
            i += Character.charCount(cp);
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out.toString());
    }
}
