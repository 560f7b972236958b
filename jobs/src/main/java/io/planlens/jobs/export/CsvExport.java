package io.planlens.jobs.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Writes a table as one CSV file that Excel opens with Vietnamese intact: UTF-8 with a byte-order
 * mark, RFC 4180 quoting, CRLF rows. Rows stream to the driver a partition at a time (never the
 * whole table at once) into a hidden temporary file that is renamed over the old export at the end,
 * so a reader sees the old file or the new one, never half of one.
 */
public final class CsvExport {
    private CsvExport() {}

    private static Writer bomWriter(FileSystem fs, Path p) throws IOException {
        Writer w = new OutputStreamWriter(fs.create(p, true), StandardCharsets.UTF_8);
        w.write('\uFEFF');
        return w;
    }

    /** Writes {@code rows} (already in the order wanted) to {@code file}; returns the number of rows. */
    public static long write(Dataset<Row> rows, String file, Configuration conf) {
        String[] columns = rows.columns();
        Path target = new Path(file);
        try {
            FileSystem fs = target.getFileSystem(conf);
            fs.mkdirs(target.getParent());
            Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp");
            long n = 0;
            try (Writer w = bomWriter(fs, tmp);
                 CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(columns).get())) {
                Iterator<Row> it = rows.toLocalIterator();
                List<String> cells = new ArrayList<>(columns.length);
                while (it.hasNext()) {
                    Row r = it.next();
                    cells.clear();
                    for (int i = 0; i < columns.length; i++) {
                        cells.add(CsvCells.cell(r.isNullAt(i) ? null : r.get(i)));
                    }
                    out.printRecord(cells);
                    n++;
                }
            }
            FileContext.getFileContext(target.toUri(), conf).rename(tmp, target, Options.Rename.OVERWRITE);
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
