package io.planlens.jobs.compare;

import static org.apache.spark.sql.functions.col;

import io.planlens.jobs.export.CsvExport;
import io.planlens.jobs.export.ExportJob;
import io.planlens.jobs.ingest.PlanRows;
import io.planlens.jobs.store.Warehouse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The analyst's comparison tables, derived from the {@code plans}, {@code targets} and
 * {@code citations} tables: written to the warehouse (replaced on every run) and to
 * {@code OUT/exports/<table>.csv} with a stable column order and sorted rows.
 */
public final class CompareJob {
    public static final String REGIONS = "regions";
    public static final String PLAN_REGIONS = "plan_regions";
    public static final String TARGET_LEVELS = "target_levels";
    public static final String DISTRICT_COMPARISON = "district_comparison";
    public static final String TRAJECTORIES = "trajectories";
    public static final String COVERAGE = "coverage";
    public static final String PLAN_COVERAGE = "plan_coverage";
    public static final String QUALITY_REPORT = "quality_report";

    private CompareJob() {}

    /** Builds every table; returns export file name -> rows written. */
    public static Map<String, Long> run(Warehouse wh, String outDir) {
        return PlanRows.withMetadata(wh, plans -> run(wh, outDir, plans));
    }

    /**
     * Builds every table from {@code plans}, the plans' metadata as {@link PlanRows#metadata} gives it (the
     * pipeline hands the same cache to adoption, which runs at the same time).
     */
    public static Map<String, Long> run(Warehouse wh, String outDir, Dataset<Row> plans) {
        SparkSession spark = wh.spark();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        String dir = outDir.replaceAll("/+$", "") + "/exports/";
        Regions regions = Regions.fromReference();

        // The plan citations are read by several joins of plan_regions and quality_report: one scan
        // instead of one per join. On disk, so the heap does not grow with the corpus.
        Dataset<Row> citations = wh.read(Warehouse.CITATIONS, ExportJob.citationsSchema())
                .filter(col("type").equalTo("KH"))
                .persist(StorageLevel.DISK_ONLY());
        try {
            return run(wh, dir, conf, regions, plans, citations);
        } finally {
            citations.unpersist();
        }
    }

    private static Map<String, Long> run(Warehouse wh, String dir, Configuration conf, Regions regions,
                                         Dataset<Row> plans, Dataset<Row> planCitations) {
        SparkSession spark = wh.spark();
        Dataset<Row> targets = wh.read(Warehouse.TARGETS, ExportJob.targetsSchema());
        Dataset<Row> indicators = CompareTables.indicators(spark);

        Map<String, Long> written = new LinkedHashMap<>();
        Dataset<Row> reference = save(wh, REGIONS, CompareTables.regionsReference(spark, regions));
        export(written, reference, dir, REGIONS, conf, "province_code");
        Dataset<Row> planRegions = save(wh, PLAN_REGIONS, CompareTables.planRegions(plans, planCitations, regions));
        export(written, planRegions, dir, PLAN_REGIONS, conf, CompareTables.PLAN_REGION_ORDER);
        Dataset<Row> levels = save(wh, TARGET_LEVELS, CompareTables.targetLevels(targets, planRegions, indicators));
        export(written, levels, dir, TARGET_LEVELS, conf, CompareTables.TARGET_LEVEL_ORDER);
        export(written, save(wh, DISTRICT_COMPARISON, CompareTables.districtComparison(levels, planRegions, targets)),
                dir, DISTRICT_COMPARISON, conf, CompareTables.DISTRICT_ORDER);
        export(written, save(wh, TRAJECTORIES, CompareTables.trajectories(levels)),
                dir, TRAJECTORIES, conf, CompareTables.TRAJECTORY_ORDER);
        export(written, save(wh, COVERAGE, CompareTables.coverage(planRegions, targets, indicators)),
                dir, COVERAGE, conf, CompareTables.COVERAGE_ORDER);
        export(written, save(wh, PLAN_COVERAGE, CompareTables.planCoverage(planRegions, targets, indicators)),
                dir, PLAN_COVERAGE, conf, CompareTables.PLAN_COVERAGE_ORDER);
        export(written, save(wh, QUALITY_REPORT, CompareTables.qualityReport(planRegions, plans, targets)),
                dir, QUALITY_REPORT, conf, CompareTables.QUALITY_ORDER);
        return written;
    }

    /** Replaces the derived table in one Delta commit and returns it as stored. */
    static Dataset<Row> save(Warehouse wh, String table, Dataset<Row> rows) {
        rows.write().format("delta").mode(SaveMode.Overwrite).option("overwriteSchema", "true").save(wh.path(table));
        return wh.spark().read().format("delta").load(wh.path(table));
    }

    private static void export(Map<String, Long> written, Dataset<Row> table, String dir, String name,
                               Configuration conf, String... order) {
        Column[] by = Arrays.stream(order).map(c -> col(c).asc_nulls_last()).toArray(Column[]::new);
        written.put(name + ".csv", CsvExport.write(table.orderBy(by), dir + name + ".csv", conf));
    }
}
