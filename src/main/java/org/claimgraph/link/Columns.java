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
            index.put(name(header.get(i)), i);
        }
        this.size = header.size();
    }

    /** A column's name as looked up: stripped, lower case, no byte-order mark. */
    private static String name(String column) {
        return column.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
    }

    /** Where {@code name} is in the header; -1 when it is not. */
    static int position(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (name(header.get(i)).equals(name)) {
                return i;
            }
        }
        return -1;
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
            return Double.parseDouble(decimal(value));
        } catch (NumberFormatException e) {
            throw new MalformedRowException(column, "\"" + value + "\" is not a number");
        }
    }

    /** A number as spreadsheets in many locales save it, with a decimal comma (31,5), in Java's form (31.5). */
    static String decimal(String value) {
        String v = value.strip();
        return v.matches("-?\\d+,\\d+") ? v.replace(',', '.') : v;
    }
}
