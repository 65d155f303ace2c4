package org.claimgraph.link;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * ACLED export CSV, with its published 31-column header. Each row is one event: its
 * event_id_cnty, date (in the form the file's dates share, or the one the user states) and time
 * precision, event type and sub-event type, the two actors (mapped by their ACLED names,
 * ontology/reference/actor-codes.ttl), place and geo precision, fatalities, and when ACLED last
 * changed it ({@code timestamp}).
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

    private final Optional<DateFormat> stated;

    /** Dates in the form each file's rows show (see {@link DateFormat#infer}). */
    public AcledEvents() {
        this.stated = Optional.empty();
    }

    private AcledEvents(DateFormat stated) {
        this.stated = Optional.of(stated);
    }

    /**
     * Dates in the form the user states, a {@link java.time.format.DateTimeFormatter} pattern such as {@code d-MMM-yy}.
     *
     * @throws IllegalArgumentException when it is no such pattern
     */
    public static AcledEvents withDateFormat(String pattern) {
        return new AcledEvents(DateFormat.of(pattern));
    }

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
    public Optional<String> surveyed() {
        return stated.isPresent() ? Optional.empty() : Optional.of("event_date");
    }

    @Override
    public RowParser rows(List<String> header) throws MalformedRowException {
        return rows(header, Set.of());
    }

    @Override
    public RowParser rows(List<String> header, Set<String> dates) throws MalformedRowException {
        Columns c = Columns.of(header, "ACLED export", NEEDED);
        DateFormat form;
        String how;
        if (stated.isPresent()) {
            form = stated.get();
            how = "the form given by --date-format";
        } else {
            DateFormat.Choice choice = DateFormat.infer(dates, "event_date");
            if (choice instanceof DateFormat.Undecided u) {
                throw new MalformedRowException(u.reason());
            }
            form = ((DateFormat.Chosen) choice).format();
            how = "the form the file's other dates have; --date-format PATTERN states another";
        }
        return f -> {
            String id = c.get(f, "event_id_cnty");
            if (id.isEmpty()) {
                throw new MalformedRowException("event_id_cnty", "empty: every row needs its id");
            }
            String day = c.get(f, "event_date");
            LocalDate date = form.parse(day).orElseThrow(() -> new MalformedRowException("event_date",
                    "\"" + day + "\" is not a date in " + form.pattern() + " (" + how + ")"));
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
                    type.isEmpty() ? "" : concept, actors, place, fatalities, Optional.empty(), Optional.empty(), Optional.empty(),
                    timestamp(c.get(f, "timestamp"), form));
        };
    }

    /**
     * ACLED's {@code timestamp}, when the row was last changed: Unix seconds as ACLED writes it, or
     * a date-time or date as a spreadsheet may have turned it into (a date: its midnight, UTC).
     */
    private static Optional<Instant> timestamp(String text, DateFormat dates) throws MalformedRowException {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.matches("\\d{1,12}")) {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            // a local date-time, or a date
        }
        try {
            return Optional.of(LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // a date
        }
        Optional<LocalDate> day = DateFormat.of("yyyy-MM-dd").parse(text).or(() -> dates.parse(text));
        if (day.isPresent()) {
            return Optional.of(day.get().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        throw new MalformedRowException("timestamp", "\"" + text + "\" is neither Unix seconds (1749513600) nor a date-time (2025-06-10T00:00:00Z)");
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
