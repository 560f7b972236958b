package io.planlens.jobs.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Writes a table as one CSV file that Excel opens with Vietnamese intact: UTF-8 with a byte-order
 * mark, RFC 4180 quoting, CRLF rows.
 *
 * <p>A large table is formatted by the executors, in order, into part files beside the export, and the
 * driver joins the parts byte for byte behind the header: no row passes through the driver's heap (its
 * memory is the same for ten thousand rows or ten million), and the formatting runs on every core. A
 * small one streams to the driver a partition at a time. The whole file is written to a hidden temporary
 * file that is renamed over the old export at the end, so a reader sees the old file or the new one,
 * never half of one.
 */
public final class CsvExport {
    private CsvExport() {}

    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    /**
     * Tables the optimiser estimates at most this size stream to the driver a partition at a time instead
     * (a Spark write costs a job and a commit, worth it only when there is much to format).
     */
    static final long DRIVER_STREAM_MAX_BYTES = 16L << 20;

    /** Writes {@code rows} (already in the order wanted) to {@code file}; returns the number of rows. */
    public static long write(Dataset<Row> rows, String file, Configuration conf) {
        long estimate = rows.queryExecution().optimizedPlan().stats().sizeInBytes().longValue();
        return write(rows, file, conf, estimate <= DRIVER_STREAM_MAX_BYTES);
    }

    static long write(Dataset<Row> rows, String file, Configuration conf, boolean onDriver) {
        String[] columns = rows.columns();
        Path target = new Path(file);
        try {
            FileSystem fs = target.getFileSystem(conf);
            fs.mkdirs(target.getParent());
            Path parts = new Path(target.getParent(), "." + target.getName() + ".parts");
            fs.delete(parts, true);
            if (!onDriver) {
                // a map keeps the sorted partitions as they are, and the writer writes partition i to part-i
                rows.mapPartitions((MapPartitionsFunction<Row, String>) CsvExport::records, Encoders.STRING())
                        .write().option("lineSep", FORMAT.getRecordSeparator()).text(parts.toString());
            }
            Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp");
            long n = 0;
            try (OutputStream out = fs.create(tmp, true)) {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                w.write('\uFEFF');
                try (CSVPrinter printer = new CSVPrinter(w, FORMAT)) {
                    printer.printRecord((Object[]) columns);
                    if (onDriver) {
                        Iterator<String> it = records(rows.toLocalIterator());
                        while (it.hasNext()) {
                            w.write(it.next());
                            w.write(FORMAT.getRecordSeparator());
                            n++;
                        }
                    } else {
                        w.flush();
                        n = append(fs, partFiles(fs, parts), out);
                    }
                }
            }
            FileContext.getFileContext(target.toUri(), conf).rename(tmp, target, Options.Rename.OVERWRITE);
            fs.delete(parts, true);
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** One partition's rows as CSV records, without their line ends (the text writer adds CRLF). */
    static Iterator<String> records(Iterator<Row> rows) throws IOException {
        StringBuilder sb = new StringBuilder(256);
        CSVPrinter printer = new CSVPrinter(sb, FORMAT);
        List<String> cells = new ArrayList<>();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public String next() {
                Row r = rows.next();
                cells.clear();
                for (int i = 0; i < r.length(); i++) cells.add(CsvCells.cell(r.isNullAt(i) ? null : r.get(i)));
                sb.setLength(0);
                try {
                    printer.printRecord(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return sb.substring(0, sb.length() - FORMAT.getRecordSeparator().length());
            }
        };
    }

    /** The part files Spark wrote, in partition order (their names carry the zero-padded partition number). */
    private static List<Path> partFiles(FileSystem fs, Path dir) throws IOException {
        FileStatus[] all = fs.listStatus(dir, p -> p.getName().startsWith("part-"));
        Arrays.sort(all, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
        List<Path> out = new ArrayList<>(all.length);
        for (FileStatus s : all) out.add(s.getPath());
        return out;
    }

    /** Copies the parts to {@code out}; returns the records copied (CRLF outside quotes ends one). */
    private static long append(FileSystem fs, List<Path> parts, OutputStream out) throws IOException {
        byte[] buf = new byte[1 << 16];
        long records = 0;
        boolean quoted = false;
        byte prev = 0;
        for (Path p : parts) {
            try (InputStream in = fs.open(p)) {
                for (int k; (k = in.read(buf)) > 0; ) {
                    for (int i = 0; i < k; i++) {
                        byte b = buf[i];
                        if (b == '"') {
                            quoted = !quoted;
                        } else if (b == '\n' && prev == '\r' && !quoted) {
                            records++;
                        }
                        prev = b;
                    }
                    out.write(buf, 0, k);
                }
            }
        }
        return records;
    }
}
