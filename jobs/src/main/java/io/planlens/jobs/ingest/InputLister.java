package io.planlens.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lists every file under the input root, including the ones Spark's own file index passes over
 * (empty files, names starting with "_" or "."): every file must end up as a plan or a reject.
 * Only paths and sizes are listed here; the bytes are read on the executors. A folder that cannot
 * be listed or a symbolic-link loop becomes a listing problem (a reject) instead of failing the run.
 */
public final class InputLister {
    /** One listed file. */
    public record Listed(String uri, long length, Timestamp modified) {}

    /** A path the listing could not go into, and why. */
    public record Problem(String uri, String reason, String detail) {}

    public record Listing(List<Listed> files, List<Problem> problems) {}

    private InputLister() {}

    public static Listing list(String input, Configuration conf) {
        try {
            Path root = new Path(input);
            FileSystem fs = root.getFileSystem(conf);
            Path q = fs.makeQualified(root);
            if (!fs.exists(q)) {
                throw new IllegalArgumentException("input " + input + " does not exist");
            }
            if ("file".equals(fs.getScheme())) {
                return listLocal(q);
            }
            List<Listed> files = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            walkHadoop(fs, fs.getFileStatus(q), files, problems);
            return new Listing(files, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input, e);
        }
    }

    private static void walkHadoop(FileSystem fs, FileStatus st, List<Listed> files, List<Problem> problems) {
        if (st.isFile()) {
            files.add(new Listed(st.getPath().toString(), st.getLen(), new Timestamp(st.getModificationTime())));
            return;
        }
        FileStatus[] children;
        try {
            children = fs.listStatus(st.getPath());
        } catch (IOException e) {
            problems.add(new Problem(st.getPath().toString(), "unreadable", "cannot list folder: " + e.getMessage()));
            return;
        }
        java.util.Arrays.sort(children);
        for (FileStatus c : children) {
            walkHadoop(fs, c, files, problems);
        }
    }

    private static Listing listLocal(Path root) throws IOException {
        java.nio.file.Path start = java.nio.file.Path.of(root.toUri());
        List<Listed> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(java.nio.file.Path file, BasicFileAttributes attrs) {
                if (attrs.isSymbolicLink()) {
                    problems.add(new Problem(uri(file), "unreadable", "broken symbolic link"));
                } else if (attrs.isRegularFile()) {
                    files.add(new Listed(uri(file), attrs.size(), new Timestamp(attrs.lastModifiedTime().toMillis())));
                } else if (!attrs.isDirectory()) {
                    problems.add(new Problem(uri(file), "not_a_file", "not a regular file (device, socket or pipe)"));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(java.nio.file.Path file, IOException e) {
                if (e instanceof FileSystemLoopException) {
                    problems.add(new Problem(uri(file), "symlink_loop", "symbolic link back into a folder above it; not followed"));
                } else if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                    problems.add(new Problem(uri(file), "unreadable", "broken symbolic link"));
                } else {
                    problems.add(new Problem(uri(file), "unreadable", e.getClass().getSimpleName() + ": " + e.getMessage()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return new Listing(files, problems);
    }

    /** The same URI form Hadoop gives ("file:/a/b c.txt"), so source_uri values are stable. */
    private static String uri(java.nio.file.Path p) {
        String u = new Path(p.toAbsolutePath().toUri()).toString();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}
