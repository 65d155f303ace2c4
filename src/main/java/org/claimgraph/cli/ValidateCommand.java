package org.claimgraph.cli;

import java.util.concurrent.Callable;
import org.apache.jena.shacl.ValidationReport;
import org.claimgraph.rdf.ShapesValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the store against the SHACL shapes in ontology/shapes.ttl.",
                "Prints the violations; exit 0 when the data conforms, 1 when it does not."})
final class ValidateCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    StoreOptions store;

    ValidateCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        ValidationReport report = ShapesValidator.builtIn().validate(store.open().dataset());
        if (report.conforms()) {
            io.err().println("the data conforms to the shapes");
            return ExitCodes.OK;
        }
        ShapesValidator.print(report, io.out());
        io.out().flush();
        io.err().println(report.getEntries().size() + " violations");
        return ExitCodes.PARTIAL;
    }
}
