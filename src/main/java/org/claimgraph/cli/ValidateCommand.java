package org.claimgraph.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.shacl.ValidationReport;
import org.claimgraph.rdf.ShapesValidator;
import org.claimgraph.store.Store;
import org.claimgraph.store.TextIndexAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the store against the SHACL shapes in ontology/shapes.ttl, and that the full-text index "
                + "holds every text of the store (article text, claim wording, quotes) and nothing else.",
                "Prints the violations; exit 0 when the data conforms, 1 when it does not."})
final class ValidateCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    StoreOptions store;

    @Option(names = "--rebuild-text-index",
            description = "Index every text of the store again from an empty index (after a kill between the store's "
                    + "commit and the index's left texts unsearchable), then check.")
    boolean rebuildTextIndex;

    ValidateCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Store opened = store.open();
        if (rebuildTextIndex) {
            io.err().println("rebuilding the text index...");
            opened.rebuildTextIndex().ifPresent(n -> io.err().printf("text index rebuilt: %,d entries%n", n));
        }
        boolean textConsistent = checkTextIndex(opened.auditTextIndex());
        ValidationReport report = ShapesValidator.builtIn().validate(opened.dataset());
        if (report.conforms()) {
            io.err().println("the data conforms to the shapes");
            return textConsistent ? ExitCodes.OK : ExitCodes.PARTIAL;
        }
        ShapesValidator.print(report, io.out());
        io.out().flush();
        io.err().println(report.getEntries().size() + " violations");
        return ExitCodes.PARTIAL;
    }

    private boolean checkTextIndex(Optional<TextIndexAudit.Report> audit) {
        if (audit.isEmpty())
            return true;
        TextIndexAudit.Report r = audit.get();
        if (r.consistent()) {
            io.err().printf("the text index holds all %,d texts%n", r.texts());
            return true;
        }
        io.err().printf("the text index does not match the store: %,d of %,d texts are not searchable, %,d entries for %,d texts; "
                + "run `claimgraph validate --rebuild-text-index --store %s`%n", r.missing(), r.texts(), r.entries(), r.texts(),
                store.storeDir());
        return false;
    }
}
