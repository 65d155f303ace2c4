package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.link.GdeltEvents;
import org.claimgraph.link.UcdpGed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the sample articles in examples/ (and the sample GDELT and UCDP rows in examples/datasets/) into ./data/demo and serve them on :3030.",
                "Run it again any time: unchanged articles are skipped."})
final class DemoCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    ServeOptions serve;

    @Option(names = "--store", paramLabel = "DIR", description = "Demo store (default: data/demo in the claimgraph folder).")
    Path store;

    @Option(names = "--examples", paramLabel = "DIR", description = "Articles to load (default: examples/ in the claimgraph folder).")
    Path examples;

    DemoCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws InterruptedException {
        // the launcher passes its folder, so the demo works from any working directory
        Path home = Path.of(System.getProperty("claimgraph.home", "."));
        Path examplesDir = examples != null ? examples : home.resolve("examples");
        Path storeDir = store != null ? store : home.resolve("data").resolve("demo");
        if (!Files.isDirectory(examplesDir)) {
            io.err().println("no examples folder at " + examplesDir.toAbsolutePath()
                    + ": run the demo from the claimgraph folder (./claimgraph demo) or give --examples DIR");
            return ExitCodes.USAGE;
        }
        // the sample dataset rows (written for the examples) come along, so the dataset queries answer too
        List<ServeRun.DatasetFile> datasets = new ArrayList<>();
        Path samples = examplesDir.resolve("datasets");
        for (ServeRun.DatasetFile d : List.of(new ServeRun.DatasetFile(new GdeltEvents(), samples.resolve("gdelt-events.tsv")),
                new ServeRun.DatasetFile(new UcdpGed(), samples.resolve("ucdp-ged.csv")))) {
            if (Files.isRegularFile(d.file())) {
                datasets.add(d);
            }
        }
        IngestOptions options = new IngestOptions();
        LiveIngest live = new LiveIngest(options);
        return ServeRun.run(serve.build(storeDir, null, live), live, List.of(examplesDir.toString()), datasets, options, io);
    }
}
