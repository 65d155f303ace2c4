package org.claimgraph.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.XSDNumUtils;

/**
 * Numeric literals written in the lexical form TDB2 gives back. TDB2 keeps a small decimal inside its
 * node id and reads it back in its canonical form ("14" comes back as "14.0", "0.80" as "0.8"), and
 * its deletes look quads up by the node they read: a quad written as "14" was found as "14.0", asked
 * to be deleted as "14.0", and stayed. Every replaced article, relinked event and retraced claim left
 * its old figures, scores and confidences behind. Writing the canonical form makes what is read the
 * same node as what was written.
 */
public final class Literals {

    private Literals() {
    }

    /** An xsd:decimal in its canonical form with a dot ("14.0", "0.8", "2.75"). */
    public static Node decimal(BigDecimal value) {
        return NodeFactory.createLiteralDT(XSDNumUtils.canonicalDecimalStrWithDot(value), XSDDatatype.XSDdecimal);
    }

    /** An xsd:decimal of a measured share or score, rounded half up to this many places. */
    public static Node decimal(double value, int places) {
        return decimal(BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP));
    }

    /**
     * The forms claimgraph wrote this number in before it wrote the canonical one — a decimal with 0 to
     * 3 places ("14", "0.80", "0.750"), a double as Java prints it ("0.75") — which TDB2 finds a quad
     * written in by none other; empty for any other node.
     */
    public static List<Node> earlierForms(Node number) {
        if (!number.isLiteral()) {
            return List.of();
        }
        List<Node> out = new ArrayList<>();
        try {
            if (number.getLiteralDatatype().equals(XSDDatatype.XSDdecimal)) {
                BigDecimal value = new BigDecimal(number.getLiteralLexicalForm());
                for (int places = 0; places <= 3; places++) {
                    if (value.stripTrailingZeros().scale() <= places) {
                        out.add(NodeFactory.createLiteralDT(value.setScale(places).toPlainString(), XSDDatatype.XSDdecimal));
                    }
                }
            } else if (number.getLiteralDatatype().equals(XSDDatatype.XSDdouble)) {
                out.add(NodeFactory.createLiteralDT(Double.toString(Double.parseDouble(number.getLiteralLexicalForm())), XSDDatatype.XSDdouble));
            }
        } catch (NumberFormatException e) {
            return List.of(); // not a number TDB2 inlines
        }
        return out;
    }

    /** An xsd:double in the form TDB2 reads it back in. */
    public static Node dbl(double value) {
        return NodeFactory.createLiteralDT(XSDNumUtils.stringForm(value), XSDDatatype.XSDdouble);
    }
}
