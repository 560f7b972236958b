package io.planlens.bench;

import io.planlens.eval.EvaluationReport;
import io.planlens.eval.Evaluator;
import io.planlens.extract.CitationExtractor;
import io.planlens.extract.TargetExtractor;
import io.planlens.generate.CorpusGenerator;
import io.planlens.ingest.ParseOutcome;
import io.planlens.ingest.PlanParser;
import io.planlens.jobs.Pipeline;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The benchmark behind {@code planlens bench}: for each corpus size, in one run and on the same files,
 * (b) reading the bytes, (a) the single-threaded pure-Java parse + extraction with no Spark, (c) the
 * peer Python script, PlanLens end to end (per stage), and an incremental re-run with 1% new files.
 * Prints the figures and the ratios; accuracy against the generated gold is printed beside them.
 */
public final class Benchmark {
    private Benchmark() {}

    /** One measured pass. */
    record Pass(String name, long millis, long files, long bytes, long peakHeapMb, long peakLiveMb, long peakRssMb,
                long liveSampledMb, long driverMb) {
        Pass(String name, long millis, long files, long bytes, long peakHeapMb, long peakLiveMb, long peakRssMb) {
            this(name, millis, files, bytes, peakHeapMb, peakLiveMb, peakRssMb, -1, -1);
        }

        Pass(String name, long millis, long files, long bytes, long peakRssMb, Memory.LiveHeapSampler.Peak live) {
            this(name, millis, files, bytes, Memory.peakHeapMb(), Memory.peakLiveHeapMb(), peakRssMb, live.liveMb(),
                    live.driverMb());
        }

        double seconds() {
            return millis / 1000.0;
        }

        double plansPerSecond() {
            return files / Math.max(seconds(), 1e-3);
        }

        double mbPerSecond() {
            return bytes / 1e6 / Math.max(seconds(), 1e-3);
        }
    }

    public static void run(SparkSession spark, List<Integer> sizes, Path work, Path peer, long seed, Path report,
                           PrintStream out) throws Exception {
        run(spark, sizes, work, peer, seed, report, List.of(), out);
    }

    /**
     * The sizes in {@code clusterSizes} also run end to end on a Spark standalone master and worker started
     * here (separate processes on 127.0.0.1): the driver is then a process of its own, whose heap holds
     * only what the driver holds (in the local runs the executors share its heap).
     */
    public static void run(SparkSession spark, List<Integer> sizes, Path work, Path peer, long seed, Path report,
                           List<Integer> clusterSizes, PrintStream out) throws Exception {
        run(spark, sizes, work, peer, seed, report, clusterSizes, false, out);
    }

    /** With {@code passesOnly}, only the passes over the files (bytes, pure Java, Spark, peer): no end to end. */
    public static void run(SparkSession spark, List<Integer> sizes, Path work, Path peer, long seed, Path report,
                           List<Integer> clusterSizes, boolean passesOnly, PrintStream out) throws Exception {
        boolean cluster = !passesOnly && sizes.stream().anyMatch(clusterSizes::contains);
        try (io.planlens.jobs.cluster.StandaloneCluster c = cluster ? io.planlens.jobs.cluster.StandaloneCluster.start(
                home().resolve("jobs/target/lib"), Files.createDirectories(work.resolve("cluster")), 2, "10g") : null) {
            runSizes(spark, sizes, work, peer, seed, report, c, clusterSizes, passesOnly, out);
        }
    }

