package org.claimgraph.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.vocab.CG;

/**
 * Every state's government and armed forces, named as news names them, for the states the
 * reference files do not describe by hand. A conflict the files never covered still has "the
 * Ethiopian government said" and "Thai troops fired": those speakers are the state's executive and
 * military, not anonymous sources. Derived from each state's label and demonym only (no identifier
 * is invented: the derived entities have none), in the reference files' own form ("Government of
 * X" with "X's government", "DEMONYM government", "DEMONYM authorities"; "Armed Forces of X" with
 * "DEMONYM army", "DEMONYM forces" …). A state the files give a government or military keeps it;
 * a wording another entity of the files already uses, or that two states' demonyms share, is left
 * out. Likewise the head of state's office ("Presidency of X": "the Syrian presidency") and the foreign
 * ministry ("Ministry of Foreign Affairs of X": "the Turkish Foreign Ministry").
 */
final class StateInstitutions {

    /** Bumped when what is derived changes, so a store loads its reference data again. */
    static final String VERSION = "state-institutions-3"; // 3: soldiers, government forces, foreign ministries

    private static final String ID = "https://w3id.org/claimgraph/id/";
    private static final List<String> GOVERNMENT_WORDINGS = List.of("%d government", "%s's government", "%d cabinet",
            "%s's cabinet", "%d authorities");
    private static final List<String> MILITARY_WORDINGS = List.of("%d army", "%d military", "%d forces", "%d troops",
            "%d armed forces", "%s's army", "%s's military", "%s's armed forces", "%s army", "%s military", "%s armed forces", "%d junta",
            "%d military junta", "%s's junta", "%s's military junta",
            // "Eritrean soldiers", "Sudanese government forces": the army, as the annotators of real news read them
            "%d soldiers", "%d government forces", "%d government troops");
    private static final List<String> PRESIDENCY_WORDINGS = List.of("%d presidency", "%s's presidency", "%d presidential office",
            "%s's presidential office", "%d presidential administration");
    private static final List<String> FOREIGN_MINISTRY_WORDINGS = List.of("%d Foreign Ministry", "%d Ministry of Foreign Affairs",
            "%s's Foreign Ministry", "%s's Ministry of Foreign Affairs", "%s Foreign Ministry", "Foreign Ministry of %s");
    /** State names English writes with "the": "the Government of the Philippines". */
    private static final Set<String> WITH_THE = Set.of("united", "democratic", "republic", "federated", "central", "czech",
            "dominican", "philippines", "netherlands", "gambia", "bahamas", "comoros", "maldives", "marshall", "solomon");

    private StateInstitutions() {
    }

