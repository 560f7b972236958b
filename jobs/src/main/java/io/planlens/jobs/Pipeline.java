package io.planlens.jobs;

import io.planlens.jobs.adoption.AdoptionJob;
import io.planlens.jobs.compare.CompareJob;
import io.planlens.jobs.export.ExportJob;
import io.planlens.jobs.extract.ExtractJob;
import io.planlens.jobs.render.ReportJob;
import io.planlens.jobs.ingest.IngestJob;
import io.planlens.jobs.store.RunLock;
import io.planlens.jobs.store.Warehouse;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** The whole story in order: ingest -> extract -> store -> export -> compare -> adoption -> render. */
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
                ms.put("extract", s.done(String.format("%d plans, %d targets, %d citations%s", ex.plans(), ex.targets(),
                        ex.citations(), ex.errors() > 0 ? ", " + ex.errors() + " extraction errors" : "")));
            }

            s = Stage.start(progress, 3, STAGES, "export", o.out() + "/exports");
            Map<String, Long> exports = new LinkedHashMap<>(ExportJob.run(wh, o.out()));
            ms.put("export", s.done(rows(exports)));

            s = Stage.start(progress, 4, STAGES, "compare", "target levels, districts, trajectories, coverage, quality");
            Map<String, Long> compare = CompareJob.run(wh, o.out());
            exports.putAll(compare);
            ms.put("compare", s.done(rows(compare)));

            s = Stage.start(progress, 5, STAGES, "adoption", "policy adoption, citation chains, text reuse");
            Map<String, Long> adoption = AdoptionJob.run(wh, o.out());
            exports.putAll(adoption);
            ms.put("adoption", s.done(rows(adoption)));

            s = Stage.start(progress, 6, STAGES, "render", o.out() + "/charts, " + o.out() + "/notebooks");
            ReportJob.Result report = ReportJob.run(wh, o.out(), null, null);
            ms.put("render", s.done(report.year() == null ? "no plan with a year: nothing to render"
                    : String.format("year %d: %d charts, %d notebooks%s", report.year(), report.charts().size(),
                            report.notebooks().size(), report.notes().isEmpty() ? "" : " (" + report.notes().size() + " notes)")));

            return new Summary(ingest, ex, exports, report, ms, (System.nanoTime() - t0) / 1_000_000);
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
