package org.claimgraph.cli;

import java.lang.reflect.Constructor;
import org.claimgraph.rdf.SoftwareVersion;
import org.claimgraph.store.StoreLockedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimgraph} command line. {@code System.exit} happens here and nowhere else. */
@Command(name = "claimgraph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Knowledge graph of who said what in conflict news: ingest articles, serve and query SPARQL.",
        subcommands = {
            DemoCommand.class, IngestCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class,
            ExtractCommand.class, LoadCommand.class, PushCommand.class, ValidateCommand.class, TraceCommand.class, LinkCommand.class, ScoreCommand.class, BenchCommand.class, StatsCommand.class, CompactCommand.class, SparkCommand.class
        })
public final class Main implements Runnable {

    private final Io io;

    Main(Io io) {
        this.io = io;
    }

    @Override
    public void run() {
        io.err().println("give a command; `claimgraph --help` lists them");
    }

    public static void main(String[] args) {
        System.exit(run(Io.system(), args));
    }

    /** Runs one command line and returns its exit code. */
    public static int run(Io io, String... args) {
        CommandLine cl = new CommandLine(new Main(io), new IoFactory(io));
        cl.setOut(new java.io.PrintWriter(io.out(), true));
        cl.setErr(new java.io.PrintWriter(io.err(), true));
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof StoreLockedException) {
                io.err().println(ex.getMessage());
                return ExitCodes.STORE_UNAVAILABLE;
            }
            io.err().println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("CLAIMGRAPH_DEBUG") != null) {
                ex.printStackTrace(io.err());
            }
            return ExitCodes.PARTIAL;
        });
        int code = cl.execute(args);
        return args.length == 0 ? ExitCodes.USAGE : code;
    }

    /** Creates command objects, handing each the streams it writes to. */
    private record IoFactory(Io io) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                Constructor<K> c = cls.getDeclaredConstructor(Io.class);
                c.setAccessible(true);
                return c.newInstance(io);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"claimgraph " + SoftwareVersion.get()};
        }
    }
}
