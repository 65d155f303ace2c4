package org.claimgraph.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a news item and a dataset event can describe the same thing, and how well: the hard
 * limits (date window widened by the event's date precision, distance by its place precision,
 * compatible type) and the score a candidate earns (same article, shared actors, nearer date).
 */
final class Candidates {

    /** The score a candidate needs to be kept. */
    static final double KEEP = 0.5;
    static final int WINDOW_DAYS = 2;

    /** Development kinds and the dataset categories that can describe the same step. */
    private static final Map<String, Set<String>> COMPATIBLE = Map.ofEntries(
            Map.entry("kind-talks-held", Set.of("cameo-03", "cameo-04", "cameo-05")),
            Map.entry("kind-proposal", Set.of("cameo-02", "cameo-03")),
            Map.entry("kind-response", Set.of("cameo-01", "cameo-02", "cameo-03", "cameo-04")),
            Map.entry("kind-acceptance", Set.of("cameo-03", "cameo-05", "cameo-08")),
            Map.entry("kind-rejection", Set.of("cameo-11", "cameo-12")),
            Map.entry("kind-withdrawal", Set.of("cameo-12", "cameo-16")),
            Map.entry("kind-pause", Set.of("cameo-08", "cameo-16")),
            Map.entry("kind-resumption", Set.of("cameo-03", "cameo-04", "cameo-05")),
            Map.entry("kind-agreement", Set.of("cameo-03", "cameo-05", "cameo-06", "acled-strategic-developments")),
            Map.entry("kind-implementation", Set.of("cameo-05", "cameo-06", "cameo-08", "acled-strategic-developments")),
            Map.entry("kind-collapse", Set.of("cameo-12", "cameo-16")),
            // what a claim does, as CAMEO codes a statement
            Map.entry("stance-assert", Set.of("cameo-01")),
            Map.entry("stance-report", Set.of("cameo-01")),
            Map.entry("stance-respond", Set.of("cameo-01")),
            Map.entry("stance-deny", Set.of("cameo-01", "cameo-12")),
            Map.entry("stance-accuse", Set.of("cameo-11")),
            Map.entry("stance-demand", Set.of("cameo-10")),
            Map.entry("stance-warn", Set.of("cameo-13")),
            Map.entry("stance-promise", Set.of("cameo-03")),
            // a single death toll, as the datasets type deadly events
            Map.entry("measure-deaths", Set.of("ucdp-1", "ucdp-2", "ucdp-3", "acled-battles", "acled-explosions-remote-violence",
                    "acled-violence-against-civilians", "acled-riots")));

    /** A scored candidate and why. */
    record Candidate(double score, List<String> reasons) {
    }

    /** The candidate link between a development and an event, or empty when a hard limit rules it out. */
    static Optional<Candidate> score(LinkItem dev, LinkItem event) {
        List<String> reasons = new ArrayList<>();
        double score = 0;
        long apart = Math.abs(dev.date().toEpochDay() - event.date().toEpochDay());
        long window = WINDOW_DAYS + widening(event.datePrecision());
        if (apart > window) {
            return Optional.empty();
        }
        if (!compatible(dev.type(), event.type())) {
            return Optional.empty();
        }
        reasons.add(event.type() + " fits " + dev.type().replace("kind-", "").replace("stance-", "a claim that does: ").replace('-', ' '));
        score += 0.1;
        if (dev.point().isPresent() && event.point().isPresent()) {
            double km = kilometres(dev.point().get(), event.point().get());
            double allowed = allowedKm(event.geoPrecision());
            if (km > allowed) {
                return Optional.empty();
            }
            reasons.add(String.format(Locale.ROOT, "%.0f km apart (%s precision allows %.0f)", km, event.geoPrecision(), allowed));
            score += 0.1;
        }
        if (dev.urls().stream().anyMatch(event.urls()::contains)) {
            reasons.add("coded from or mentioned in this very article (SOURCEURL, mentions)");
            score += 0.3;
        }
        Set<String> shared = new HashSet<>(dev.actors());
        shared.retainAll(event.actors());
        if (shared.isEmpty() && dev.type().startsWith("stance-")) {
            return Optional.empty(); // an article holds many claims: the coded statement is the one of its actors
        }
        if (!shared.isEmpty()) {
            reasons.add("shared actors: " + String.join(", ", shared.stream().map(a -> a.replaceAll("^.*/", "")).sorted().toList()));
            score += 0.3 * Math.min(1.0, shared.size() / 2.0);
        }
        reasons.add(apart + " days apart (window " + window + " for " + event.datePrecision() + " precision)");
        score += 0.2 * (1 - (double) apart / (window + 1));
        return Optional.of(new Candidate(score, reasons));
    }

    /** Whether a dataset's event type can describe a news item of this kind (development kind, claim stance, measure). */
    static boolean compatible(String kind, String eventType) {
        return compatibleTypes(kind).contains(eventType);
    }

    /** The dataset event types that can describe a news item of this kind. */
    static Set<String> compatibleTypes(String kind) {
        return COMPATIBLE.getOrDefault(kind, Set.of());
    }

    static long widening(String precision) {
        return switch (precision) {
            case "week" -> 7;
            case "month" -> 31;
            case "year" -> 366;
            default -> 0;
        };
    }

    /** How far apart two points may be for one event, by the dataset's place precision. */
    static double allowedKm(String precision) {
        return switch (precision) {
            case "exact" -> 10;
            case "city" -> 25;
            case "adm2" -> 50;
            case "adm1" -> 150;
            default -> 400;
        };
    }

    /** Great-circle distance between two lon/lat points. */
    static double kilometres(double[] a, double[] b) {
        double dLat = Math.toRadians(b[1] - a[1]);
        double dLon = Math.toRadians(b[0] - a[0]);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a[1])) * Math.cos(Math.toRadians(b[1])) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }

    private Candidates() {
    }
}
