package org.claimgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.ingest.Inputs;
import org.claimgraph.ingest.ReadResult;

/**
 * The input files of a Spark run, listed on the driver from any Hadoop-compatible path (local, HDFS,
 * S3A, GCS…): folders searched recursively for the types {@code ingest} reads ({@code .jsonl .json
 * .txt .html}), in sorted order. Each file keeps the name {@code ingest} would give it (the argument
 * as written, then the path below it), since the article graph records it as {@code cg:sourceFile}.
 */
final class InputFiles {

    /** One file: its place in the input, its name as {@code ingest} gives it, and the full path the executors open. */
    record InputFile(int number, String origin, String path) implements Serializable {
    }

    private InputFiles() {
    }

    static List<InputFile> list(List<String> arguments, Configuration conf) throws IOException {
        List<InputFile> files = new ArrayList<>();
        for (String argument : arguments) {
            Path root = new Path(argument);
            FileSystem fs = root.getFileSystem(conf);
            if (!fs.exists(root)) {
                throw new IllegalArgumentException(argument + ": no such file or folder");
            }
            FileStatus status = fs.getFileStatus(root);
            if (!status.isDirectory()) {
                files.add(new InputFile(files.size(), argument, status.getPath().toString()));
                continue;
            }
            List<FileStatus> found = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            while (it.hasNext()) {
                LocatedFileStatus f = it.next();
                if (f.isFile() && Inputs.readerFor(f.getPath().getName()).isPresent()) {
                    found.add(f);
                }
            }
            found.sort(Comparator.comparing(f -> f.getPath().toString()));
            String rootPath = status.getPath().toUri().getPath();
            for (FileStatus f : found) {
                files.add(new InputFile(files.size(), origin(argument, rootPath, f.getPath().toUri().getPath()), f.getPath().toString()));
            }
        }
        return files;
    }

    /** The name {@code ingest} gives a file found under a folder: the argument as written, then the path below it. */
    static String origin(String argument, String rootPath, String filePath) {
        String below = filePath.substring(rootPath.length()).replaceFirst("^/+", "");
        return argument.replaceFirst("/+$", "") + "/" + below;
    }

    /** Reads one file on an executor with the reader {@code ingest} uses for its type. */
    static List<InputRecord> read(InputFile file, Configuration conf) {
        List<InputRecord> records = new ArrayList<>();
        long base = (long) file.number() << 32;
        Optional<ArticleReader> reader = Inputs.readerFor(new Path(file.path()).getName());
        if (reader.isEmpty()) {
            records.add(InputRecord.of(base, new ReadResult.Rejected(file.origin(), "unsupported file type: give .txt, .json, .jsonl or .html")));
            return records;
        }
        Path path = new Path(file.path());
        try (InputStream in = path.getFileSystem(conf).open(path, 1 << 16)) {
            reader.get().read(file.origin(), in, result -> records.add(InputRecord.of(base + records.size(), result)));
        } catch (IOException e) {
            records.add(InputRecord.of(base + records.size(), new ReadResult.Rejected(file.origin(), "cannot read it: " + e.getMessage())));
        }
        return records;
    }

    /** The Hadoop settings as a serialisable map, for the executors. */
    static java.util.HashMap<String, String> settings(Configuration conf) {
        java.util.HashMap<String, String> map = new java.util.HashMap<>();
        conf.forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    static Configuration configuration(java.util.Map<String, String> settings) {
        Configuration conf = new Configuration(false);
        settings.forEach(conf::set);
        return conf;
    }

}
