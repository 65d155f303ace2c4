package org.claimgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns command-line arguments (files, folders searched recursively, {@code -} for JSON Lines on
 * standard input) into read results. Files are visited in sorted path order, so a run is
 * repeatable.
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
        List<Path> files = new ArrayList<>();
        for (String arg : arguments) {
            if (arg.equals("-")) {
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> readerFor(p).isPresent()).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list folder " + path, e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** Reads everything, passing each result to {@code sink} as soon as it is read. */
    public void read(Consumer<ReadResult> sink) {
        for (Path file : files()) {
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
            sink.accept(new ReadResult.Rejected(origin, "no such file: check the path"));
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            reader.get().read(origin, in, sink);
        } catch (IOException e) {
            sink.accept(new ReadResult.Rejected(origin, "cannot read the file: " + e.getMessage()));
        }
    }

    static Optional<ArticleReader> readerFor(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(READERS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }
}
