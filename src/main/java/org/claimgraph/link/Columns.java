package org.claimgraph.link;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A CSV header: column name → position, checked for the columns a format needs. */
final class Columns {

    private final Map<String, Integer> index = new HashMap<>();
    private final int size;

    private Columns(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT), i);
        }
        this.size = header.size();
    }

    static Columns of(List<String> header, String dataset, List<String> needed) throws MalformedRowException {
        Columns c = new Columns(header);
        List<String> missing = needed.stream().filter(n -> !c.index.containsKey(n)).toList();
        if (!missing.isEmpty()) {
            throw new MalformedRowException("the header lacks " + String.join(", ", missing) + ": is this a " + dataset
                    + " file with its published header?");
        }
        return c;
    }

    /** The field under {@code name}, stripped; "" when the column is absent. */
    String get(List<String> fields, String name) throws MalformedRowException {
        if (fields.size() != size) {
            throw new MalformedRowException(fields.size() + " fields, the header has " + size);
        }
        Integer i = index.get(name);
        return i == null ? "" : fields.get(i).strip();
    }

    static double number(String value, String column) throws MalformedRowException {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new MalformedRowException(column + " \"" + value + "\" is not a number");
        }
    }
}
