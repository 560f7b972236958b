package io.planlens.jobs.ingest;

import io.planlens.ingest.ParseOutcome;
import io.planlens.ingest.PlanParser;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.util.Iterator;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Runs on the executors: reads each listed file through the Hadoop file system (so any
 * Hadoop path works) and parses it. Nothing a file does can fail the task: a file that cannot be
 * read, is too large or cannot be parsed becomes a reject row with its reason.
 */
final class ReadAndParse implements MapPartitionsFunction<Row, Row> {
    private final String inputRoot;
    private final SerializableConfiguration conf;
    private final long maxBytes;

    ReadAndParse(String inputRoot, SerializableConfiguration conf, long maxBytes) {
        this.inputRoot = inputRoot.endsWith("/") ? inputRoot : inputRoot + "/";
        this.conf = conf;
        this.maxBytes = maxBytes;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
        PlanParser parser = PlanParser.standard();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public Row next() {
                Row f = files.next();
                String uri = f.getString(0);
                long length = f.getLong(1);
                Timestamp mtime = f.getTimestamp(2);
                String rel = relative(uri);
                if (length > maxBytes) {
                    return PlanRows.rejected(uri, rel, length, mtime, "too_large",
                            "file has " + length + " bytes; the limit is " + maxBytes + " (--max-file-bytes)");
                }
                byte[] bytes;
                try {
                    bytes = read(uri);
                } catch (IOException | RuntimeException e) {
                    return PlanRows.rejected(uri, rel, length, mtime, "unreadable", String.valueOf(e.getMessage()));
                }
                ParseOutcome o;
                try {
                    o = parser.parse(rel, bytes);
                } catch (RuntimeException | StackOverflowError e) {
                    o = ParseOutcome.rejected(rel, "parse_error", e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                return PlanRows.outcome(uri, rel, length, mtime, o);
            }
        };
    }

    private byte[] read(String uri) throws IOException {
        Path p = new Path(uri);
        FileSystem fs = p.getFileSystem(conf.value());
        try (InputStream in = fs.open(p)) {
            // read at most one byte past the limit: a file that grew since listing is still bounded
            byte[] b = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (b.length > maxBytes) {
                throw new IOException("file grew past the size limit while being read");
            }
            return b;
        }
    }

    /** The path below the input root, as the contract's source_path. */
    String relative(String uri) {
        if (uri.startsWith(inputRoot)) {
            return uri.substring(inputRoot.length());
        }
        String root = inputRoot.substring(0, inputRoot.length() - 1);
        return uri.equals(root) ? new Path(uri).getName() : uri;
    }
}
