package io.planlens.generate;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.planlens.generate.World.Level;
import io.planlens.generate.World.Unit;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Generates a synthetic corpus of local child-welfare plans in the genre of the real ones, with the
 * gold record of every document, for accuracy-at-scale tests and benchmarks.
 *
 * <p>A world of real provinces with invented districts, communes and schools issues annual plans
 * for 2021-2026 (district plans only until 2025, when the district level was abolished; after that
 * communes follow their merged province). Targets are inherited down the hierarchy with drift,
 * lags and local deviations; citations name the national documents of the catalogue and the
 * parent's plan with the number and date that plan really carries in the world; the text comes in
 * PDF-export, plain and Markdown layouts with blanks, traps (hotline 111, phone numbers, village
 * counts, denominators, past results, dates) and near-copies of last year's plan.
 *
 * <p>Output: {@code outDir/docs/<province>/<year>/<id>.txt}, {@code outDir/gold/<id>.json} (the gold
 * format of the hand-written gold files) and {@code outDir/manifest.csv}. The same seed gives
 * byte-identical files.
 */
public final class CorpusGenerator {

    private static final ObjectWriter JSON = new ObjectMapper().writer(goldPrinter());
    private static final double SHARE_PROVINCE = 0.03;
    private static final double SHARE_DISTRICT = 0.15;
    private static final double SHARE_SCHOOL = 0.13;
    private static final double COPY_RATE = 0.06;

    private final Catalog catalog;

    public CorpusGenerator() {
        this.catalog = Catalog.load();
    }

    /** One generated document in memory. */
    static final class Generated {
        final int index;
        final String id;
        final String relativePath;
        final String text;
        final Gold gold;
        final Unit unit;
        final int year;
        final boolean nearCopy;

        Generated(int index, String id, String relativePath, String text, Gold gold, Unit unit, int year, boolean nearCopy) {
            this.index = index;
            this.id = id;
            this.relativePath = relativePath;
            this.text = text;
            this.gold = gold;
            this.unit = unit;
            this.year = year;
            this.nearCopy = nearCopy;
        }
    }

    private static final class Slot {
        final Unit unit;
        final int year;
        boolean copy;

        Slot(Unit unit, int year) {
            this.unit = unit;
            this.year = year;
        }
    }