    private static void runSizes(SparkSession spark, List<Integer> sizes, Path work, Path peer, long seed, Path report,
                                 io.planlens.jobs.cluster.StandaloneCluster cluster, List<Integer> clusterSizes,
                                 boolean passesOnly, PrintStream out) throws Exception {
        Files.createDirectories(work);
        StringBuilder md = new StringBuilder();
        md.append("| plans | pass | wall s | plans/s | MB/s | peak heap MB | peak heap after GC MB | live heap MB | of it driver MB | peak RSS MB |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        java.util.Map<Integer, Pass> liveBySize = new java.util.LinkedHashMap<>();
        java.util.Map<Integer, Pass> driverBySize = new java.util.LinkedHashMap<>();
        out.printf(Locale.ROOT, "PlanLens benchmark on %d cores, %d MB max heap, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        for (int n : sizes) {
            Path corpus = work.resolve("corpus-" + n);
            if (!Files.isDirectory(corpus.resolve("docs"))) {
                long t0 = System.nanoTime();
                new CorpusGenerator().generate(n, seed, corpus);
                out.printf(Locale.ROOT, "%n%,d plans generated in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            }
            List<Path> files = files(corpus.resolve("docs"));
            long bytes = 0;
            for (Path f : files) bytes += Files.size(f);
            out.printf(Locale.ROOT, "%n== %,d plans, %.1f MB ==%n", files.size(), bytes / 1e6);

            List<Pass> passes = new ArrayList<>();
            Pass read = readBytes(files, bytes);
            passes.add(read);
            long[] pureFound = new long[1];
            Pass pure = pureJava(corpus.resolve("docs"), files, bytes, pureFound);
            passes.add(pure);
            Pass perCore = pureJavaPerCore(corpus.resolve("docs"), files, bytes, pureFound[0]);
            passes.add(perCore);
            Memory.reset();
            long d0 = System.nanoTime();
            long[] dry = io.planlens.jobs.ingest.IngestJob.dryRun(spark, corpus.resolve("docs").toString(), 64L << 20);
            Pass sparkPass = new Pass("Spark parse+extract (no writes)", (System.nanoTime() - d0) / 1_000_000, files.size(),
                    bytes, Memory.peakHeapMb(), Memory.peakLiveHeapMb(), -1);
            passes.add(sparkPass);
            if (dry[1] + dry[2] != pureFound[0]) {
                throw new IllegalStateException("the Spark pass found " + (dry[1] + dry[2])
                        + " targets and citations, the pure-Java pass " + pureFound[0]);
            }
            Pass peerPass = peer(peer, corpus.resolve("docs"), work.resolve("peer-" + n), files.size(), bytes, out);
            if (peerPass != null) passes.add(peerPass);
            if (passesOnly) {
                for (Pass p : passes) print(out, md, n, p);
                printScaling(out, pure, perCore, sparkPass);
                continue;
            }

            // PlanLens end to end on a folder whose base is a link to the corpus, so 1% new files can be added
            Path input = work.resolve("input-" + n);
            deleteTree(input);
            Files.createDirectories(input);
            Files.createSymbolicLink(input.resolve("base"), corpus.resolve("docs").toAbsolutePath());
            Path o = work.resolve("out-" + n);
            deleteTree(o);
            Memory.reset();
            Memory.LiveHeapSampler live = new Memory.LiveHeapSampler(LIVE_SAMPLE_MILLIS);
            long t0 = System.nanoTime();
            Pipeline.Summary s = Pipeline.run(spark, new Pipeline.Options(input.toString(), o.toString(), 64L << 20, false),
                    live.progress());
            long e2eMillis = (System.nanoTime() - t0) / 1_000_000;
            Map<String, Memory.LiveHeapSampler.Peak> e2eLive = live.peaks();
            Pass e2e = new Pass("planlens end to end", e2eMillis, files.size(), bytes, Memory.peakRssMb(),
                    Memory.LiveHeapSampler.overall(e2eLive));
            passes.add(e2e);
            liveBySize.put(n, e2e);
            stagePasses(passes, "  stage ", s.stageMillis(), e2eLive, files.size(), bytes);

            // incremental: 1% new plans
            int extra = Math.max(1, n / 100);
            Path more = work.resolve("more-" + n);
            deleteTree(more);
            new CorpusGenerator().generate(extra, seed + 1000 + n, more);
            Files.createSymbolicLink(input.resolve("new"), more.resolve("docs").toAbsolutePath());
            long extraBytes = 0;
            for (Path f : files(more.resolve("docs"))) extraBytes += Files.size(f);
            Memory.reset();
            live = new Memory.LiveHeapSampler(LIVE_SAMPLE_MILLIS);
            t0 = System.nanoTime();
            Pipeline.Summary inc = Pipeline.run(spark, new Pipeline.Options(input.toString(), o.toString(), 64L << 20, false),
                    live.progress());
            long incMillis = (System.nanoTime() - t0) / 1_000_000;
            Map<String, Memory.LiveHeapSampler.Peak> incLive = live.peaks();
            Pass incPass = new Pass("planlens re-run, +1% new files", incMillis, inc.ingest().filesRead(), extraBytes,
                    Memory.peakRssMb(), Memory.LiveHeapSampler.overall(incLive));
            passes.add(incPass);
            stagePasses(passes, "  re-run stage ", inc.stageMillis(), incLive, inc.ingest().filesRead(), extraBytes);

            if (cluster != null && clusterSizes.contains(n)) {
                Pass onCluster = onCluster(cluster, corpus.resolve("docs"), work.resolve("out-cluster-" + n), files.size(),
                        bytes, out);
                if (onCluster != null) {
                    passes.add(onCluster);
                    driverBySize.put(n, onCluster);
                }
            }

            for (Pass p : passes) print(out, md, n, p);
            long parseExtract = s.stageMillis().getOrDefault("ingest", 0L) + s.stageMillis().getOrDefault("extract", 0L);
            long incParseExtract = inc.stageMillis().getOrDefault("ingest", 0L) + inc.stageMillis().getOrDefault("extract", 0L);
            printScaling(out, pure, perCore, sparkPass);
            out.printf(Locale.ROOT, "  ratios: end to end vs peer script %.2fx faster; ingest+extract stages vs single-threaded pure Java %.2fx; "
                            + "end to end vs pure Java %.2fx; reading bytes is %.1f%% of end to end; first run / 1%% re-run %.1fx "
                            + "(ingest+extract stages %.1fx)%n",
                    peerPass == null ? Double.NaN : (double) peerPass.millis() / e2e.millis(),
                    (double) pure.millis() / Math.max(1, parseExtract),
                    (double) pure.millis() / e2e.millis(),
                    100.0 * read.millis() / e2e.millis(),
                    (double) e2e.millis() / Math.max(1, incPass.millis()),
                    (double) parseExtract / Math.max(1, incParseExtract));
            EvaluationReport acc = new Evaluator().evaluateExports(corpus.resolve("gold"), o.resolve("exports"));
            out.printf(Locale.ROOT, "  accuracy on the generated gold: target F1 %.3f, indicator accuracy %.3f, citation F1 %.3f%n",
                    acc.targetF1(), acc.indicatorAccuracy(), acc.citationF1());
            md.append(String.format(Locale.ROOT, "| %d | accuracy: target F1 %.3f, indicators %.3f, citation F1 %.3f | | | | | | | | |%n",
                    n, acc.targetF1(), acc.indicatorAccuracy(), acc.citationF1()));
        }
        if (liveBySize.size() > 1) {
            StringBuilder b = new StringBuilder();
            liveBySize.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                    "%,d plans %d MB (driver %d MB)", k, v.liveSampledMb(), v.driverMb())));
            out.println("\npeak live heap, end to end, by corpus size (driver = outside Spark's task memory): " + b);
            md.append("\nPeak live heap (driver and local executors, one JVM), end to end, by corpus size, with the driver's "
                    + "share (the live heap outside the memory Spark's tasks hold): ").append(b).append(".\n");
        }
        if (!driverBySize.isEmpty()) {
            StringBuilder b = new StringBuilder();
            driverBySize.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                    "%,d plans %d MB", k, v.driverMb())));
            out.println("peak live heap of the driver process on a standalone cluster (executors in their own process), "
                    + "end to end, by corpus size: " + b);
            md.append("\nPeak live heap of the driver process, end to end on a standalone cluster (master, worker and "
                    + "executor are processes of their own; driver heap limit " + CLUSTER_DRIVER_MEMORY + "): ")
                    .append(b).append(".\n");
        }
        if (report != null) {
            Files.writeString(report, md.toString(), StandardCharsets.UTF_8);
        }
    }

    /** One row a pipeline stage: its time and the live heap sampled while it ran. */
    private static void stagePasses(List<Pass> passes, String prefix, Map<String, Long> stageMillis,
                                    Map<String, Memory.LiveHeapSampler.Peak> live, long files, long bytes) {
        for (Map.Entry<String, Long> st : stageMillis.entrySet()) {
            Memory.LiveHeapSampler.Peak p = live.get(st.getKey());
            passes.add(new Pass(prefix + st.getKey(), st.getValue(), files, bytes, -1, -1, -1,
                    p == null ? -1 : p.liveMb(), p == null ? -1 : p.driverMb()));
        }
    }

    private static String dash(long v) {
        return v < 0 ? "-" : String.valueOf(v);
    }

    private static String blank(long v) {
        return v < 0 ? "" : String.valueOf(v);
    }

    /** How often the live heap is sampled during the PlanLens passes (one full collection each). */
    static final long LIVE_SAMPLE_MILLIS = 15_000;

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static Pass readBytes(List<Path> files, long bytes) throws IOException {
        Memory.reset();
        long t0 = System.nanoTime();
        long sum = 0;
        for (Path f : files) sum += Files.readAllBytes(f).length;
        if (sum != bytes) throw new IllegalStateException("files changed while being read");
        return new Pass("read bytes (1 thread)", (System.nanoTime() - t0) / 1_000_000, files.size(), bytes,
                Memory.peakHeapMb(), Memory.peakLiveHeapMb(), -1);
    }

    private static void printScaling(PrintStream out, Pass pure, Pass perCore, Pass spark) {
        out.printf(Locale.ROOT, "  ratios: Spark parse+extract pass vs single-threaded pure Java %.2fx (same work, no writes); "
                        + "plain threads, one a core, vs one thread %.2fx (what the cores give)%n",
                (double) pure.millis() / Math.max(1, spark.millis()), (double) pure.millis() / Math.max(1, perCore.millis()));
    }

    private static void print(PrintStream out, StringBuilder md, int n, Pass p) {
        out.printf(Locale.ROOT, "  %-32s %8.1f s %10.1f plans/s %8.2f MB/s   heap %5s MB  after GC %5s MB  live %5s MB  driver %5s MB  rss %5s MB%n",
                p.name(), p.seconds(), p.plansPerSecond(), p.mbPerSecond(), dash(p.peakHeapMb()),
                dash(p.peakLiveMb()), dash(p.liveSampledMb()), dash(p.driverMb()), dash(p.peakRssMb()));
        md.append(String.format(Locale.ROOT, "| %d | %s | %.1f | %.0f | %.2f | %s | %s | %s | %s | %s |%n", n, p.name().trim(),
                p.seconds(), p.plansPerSecond(), p.mbPerSecond(), blank(p.peakHeapMb()), blank(p.peakLiveMb()),
                blank(p.liveSampledMb()), blank(p.driverMb()), blank(p.peakRssMb())));
    }

    /** {@code found} receives the targets and citations found, to check the Spark pass did the same work. */
    static Pass pureJava(Path root, List<Path> files, long bytes, long[] found) throws IOException {
        Memory.reset();
        long t0 = System.nanoTime();
        found[0] = parseAndExtract(root, files);
        return new Pass("pure Java parse+extract (1 thread)", (System.nanoTime() - t0) / 1_000_000, files.size(), bytes,
                Memory.peakHeapMb(), Memory.peakLiveHeapMb(), -1);
    }

    /**
     * The same work on one plain thread per core, files dealt round-robin: what this machine's cores give
     * the parsing with no framework at all, the ceiling for the Spark pass.
     */
    static Pass pureJavaPerCore(Path root, List<Path> files, long bytes, long expected) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(cores);
        Memory.reset();
        long t0 = System.nanoTime();
        try {
            List<java.util.concurrent.Future<Long>> parts = new ArrayList<>();
            for (int k = 0; k < cores; k++) {
                List<Path> mine = new ArrayList<>();
                for (int i = k; i < files.size(); i += cores) mine.add(files.get(i));
                parts.add(pool.submit(() -> parseAndExtract(root, mine)));
            }
            long found = 0;
            for (java.util.concurrent.Future<Long> f : parts) found += f.get();
            if (found != expected) {
                throw new IllegalStateException("the per-core pass found " + found + " targets and citations, not " + expected);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Pass("pure Java parse+extract (" + cores + " threads)", (System.nanoTime() - t0) / 1_000_000,
                files.size(), bytes, Memory.peakHeapMb(), Memory.peakLiveHeapMb(), -1);
    }

    /** Parses every file and extracts its targets and citations; returns how many were found. */
    private static long parseAndExtract(Path root, List<Path> files) throws IOException {
        PlanParser parser = PlanParser.standard();
        TargetExtractor targets = TargetExtractor.shared();
        CitationExtractor citations = CitationExtractor.shared();
        long found = 0;
        for (Path f : files) {
            ParseOutcome o = parser.parse(root.relativize(f).toString(), Files.readAllBytes(f));
            if (o.isPlan()) {
                found += targets.extract(o.plan().text(), o.plan().metadata().planYear()).size();
                found += citations.extract(o.plan().text()).size();
            }
        }
        return found;
    }

    static Pass peer(Path script, Path docs, Path outDir, long files, long bytes, PrintStream out) throws Exception {
        if (script == null || !Files.isRegularFile(script)) {
            out.println("  (peer script not found at " + script + ": skipped)");
            return null;
        }
        Files.createDirectories(outDir);
        ProcessBuilder pb = new ProcessBuilder("python3", script.toString(), docs.toString(), outDir.toString())
                .redirectErrorStream(true).redirectOutput(outDir.resolve("peer.log").toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        long peak = -1;
        while (!p.waitFor(200, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, Memory.peakRssMb(p.pid()));
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (p.exitValue() != 0) {
            out.println("  (peer script failed: see " + outDir.resolve("peer.log") + ")");
            return null;
        }
        return new Pass("peer Python script (1 process)", ms, files, bytes, -1, -1, peak);
    }

    /** The driver's heap limit in the cluster runs: the same at every corpus size. */
    static final String CLUSTER_DRIVER_MEMORY = "2g";

    static Path home() {
        return Path.of(System.getProperty("planlens.home", ".")).toAbsolutePath().normalize();
    }

    /**
     * {@code bin/planlens pipeline} on the cluster as a process of its own, its live heap sampled every
     * {@link #LIVE_SAMPLE_MILLIS} by a full collection ({@code jcmd GC.class_histogram}: what is left is
     * what the driver holds).
     */
    static Pass onCluster(io.planlens.jobs.cluster.StandaloneCluster cluster, Path docs, Path outDir, long files,
                          long bytes, PrintStream out) throws Exception {
        deleteTree(outDir);
        Files.createDirectories(outDir);
        Path log = outDir.resolve("pipeline.log");
        ProcessBuilder pb = new ProcessBuilder(home().resolve("bin/planlens").toString(), "pipeline",
                "--master", cluster.url(), "--input", docs.toString(), "--out", outDir.toString(),
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.executor.memory=8g", "--conf", "spark.cores.max=2",
                "--conf", "spark.executor.extraClassPath=" + home().resolve("jobs/target/planlens.jar"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("PLANLENS_DRIVER_MEMORY", CLUSTER_DRIVER_MEMORY);
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        long t0 = System.nanoTime();
        Process p = pb.start();
        long live = -1;
        long rss = -1;
        while (!p.waitFor(LIVE_SAMPLE_MILLIS, TimeUnit.MILLISECONDS)) {
            rss = Math.max(rss, Memory.peakRssMb(p.pid()));
            live = Math.max(live, liveHeapMb(jcmd, p.pid()));
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (p.exitValue() != 0) {
            out.println("  (the cluster run failed: see " + log + ")");
            return null;
        }
        return new Pass("planlens end to end, standalone cluster", ms, files, bytes, -1, -1, rss, live, live);
    }

    /** The live heap of a JVM after a full collection (the histogram's total), MB; -1 when it cannot be read. */
    static long liveHeapMb(Path jcmd, long pid) {
        try {
            Process h = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            String text = new String(h.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            h.waitFor(60, TimeUnit.SECONDS);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)").matcher(text);
            return m.find() ? Long.parseLong(m.group(1)) >> 20 : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
