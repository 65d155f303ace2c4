package org.claimgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code claimgraph spark} as {@code --help} lists it. The launcher script runs the Spark job itself
 * (org.claimgraph.spark.SparkMain, with Spark's jars beside the jar, which holds none); this command
 * only answers someone who calls the jar directly, and says how to run the job.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        header = "Run the ingest pipeline as a Spark job over input shards, writing N-Quads for load or push.",
        description = {"Run through the launcher: ./claimgraph spark --master local[2] --input DIR --output DIR",
                "(Spark's jars come from target/spark.classpath), or on a cluster:",
                "spark-submit --class org.claimgraph.spark.SparkMain target/claimgraph.jar --input URI --output URI.",
                "README section \"Many machines: the Spark job\" shows the whole path."})
final class SparkCommand implements Callable<Integer> {

    private final Io io;

    @Parameters(arity = "0..*", hidden = true)
    List<String> ignored;

    SparkCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        io.err().println("claimgraph spark: the jar holds no Spark (a cluster's spark-submit provides it): run "
                + "./claimgraph spark --master local[2] --input DIR --output DIR from the project folder, or "
                + "spark-submit --class org.claimgraph.spark.SparkMain target/claimgraph.jar --input URI --output URI");
        return ExitCodes.USAGE;
    }
}
