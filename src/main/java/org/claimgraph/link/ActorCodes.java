package org.claimgraph.link;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.claimgraph.rdf.vocab.CG;

/**
 * Dataset actor codes and names → reference actors, from the reference data: states by their ISO
 * alpha-3 code (which CAMEO uses for countries), known groups by CAMEO code, ACLED name, UCDP
 * actor id and UCDP name ({@code ontology/reference/actor-codes.ttl}).
 */
public final class ActorCodes {

    private final Map<String, Node> byCameo = new HashMap<>();
    private final Map<String, Node> byUcdpId = new HashMap<>();
    private final Map<String, Node> byCountry = new HashMap<>();
    private final Map<String, Node> byAcledName = new HashMap<>();
    private final Map<String, Node> byUcdpName = new HashMap<>();

    /** @param reference the reference data (states with cg:isoAlpha3, the dataset codes of actor-codes.ttl) */
    public ActorCodes(Graph reference) {
        reference.find(Node.ANY, CG.isoAlpha3.asNode(), Node.ANY).forEachRemaining(t -> byCountry.put(t.getObject().getLiteralLexicalForm(), t.getSubject()));
        reference.find(Node.ANY, CG.ucdpActorId.asNode(), Node.ANY).forEachRemaining(t -> byUcdpId.put(t.getObject().getLiteralLexicalForm(), t.getSubject()));
        reference.find(Node.ANY, CG.cameoCode.asNode(), Node.ANY).forEachRemaining(t -> byCameo.put(t.getObject().getLiteralLexicalForm(), t.getSubject()));
        reference.find(Node.ANY, CG.acledName.asNode(), Node.ANY)
                .forEachRemaining(t -> byAcledName.put(t.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT), t.getSubject()));
        reference.find(Node.ANY, CG.ucdpName.asNode(), Node.ANY)
                .forEachRemaining(t -> byUcdpName.put(t.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT), t.getSubject()));
    }

    /**
     * The reference actor a dataset actor stands for: a UCDP side by its actor id, a GDELT actor by
     * its known group, else its country; any actor by its ACLED or UCDP name; empty when none maps.
     */
    public Optional<Node> actor(String dataset, DatasetEvent.DatasetActor a) {
        if (dataset.equals("ucdp") && byUcdpId.containsKey(a.code())) {
            return Optional.of(byUcdpId.get(a.code()));
        }
        if (!a.knownGroupCode().isEmpty() && byCameo.containsKey(a.knownGroupCode())) {
            return Optional.of(byCameo.get(a.knownGroupCode()));
        }
        if (!a.countryCode().isEmpty() && byCountry.containsKey(a.countryCode())) {
            return Optional.of(byCountry.get(a.countryCode()));
        }
        String name = a.name().toLowerCase(Locale.ROOT);
        if (byAcledName.containsKey(name)) {
            return Optional.of(byAcledName.get(name));
        }
        if (byUcdpName.containsKey(name)) {
            return Optional.of(byUcdpName.get(name));
        }
        return Optional.empty();
    }
}
