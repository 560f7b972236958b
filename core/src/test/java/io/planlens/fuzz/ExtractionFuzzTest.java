package io.planlens.fuzz;

import static org.junit.jupiter.api.Assertions.*;

import io.planlens.extract.Citation;
import io.planlens.extract.CitationExtractor;
import io.planlens.extract.Target;
import io.planlens.extract.TargetExtractor;
import io.planlens.ingest.ParseOutcome;
import io.planlens.ingest.PlanParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated plan text through the whole pure pipeline (parse, targets, citations):
 * thousands of cases per run, bounded in time. No exception, no hang (each case has a time limit,
 * which catches catastrophic regex backtracking), every offset inside the text and every quote
 * equal to its span.
 */
class ExtractionFuzzTest {
    static final long SEED = Long.getLong("fuzz.seed", 20261125L);
    static final int CASES = Integer.getInteger("fuzz.cases", 3000);
    static final long BUDGET_MS = Long.getLong("fuzz.budgetMs", 90_000);
    static final long CASE_LIMIT_MS = 5_000;

    static final List<String> seeds = new ArrayList<>();
    static ExecutorService worker;

    /** Fragments that stress the number, comparator and citation rules. */
    static final String[] PIECES = {
        "dưới ", "trên ", "đạt ", "không quá ", "phấn đấu ", "giảm ", "xuống còn ", "trở lên", "Không có tình trạng tảo hôn",
        "%", "‰", "/100.000 trẻ em", "1.000", "100.000", "11,5", "05 tuổi", "99,9%", "0‰", "150%", "-3%",
        "Quyết định số 23/QĐ-TTg ngày 07/01/2021", "Chỉ thị số 20-CT/TW", "Luật Trẻ em", "Kế hoạch số /KH-UBND",
        "số 111", "ngày 31/02/2021", "ngày  tháng  năm 2022", "18001744", "02713.825.825", "(số 111)",
        "\n", "\n\n", " | ", "- ", "+ ", "– ", "a) ", "Chỉ tiêu 3: ", "**", "# ", "\u00a0", "\u200b", "\ufeff",
        "năm 2025 và ", "vào năm 2030", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi ", "tỷ suất tử vong trẻ em dưới 1 tuổi ",
    };

    @BeforeAll
    static void load() throws Exception {
        Path samples = Path.of(System.getProperty("planlens.root", "..")).resolve("data/samples");
        try (Stream<Path> s = Files.list(samples)) {
            for (Path p : s.sorted().toList()) seeds.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        seeds.add("");
        seeds.add("KẾ HOẠCH công tác trẻ em năm 2024\n- 100% trẻ em\n");
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void stop() {
        worker.shutdownNow();
    }

    @Test
    void randomAndMutatedPlansNeverCrashHangOrQuoteOutsideTheText() throws Exception {
        Random rnd = new Random(SEED);
        long end = System.currentTimeMillis() + BUDGET_MS;
        int n = 0;
        long slowest = 0;
        for (; n < CASES && System.currentTimeMillis() < end; n++) {
            String text = mutate(rnd, n);
            long t0 = System.nanoTime();
            Future<?> f = worker.submit(() -> check(text));
            try {
                f.get(CASE_LIMIT_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                f.cancel(true);
                fail("case " + n + " (seed " + SEED + ") took over " + CASE_LIMIT_MS + " ms: " + preview(text));
            } catch (java.util.concurrent.ExecutionException e) {
                throw new AssertionError("case " + n + " (seed " + SEED + ") failed on: " + preview(text), e.getCause());
            }
            slowest = Math.max(slowest, (System.nanoTime() - t0) / 1_000_000);
        }
        System.out.printf("fuzz: %d cases, seed %d, slowest %d ms%n", n, SEED, slowest);
        assertTrue(n >= Math.min(CASES, 500), "ran enough cases in the time budget: " + n);
    }

    static void check(String text) {
        ParseOutcome o = PlanParser.standard().parse("fuzz.txt", text.getBytes(StandardCharsets.UTF_8));
        assertNotNull(o);
        assertTrue(o.isPlan() ^ o.reject() != null, "a plan or a reject");
        String normalised = o.isPlan() ? o.plan().text() : text;
        for (String t : List.of(text, normalised)) {
            Integer year = 2024;
            List<Target> targets = TargetExtractor.shared().extract(t, year);
            for (Target x : targets) {
                assertTrue(0 <= x.start() && x.start() <= x.end() && x.end() <= t.length(), "target offsets inside the text");
                assertEquals(t.substring(x.start(), x.end()), x.quote(), "target quote is its span");
                assertFalse(Double.isNaN(x.value()), "a number");
            }
            List<Citation> cites = CitationExtractor.shared().extract(t);
            for (Citation c : cites) {
                assertTrue(0 <= c.start() && c.start() <= c.end() && c.end() <= t.length(), "citation offsets inside the text");
                assertEquals(t.substring(c.start(), c.end()), c.quote(), "citation quote is its span");
            }
        }
    }

    /** A case: random pieces, a mutated sample, a splice of samples, or a pathological repetition. */
    static String mutate(Random rnd, int n) {
        switch (n % 5) {
            case 0: {
                StringBuilder b = new StringBuilder();
                int k = 1 + rnd.nextInt(60);
                for (int i = 0; i < k; i++) b.append(PIECES[rnd.nextInt(PIECES.length)]);
                return b.toString();
            }
            case 1: {
                StringBuilder b = new StringBuilder(seeds.get(rnd.nextInt(seeds.size())));
                int edits = 1 + rnd.nextInt(40);
                for (int i = 0; i < edits && b.length() > 0; i++) {
                    int at = rnd.nextInt(b.length());
                    switch (rnd.nextInt(4)) {
                        case 0 -> b.deleteCharAt(at);
                        case 1 -> b.insert(at, PIECES[rnd.nextInt(PIECES.length)]);
                        case 2 -> b.setCharAt(at, (char) (rnd.nextInt(0x3000)));
                        default -> b.insert(at, (char) ('0' + rnd.nextInt(10)));
                    }
                }
                return b.toString();
            }
            case 2: {
                String a = seeds.get(rnd.nextInt(seeds.size()));
                String c = seeds.get(rnd.nextInt(seeds.size()));
                int i = a.isEmpty() ? 0 : rnd.nextInt(a.length());
                int j = c.isEmpty() ? 0 : rnd.nextInt(c.length());
                return a.substring(0, i) + c.substring(j);
            }
            case 3: {
                String piece = PIECES[rnd.nextInt(PIECES.length)];
                int times = 200 + rnd.nextInt(3000);
                return "Kế hoạch năm 2024: " + piece.repeat(times) + " 95%";
            }
            default: {
                char[] cs = new char[rnd.nextInt(4000)];
                for (int i = 0; i < cs.length; i++) {
                    cs[i] = rnd.nextInt(4) == 0 ? " 0123456789%.,/\n-".charAt(rnd.nextInt(17)) : (char) (32 + rnd.nextInt(0x1F00));
                }
                return new String(cs);
            }
        }
    }

    static String preview(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "... (" + s.length() + " chars)";
    }
}