    /** The triples to add to {@code reference}: a government and a military for each state without one. */
    static Graph derive(Graph reference) {
        Set<String> taken = new HashSet<>();
        Node alt = Vocab.SKOS_ALT_LABEL;
        for (Node p : List.of(RDFS.label.asNode(), alt, CG.demonym.asNode())) {
            reference.find(Node.ANY, p, Node.ANY).forEach(t -> taken.add(t.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT)));
        }
        Map<String, Integer> demonymUse = new HashMap<>();
        reference.find(Node.ANY, CG.demonym.asNode(), Node.ANY)
                .forEach(t -> demonymUse.merge(t.getObject().getLiteralLexicalForm(), 1, Integer::sum));
        Set<Node> governed = new HashSet<>();
        reference.find(Node.ANY, CG.governmentOf.asNode(), Node.ANY).forEach(t -> governed.add(t.getObject()));

        Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        List<Node> states = new ArrayList<>(reference.find(Node.ANY, RDF.type.asNode(), CG.State.asNode()).mapWith(Triple::getSubject).toList());
        states.sort(java.util.Comparator.comparing(Node::getURI));
        for (Node state : states) {
            List<Triple> labels = reference.find(state, RDFS.label.asNode(), Node.ANY).toList();
            List<String> demonyms = reference.find(state, CG.demonym.asNode(), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm())
                    .toList().stream().filter(d -> demonymUse.get(d) == 1).sorted().toList(); // "Congolese army" would be either Congo's
            if (labels.isEmpty() || !state.getURI().startsWith(ID)) {
                continue;
            }
            String name = labels.get(0).getObject().getLiteralLexicalForm();
            String slug = state.getURI().substring(ID.length());
            Node government = NodeFactory.createURI(ID + "government-of-" + slug);
            if (!governed.contains(state) && !reference.contains(government, Node.ANY, Node.ANY)) {
                add(out, government, CG.Government.asNode(), "Government of " + the(name), wordings(GOVERNMENT_WORDINGS, name, demonyms, taken));
                out.add(Triple.create(government, CG.governmentOf.asNode(), state));
            }
            Node military = NodeFactory.createURI(ID + "armed-forces-of-" + slug);
            // a military the files describe is known under one of these wordings ("Ukrainian forces")
            boolean hasMilitary = MILITARY_WORDINGS.stream().flatMap(w -> fill(w, name, demonyms).stream())
                    .anyMatch(w -> taken.contains(w.toLowerCase(Locale.ROOT)));
            if (!hasMilitary && !reference.contains(military, Node.ANY, Node.ANY)) {
                add(out, military, CG.Agency.asNode(), "Armed Forces of " + the(name), wordings(MILITARY_WORDINGS, name, demonyms, taken));
                out.add(Triple.create(military, CG.affiliatedWith.asNode(), state));
                if (!governed.contains(state)) {
                    out.add(Triple.create(military, CG.partOf.asNode(), government));
                }
            }
            // "the Syrian presidency said": the head of state's office, where no entity of the files is called so
            Node presidency = NodeFactory.createURI(ID + "presidency-of-" + slug);
            boolean hasPresidency = PRESIDENCY_WORDINGS.stream().flatMap(w -> fill(w, name, demonyms).stream())
                    .anyMatch(w -> taken.contains(w.toLowerCase(Locale.ROOT))); // "the Kremlin", "Office of the President of Ukraine"
            List<String> presidencyWordings = hasPresidency ? List.of() : wordings(PRESIDENCY_WORDINGS, name, demonyms, taken);
            if (!presidencyWordings.isEmpty() && !reference.contains(presidency, Node.ANY, Node.ANY)) {
                add(out, presidency, CG.Agency.asNode(), "Presidency of " + the(name), presidencyWordings);
                out.add(Triple.create(presidency, CG.affiliatedWith.asNode(), state));
            }
            // "the Turkish Foreign Ministry said": the foreign ministry, where no entity of the files is called so
            Node ministry = NodeFactory.createURI(ID + "ministry-of-foreign-affairs-of-" + slug);
            String ministryLabel = "Ministry of Foreign Affairs of " + the(name);
            boolean hasMinistry = taken.contains(ministryLabel.toLowerCase(Locale.ROOT)) || FOREIGN_MINISTRY_WORDINGS.stream()
                    .flatMap(w -> fill(w, name, demonyms).stream()).anyMatch(w -> taken.contains(w.toLowerCase(Locale.ROOT)));
            if (!hasMinistry && !reference.contains(ministry, Node.ANY, Node.ANY)) {
                add(out, ministry, CG.Agency.asNode(), ministryLabel, wordings(FOREIGN_MINISTRY_WORDINGS, name, demonyms, taken));
                out.add(Triple.create(ministry, CG.affiliatedWith.asNode(), state));
            }
        }
        return out;
    }

    /** The wordings no other entity uses, claimed for this one. */
    private static List<String> wordings(List<String> patterns, String name, List<String> demonyms, Set<String> taken) {
        List<String> out = new ArrayList<>();
        for (String pattern : patterns) {
            for (String wording : fill(pattern, name, demonyms)) {
                if (taken.add(wording.toLowerCase(Locale.ROOT))) {
                    out.add(wording);
                }
            }
        }
        return out;
    }

    /** A pattern with the state's name ("%s") or each of its demonyms ("%d"). */
    private static List<String> fill(String pattern, String name, List<String> demonyms) {
        return pattern.contains("%d") ? demonyms.stream().map(d -> pattern.replace("%d", d)).toList() : List.of(pattern.replace("%s", name));
    }

    private static String the(String name) {
        String first = name.split(" ")[0].toLowerCase(Locale.ROOT);
        return WITH_THE.contains(first) ? "the " + name : name;
    }

    private static void add(Graph out, Node subject, Node type, String label, List<String> aliases) {
        out.add(Triple.create(subject, RDF.type.asNode(), type));
        out.add(Triple.create(subject, RDFS.label.asNode(), NodeFactory.createLiteralLang(label, "en")));
        for (String alias : aliases) {
            out.add(Triple.create(subject, Vocab.SKOS_ALT_LABEL, NodeFactory.createLiteralLang(alias, "en")));
        }
    }
}
