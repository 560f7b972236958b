package io.planlens.jobs;

import static org.junit.jupiter.api.Assertions.*;

import io.planlens.jobs.store.Warehouse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline on a local Spark over the samples plus their variants, copies, an empty and a binary file. */
class PipelineJobTest {
    @TempDir
    static Path tmp;
    static Path input;
    static Path out;
    static Pipeline.Summary first;
    static Map<String, String> originalOf = new HashMap<>();

    @BeforeAll
    static void runOnce() throws IOException {
        input = tmp.resolve("in");
        out = tmp.resolve("out");
        Files.createDirectories(input.resolve("variants"));
        List<Path> samples = TestSpark.sampleTexts();
        assertEquals(5, samples.size());
        for (Path p : samples) {
            Files.copy(p, input.resolve(p.getFileName()));
        }
        String[] texts = new String[5];
        for (int i = 0; i < 5; i++) {
            texts[i] = Files.readString(samples.get(i), StandardCharsets.UTF_8);
        }
        write("variants/nfd.txt", Variants.nfd(texts[0]), samples.get(0));
        write("variants/bom-crlf.md", Variants.utf8BomCrlf(texts[1]), samples.get(1));
        write("variants/utf16.txt", Variants.utf16le(texts[2]), samples.get(2));
        write("variants/legacy-1258.txt", Variants.windows1258(texts[3]), samples.get(3));
        write("variants/ban sao (copy).txt", Files.readAllBytes(samples.get(4)), samples.get(4));
        Files.write(input.resolve("empty.txt"), new byte[0]);
        byte[] png = new byte[2048];
        new java.util.Random(7).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D}, 0, png, 0, 12);
        Files.write(input.resolve("scan.txt"), png);
        first = run();
    }

    static void write(String rel, byte[] bytes, Path original) throws IOException {
        Files.write(input.resolve(rel), bytes);
        originalOf.put(rel, original.getFileName().toString());
    }

    static Pipeline.Summary run() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return Pipeline.run(TestSpark.get(),
                new Pipeline.Options(input.toString(), out.toString(), 64L << 20, false), sink);
    }

    static List<CSVRecord> csv(String name) throws IOException {
        Path f = out.resolve("exports").resolve(name);
        byte[] b = Files.readAllBytes(f);
        assertTrue(b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF,
                name + " starts with a UTF-8 byte-order mark so Excel reads Vietnamese");
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            r.read(); // the BOM
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    @Test
    void fiveDistinctPlansAndEveryVariantIsADuplicateOfItsOriginal() throws IOException {
        List<CSVRecord> plans = csv("plans.csv");
        assertEquals(5, plans.size());
        Map<String, String> idByFile = new HashMap<>();
        for (CSVRecord r : plans) {
            idByFile.put(r.get("source_path"), r.get("doc_id"));
        }
        Map<String, CSVRecord> rejects = new HashMap<>();
        for (CSVRecord r : csv("rejects.csv")) {
            rejects.put(r.get("source_path"), r);
        }
        for (Map.Entry<String, String> v : originalOf.entrySet()) {
            CSVRecord r = rejects.get(v.getKey());
            assertNotNull(r, v.getKey() + " is reported");
            assertEquals("duplicate", r.get("reason"), v.getKey());
            assertEquals(idByFile.get(v.getValue()), r.get("detail"), v.getKey() + " names the kept plan");
        }
        assertEquals("empty", rejects.get("empty.txt").get("reason"));
        assertEquals("binary", rejects.get("scan.txt").get("reason"));
        assertEquals(5, first.ingest().plansAdded());
        assertEquals(12, first.ingest().filesRead());
    }

    @Test
    void everyInputFileIsInExactlyOneOfPlansOrRejects() throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> all = new ArrayList<>();
        for (CSVRecord r : csv("plans.csv")) all.add(r.get("source_path"));
        for (CSVRecord r : csv("rejects.csv")) all.add(r.get("source_path"));
        for (String p : all) assertTrue(seen.add(p), p + " appears once");
        Set<String> files = new HashSet<>();
        try (Stream<Path> s = Files.walk(input)) {
            s.filter(Files::isRegularFile).forEach(p -> files.add(input.relativize(p).toString()));
        }
        assertEquals(files, seen);
    }

    @Test
    void planYearsMatchTheGold() throws IOException {
        Path gold = TestSpark.root().resolve("core/src/test/resources/gold");
        if (!Files.isDirectory(gold)) gold = TestSpark.root().resolve("../shared/gold");
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, CSVRecord> byFile = new HashMap<>();
        for (CSVRecord r : csv("plans.csv")) byFile.put(r.get("source_path"), r);
        int checked = 0;
        try (Stream<Path> s = Files.list(gold)) {
            for (Path g : s.filter(p -> p.toString().endsWith(".json")).toList()) {
                var node = mapper.readTree(g.toFile());
                CSVRecord r = byFile.get(node.get("file").asText());
                assertNotNull(r, "plan for " + node.get("file"));
                String want = node.get("plan_year").isNull() ? "" : node.get("plan_year").asText();
                assertEquals(want, r.get("plan_year"), node.get("file").asText());
                checked++;
            }
        }
        assertEquals(5, checked);
    }

    @Test
    void warehouseHoldsThePlansAsADeltaTable() {
        Warehouse wh = new Warehouse(TestSpark.get(), out.toString());
        assertTrue(wh.exists(Warehouse.PLANS));
        List<Row> rows = wh.read(Warehouse.PLANS, io.planlens.jobs.ingest.PlanRows.PLAN)
                .select("doc_id", "text").collectAsList();
        assertEquals(5, rows.size());
        for (Row r : rows) {
            assertEquals(16, r.getString(0).length());
            assertFalse(r.getString(1).isBlank());
        }
        assertTrue(Files.isDirectory(out.resolve("warehouse/plans/_delta_log")));
    }

    @Test
    void aRerunChangesNothing() throws IOException {
        Map<String, byte[]> before = new HashMap<>();
        try (Stream<Path> s = Files.list(out.resolve("exports"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".csv")).toList()) before.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
        var cached = TestSpark.get().sharedState().cacheManager();
        boolean nothingCachedBefore = cached.isEmpty();
        Pipeline.Summary again = run();
        if (nothingCachedBefore) assertTrue(cached.isEmpty(), "the run dropped every cache it made (the plans' metadata)");
        assertEquals(0, again.ingest().filesRead(), "nothing new to read");
        assertEquals(0, again.ingest().plansAdded());
        for (var e : before.entrySet()) {
            assertArrayEquals(e.getValue(), Files.readAllBytes(out.resolve("exports").resolve(e.getKey())), e.getKey());
        }
    }
}
