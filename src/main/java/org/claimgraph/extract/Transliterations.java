package org.claimgraph.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimgraph.domain.Entity;
import org.claimgraph.domain.EntityType;

/**
 * Known people under another spelling: "Rustem Umierov" is Rustem Umerov, "Khwaja Asif" Khawaja
 * Asif. Names written in another alphabet reach English in several transliterations; a name the
 * gazetteer does not know is the known person whose name has as many words, each beginning with
 * the same letter and at most one letter apart (two for long words) — when exactly one known
 * person fits. A fuller form of a known name (more words between the same first and last) is that
 * person too, and so is a shorter one that leaves out the last word. Immutable and thread-safe.
 */
final class Transliterations {

    private record Known(List<String> words, Entity entity) {
    }

    private final List<Known> people = new ArrayList<>();

    Transliterations(Gazetteer gazetteer) {
        for (GazetteerEntry e : gazetteer.entries()) {
            List<String> words = words(e.surface());
            if (e.entity().is(EntityType.Person) && words.size() >= 2) {
                people.add(new Known(words, e.entity()));
            }
        }
    }

    /** The known person a name is another spelling of, if exactly one fits. */
    Optional<Entity> find(String name) {
        List<String> words = words(name);
        if (words.size() < 2) {
            return Optional.empty();
        }
        Entity found = null;
        for (Known k : people) {
            if (k.words().size() == words.size() && close(k.words(), words) || fuller(k.words(), words) || shorter(k.words(), words)) {
                if (found != null && !found.equals(k.entity())) {
                    return Optional.empty();
                }
                found = k.entity();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * A fuller form of a known name: the same first and last words, the known words in order, more
     * words between ("Mohammed bin Abdulaziz bin Saleh Al-Khulaifi" for Mohammed bin Abdulaziz
     * Al-Khulaifi, "Daniel P. Driscoll" for Daniel Driscoll): a patronymic chain or a middle name
     * the reference data leaves out.
     */
    private static boolean fuller(List<String> known, List<String> name) {
        if (name.size() <= known.size() || !name.get(0).equals(known.get(0))
                || !name.get(name.size() - 1).equals(known.get(known.size() - 1))) {
            return false;
        }
        int k = 0;
        for (String w : name) {
            if (k < known.size() && w.equals(known.get(k))) {
                k++;
            }
        }
        return k == known.size();
    }

    /**
     * A known name of three words or more without its last: "Salva Kiir" for Salva Kiir Mayardit,
     * "Riek Machar" for Riek Machar Teny. News drops the clan or grandfather's name the reference
     * data's label keeps; the words kept are the name's first, in order.
     */
    private static boolean shorter(List<String> known, List<String> name) {
        return known.size() >= 3 && name.size() == known.size() - 1 && known.subList(0, name.size()).equals(name);
    }

    private static boolean close(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (x.charAt(0) != y.charAt(0) || distance(x, y) > (Math.min(x.length(), y.length()) >= 8 ? 2 : 1)) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, accents off, hyphens as spaces. */
    static List<String> words(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[-\u2010\u2011'’]", " ").strip();
        return folded.isEmpty() ? List.of() : List.of(folded.split("\\s+"));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
