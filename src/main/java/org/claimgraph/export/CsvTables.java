package org.claimgraph.export;

import static org.claimgraph.export.CsvShape.SKIP;
import static org.claimgraph.export.CsvShape.SPAN;
import static org.claimgraph.export.CsvShape.SPANS;
import static org.claimgraph.export.CsvShape.VALUE;
import static org.claimgraph.export.CsvShape.listOf;
import static org.claimgraph.export.CsvShape.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CSV layout of each table export, declared from the export contract (DESIGN.md "Exports", the
 * shapes {@link StoreExporter} writes as JSON Lines): one value per cell, the same columns whatever
 * the store holds. A field added to a JSON record must be added here too (TidyCsvTest fails
 * otherwise), or the CSV leaves it out.
 */
final class CsvTables {

    /** A table's layout: the record's shape, and the list field (if any) that gives one row per item. */
    record Layout(CsvShape.Obj record, Optional<Rows> rows) {

        /** One row per item of {@code field}, its columns prefixed {@code prefix}, the record's own columns repeated. */
        record Rows(String field, String prefix, CsvShape.Obj item) {
        }

        List<String> columns() {
            List<String> columns = new ArrayList<>(CsvShape.columns(record, ""));
            rows.ifPresent(r -> columns.addAll(CsvShape.columns(r.item(), r.prefix())));
            return CsvShape.unique(columns);
        }

        /** The record's own cells (the rows field left out), in column order. */
        List<String> headCells(JsonNode record) {
            List<String> cells = new ArrayList<>();
            CsvShape.cells(this.record, record, cells);
            return cells;
        }

        /** The cells of one item of the rows field (null: an empty item, for a record with none). */
        List<String> itemCells(JsonNode item) {
            List<String> cells = new ArrayList<>();
            rows.ifPresent(r -> CsvShape.cells(r.item(), item, cells));
            return cells;
        }
    }

    private static final CsvShape.Obj ARTICLE = obj("id", VALUE, "url", VALUE, "publisher", VALUE, "published", VALUE);
    private static final CsvShape.Obj REF = obj("iri", VALUE, "label", VALUE);
    /** Who a source is (GraphView.speaker): a named entity, or an unnamed source's descriptor and affiliation. */
    private static final CsvShape.Obj SPEAKER = obj(
            "entity", obj("iri", VALUE, "label", VALUE, "type", VALUE, "wikidata", VALUE),
            "anonymous", VALUE, "descriptor", VALUE, "affiliation", REF);

    private static final CsvShape.Obj ARTICLES = obj("id", VALUE, "url", VALUE, "file", VALUE, "title", VALUE,
            "publisher", VALUE, "published", VALUE, "graph", VALUE, "chars", VALUE, "duplicate_paragraphs", VALUE);

    private static final CsvShape.Obj MENTIONS = obj("mentions", listOf(obj("article", ARTICLE, "text", VALUE, "span", SPAN)));
    private static final CsvShape.Obj ACTORS = obj("iri", VALUE, "label", VALUE, "type", VALUE, "aliases", listOf(VALUE),
            "wikidata", VALUE, "articles", VALUE).plus(MENTIONS);
    private static final CsvShape.Obj LOCATIONS = obj("iri", VALUE, "label", VALUE, "type", VALUE, "aliases", listOf(VALUE),
            "wikidata", VALUE, "geonames", VALUE, "lat", VALUE, "lon", VALUE, "articles", VALUE).plus(MENTIONS);

    private static final CsvShape.Obj ATTRIBUTIONS = obj(
            "iri", VALUE,
            "article", ARTICLE,
            "source", obj("text", VALUE, "span", SPAN, "antecedent", obj("text", VALUE, "span", SPAN)).plus(SPEAKER),
            "via", SPEAKER,
            "cue", obj("text", VALUE, "span", SPAN, "lemma", VALUE),
            "content", obj("text", VALUE, "spans", SPANS),
            "mode", VALUE, "stance", VALUE,
            "about", listOf(REF),
            "claim", VALUE, "cluster", VALUE,
            "disputes", listOf(VALUE), "supports", listOf(VALUE),
            "confidence", obj("extraction", VALUE, "source", VALUE));

    private static final CsvShape.Obj QUANTITIES = obj(
            "iri", VALUE, "article", ARTICLE,
            "measure", VALUE, "value", VALUE, "qualifier", VALUE, "unit", VALUE,
            "place", REF, "stated_by", SPEAKER,
            "as_of", VALUE, "period", VALUE,
            "conflicts_with", listOf(VALUE), "related_events", listOf(VALUE),
            "text", VALUE, "span", SPAN);

    private static final CsvShape.Obj NEGOTIATIONS = obj("iri", VALUE, "label", VALUE, "topic", VALUE, "venue", REF,
            "parties", listOf(REF), "mediators", listOf(REF));
    /** A development's own list (its actors) stays a joined list only because each development has a row. */
    private static final CsvShape.Obj DEVELOPMENT = obj("iri", VALUE, "kind", VALUE, "date", VALUE, "actors", listOf(REF),
            "article", ARTICLE, "text", VALUE, "span", SPAN);

    /**
     * A cluster's speaker is an {iri, label} reference when named (so not anonymous), else the unnamed
     * source's speaker shape (whose entity is null): its label is the flat speaker_label column already
     * (the label, or the descriptor), so the CSV has one label column.
     */
    private static final CsvShape.Obj CLAIMS = obj(
            "iri", VALUE, "text", VALUE,
            "speaker", obj("iri", VALUE, "label", SKIP, "entity", SKIP, "anonymous", new CsvShape.Value("false"),
                    "descriptor", VALUE, "affiliation", REF),
            "speaker_label", VALUE,
            "first_seen", VALUE, "first_outlet", VALUE, "articles", VALUE, "independent_sources", VALUE,
            "attributions", listOf(VALUE), "disputes", listOf(VALUE), "supports", listOf(VALUE),
            "disputed_by", listOf(VALUE), "supported_by", listOf(VALUE));

    private CsvTables() {
    }

    static Layout of(StoreExporter.Table table) {
        return switch (table) {
            case articles -> new Layout(ARTICLES, Optional.empty());
            case actors -> new Layout(ACTORS, Optional.empty());
            case locations -> new Layout(LOCATIONS, Optional.empty());
            case attributions -> new Layout(ATTRIBUTIONS, Optional.empty());
            case quantities -> new Layout(QUANTITIES, Optional.empty());
            // one row per development: its text is a sentence, which may hold "; " itself, and its actors a list
            case negotiations -> new Layout(NEGOTIATIONS, Optional.of(new Layout.Rows("developments", "development", DEVELOPMENT)));
            case claims -> new Layout(CLAIMS, Optional.empty());
        };
    }
}
