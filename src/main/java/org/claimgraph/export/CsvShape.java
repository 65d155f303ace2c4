package org.claimgraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a field of an export record becomes CSV columns, declared (in {@link CsvTables}) from the
 * export contract rather than read off the first record, so an export kind has the same columns
 * whatever the store holds: a null object or a missing field gives empty cells in all its columns.
 * <p>
 * An object's fields become columns prefixed with the field's name ({@code source} {@code entity}
 * {@code label} gives {@code source_entity_label}); a span {@code [b, e]} becomes {@code begin} and
 * {@code end} under the enclosing object's prefix ({@code cue.span} gives {@code cue_begin},
 * {@code cue_end}); a list gives its item's columns, each cell the items' values joined with
 * {@link #SEPARATOR} in list order, so the i-th value of each such column belongs to the same item.
 * A list inside a list's item cannot be told apart once joined, so it is refused.
 */
sealed interface CsvShape {

    /** Joins the values of a list in one cell. */
    String SEPARATOR = "; ";

    /**
     * A scalar (text, number, boolean): one column, empty when null; {@code ifMissing} (null: empty) when
     * its object is there without the field.
     */
    record Value(String ifMissing) implements CsvShape {
    }

    /** A {@code [begin, end]} span: columns {@code begin}, {@code end} under the enclosing prefix. */
    record Span() implements CsvShape {
    }

    /** A list of spans: {@code begin}, {@code end} under the enclosing prefix, each joined. */
    record Spans() implements CsvShape {
    }

    /** A field the CSV leaves out, because another column already holds it (said where declared). */
    record Skip() implements CsvShape {
    }

    /** A named field of an object. */
    record Field(String name, CsvShape shape) {
    }

    /** An object: its fields' columns, in declared order. */
    record Obj(List<Field> fields) implements CsvShape {
        public Obj {
            fields = List.copyOf(fields);
        }

        /** This object's fields followed by {@code more}'s. */
        Obj plus(Obj more) {
            List<Field> all = new ArrayList<>(fields);
            all.addAll(more.fields);
            return new Obj(all);
        }
    }

    /** A list of items of one shape: the item's columns, each cell the items' values joined. */
    record ListOf(CsvShape item) implements CsvShape {
        public ListOf {
            if (nestsAList(item)) {
                throw new IllegalArgumentException("a list inside a list item cannot be joined unambiguously in one cell");
            }
        }

        private static boolean nestsAList(CsvShape s) {
            return s instanceof ListOf || s instanceof Spans
                    || s instanceof Obj o && o.fields().stream().anyMatch(f -> nestsAList(f.shape()));
        }
    }

    CsvShape VALUE = new Value(null);
    CsvShape SPAN = new Span();
    CsvShape SPANS = new Spans();
    CsvShape SKIP = new Skip();

    /** An object from alternating names and shapes: {@code obj("iri", VALUE, "label", VALUE)}. */
    static Obj obj(Object... namesAndShapes) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < namesAndShapes.length; i += 2) {
            fields.add(new Field((String) namesAndShapes[i], (CsvShape) namesAndShapes[i + 1]));
        }
        return new Obj(fields);
    }

    static ListOf listOf(CsvShape item) {
        return new ListOf(item);
    }

    /** The column names of {@code shape} under {@code prefix} ("" at the top); refuses a name given twice. */
    static List<String> columns(CsvShape shape, String prefix) {
        List<String> out = new ArrayList<>();
        addColumns(shape, prefix, out);
        return unique(out);
    }

    /** The columns, refused when a name comes twice (two fields flattened to one name). */
    static List<String> unique(List<String> columns) {
        Set<String> seen = new HashSet<>();
        for (String c : columns) {
            if (!seen.add(c)) {
                throw new IllegalArgumentException("column " + c + " comes twice: rename a field");
            }
        }
        return columns;
    }

    private static void addColumns(CsvShape shape, String prefix, List<String> out) {
        // switch patterns are a preview feature in Java 17: instanceof chains
        if (shape instanceof Value) {
            out.add(prefix);
        } else if (shape instanceof Span || shape instanceof Spans) {
            out.add(name(prefix, "begin"));
            out.add(name(prefix, "end"));
        } else if (shape instanceof ListOf l) {
            addColumns(l.item(), prefix, out);
        } else if (shape instanceof Obj o) {
            o.fields().forEach(f -> addColumns(f.shape(), spanLike(f.shape()) ? prefix : name(prefix, f.name()), out));
        }
    }

    /** Appends the cells of {@code value} (null or missing: all empty) as {@code shape} lays them out. */
    static void cells(CsvShape shape, JsonNode value, List<String> out) {
        boolean absent = value == null || value.isNull() || value.isMissingNode();
        if (shape instanceof Value v) {
            if (!absent && !value.isValueNode()) {
                throw new IllegalStateException("a nested value where a scalar was declared: " + value);
            }
            // a field missing from an object that is there (a MissingNode) differs from a null or no object
            out.add(!absent ? value.asText() : value != null && value.isMissingNode() && v.ifMissing() != null ? v.ifMissing() : "");
        } else if (shape instanceof Span) {
            out.add(absent ? "" : value.get(0).asText());
            out.add(absent ? "" : value.get(1).asText());
        } else if (shape instanceof Spans) {
            cells(new ListOf(SPAN), value, out);
        } else if (shape instanceof Obj o) {
            o.fields().forEach(f -> cells(f.shape(), absent ? null : value.path(f.name()), out));
        } else if (shape instanceof ListOf l) {
            int width = columns(l.item(), "x").size();
            List<List<String>> joined = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                joined.add(new ArrayList<>());
            }
            if (!absent) {
                for (JsonNode item : value) {
                    List<String> itemCells = new ArrayList<>();
                    cells(l.item(), item, itemCells);
                    for (int i = 0; i < width; i++) {
                        joined.get(i).add(itemCells.get(i));
                    }
                }
            }
            joined.forEach(values -> out.add(String.join(SEPARATOR, values)));
        }
    }

    private static boolean spanLike(CsvShape s) {
        return s instanceof Span || s instanceof Spans;
    }

    private static String name(String prefix, String field) {
        return prefix.isEmpty() ? field : prefix + "_" + field;
    }
}
