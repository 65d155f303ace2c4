package org.claimgraph.link;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One event record of an external dataset, as read from its row.
 *
 * @param id the dataset's identifier of the record (GDELT GLOBALEVENTID ...)
 * @param datePrecision day, week, month or year
 * @param eventCode the event code as given (CAMEO "0231")
 * @param eventType the local name of the event's category concept ("cameo-02", "ucdp-1",
 *        "acled-battles"), or empty
 * @param actors the actors as the dataset names them, in column order
 * @param place where, when the row gives coordinates
 * @param fatalities deaths (the best estimate), when the dataset counts them
 * @param sourceUrl the article the event was coded from, when given
 * @param fatalitiesLow the low estimate of deaths, when given (UCDP)
 * @param fatalitiesHigh the high estimate of deaths, when given (UCDP)
 * @param modified when the dataset last changed the record, when given (ACLED's {@code timestamp})
 */
public record DatasetEvent(String dataset, String id, LocalDate date, String datePrecision, String eventCode, String eventType,
        List<DatasetActor> actors, Optional<Place> place, Optional<Integer> fatalities, Optional<String> sourceUrl,
        Optional<Integer> fatalitiesLow, Optional<Integer> fatalitiesHigh, Optional<Instant> modified) implements DatasetRecord {

    public DatasetEvent {
        actors = List.copyOf(actors);
    }

    /** An event with no date of last change (the datasets other than ACLED give none). */
    public DatasetEvent(String dataset, String id, LocalDate date, String datePrecision, String eventCode, String eventType,
            List<DatasetActor> actors, Optional<Place> place, Optional<Integer> fatalities, Optional<String> sourceUrl,
            Optional<Integer> fatalitiesLow, Optional<Integer> fatalitiesHigh) {
        this(dataset, id, date, datePrecision, eventCode, eventType, actors, place, fatalities, sourceUrl, fatalitiesLow, fatalitiesHigh,
                Optional.empty());
    }

    /** An actor as the dataset codes it: its code, name and country code (any may be empty). */
    public record DatasetActor(String code, String name, String countryCode, String knownGroupCode) {
    }

    /**
     * A point with its precision.
     *
     * @param precision exact, city, adm2, adm1 or country
     */
    public record Place(String name, double lat, double lon, String precision) {

        /**
         * A place from a row's latitude and longitude fields (named {@code columns} in messages):
         * empty when either is blank, an error when they are no coordinates.
         */
        static Optional<Place> of(String name, String lat, String lon, String precision, String columns) throws MalformedRowException {
            if (lat.isBlank() || lon.isBlank()) {
                return Optional.empty();
            }
            double y;
            double x;
            try {
                y = Double.parseDouble(Columns.decimal(lat));
                x = Double.parseDouble(Columns.decimal(lon));
            } catch (NumberFormatException e) {
                throw new MalformedRowException(columns, "\"" + lat + "\", \"" + lon + "\" are not numbers");
            }
            if (Math.abs(y) > 90 || Math.abs(x) > 180) {
                throw new MalformedRowException(columns, y + ", " + x + " are out of range");
            }
            return Optional.of(new Place(name, y, x, precision));
        }
    }
}
