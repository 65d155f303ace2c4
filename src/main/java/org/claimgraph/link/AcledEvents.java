package org.claimgraph.link;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * ACLED export CSV, with its published 31-column header. Each row is one event: its
 * event_id_cnty, date and time precision, event type and sub-event type, the two actors (mapped by
 * their ACLED names, ontology/reference/actor-codes.ttl), place and geo precision, and fatalities.
 * ACLED's terms forbid redistributing its rows: the project ships none, and tests use rows
 * written for them.
 */
public final class AcledEvents implements DatasetFormat {

    /** The published header of ACLED's export files. */
    public static final List<String> HEADER = List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
            "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
            "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp");
    private static final List<String> NEEDED = List.of("event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
            "actor1", "actor2", "location", "latitude", "longitude", "geo_precision", "fatalities");
    /** ACLED writes dates as 2025-07-24 in some exports and 24 July 2025 in others. */
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));

    @Override
    public String name() {
        return "acled";
    }

    @Override
    public List<String> codeLists() {
        return List.of("ontology/datasets/acled.ttl");
    }

    @Override
    public String provenance() {
        return """
                <> dcterms:source <https://acleddata.com/> ;
                   dcterms:rights "ACLED data: used under ACLED's terms of use, which forbid redistributing the rows; do not publish this graph." .
                """;
    }

    @Override
    public RowParser rows(List<String> header) throws MalformedRowException {
        Columns c = Columns.of(header, "ACLED export", NEEDED);
        return f -> {
            String id = c.get(f, "event_id_cnty");
            if (id.isEmpty()) {
                throw new MalformedRowException("event_id_cnty is empty");
            }
            LocalDate date = date(c.get(f, "event_date"));
            String type = c.get(f, "event_type");
            String concept = "acled-" + type.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
            List<DatasetEvent.DatasetActor> actors = new ArrayList<>();
            for (String column : List.of("actor1", "actor2")) {
                if (!c.get(f, column).isEmpty()) {
                    actors.add(new DatasetEvent.DatasetActor("", c.get(f, column), "", ""));
                }
            }
            Optional<DatasetEvent.Place> place = DatasetEvent.Place.of(c.get(f, "location"), c.get(f, "latitude"), c.get(f, "longitude"),
                    geoPrecision(c.get(f, "geo_precision")), "latitude/longitude");
            Optional<Integer> fatalities = c.get(f, "fatalities").isEmpty() ? Optional.empty()
                    : Optional.of((int) Columns.number(c.get(f, "fatalities"), "fatalities"));
            return new DatasetEvent(name(), id, date, timePrecision(c.get(f, "time_precision")), c.get(f, "sub_event_type"),
                    type.isEmpty() ? "" : concept, actors, place, fatalities, Optional.empty(), Optional.empty(), Optional.empty());
        };
    }

    private static LocalDate date(String text) throws MalformedRowException {
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        throw new MalformedRowException("event_date \"" + text + "\" is neither 2025-07-24 nor 24 July 2025");
    }

    /** ACLED time_precision: 1 the day, 2 the week, 3 the month. */
    private static String timePrecision(String code) {
        return switch (code) {
            case "1" -> "day";
            case "2" -> "week";
            default -> "month";
        };
    }

    /** ACLED geo_precision: 1 the town, 2 near it or part of a region, 3 a province. */
    private static String geoPrecision(String code) {
        return switch (code) {
            case "1" -> "city";
            case "2" -> "adm2";
            default -> "adm1";
        };
    }
}
