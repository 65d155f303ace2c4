package org.claimgraph.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimgraph.export.GraphStorePush;
import org.claimgraph.rdf.NQuadsFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "push", mixinStandardHelpOptions = true,
        header = "Send the graphs of N-Quads files to a SPARQL Graph Store Protocol endpoint.",
        description = {"Send the graphs of N-Quads files (.nq or .nq.gz, as `export rdf --format nq` writes them) to any",
                "SPARQL 1.1 Graph Store Protocol endpoint: each graph replaced (PUT), then appended to in chunks (POST).",
                "Exit 2 when a file cannot be read or the endpoint refuses (the message says which graph and why)."})
final class PushCommand implements Callable<Integer> {

    private final Io io;

    @Option(names = "--gsp", paramLabel = "URL", required = true,
            description = "The Graph Store Protocol endpoint, e.g. http://localhost:3030/ds/data")
    URI gsp;

    @Option(names = "--auth-file", paramLabel = "FILE",
            description = "A file holding one `user: password` line, when the endpoint needs one (or $CLAIMGRAPH_AUTH=user:password).")
    Path authFile;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "N-Quads files (.nq or .nq.gz).")
    List<Path> files;

    PushCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        for (Path f : files) {
            if (!Files.isReadable(f) || !NQuadsFiles.takes(f)) {
                io.err().println("claimgraph push: cannot read " + f + " as N-Quads: give .nq or .nq.gz files");
                return ExitCodes.USAGE;
            }
        }
        GraphStorePush push;
        try {
            String env = System.getenv("CLAIMGRAPH_AUTH");
            Optional<String> auth = authFile != null || env != null ? Optional.of(Credentials.find(authFile, env).header()) : Optional.empty();
            push = new GraphStorePush(gsp, auth);
        } catch (IllegalArgumentException e) {
            io.err().println("claimgraph push: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ConsoleProgress progress = new ConsoleProgress(io.err(), System.console() != null);
        try {
            GraphStorePush.Summary summary = push.push(files, progress::rows);
            progress.finish();
            io.err().println(summary.line() + " to " + gsp);
            return ExitCodes.OK;
        } catch (GraphStorePush.PushException e) {
            progress.finish();
            io.err().println("claimgraph push: " + e.getMessage());
            io.err().println("claimgraph push: the graphs sent before stay sent; run push again once fixed (it replaces them)");
            return ExitCodes.USAGE;
        }
    }
}
