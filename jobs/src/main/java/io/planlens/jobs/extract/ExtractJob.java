package io.planlens.jobs.extract;

import static org.apache.spark.sql.functions.*;

import io.planlens.jobs.ingest.PlanRows;
import io.planlens.jobs.store.Warehouse;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
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

    /**
     * What one extract run did: plans extracted (with their targets, citations and extractor errors), and of
     * them how many had their text read again from the plans table rather than handed on by ingest.
     */
    public record Result(long plans, long targets, long citations, long errors, long reread) {}

    private ExtractJob() {}

    public static Result run(Warehouse wh, boolean all) {
        return run(wh, all, null);
    }

    /**
     * Stores {@code fresh} (the extraction ingest made of the plans it just added, or null) and extracts
     * every other plan not yet extracted by this version: the plans of a run cut off before this stage,
     * or all plans after the rules changed ({@code all}). Which plans those are is found on their ids
     * alone, so when there are none no text is read.
     */
    public static Result run(Warehouse wh, boolean all, Dataset<Row> fresh) {
        SparkSession spark = wh.spark();
        if (wh.exists(Warehouse.TARGETS) && !wh.hasColumn(Warehouse.TARGETS, "province_code")) {
            // a warehouse from before targets and citations were partitioned by province: both are
            // derived from the plans, so they are rebuilt in the new layout
            wh.drop(Warehouse.TARGETS);
            wh.drop(Warehouse.CITATIONS);
            wh.drop(Warehouse.EXTRACTION_LOG);
            all = true;
        }
        Dataset<Row> plans = wh.read(Warehouse.PLANS, PlanRows.PLAN);
        // on disk, not the heap: a corpus's targets do not have to fit in memory
        Dataset<Row> given = (fresh == null ? spark.createDataFrame(List.of(), ExtractRows.EXTRACTED) : fresh)
                .persist(StorageLevel.DISK_ONLY());
        Dataset<Row> todoIds = plans.select("doc_id")
                .join(given.select(col("doc_id").as("g_id")), col("doc_id").equalTo(col("g_id")), "left_anti");
        if (!all) {
            Dataset<Row> done = wh.read(Warehouse.EXTRACTION_LOG, ExtractRows.EXTRACTION_LOG)
                    .filter(col("version").equalTo(VERSION)).select(col("doc_id").as("d_id"));
            todoIds = todoIds.join(done, col("doc_id").equalTo(col("d_id")), "left_anti");
        }
        Dataset<Row> todoIdsCached = todoIds.persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> extracted;
        // Plans ingest has just added were never extracted (plans are only ever inserted, keyed by their
        // text's hash): their rows are appended. Only plans extracted again can have rows to replace.
        long reread;
        boolean onlyNew;
        try {
            reread = todoIdsCached.count();
            onlyNew = reread == 0;
            extracted = onlyNew ? given : given.unionByName(
                    plans.join(broadcast(todoIdsCached.withColumnRenamed("doc_id", "t_id")), col("doc_id").equalTo(col("t_id")), "left_semi")
                            .select("doc_id", "plan_year", "province_code", "text")
                            .map((MapFunction<Row, Row>) ExtractJob::extractOne, Encoders.row(ExtractRows.EXTRACTED)))
                    .persist(StorageLevel.DISK_ONLY());
        } finally {
            todoIdsCached.unpersist();
        }
        try {
            Row counts = extracted.agg(count(lit(1)), sum(size(col("targets"))), sum(size(col("citations"))),
                    sum(when(col("error").isNotNull(), 1).otherwise(0))).first();
            long n = counts.getLong(0);
            if (n == 0 && wh.exists(Warehouse.TARGETS) && wh.exists(Warehouse.CITATIONS)) {
                return new Result(0, 0, 0, 0, 0);
            }
            Dataset<Row> again = extracted.select("doc_id")
                    .join(given.select(col("doc_id").as("g_id")), col("doc_id").equalTo(col("g_id")), "left_anti");
            // partitioned by what analysts filter on (year, province), one file per partition and write
            Dataset<Row> targets = extracted.select(col("doc_id"), col("plan_year"), col("province_code"),
                            explode(col("targets")).as("t"))
                    .select(col("doc_id"), col("plan_year"), col("province_code"), col("t.*"))
                    .repartition(col("plan_year"), col("province_code"));
            Dataset<Row> citations = extracted.select(col("doc_id"), col("plan_year"), col("province_code"),
                            explode(col("citations")).as("c"))
                    .select(col("doc_id"), col("plan_year"), col("province_code"), col("c.*"))
                    .repartition(col("plan_year"), col("province_code"));
            if (!onlyNew) wh.deleteKeys(Warehouse.TARGETS, again, "doc_id");
            wh.append(Warehouse.TARGETS, targets, "plan_year", "province_code");
            if (!onlyNew) wh.deleteKeys(Warehouse.CITATIONS, again, "doc_id");
            wh.append(Warehouse.CITATIONS, citations, "plan_year", "province_code");
            Dataset<Row> log = extracted.select(col("doc_id"), lit(VERSION).as("version"),
                    size(col("targets")).as("targets"), size(col("citations")).as("citations"), col("error"));
            if (onlyNew) {
                wh.append(Warehouse.EXTRACTION_LOG, log.coalesce(1));
            } else {
                wh.upsert(Warehouse.EXTRACTION_LOG, log, new String[] {"doc_id"});
            }
            return new Result(n, nz(counts, 1), nz(counts, 2), nz(counts, 3), reread);
        } finally {
            extracted.unpersist();
            given.unpersist();
        }
    }

    private static long nz(Row r, int i) {
        return r.isNullAt(i) ? 0 : r.getLong(i);
    }

    /** One plan: never fails the task; an extractor error is recorded on the plan instead. */
    static Row extractOne(Row plan) {
        return ExtractRows.extract(plan.getString(0), plan.isNullAt(1) ? null : plan.getInt(1),
                plan.isNullAt(2) ? null : plan.getString(2), plan.isNullAt(3) ? "" : plan.getString(3));
    }
}
