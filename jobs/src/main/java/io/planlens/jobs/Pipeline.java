package io.planlens.jobs;

import io.planlens.jobs.adoption.AdoptionJob;
import io.planlens.jobs.compare.CompareJob;
import io.planlens.jobs.export.ExportJob;
import io.planlens.jobs.extract.ExtractJob;
import io.planlens.jobs.render.ReportJob;
import io.planlens.jobs.ingest.IngestJob;
import io.planlens.jobs.ingest.PlanRows;
import io.planlens.jobs.store.RunLock;
import io.planlens.jobs.store.Warehouse;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * The whole story in order: ingest -> extract -> store -> (export, compare, adoption: at once) -> render.
 */
public final class Pipeline {
    /** What to run on. */
    public record Options(String input, String out, long maxFileBytes, boolean reextract) {}

    /** What a run did, for the summary line and for tests. */
    public record Summary(IngestJob.Result ingest, ExtractJob.Result extract, Map<String, Long> exports,
                          ReportJob.Result report, Map<String, Long> stageMillis, long totalMillis) {}

    static final int STAGES = 6;

    private Pipeline() {}

    private static String rows(Map<String, Long> files) {
        StringBuilder b = new StringBuilder();
        files.forEach((f, n) -> b.append(b.length() == 0 ? "" : ", ").append(f.replace(".csv", "")).append(' ').append(n));
        return b.toString();
    }

    public static Summary run(SparkSession spark, Options o, PrintStream progress) {
        long t0 = System.nanoTime();
        Map<String, Long> ms = new LinkedHashMap<>();
        try (RunLock lock = RunLock.acquire(o.out(), spark.sparkContext().hadoopConfiguration())) {
            Warehouse wh = new Warehouse(spark, o.out());

            Stage s = Stage.start(progress, 1, STAGES, "ingest", o.input());
            IngestJob.Result ingest;
            ExtractJob.Result ex;
            try (IngestJob.Ingested in = IngestJob.run(wh, o.input(), o.maxFileBytes())) {
                ingest = in.result();
                ms.put("ingest", s.done(String.format("%d files listed, %d read, %d new plans, %d duplicates, %d other rejects",
                        ingest.filesListed(), ingest.filesRead(), ingest.plansAdded(), ingest.duplicates(),
                        ingest.rejects() - ingest.duplicates())));

                s = Stage.start(progress, 2, STAGES, "extract", "targets and citations");
                ex = ExtractJob.run(wh, o.reextract(), in.extracted());
                ms.put("extract", s.done(String.format("%d plans, %d targets, %d citations%s%s", ex.plans(), ex.targets(),
                        ex.citations(), ex.errors() > 0 ? ", " + ex.errors() + " extraction errors" : "",
                        ex.reread() > 0 ? " (" + ex.reread() + " plans read again from the store)" : "")));
            }

            // export, compare and adoption read only plans, targets and citations, which none of them writes:
            // they run at once, so one's driver-side work (Delta commits, CSV files) overlaps another's tasks
            // compare and adoption both read the plans' metadata: one cache for the two, dropped when both are done
            Map<String, Long> exports = new LinkedHashMap<>();
            List<Derived> derived = PlanRows.withMetadata(wh, plans -> Derived.runAtOnce(spark, progress, List.of(
                    new Derived(3, "export", o.out() + "/exports", () -> ExportJob.run(wh, o.out())),
                    new Derived(4, "compare", "target levels, districts, trajectories, coverage, quality",
                            () -> CompareJob.run(wh, o.out(), plans)),
                    new Derived(5, "adoption", "policy adoption, citation chains, text reuse",
                            () -> AdoptionJob.run(wh, o.out(), plans)))));
            for (Derived d : derived) {
                exports.putAll(d.written());
                ms.put(d.name(), d.millis());
            }

            s = Stage.start(progress, 6, STAGES, "render", o.out() + "/charts, " + o.out() + "/notebooks");
            ReportJob.Result report = ReportJob.run(wh, o.out(), null, null);
            ms.put("render", s.done(report.year() == null ? "no plan with a year: nothing to render"
                    : String.format("year %d: %d charts, %d notebooks%s", report.year(), report.charts().size(),
                            report.notebooks().size(), report.notes().isEmpty() ? "" : " (" + report.notes().size() + " notes)")));

            return new Summary(ingest, ex, exports, report, ms, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /** A stage that derives tables and exports from the stored plans, targets and citations. */
    static final class Derived {
        private final int i;
        private final String name;
        private final String what;
        private final Supplier<Map<String, Long>> job;
        private Map<String, Long> written = Map.of();
        private long millis;

        Derived(int i, String name, String what, Supplier<Map<String, Long>> job) {
            this.i = i;
            this.name = name;
            this.what = what;
            this.job = job;
        }

        String name() {
            return name;
        }

        Map<String, Long> written() {
            return written;
        }

        long millis() {
            return millis;
        }

        /**
         * Runs the stages on threads of their own (Spark takes jobs from several threads and hands free cores
         * to whichever has tasks waiting) and returns them once all are done, in the order given. When one
         * fails the others' jobs are cancelled and its error is thrown.
         */
        static List<Derived> runAtOnce(SparkSession spark, PrintStream progress, List<Derived> stages) {
            ExecutorService pool = Executors.newFixedThreadPool(stages.size(), r -> {
                Thread t = new Thread(r, "planlens-stage");
                t.setDaemon(true);
                return t;
            });
            try {
                CompletionService<Derived> running = new ExecutorCompletionService<>(pool);
                for (Derived d : stages) {
                    running.submit(() -> {
                        SparkSession.setActiveSession(spark);
                        spark.sparkContext().setJobGroup("planlens-" + d.name, d.name, true);
                        try {
                            Stage s = Stage.start(progress, d.i, STAGES, d.name, d.what);
                            d.written = d.job.get();
                            d.millis = s.done(rows(d.written));
                            return d;
                        } finally {
                            spark.sparkContext().clearJobGroup();
                        }
                    });
                }
                Throwable failure = null;
                for (int k = 0; k < stages.size(); k++) {
                    try {
                        running.take().get();
                    } catch (ExecutionException e) {
                        if (failure == null) {
                            failure = e.getCause();
                            // the first failure decides the run: stop the other stages' jobs rather than wait for them
                            for (Derived d : stages) spark.sparkContext().cancelJobGroup("planlens-" + d.name);
                        } else if (failure != e.getCause()) {
                            failure.addSuppressed(e.getCause());
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while the derived stages ran", e);
                    }
                }
                if (failure instanceof RuntimeException re) throw re;
                if (failure instanceof Error err) throw err;
                if (failure != null) throw new IllegalStateException(failure);
                return stages;
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Prints "[i/n] name ..." and, when done, the time it took. */
    record Stage(PrintStream out, int i, int n, String name, long t0) {
        static Stage start(PrintStream out, int i, int n, String name, String what) {
            out.printf("[%d/%d] %-8s %s%n", i, n, name, what);
            out.flush();
            return new Stage(out, i, n, name, System.nanoTime());
        }

        long done(String result) {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            out.printf("      %-8s done in %.1f s: %s%n", name, ms / 1000.0, result);
            out.flush();
            return ms;
        }
    }
}
