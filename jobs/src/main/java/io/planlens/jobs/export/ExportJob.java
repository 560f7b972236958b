package io.planlens.jobs.export;

import static org.apache.spark.sql.functions.*;

import io.planlens.jobs.extract.ExtractRows;
import io.planlens.jobs.ingest.PlanRows;
import io.planlens.jobs.store.Warehouse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * The contract's CSV exports under {@code OUT/exports/}, written from the warehouse tables (not
 * from the run), so a re-run or a run after a crash writes the same files as an uninterrupted one.
 * Contract columns come first in the contract's order; added columns follow.
 */
public final class ExportJob {
    private ExportJob() {}

    public static StructType targetsSchema() {
        return prefixed(ExtractRows.TARGET);
    }

    public static StructType citationsSchema() {
        return prefixed(ExtractRows.CITATION);
    }

    private static StructType prefixed(StructType s) {
        StructType out = new StructType().add("doc_id", org.apache.spark.sql.types.DataTypes.StringType)
                .add("plan_year", org.apache.spark.sql.types.DataTypes.IntegerType)
                .add("province_code", org.apache.spark.sql.types.DataTypes.StringType);
        for (var f : s.fields()) out = out.add(f);
        return out;
    }

    /** Writes every export; returns file name -> rows written. */
    public static Map<String, Long> run(Warehouse wh, String outDir) {
        Configuration conf = wh.spark().sparkContext().hadoopConfiguration();
        String dir = outDir.replaceAll("/+$", "") + "/exports/";
        Dataset<Row> plans = wh.read(Warehouse.PLANS, PlanRows.PLAN);
        Dataset<Row> targets = wh.read(Warehouse.TARGETS, targetsSchema());
        Dataset<Row> citations = wh.read(Warehouse.CITATIONS, citationsSchema());
        Dataset<Row> rejects = wh.read(Warehouse.REJECTS, PlanRows.REJECT);
        Dataset<Row> log = wh.read(Warehouse.EXTRACTION_LOG, ExtractRows.EXTRACTION_LOG);

        Map<String, Long> written = new LinkedHashMap<>();
        written.put("plans.csv", CsvExport.write(plansExport(plans, targets, log), dir + "plans.csv", conf));
        written.put("targets.csv", CsvExport.write(targets
                .select(col("doc_id"), col("indicator_code"), col("comparator"), col("value"), col("unit"),
                        col("target_year"), col("quote"), col("subject"), col("start"), col("end"),
                        array_join(col("flags"), ";").as("flags"), col("unmatched_reason"))
                .orderBy("doc_id", "start", "value"), dir + "targets.csv", conf));
        written.put("citations.csv", CsvExport.write(citations
                .select(col("doc_id"), col("type"), col("number"), col("year"), col("code"), col("issued_date"),
                        col("canonical_id"), col("quote"), col("issuing_body"), col("named"), col("start"), col("end"))
                .orderBy("doc_id", "start", "number"), dir + "citations.csv", conf));
        written.put("rejects.csv", CsvExport.write(rejects
                .select("source_path", "reason", "detail")
                .orderBy("source_path", "reason"), dir + "rejects.csv", conf));
        written.put("unmatched_targets.csv", CsvExport.write(targets.filter(col("indicator_code").isNull())
                .join(plans.select("doc_id", "source_path"), "doc_id")
                .select(col("doc_id"), col("source_path"), col("comparator"), col("value"), col("unit"),
                        col("target_year"), col("subject"), col("quote"), col("unmatched_reason"))
                .orderBy("source_path", "quote"), dir + "unmatched_targets.csv", conf));
        return written;
    }

    /** plans.csv: the plan's own flags plus what extraction found wrong in its targets. */
    static Dataset<Row> plansExport(Dataset<Row> plans, Dataset<Row> targets, Dataset<Row> log) {
        Dataset<Row> targetFlags = targets
                .select(col("doc_id"), explode(col("flags")).as("f"))
                .groupBy("doc_id").agg(collect_set(concat(lit("target_"), col("f"))).as("tf"));
        Dataset<Row> errors = log.filter(col("error").isNotNull())
                .select(col("doc_id"), array(lit("extraction_error")).as("ef"));
        Column flags = array_join(array_sort(array_distinct(concat(
                col("quality_flags"),
                coalesce(col("tf"), array().cast("array<string>")),
                coalesce(col("ef"), array().cast("array<string>"))))), ";");
        return plans.join(targetFlags, plans.col("doc_id").equalTo(targetFlags.col("doc_id")), "left")
                .drop(targetFlags.col("doc_id"))
                .join(errors, plans.col("doc_id").equalTo(errors.col("doc_id")), "left")
                .drop(errors.col("doc_id"))
                .select(col("doc_id"), col("source_path"), col("plan_year"), col("issuer"), col("level"),
                        col("province"), col("district"), col("commune"), col("doc_number"), col("issued_date"),
                        flags.as("quality_flags"), col("kind"), col("period"), col("province_code"),
                        col("province_2025"), col("signer"), col("encoding"))
                .orderBy("source_path", "doc_id");
    }
}
