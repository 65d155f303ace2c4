package org.claimgraph.link;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * UCDP Georeferenced Event Dataset (GED) CSV, with its published header. Each row is one event of
 * organised violence: its id, the two sides (UCDP names and actor ids), the type of violence,
 * dates and date precision, coordinates and their precision, and deaths (best, low, high
 * estimates). UCDP data are licensed CC BY 4.0: the dataset's graph says so.
 */
public final class UcdpGed implements DatasetFormat {

    private static final List<String> NEEDED = List.of("id", "type_of_violence", "side_a", "side_a_new_id", "side_b", "side_b_new_id",
            "date_prec", "date_start", "where_prec", "latitude", "longitude", "best", "low", "high");

    @Override
    public String name() {
        return "ucdp";
    }

    @Override
    public List<String> codeLists() {
        return List.of("ontology/datasets/ucdp.ttl");
    }

    @Override
    public String provenance() {
        return """
                <> dcterms:source <https://ucdp.uu.se/downloads/> ;
                   dcterms:license <https://creativecommons.org/licenses/by/4.0/> ;
                   dcterms:bibliographicCitation "Sundberg, Ralph and Erik Melander (2013). Introducing the UCDP Georeferenced Event Dataset. Journal of Peace Research 50(4). Data: Uppsala Conflict Data Program, licensed CC BY 4.0." .
                """;
    }

    @Override
    public RowParser rows(List<String> header) throws MalformedRowException {
        Columns c = Columns.of(header, "UCDP GED", NEEDED);
        return f -> {
            String id = c.get(f, "id");
            if (id.isEmpty()) {
                throw new MalformedRowException("id", "empty: every row needs its id");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(c.get(f, "date_start").substring(0, Math.min(10, c.get(f, "date_start").length())));
            } catch (DateTimeParseException e) {
                throw new MalformedRowException("date_start", "\"" + c.get(f, "date_start") + "\" is not a date (2025-07-24)");
            }
            String type = c.get(f, "type_of_violence");
            if (!type.matches("[123]")) {
                throw new MalformedRowException("type_of_violence", "\"" + type + "\" is not 1, 2 or 3");
            }
            List<DatasetEvent.DatasetActor> actors = new ArrayList<>();
            for (String side : List.of("side_a", "side_b")) {
                if (!c.get(f, side).isEmpty()) {
                    actors.add(new DatasetEvent.DatasetActor(c.get(f, side + "_new_id"), c.get(f, side), "", ""));
                }
            }
            Optional<DatasetEvent.Place> place = DatasetEvent.Place.of(c.get(f, "where_coordinates"), c.get(f, "latitude"),
                    c.get(f, "longitude"), wherePrecision(c.get(f, "where_prec")), "latitude/longitude");
            int best = (int) Columns.number(c.get(f, "best"), "best");
            return new DatasetEvent(name(), id, date, datePrecision(c.get(f, "date_prec")), type, "ucdp-" + type, actors, place,
                    Optional.of(best), Optional.empty(), Optional.of((int) Columns.number(c.get(f, "low"), "low")),
                    Optional.of((int) Columns.number(c.get(f, "high"), "high")));
        };
    }

    /** UCDP date_prec: 1 the day, 2 within 2–6 days, 3 the week, 4 the month, 5 the year. */
    private static String datePrecision(String code) {
        return switch (code) {
            case "1" -> "day";
            case "2", "3" -> "week";
            case "4" -> "month";
            default -> "year";
        };
    }

    /** UCDP where_prec: 1 exact place, 2 within 25 km, 3 second-order unit, 4 first-order unit, 5 a line or area, 6 country, 7 waters. */
    private static String wherePrecision(String code) {
        return switch (code) {
            case "1" -> "exact";
            case "2" -> "city";
            case "3" -> "adm2";
            case "4", "5" -> "adm1";
            default -> "country";
        };
    }
}
