package io.planlens.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planlens.jobs.TestSpark;
import io.planlens.jobs.store.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rejects table across runs: a file rejected in one run and replaced by a real plan before the next
 * leaves it; a new broken file joins it; a rejected file that changes and is still broken keeps one row.
 */
class FixedRejectTest {
    @TempDir
    Path tmp;

    static Set<String> paths(Warehouse wh, String table) {
        Set<String> s = new TreeSet<>();
        for (Row r : wh.read(table, Warehouse.PLANS.equals(table) ? PlanRows.PLAN : PlanRows.REJECT)
                .select(col("source_path")).collectAsList()) {
            s.add(r.getString(0));
        }
        return s;
    }

    static void ingest(Warehouse wh, Path input) {
        try (IngestJob.Ingested in = IngestJob.run(wh, input.toString(), IngestJob.DEFAULT_MAX_FILE_BYTES)) {
            in.result();
        }
    }

    @Test
    void aFixedFileBecomesAPlanAndLeavesTheRejects() throws IOException {
        List<Path> samples = TestSpark.sampleTexts();
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.copy(samples.get(0), input.resolve("plan.txt"));
        Files.write(input.resolve("late.txt"), new byte[0]);
        Files.write(input.resolve("still-empty.txt"), new byte[0]);
        Warehouse wh = new Warehouse(TestSpark.get(), tmp.resolve("out").toString());

        ingest(wh, input);
        assertEquals(Set.of("plan.txt"), paths(wh, Warehouse.PLANS));
        assertEquals(Set.of("late.txt", "still-empty.txt"), paths(wh, Warehouse.REJECTS));

        // nothing new: the rejects stay as they are
        ingest(wh, input);
        assertEquals(Set.of("late.txt", "still-empty.txt"), paths(wh, Warehouse.REJECTS));

        // the empty file is replaced by a plan (a later modification time, so it is read again)
        Files.copy(samples.get(1), input.resolve("late.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(input.resolve("late.txt"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        ingest(wh, input);
        assertEquals(Set.of("late.txt", "plan.txt"), paths(wh, Warehouse.PLANS));
        assertEquals(Set.of("still-empty.txt"), paths(wh, Warehouse.REJECTS));
    }

    @Test
    void newRejectsAreAddedAndARejectedFileChangedIsStillOneRow() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.write(input.resolve("empty.txt"), new byte[0]);
        Warehouse wh = new Warehouse(TestSpark.get(), tmp.resolve("out").toString());
        ingest(wh, input);
        assertEquals(Set.of("empty.txt"), paths(wh, Warehouse.REJECTS));

        Files.write(input.resolve("blank.txt"), "   \n\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ingest(wh, input);
        assertEquals(Set.of("blank.txt", "empty.txt"), paths(wh, Warehouse.REJECTS));

        // still no plan in it, but changed: read again and rejected again, in place of its old row
        Files.write(input.resolve("empty.txt"), "\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.setLastModifiedTime(input.resolve("empty.txt"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        ingest(wh, input);
        List<Row> rows = wh.read(Warehouse.REJECTS, PlanRows.REJECT).orderBy("source_path").collectAsList();
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(Set.of("blank.txt", "empty.txt"), paths(wh, Warehouse.REJECTS));
    }
}
