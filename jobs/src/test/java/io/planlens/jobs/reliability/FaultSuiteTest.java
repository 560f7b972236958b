package io.planlens.jobs.reliability;

import static org.junit.jupiter.api.Assertions.*;

import io.planlens.jobs.Pipeline;
import io.planlens.jobs.TestSpark;
import io.planlens.jobs.Variants;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input, tried for real: a folder of every kind of broken file next to good plans. Each file
 * becomes a plan or a reject with a reason; none crashes the run or loses the others.
 */
class FaultSuiteTest {
    @TempDir
    static Path tmp;
    static Path in;
    static Path out;
    static Map<String, CSVRecord> plans = new HashMap<>();
    static Map<String, CSVRecord> rejects = new HashMap<>();
    static Set<String> expectedFiles = new HashSet<>();
    static final int TINY = 10_000;

    @BeforeAll
    static void buildAndRun() throws IOException {
        in = tmp.resolve("in");
        out = tmp.resolve("out");
        Files.createDirectories(in);
        String sample = Files.readString(TestSpark.samples().resolve("001_af98d75339ed8083.txt"));
        String other = Files.readString(TestSpark.samples().resolve("003_c01154d0cb3d35c7.txt"));
        byte[] utf8 = sample.getBytes(StandardCharsets.UTF_8);

        put("good plan.txt", utf8);
        put("kế hoạch trẻ em 2024 (bản chính).md", other.getBytes(StandardCharsets.UTF_8));
        put("empty.txt", new byte[0]);
        put("blank.txt", "  \n\n \t \r\n".getBytes(StandardCharsets.UTF_8));
        byte[] zip = new byte[4096];
        new java.util.Random(1).nextBytes(zip);
        zip[0] = 'P';
        zip[1] = 'K';
        zip[2] = 3;
        zip[3] = 4;
        put("archive.txt", zip);
        // cut in the middle of a multi-byte character
        int cut = utf8.length / 2;
        while ((utf8[cut] & 0xC0) != 0x80) cut++;
        put("truncated.txt", java.util.Arrays.copyOf(utf8, cut));
        // invalid UTF-8 bytes in the middle of a good file
        byte[] bad = utf8.clone();
        bad[bad.length / 3] = (byte) 0xFF;
        bad[bad.length / 3 + 1] = (byte) 0xFE;
        put("invalid-bytes.txt", bad);
        put("utf16be.txt", utf16be(sample + "\nbản thứ hai"));
        put("legacy.txt", Variants.windows1258(sample + "\nbản thứ ba"));
        // one line of several megabytes
        StringBuilder longLine = new StringBuilder("KẾ HOẠCH thực hiện công tác trẻ em năm 2024. ");
        while (longLine.length() < 3_000_000) longLine.append("Phấn đấu 100% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế; ");
        put("long-line.txt", longLine.toString().getBytes(StandardCharsets.UTF_8));
        // 100 MB (sparse) file: over the size limit, rejected without being read
        try (RandomAccessFile f = new RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
            f.setLength(100L << 20);
        }
        expectedFiles.add("huge.txt");
        put("line\nbreak name.txt", (sample + "\nbản thứ tư").getBytes(StandardCharsets.UTF_8));
        put("_underscore.txt", (sample + "\nbản thứ năm").getBytes(StandardCharsets.UTF_8));
        put(".hidden.txt", (sample + "\nbản thứ sáu").getBytes(StandardCharsets.UTF_8));
        put("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        // links: a loop back to the root and a dangling one
        Files.createDirectories(in.resolve("links"));
        Files.createSymbolicLink(in.resolve("links/loop"), in);
        Files.createSymbolicLink(in.resolve("links/dangling.txt"), in.resolve("does-not-exist.txt"));
        expectedFiles.add("links/loop");
        expectedFiles.add("links/dangling.txt");
        // a folder of many tiny files
        Path tiny = Files.createDirectories(in.resolve("tiny"));
        for (int i = 0; i < TINY; i++) {
            String t = "Kế hoạch công tác trẻ em năm 2023 của thôn " + i + ": 100% trẻ em được tiêm chủng.\n";
            Files.writeString(tiny.resolve(String.format("t%05d.txt", i)), t);
            expectedFiles.add("tiny/" + String.format("t%05d.txt", i));
        }

        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Pipeline.run(TestSpark.get(), new Pipeline.Options(in.toString(), out.toString(), 64L << 20, false), sink);
        for (CSVRecord r : csv("plans.csv")) plans.put(r.get("source_path"), r);
        for (CSVRecord r : csv("rejects.csv")) rejects.put(r.get("source_path"), r);
    }

    static void put(String name, byte[] b) throws IOException {
        Files.write(in.resolve(name), b);
        expectedFiles.add(name);
    }

    static byte[] utf16be(String s) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0xFE);
        b.write(0xFF);
        b.writeBytes(s.getBytes(StandardCharsets.UTF_16BE));
        return b.toByteArray();
    }

    static List<CSVRecord> csv(String name) throws IOException {
        try (Reader r = Files.newBufferedReader(out.resolve("exports").resolve(name), StandardCharsets.UTF_8)) {
            r.read();
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    @Test
    void everyFileIsExactlyOnceAPlanOrAReject() {
        Set<String> both = new HashSet<>(plans.keySet());
        both.retainAll(rejects.keySet());
        assertTrue(both.isEmpty(), "in both: " + both);
        Set<String> seen = new HashSet<>(plans.keySet());
        seen.addAll(rejects.keySet());
        Set<String> missing = new HashSet<>(expectedFiles);
        missing.removeAll(seen);
        assertTrue(missing.isEmpty(), "lost: " + missing);
        Set<String> extra = new HashSet<>(seen);
        extra.removeAll(expectedFiles);
        assertTrue(extra.isEmpty(), "unexpected: " + extra);
    }

    @Test
    void brokenFilesAreRejectedWithTheirReasons() {
        assertEquals("empty", rejects.get("empty.txt").get("reason"));
        assertEquals("empty", rejects.get("blank.txt").get("reason"));
        assertEquals("binary", rejects.get("archive.txt").get("reason"));
        assertEquals("too_large", rejects.get("huge.txt").get("reason"));
        assertTrue(rejects.get("huge.txt").get("detail").contains("104857600"));
        assertEquals("unsupported_format", rejects.get("image.png").get("reason"));
        assertEquals("symlink_loop", rejects.get("links/loop").get("reason"));
        assertEquals("unreadable", rejects.get("links/dangling.txt").get("reason"));
        for (CSVRecord r : rejects.values()) {
            assertFalse(r.get("reason").isBlank(), r.toString());
        }
    }

    @Test
    void damagedButReadableTextIsKeptAsAPlan() {
        assertTrue(plans.containsKey("good plan.txt"));
        assertTrue(plans.containsKey("kế hoạch trẻ em 2024 (bản chính).md"));
        assertTrue(plans.containsKey("invalid-bytes.txt"), "a few bad bytes lose nothing else");
        assertTrue(plans.get("invalid-bytes.txt").get("quality_flags").contains("invalid_bytes"));
        assertTrue(plans.containsKey("truncated.txt"));
        assertTrue(plans.containsKey("utf16be.txt"));
        assertTrue(plans.containsKey("legacy.txt"));
        assertTrue(plans.containsKey("long-line.txt"));
        assertTrue(plans.containsKey("line\nbreak name.txt"));
        assertTrue(plans.containsKey("_underscore.txt"));
        assertTrue(plans.containsKey(".hidden.txt"));
    }

    @Test
    void tinyFilesAreAllAccountedFor() {
        long n = plans.keySet().stream().filter(p -> p.startsWith("tiny/")).count()
                + rejects.keySet().stream().filter(p -> p.startsWith("tiny/")).count();
        assertEquals(TINY, n);
    }
}
