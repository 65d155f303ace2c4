package org.claimgraph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON mapper and CSV quoting the exports share; {@link RecordWriter} writes the records. */
public final class JsonLines {

    static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Output formats of the table exports. */
    public enum Format { jsonl, csv }

    private JsonLines() {
    }

    /** RFC 4180 quoting: quote when the value has a comma, quote or line break. */
    static String csvCell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