    /**
     * Writes {@code plans} documents and their gold under {@code outDir} and returns what was written.
     * Deterministic for a seed.
     */
    public GenerationSummary generate(int plans, long seed, Path outDir) {
        if (plans < 0) throw new IllegalArgumentException("plans must not be negative");
        long t0 = System.nanoTime();
        World world = new World(seed, Math.max(plans, 1), catalog);
        List<Slot> slots = selectSlots(world, plans, seed);
        Renderer renderer = new Renderer(world);
        Path docs = outDir.resolve("docs");
        Path goldDir = outDir.resolve("gold");
        try {
            Files.createDirectories(goldDir);
            for (Slot s : slots) Files.createDirectories(docs.resolve(folder(s)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int threads = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "corpus-generator");
            t.setDaemon(true);
            return t;
        });
        List<Future<long[]>> futures = new ArrayList<>();
        String[] ids = new String[slots.size()];
        int chunk = 64;
        try {
            for (int start = 0; start < slots.size(); start += chunk) {
                final int from = start;
                final int to = Math.min(slots.size(), start + chunk);
                futures.add(pool.submit(() -> {
                    long bytes = 0;
                    for (int i = from; i < to; i++) {
                        Generated g = produce(world, renderer, slots.get(i), i, seed);
                        ids[i] = g.id;
                        byte[] text = g.text.getBytes(StandardCharsets.UTF_8);
                        byte[] json = JSON.writeValueAsBytes(g.gold);
                        Files.write(docs.resolve(g.relativePath), text);
                        Files.write(goldDir.resolve(g.id + ".json"), json);
                        bytes += text.length + json.length;
                    }
                    return new long[] {bytes};
                }));
            }
            long bytes = 0;
            for (Future<long[]> f : futures) bytes += f.get()[0];
            try {
                bytes += writeManifest(outDir, slots, ids);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return summary(plans, seed, slots, 2L * slots.size() + 1, bytes, (System.nanoTime() - t0) / 1_000_000);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw new UncheckedIOException(io);
            if (cause instanceof RuntimeException re) throw re;
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("generation interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Pretty printing like the hand-written gold files: one-space indent, {@code "key": value}. */
    private static DefaultPrettyPrinter goldPrinter() {
        DefaultIndenter indenter = new DefaultIndenter(" ", "\n");
        DefaultPrettyPrinter p = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        p.indentObjectsWith(indenter);
        p.indentArraysWith(indenter);
        return p;
    }

    /** The documents of a run, in memory (same content as {@link #generate} writes). */
    List<Generated> generateInMemory(int plans, long seed) {
        World world = new World(seed, Math.max(plans, 1), catalog);
        List<Slot> slots = selectSlots(world, plans, seed);
        Renderer renderer = new Renderer(world);
        List<Generated> out = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) out.add(produce(world, renderer, slots.get(i), i, seed));
        return out;
    }

    /** Joins hard line breaks the way the gold quotes assume (see {@link Layout#joinLines}). */
    public static String joinLines(String text) {
        return Layout.joinLines(text);
    }

    private static String folder(Slot s) {
        String p = s.year > World.LAST_DISTRICT_YEAR ? s.unit.province.name2025 : s.unit.province.name;
        return World.slug(p) + "/" + s.year;
    }

    private Generated produce(World world, Renderer renderer, Slot s, int index, long seed) {
        Renderer.Result res = renderer.render(s.unit, s.year, s.copy ? s.year - 1 : s.year, seed);
        byte[] bytes = res.text.getBytes(StandardCharsets.UTF_8);
        String id = String.format(Locale.ROOT, "%05d_%016x", index, Rnd.hash(bytes));
        Gold g = res.gold;
        g.id = id;
        g.file = id + ".txt";
        if (s.copy) {
            g.qualityNotes.add("near-copy of the " + (s.year - 1) + " plan of " + s.unit.issuer(s.year)
                    + " with the year changed; it still cites the parent's plan for " + (s.year - 1)
                    + " and speaks of 'Tết Trung thu năm " + (s.year - 1) + "'");
        }
        return new Generated(index, id, folder(s) + "/" + id + ".txt", res.text, g, s.unit, s.year, s.copy);
    }

    // ------------------------------------------------------------------ which documents

    private static List<Slot> selectSlots(World world, int plans, long seed) {
        Map<Level, List<Slot>> avail = new LinkedHashMap<>();
        for (Level l : Level.values()) avail.put(l, new ArrayList<>());
        for (Unit p : world.provinces) {
            for (int y = World.FIRST_YEAR; y <= World.LAST_YEAR; y++) {
                if (y > World.LAST_DISTRICT_YEAR && !world.survivingProvinces.contains(p.name)) continue;
                avail.get(Level.PROVINCE).add(new Slot(p, y));
            }
        }
        for (Unit d : world.districts) {
            for (int y = World.FIRST_YEAR; y <= World.LAST_DISTRICT_YEAR; y++) avail.get(Level.DISTRICT).add(new Slot(d, y));
        }
        for (Unit c : world.communes) {
            for (int y = World.FIRST_YEAR; y <= World.LAST_YEAR; y++) {
                if (y > World.LAST_DISTRICT_YEAR && !world.survivingProvinces.contains(c.province.name2025)) continue;
                avail.get(Level.COMMUNE).add(new Slot(c, y));
            }
        }
        for (Unit s : world.schools) {
            for (int y = World.FIRST_YEAR; y <= World.LAST_DISTRICT_YEAR; y++) avail.get(Level.SCHOOL).add(new Slot(s, y));
        }
        for (List<Slot> l : avail.values()) {
            l.sort(Comparator.comparingLong(s -> Rnd.mix(seed, s.unit.id, s.year, 0x5E1EC7)));
        }
        Map<Level, Integer> quota = new LinkedHashMap<>();
        quota.put(Level.PROVINCE, (int) Math.round(plans * SHARE_PROVINCE));
        quota.put(Level.DISTRICT, (int) Math.round(plans * SHARE_DISTRICT));
        quota.put(Level.SCHOOL, (int) Math.round(plans * SHARE_SCHOOL));
        int used = 0;
        for (Map.Entry<Level, Integer> e : quota.entrySet()) {
            e.setValue(Math.min(e.getValue(), avail.get(e.getKey()).size()));
            used += e.getValue();
        }
        quota.put(Level.COMMUNE, Math.min(plans - used, avail.get(Level.COMMUNE).size()));
        // a small world may run out of communes: top up from the other levels
        int missing = plans - quota.values().stream().mapToInt(Integer::intValue).sum();
        for (Level l : Level.values()) {
            if (missing <= 0) break;
            int extra = Math.min(missing, avail.get(l).size() - quota.get(l));
            quota.put(l, quota.get(l) + extra);
            missing -= extra;
        }
        List<Slot> chosen = new ArrayList<>(plans);
        for (Level l : Level.values()) chosen.addAll(avail.get(l).subList(0, quota.get(l)));
        // near-copies: a commune re-issuing its previous plan with the year changed
        Map<Long, Slot> byKey = new HashMap<>();
        for (Slot s : chosen) byKey.put(((long) s.unit.id << 12) | s.year, s);
        for (Slot s : chosen) {
            if (s.unit.level != Level.COMMUNE || s.year <= World.FIRST_YEAR || s.year > World.LAST_DISTRICT_YEAR) continue;
            Slot prev = byKey.get(((long) s.unit.id << 12) | (s.year - 1));
            if (prev != null && !prev.copy && Rnd.unit(Rnd.mix(seed, s.unit.id, s.year, 0xC0B1)) < COPY_RATE) s.copy = true;
        }
        chosen.sort(Comparator.<Slot>comparingInt(s -> s.year).thenComparingInt(s -> s.unit.level.ordinal()).thenComparingInt(s -> s.unit.id));
        return chosen;
    }

    // ------------------------------------------------------------------ manifest and summary

    private static long writeManifest(Path outDir, List<Slot> slots, String[] ids) throws IOException {
        Map<Long, String> idByKey = new HashMap<>();
        for (int i = 0; i < slots.size(); i++) idByKey.put(((long) slots.get(i).unit.id << 12) | slots.get(i).year, ids[i]);
        Path m = outDir.resolve("manifest.csv");
        try (BufferedWriter w = Files.newBufferedWriter(m, StandardCharsets.UTF_8)) {
            w.write("id,path,gold,level,plan_year,province,issuer,near_copy_of\n");
            for (int i = 0; i < slots.size(); i++) {
                Slot s = slots.get(i);
                String prov = s.year > World.LAST_DISTRICT_YEAR ? s.unit.province.name2025 : s.unit.province.name;
                String orig = s.copy ? idByKey.getOrDefault(((long) s.unit.id << 12) | (s.year - 1), "") : "";
                w.write(ids[i] + ",docs/" + folder(s) + "/" + ids[i] + ".txt,gold/" + ids[i] + ".json,"
                        + s.unit.level.code() + "," + s.year + "," + csv(prov) + "," + csv(s.unit.issuer(s.year)) + "," + orig + "\n");
            }
        }
        return Files.size(m);
    }

    private static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static GenerationSummary summary(int plans, long seed, List<Slot> slots, long files, long bytes, long ms) {
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        Map<String, Map<Integer, Integer>> byLevelYear = new LinkedHashMap<>();
        for (Level l : Level.values()) {
            byLevel.put(l.code(), 0);
            byLevelYear.put(l.code(), new TreeMap<>());
        }
        Map<Integer, Integer> byYear = new TreeMap<>();
        int copies = 0;
        for (Slot s : slots) {
            byLevel.merge(s.unit.level.code(), 1, Integer::sum);
            byYear.merge(s.year, 1, Integer::sum);
            byLevelYear.get(s.unit.level.code()).merge(s.year, 1, Integer::sum);
            if (s.copy) copies++;
        }
        return new GenerationSummary(slots.size(), seed, byLevel, byYear, byLevelYear, copies, files, bytes, ms);
    }
}
