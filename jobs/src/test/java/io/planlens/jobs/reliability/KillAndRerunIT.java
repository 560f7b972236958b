package io.planlens.jobs.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL a run at several moments: the previous exports stay whole and readable, and the next run
 * completes with exports identical to an uninterrupted run's. Also: a second run on the same output
 * folder while one is active stops at once with a clear message and changes nothing.
 */
class KillAndRerunIT {
    static Path root = Path.of(System.getProperty("planlens.root", "..")).toAbsolutePath().normalize();

    @TempDir
    static Path tmp;
    static Path first;   // part of the corpus, ingested by a complete run before each kill
    static Path full;    // the whole corpus
    static TreeMap<String, String> uninterrupted;

    @BeforeAll
    static void corpora() throws Exception {
        first = Files.createDirectories(tmp.resolve("first"));
        full = Files.createDirectories(tmp.resolve("full"));
        List<Path> samples;
        try (Stream<Path> s = Files.list(root.resolve("data/samples"))) {
            samples = s.sorted().toList();
        }
        for (int i = 0; i < samples.size(); i++) {
            Path p = samples.get(i);
            if (i < 2) Files.copy(p, first.resolve(p.getFileName()));
            Files.copy(p, full.resolve(p.getFileName()));
        }
        // more plans: each sample again under a new year, so the run has real work to be killed in
        for (int y = 2025; y <= 2034; y++) {
            for (Path p : samples) {
                String t = Files.readString(p).replace("năm 2022", "năm " + y).replace("năm 2024", "năm " + y);
                Files.writeString(full.resolve(y + "-" + p.getFileName()), t + "\nPhụ lục " + y + "\n");
            }
        }
        Files.write(full.resolve("empty.txt"), new byte[0]);
        // the same two runs as below (first the partial folder, then the full one), neither of them killed
        Path out = tmp.resolve("clean");
        assertEquals(0, run(out, first, null).exit);
        assertEquals(0, run(out, full, null).exit);
        uninterrupted = exports(out);
    }

    record Ran(int exit, String output) {}

    /** Runs bin/planlens; when {@code killAt} appears in its output, waits a moment and SIGKILLs it. */
    static Ran run(Path out, Path input, String killAt) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(root.resolve("bin/planlens").toString(), "pipeline",
                "--input", input.toString(), "--out", out.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PLANLENS_DRIVER_MEMORY", "2g");
        Process p = pb.start();
        StringBuilder text = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                text.append(line).append('\n');
                if (killAt != null && line.contains(killAt)) {
                    Thread.sleep(1500);
                    p.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
                    break;
                }
            }
        }
        assertTrue(p.waitFor(10, TimeUnit.MINUTES));
        return new Ran(p.exitValue(), text.toString());
    }

    static TreeMap<String, String> exports(Path out) throws IOException {
        TreeMap<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(out.resolve("exports"))) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".csv")).toList()) {
                m.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1/", "[2/", "[3/"})
    void killedRunLeavesOldExportsWholeAndTheRerunEqualsAnUninterruptedRun(String stage) throws Exception {
        Path out = tmp.resolve("killed-" + stage.replaceAll("\\W", ""));
        assertEquals(0, run(out, first, null).exit);
        TreeMap<String, String> before = exports(out);

        Ran killed = run(out, full, stage);
        assertNotEquals(0, killed.exit, "the run was killed:\n" + killed.output);
        TreeMap<String, String> afterKill = exports(out);
        for (var e : before.entrySet()) {
            String now = afterKill.get(e.getKey());
            // each export is the old file or a complete new one, never a half-written one
            assertTrue(e.getValue().equals(now) || now.equals(uninterrupted.get(e.getKey())),
                    e.getKey() + " is whole after a kill at " + stage);
        }

        Ran rerun = run(out, full, null);
        assertEquals(0, rerun.exit, rerun.output);
        assertSameExports(uninterrupted, exports(out), "after a kill at " + stage + " and a re-run");
    }

    @Test
    void aSecondRunOnTheSameOutputStopsWithAClearMessage() throws Exception {
        Path out = tmp.resolve("concurrent");
        ProcessBuilder pb = new ProcessBuilder(root.resolve("bin/planlens").toString(), "pipeline",
                "--input", full.toString(), "--out", out.toString()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("concurrent-first.log").toFile());
        Process firstRun = pb.start();
        Path lock = out.resolve(".planlens.lock");
        for (int i = 0; i < 600 && !(Files.exists(lock) && Files.size(lock) > 0); i++) Thread.sleep(100);
        Ran second = run(out, full, null);
        assertNotEquals(0, second.exit);
        assertTrue(second.output.contains("another PlanLens run is writing to"), second.output);
        assertTrue(firstRun.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, firstRun.exitValue(), Files.readString(tmp.resolve("concurrent-first.log")));
        // the partial folder holds the same texts under the same names, so the plans, targets and citations
        // of the full folder alone equal those of the reference run
        TreeMap<String, String> got = exports(out);
        for (String f : List.of("plans.csv", "targets.csv", "citations.csv")) {
            assertEquals(uninterrupted.get(f), got.get(f), f + " after a refused concurrent run");
        }
    }

    /** Every export file equal, byte for byte; the message names the first file that differs. */
    static void assertSameExports(TreeMap<String, String> expected, TreeMap<String, String> actual, String when) {
        assertEquals(expected.keySet(), actual.keySet(), "the same export files " + when);
        for (String f : expected.keySet()) {
            if (!expected.get(f).equals(actual.get(f))) {
                String[] a = expected.get(f).split("\n");
                String[] b = actual.get(f).split("\n");
                int i = 0;
                while (i < Math.min(a.length, b.length) && a[i].equals(b[i])) i++;
                fail(f + " differs " + when + " at line " + (i + 1) + ": expected <"
                        + (i < a.length ? a[i] : "(end)") + "> but was <" + (i < b.length ? b[i] : "(end)") + ">");
            }
        }
    }
}
