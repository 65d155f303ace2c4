package org.claimgraph.ingest;

import java.util.Optional;
import org.claimgraph.domain.Hashes;

/** Article identity: the URL when given, else the text, hashed so it can sit in an IRI. */
public final class ArticleIds {

    /** Hex digits of the SHA-256 kept in an article id: 64 bits, ample for any news corpus. */
    static final int ID_HEX_DIGITS = 16;

    private ArticleIds() {
    }

    public static String idFor(Optional<String> url, String text) {
        return Hashes.sha256Hex(url.orElse(text)).substring(0, ID_HEX_DIGITS);
    }
}
