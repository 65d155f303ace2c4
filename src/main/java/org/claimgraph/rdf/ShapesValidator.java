package org.claimgraph.rdf;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Validates a store against {@code ontology/shapes.ttl}. The data graph is the union of all
 * graphs, ontology included, so {@code sh:targetClass} reaches instances of subclasses.
 */
public final class ShapesValidator {

    private final Shapes shapes;

    private ShapesValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    public static ShapesValidator builtIn() {
        return new ShapesValidator(Shapes.parse(ReferenceData.shapes()));
    }

    public ValidationReport validate(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> validate(dataset.getUnionGraph()));
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /** A readable listing of the violations, one block each (focus node, path, message). */
    public static void print(ValidationReport report, OutputStream out) {
        ShLib.printReport(out, report);
    }
}
