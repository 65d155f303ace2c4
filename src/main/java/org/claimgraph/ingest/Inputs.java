package org.claimgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns command-line arguments (files, folders searched recursively, {@code -} for JSON Lines on
 * standard input) into read results. Files are visited in sorted path order, so a run is
 * repeatable. Links inside folders are followed; a loop, a folder or file without permission is
 * reported as rejected and the rest read.
 */
public final class Inputs {

    private static final Map<String, ArticleReader> READERS = Map.of(
            "txt", new TextReader(),
            "json", JsonReader.single(),
            "jsonl", JsonReader.lines(),
            "html", new HtmlReader(),
            "htm", new HtmlReader());

    private final List<String> arguments;
    private final InputStream stdin;

    private Inputs(List<String> arguments, InputStream stdin) {
        this.arguments = List.copyOf(arguments);
        this.stdin = stdin;
    }

    public static Inputs of(List<String> arguments, InputStream stdin) {
        return new Inputs(arguments, stdin);
    }

    /** The files the arguments name, folders expanded; unsupported files inside folders are left out. */
    public List<Path> files() {
        return listing().files();
    }

    /** The files, and what could not be listed (a folder linking back to itself, one without permission). */
    private record Listing(List<Path> files, List<ReadResult.Rejected> problems) {
    }

    private Listing listing() {
        List<Path> files = new ArrayList<>();
        List<ReadResult.Rejected> problems = new ArrayList<>();
        for (String arg : arguments) {
            if (arg.equals("-")) {
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                List<Path> found = new ArrayList<>();
                try {
                    // links are followed (a corpus may be linked in); a link back to a folder above it is reported, not looped
                    Files.walkFileTree(path, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && readerFor(file).isPresent()) {
                                found.add(file);
                            } else if (attrs.isSymbolicLink() && readerFor(file).isPresent()) { // a link that could not be followed
                                problems.add(new ReadResult.Rejected(file.toString(), "a link to a file that is not there: fix or remove the link"));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.add(new ReadResult.Rejected(file.toString(), e instanceof FileSystemLoopException
                                    ? "a link back to a folder that holds it (a loop): not followed; the rest of the folder is read"
                                    : unreadable(e)));
                            return FileVisitResult.CONTINUE;
                        }
                    });
                } catch (IOException e) {
                    problems.add(new ReadResult.Rejected(path.toString(), unreadable(e)));
                }
                found.stream().sorted().forEach(files::add);
            } else {
                files.add(path);
            }
        }
        return new Listing(files, problems);
    }

    /** Reads everything, passing each result to {@code sink} as soon as it is read. */
    public void read(Consumer<ReadResult> sink) {
        Listing listing = listing();
        listing.problems().forEach(sink);
        for (Path file : listing.files()) {
            readFile(file, sink);
        }
        if (arguments.contains("-")) {
            try {
                JsonReader.lines().read("-", stdin, sink);
            } catch (IOException e) {
                sink.accept(new ReadResult.Rejected("-", "cannot read standard input: " + e.getMessage()));
            }
        }
    }

    private static void readFile(Path file, Consumer<ReadResult> sink) {
        String origin = file.toString();
        Optional<ArticleReader> reader = readerFor(file);
        if (reader.isEmpty()) {
            sink.accept(new ReadResult.Rejected(origin, "unsupported file type: give .txt, .json, .jsonl or .html"));
            return;
        }
        if (!Files.isRegularFile(file)) {
            sink.accept(new ReadResult.Rejected(origin, Files.isDirectory(file) ? "a folder named like a file: give the files in it"
                    : "no such file: check the path"));
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            reader.get().read(origin, in, sink);
        } catch (IOException e) {
            sink.accept(new ReadResult.Rejected(origin, unreadable(e)));
        }
    }

    /** Why a file or folder cannot be read, and what to do. */
    private static String unreadable(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied: make it readable (chmod +r) or leave it out";
        }
        return "cannot read it (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
    }

    /**
     * The reader for a file of this name ({@code .txt .json .jsonl .html .htm}), for callers that
     * list and open files themselves (the Spark job reads them from Hadoop-compatible paths).
     */
    public static Optional<ArticleReader> readerFor(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(READERS.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    static Optional<ArticleReader> readerFor(Path file) {
        return readerFor(file.getFileName() == null ? "" : file.getFileName().toString());
    }
}
