package org.claimgraph.link;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GDELT 2.0 event rows — tab-separated, 61 columns, no header (the "export" files) — and mention
 * rows (16 columns, the "mentions" files: 0 GLOBALEVENTID, 3 MentionType, 5 MentionIdentifier, the
 * article's URL for MentionType 1). Event columns used:
 * 0 GLOBALEVENTID, 1 SQLDATE (yyyyMMdd), 5–8 Actor1Code/Name/CountryCode/KnownGroupCode,
 * 15–18 the same for Actor2, 26 EventCode, 28 EventRootCode, 51–57 ActionGeo (Type, FullName,
 * CountryCode, ADM1Code, ADM2Code, Lat, Long), 60 SOURCEURL.
 */
public final class GdeltEvents implements DatasetFormat {

    public static final int COLUMNS = 61;
    public static final int MENTION_COLUMNS = 16;
    private static final DateTimeFormatter SQLDATE = DateTimeFormatter.BASIC_ISO_DATE;

    @Override
    public String name() {
        return "gdelt";
    }

    @Override
    public char delimiter() {
        return '\t';
    }

    @Override
    public boolean quoted() {
        return false;
    }

    @Override
    public boolean hasHeader() {
        return false;
    }

    @Override
    public RowParser rows(List<String> header) {
        return fields -> parse(fields.toArray(String[]::new));
    }

    @Override
    public List<String> codeLists() {
        return List.of("ontology/datasets/cameo.ttl", "ontology/datasets/plover.ttl");
    }

    @Override
    public String provenance() {
        return """
                <> dcterms:source <https://www.gdeltproject.org/> ;
                   dcterms:description "GDELT 2.0 event records (The GDELT Project), imported by claimgraph link gdelt." .
                """;
    }

    private DatasetRecord parse(String[] f) throws MalformedRowException {
        if (f.length == MENTION_COLUMNS) {
            return mention(f);
        }
        if (f.length != COLUMNS) {
            throw new MalformedRowException(f.length + " columns, a GDELT 2.0 event row has " + COLUMNS + " and a mention row "
                    + MENTION_COLUMNS + " (tab-separated; is this GDELT 1.0, or the GKG?)");
        }
        String id = f[0].strip();
        if (!id.matches("\\d+")) {
            throw new MalformedRowException("1 (GLOBALEVENTID)", "\"" + id + "\" is not a number");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(f[1].strip(), SQLDATE);
        } catch (DateTimeParseException e) {
            throw new MalformedRowException("2 (SQLDATE)", "\"" + f[1] + "\" is not a yyyyMMdd date");
        }
        List<DatasetEvent.DatasetActor> actors = new ArrayList<>();
        for (int at : new int[] {5, 15}) {
            if (!f[at].isBlank() || !f[at + 1].isBlank()) {
                actors.add(new DatasetEvent.DatasetActor(f[at].strip(), f[at + 1].strip(), f[at + 2].strip(), f[at + 3].strip()));
            }
        }
        String code = f[26].strip();
        if (code.isEmpty()) {
            throw new MalformedRowException("27 (EventCode)", "empty");
        }
        String root = f[28].strip();
        root = root.length() == 1 ? "0" + root : root;
        return new DatasetEvent(name(), id, date, "day", code, root.matches("\\d\\d") ? "cameo-" + root : "", actors, place(f),
                Optional.empty(), f[60].isBlank() ? Optional.empty() : Optional.of(f[60].strip()), Optional.empty(), Optional.empty());
    }

    /** A mention row: which article mentions which event. Mentions that are no web page (MentionType ≠ 1) are kept out. */
    private DatasetRecord mention(String[] f) throws MalformedRowException {
        String id = f[0].strip();
        if (!id.matches("\\d+")) {
            throw new MalformedRowException("1 (GLOBALEVENTID)", "\"" + id + "\" is not a number");
        }
        if (!f[3].strip().equals("1") || f[5].isBlank()) {
            throw new MalformedRowException("4 (MentionType)", f[3].strip() + " names no web article (only type 1 does)");
        }
        return new DatasetMention(name(), id, f[5].strip());
    }

    /** ActionGeo: a point when latitude and longitude are given and in range. */
    private static Optional<DatasetEvent.Place> place(String[] f) throws MalformedRowException {
        // ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1)
        String precision = switch (f[51].strip()) {
            case "2", "5" -> "adm1";
            case "3", "4" -> "city";
            default -> "country";
        };
        return DatasetEvent.Place.of(f[52].strip(), f[56], f[57], precision, "ActionGeo_Lat/Long");
    }
}
