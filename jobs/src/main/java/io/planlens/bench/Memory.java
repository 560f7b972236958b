package io.planlens.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak memory of this JVM between {@link #reset()} and {@link #peakHeapMb()} / {@link #peakLiveHeapMb()} /
 * {@link #peakRssMb()}. The plain heap peak mostly shows how far the collector let the heap fill before
 * collecting; the heap left right after a collection is what the run actually keeps alive.
 */
final class Memory {
    private static final java.util.concurrent.atomic.AtomicLong PEAK_AFTER_GC = new java.util.concurrent.atomic.AtomicLong();

    private static final java.util.Set<String> HEAP_POOLS = heapPools();

    static {
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof javax.management.NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> {
                    if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        return;
                    }
                    var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                            (javax.management.openmbean.CompositeData) n.getUserData());
                    long used = 0;
                    for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        if (HEAP_POOLS.contains(e.getKey())) used += e.getValue().getUsed();
                    }
                    PEAK_AFTER_GC.accumulateAndGet(used, Math::max);
                }, null, null);
            }
        }
    }

    private static java.util.Set<String> heapPools() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) names.add(p.getName());
        }
        return names;
    }

    private Memory() {}

    /**
     * The live heap, sampled while a pass runs: every {@code periodMillis} a full collection, then the heap
     * still in use. Unlike the heap after an ordinary young collection, this leaves out garbage the collector
     * has not got round to, so it is the figure that grows if a run keeps something per plan. (Each sample
     * stops the run for the length of one full collection: about 0.3 s a sample here.)
     *
     * <p>On {@code local[*]} the driver and the executors share this JVM, so each sample is also split: the
     * memory Spark's tasks hold at that moment (execution pages of sorts, aggregations and joins, and blocks
     * cached in memory, as Spark's memory manager accounts them) and the rest, which is the driver's. The
     * task share is read before and after the collection and the smaller reading is subtracted, so the
     * driver's share is never understated. Samples are kept per pipeline stage, named by the progress lines
     * written to {@link #progress()}.
     */
    static final class LiveHeapSampler implements AutoCloseable {
        /** Peaks of one stage (MB): the live heap, and of it what is not Spark's task memory (the driver's). */
        record Peak(long liveMb, long driverMb) {
            Peak max(Peak o) {
                return new Peak(Math.max(liveMb, o.liveMb), Math.max(driverMb, o.driverMb));
            }
        }

        private static final java.util.regex.Pattern STAGE_LINE = java.util.regex.Pattern.compile("^\\[\\d+/\\d+\\]\\s+(\\S+)");
        private static final java.util.regex.Pattern DONE_LINE = java.util.regex.Pattern.compile("^\\s+(\\S+)\\s+done in ");

        private final Thread thread;
        private volatile boolean stop;
        /** The stages running now (several at once in the pipeline's derive phase); a sample counts for each. */
        private final java.util.Set<String> running = new java.util.LinkedHashSet<>(java.util.List.of("start"));
        private final java.util.Map<String, Peak> peaks = new java.util.LinkedHashMap<>();

        LiveHeapSampler(long periodMillis) {
            thread = new Thread(() -> {
                while (!stop) {
                    try {
                        Thread.sleep(periodMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (!stop) sample();
                }
            }, "live-heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        /** A stream for a pipeline's progress lines: each "[i/n] stage ..." line starts that stage's samples. */
        java.io.PrintStream progress() {
            return new java.io.PrintStream(new java.io.OutputStream() {
                private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

                @Override
                public void write(int b) {
                    if (b != '\n') {
                        line.write(b);
                        return;
                    }
                    String text = line.toString(java.nio.charset.StandardCharsets.UTF_8);
                    java.util.regex.Matcher started = STAGE_LINE.matcher(text);
                    java.util.regex.Matcher done = DONE_LINE.matcher(text);
                    if (started.find()) {
                        sample(); // the end of what ran before
                        synchronized (LiveHeapSampler.this) {
                            running.remove("start");
                            running.add(started.group(1));
                        }
                    } else if (done.find()) {
                        sample();
                        synchronized (LiveHeapSampler.this) {
                            running.remove(done.group(1));
                        }
                    }
                    line.reset();
                }
            }, true, java.nio.charset.StandardCharsets.UTF_8);
        }

        private synchronized void sample() {
            long tasksBefore = sparkTaskMemory();
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long tasks = Math.min(tasksBefore, sparkTaskMemory());
            Peak p = new Peak(used >> 20, Math.max(0, used - tasks) >> 20);
            for (String stage : running.isEmpty() ? java.util.List.of("between") : running) peaks.merge(stage, p, Peak::max);
        }

        /** On-heap execution and storage memory Spark's memory manager has handed out in this JVM, 0 without Spark. */
        private static long sparkTaskMemory() {
            org.apache.spark.SparkEnv env = org.apache.spark.SparkEnv.get();
            if (env == null || env.memoryManager() == null) return 0;
            return env.memoryManager().onHeapExecutionMemoryUsed() + env.memoryManager().onHeapStorageMemoryUsed();
        }

        /** Stops sampling, takes one last sample, and returns the peaks of every stage, in stage order. */
        java.util.Map<String, Peak> peaks() {
            close();
            sample();
            synchronized (this) {
                return new java.util.LinkedHashMap<>(peaks);
            }
        }

        /** The peaks over the whole pass. */
        static Peak overall(java.util.Map<String, Peak> byStage) {
            return byStage.values().stream().reduce(new Peak(0, 0), Peak::max);
        }

        @Override
        public void close() {
            stop = true;
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The largest heap in use right after a collection since {@link #reset()} (MB). */
    static long peakLiveHeapMb() {
        return PEAK_AFTER_GC.get() >> 20;
    }

    static void reset() {
        System.gc();
        PEAK_AFTER_GC.set(0);
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        try {
            // Linux: "5" resets the process's peak resident set size (VmHWM)
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // not Linux, or not allowed: the RSS peak is then since process start
        }
    }

    static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
        }
        return sum >> 20;
    }

    /** Peak resident set size of a process (this one by default), or -1 where /proc is not there. */
    static long peakRssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    static long peakRssMb() {
        return peakRssMb(ProcessHandle.current().pid());
    }
}
