package io.planlens.jobs.adoption;

import static org.junit.jupiter.api.Assertions.*;

import io.planlens.jobs.TestSpark;
import io.planlens.jobs.store.Warehouse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A warehouse with no plans yet still gets every table and export, each empty with its header. */
class AdoptionJobEmptyTest {
    @TempDir
    Path tmp;

    @Test
    void anEmptyCorpusGivesEmptyTablesWithHeaders() throws IOException {
        Map<String, Long> written = AdoptionJob.run(new Warehouse(TestSpark.get(), tmp.toString()), tmp.toString());
        assertEquals(7, written.size());
        written.forEach((file, rows) -> assertEquals(0L, rows, file));
        String events = Files.readString(tmp.resolve("exports/adoption_events.csv"), StandardCharsets.UTF_8);
        assertTrue(events.startsWith("\uFEFFunit,level,province,policy,adoption_year,adoption_date"), events);
        assertTrue(Files.readString(tmp.resolve("exports/text_reuse.csv")).contains("near_copy"));
    }
}
