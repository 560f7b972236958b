package io.planlens.jobs.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planlens.jobs.TestSpark;
import io.planlens.jobs.ingest.IngestJob;
import io.planlens.jobs.store.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest extracts every new plan while its text is in memory and hands that on: extract stores it and reads
 * no text again, on a first run and on a run that adds files. Only plans not yet extracted by this version
 * (or all, when asked) are read again from the store, and their old rows are replaced, not repeated.
 */
class ExtractHandOverTest {
    @TempDir
    Path tmp;

    static ExtractJob.Result ingestAndExtract(Warehouse wh, Path input) {
        try (IngestJob.Ingested in = IngestJob.run(wh, input.toString(), IngestJob.DEFAULT_MAX_FILE_BYTES)) {
            return ExtractJob.run(wh, false, in.extracted());
        }
    }

    @Test
    void newPlansAreExtractedOnceAndOnlyAskedForPlansAreReadAgain() throws IOException {
        List<Path> samples = TestSpark.sampleTexts();
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.copy(samples.get(0), input.resolve("a.txt"));
        Files.copy(samples.get(1), input.resolve("b.txt"));
        Warehouse wh = new Warehouse(TestSpark.get(), tmp.resolve("out").toString());

        ExtractJob.Result first = ingestAndExtract(wh, input);
        assertEquals(2, first.plans());
        assertEquals(0, first.reread(), "the first run's plans came from ingest");
        long targets = wh.read(Warehouse.TARGETS, null).count();
        assertEquals(first.targets(), targets);

        Files.copy(samples.get(2), input.resolve("c.txt"));
        ExtractJob.Result more = ingestAndExtract(wh, input);
        assertEquals(1, more.plans(), "only the new plan");
        assertEquals(0, more.reread(), "the new plan came from ingest");
        assertEquals(targets + more.targets(), wh.read(Warehouse.TARGETS, null).count());

        ExtractJob.Result nothing = ingestAndExtract(wh, input);
        assertEquals(0, nothing.plans());

        // rules changed: every plan is read again, and its rows replace the old ones
        long all = wh.read(Warehouse.TARGETS, null).count();
        ExtractJob.Result again = ExtractJob.run(wh, true, null);
        assertEquals(3, again.plans());
        assertEquals(3, again.reread());
        assertEquals(all, wh.read(Warehouse.TARGETS, null).count());
        assertEquals(3, wh.read(Warehouse.EXTRACTION_LOG, null).count());
    }
}
