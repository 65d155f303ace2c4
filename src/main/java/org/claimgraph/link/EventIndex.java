package org.claimgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Events looked up the ways a candidate can reach {@link Candidates#KEEP}: by shared article, by side
 * (with date precision and type), and, for death tolls, by day (with type): without a shared
 * article or side a development or claim gets at most 0.4 (type, day, place).
 */
final class EventIndex {
    private final Map<String, List<LinkItem>> byUrl = new HashMap<>();
    private final Map<String, TreeMap<Long, List<LinkItem>>> byKey = new HashMap<>();

    EventIndex(List<LinkItem> events) {
        for (LinkItem e : events) {
            e.urls().forEach(u -> byUrl.computeIfAbsent(u, k -> new ArrayList<>()).add(e));
            e.actors().forEach(a -> add(a + " " + e.datePrecision() + " " + e.type(), e));
            if (e.deaths().isPresent()) {
                add("deaths " + e.datePrecision() + " " + e.type(), e);
            }
        }
    }

    private void add(String key, LinkItem e) {
        byKey.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(e.date().toEpochDay(), d -> new ArrayList<>()).add(e);
    }

    Set<LinkItem> candidates(LinkItem item) {
        Set<LinkItem> out = new LinkedHashSet<>();
        item.urls().forEach(u -> out.addAll(byUrl.getOrDefault(u, List.of())));
        Set<String> keys = item.deaths().isPresent() ? Set.of("deaths") : item.actors();
        long day = item.date().toEpochDay();
        for (String key : keys) {
            for (String precision : List.of("day", "week", "month", "year")) {
                long window = Candidates.WINDOW_DAYS + Candidates.widening(precision);
                for (String type : Candidates.compatibleTypes(item.type())) {
                    TreeMap<Long, List<LinkItem>> days = byKey.get(key + " " + precision + " " + type);
                    if (days != null) {
                        days.subMap(day - window, true, day + window, true).values().forEach(out::addAll);
                    }
                }
            }
        }
        return out;
    }
}
