package io.planlens.jobs.extract;

import static org.apache.spark.sql.functions.*;

import io.planlens.extract.CitationExtractor;
import io.planlens.extract.TargetExtractor;
import io.planlens.jobs.ingest.PlanRows;
import io.planlens.jobs.store.Warehouse;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Extract: the targets and citations of every plan not yet extracted by this version of the
 * extractors (per the {@code extraction_log} table). Both come from one pass over the text.
 * For the plans of a batch, old rows are removed and new ones appended before the log records
 * them, so a run cut off half-way redoes exactly those plans.
 */
public final class ExtractJob {
    /** Raise when extraction rules change, so the next run re-extracts every plan. */
    public static final String VERSION = "1";

    public record Result(long plans, long targets, long citations, long errors) {}

    private ExtractJob() {}

    public static Result run(Warehouse wh, boolean all) {
        Dataset<Row> plans = wh.read(Warehouse.PLANS, PlanRows.PLAN).select("doc_id", "plan_year", "text");
        Dataset<Row> todo = plans;
        if (!all) {
            Dataset<Row> done = wh.read(Warehouse.EXTRACTION_LOG, ExtractRows.EXTRACTION_LOG)
                    .filter(col("version").equalTo(VERSION)).select("doc_id");
            todo = plans.join(done, plans.col("doc_id").equalTo(done.col("doc_id")), "left_anti");
        }
        Dataset<Row> extracted = todo.map((MapFunction<Row, Row>) ExtractJob::extractOne, Encoders.row(ExtractRows.EXTRACTED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Row counts = extracted.agg(count(lit(1)), sum(size(col("targets"))), sum(size(col("citations"))),
                    sum(when(col("error").isNotNull(), 1).otherwise(0))).first();
            long n = counts.getLong(0);
            if (n == 0 && wh.exists(Warehouse.TARGETS) && wh.exists(Warehouse.CITATIONS)) {
                return new Result(0, 0, 0, 0);
            }
            Dataset<Row> ids = extracted.select("doc_id");
            Dataset<Row> targets = extracted.select(col("doc_id"), col("plan_year"), explode(col("targets")).as("t"))
                    .select(col("doc_id"), col("plan_year"), col("t.*"));
            Dataset<Row> citations = extracted.select(col("doc_id"), col("plan_year"), explode(col("citations")).as("c"))
                    .select(col("doc_id"), col("plan_year"), col("c.*"));
            wh.deleteKeys(Warehouse.TARGETS, ids, "doc_id");
            wh.append(Warehouse.TARGETS, targets, "plan_year");
            wh.deleteKeys(Warehouse.CITATIONS, ids, "doc_id");
            wh.append(Warehouse.CITATIONS, citations, "plan_year");
            wh.upsert(Warehouse.EXTRACTION_LOG, extracted.select(col("doc_id"), lit(VERSION).as("version"),
                    size(col("targets")).as("targets"), size(col("citations")).as("citations"), col("error")),
                    new String[] {"doc_id"});
            return new Result(n, nz(counts, 1), nz(counts, 2), nz(counts, 3));
        } finally {
            extracted.unpersist();
        }
    }

    private static long nz(Row r, int i) {
        return r.isNullAt(i) ? 0 : r.getLong(i);
    }

    /** One plan: never fails the task; an extractor error is recorded on the plan instead. */
    static Row extractOne(Row plan) {
        String docId = plan.getString(0);
        Integer year = plan.isNullAt(1) ? null : plan.getInt(1);
        String text = plan.isNullAt(2) ? "" : plan.getString(2);
        try {
            return ExtractRows.extracted(docId, year, TargetExtractor.shared().extract(text, year),
                    CitationExtractor.shared().extract(text), null);
        } catch (RuntimeException | StackOverflowError e) {
            return ExtractRows.extracted(docId, year, List.of(), List.of(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
