package org.claimgraph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON mapper the exports share; {@link RecordWriter} writes the records. */
public final class JsonLines {

    static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Output formats of the table exports. */
    public enum Format { jsonl, csv }

    private JsonLines() {
    }
}
