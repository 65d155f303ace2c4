package org.claimgraph.eval;

import java.util.Locale;

/**
 * Counts for one kind of entity (actors, places, or both), pooled over articles.
 *
 * @param gold          gold entities
 * @param system        entities the pipeline found
 * @param matched       pairs of a gold and a system entity judged the same
 * @param goldWithQid   matched gold entities that carry a Wikidata QID
 * @param qidCorrect    of those, how many the system linked to the same QID
 */
public record EntityScore(int gold, int system, int matched, int goldWithQid, int qidCorrect) {

    public static final EntityScore ZERO = new EntityScore(0, 0, 0, 0, 0);

    public EntityScore plus(EntityScore o) {
        return new EntityScore(gold + o.gold, system + o.system, matched + o.matched, goldWithQid + o.goldWithQid,
                qidCorrect + o.qidCorrect);
    }

    public double precision() {
        return system == 0 ? 1.0 : (double) matched / system;
    }

    public double recall() {
        return gold == 0 ? 1.0 : (double) matched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of matched gold entities with a QID that the system linked to that QID. */
    public double wikidataAccuracy() {
        return goldWithQid == 0 ? 1.0 : (double) qidCorrect / goldWithQid;
    }

    /** One tab-separated row: gold, system, matched, precision, recall, F1, Wikidata accuracy. */
    public String row() {
        return String.format(Locale.ROOT, "%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f (%d/%d)",
                gold, system, matched, precision(), recall(), f1(), wikidataAccuracy(), qidCorrect, goldWithQid);
    }
}
