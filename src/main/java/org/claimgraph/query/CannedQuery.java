package org.claimgraph.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A query from the catalogue in {@code queries/}: its name is the file name without {@code .rq};
 * its header comment says what it answers, which parameters it takes and which columns it returns.
 *
 * @param name        the file name without {@code .rq}
 * @param description the header's first paragraph
 * @param parameters  {@code name: meaning} lines from the header's {@code Parameters:} section
 * @param columns     {@code name: meaning} lines from the header's {@code Columns:} section
 * @param example     the parameters of the header's {@code Example:} section ({@code name=Hamas} lines), the
 *                    values the README shows the query with; empty for a query without parameters
 * @param text        the whole SPARQL text
 */
public record CannedQuery(String name, String description, List<String> parameters, List<String> columns, Map<String, String> example,
        String text) {

    public CannedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        parameters = List.copyOf(parameters);
        columns = List.copyOf(columns);
        example = Collections.unmodifiableMap(new LinkedHashMap<>(example));
        Objects.requireNonNull(text, "text");
    }

    /** Reads the header comment of a query file. */
    public static CannedQuery parse(String name, String text) {
        StringBuilder description = new StringBuilder();
        List<String> parameters = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<String> example = new ArrayList<>();
        List<String> section = null;
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            String content = line.replaceFirst("^#+\\s?", "").strip();
            if (content.equalsIgnoreCase("Parameters:")) {
                section = parameters;
            } else if (content.equalsIgnoreCase("Columns:")) {
                section = columns;
            } else if (content.equalsIgnoreCase("Example:")) {
                section = example;
            } else if (section != null && !content.isEmpty()) {
                section.add(content.replaceFirst("^[-*]\\s*", ""));
            } else if (section == null && !content.isEmpty()) {
                description.append(description.length() == 0 ? "" : " ").append(content);
            }
        }
        Map<String, String> exampleParameters = new LinkedHashMap<>();
        for (String line : example) {
            String[] kv = line.split("=", 2);
            if (kv.length == 2) {
                exampleParameters.put(kv[0].strip(), kv[1].strip());
            }
        }
        return new CannedQuery(name, description.toString(), parameters, columns, exampleParameters, text);
    }

    /** Parameter names, without their explanations or a leading {@code ?}. */
    public List<String> parameterNames() {
        return parameters.stream().map(p -> p.split("[:\\s]", 2)[0].replaceFirst("^\\?", "")).toList();
    }
}
