package io.planlens.jobs.adoption;

import io.planlens.jobs.export.CsvExport;
import io.planlens.jobs.export.ExportJob;
import io.planlens.jobs.ingest.PlanRows;
import io.planlens.jobs.store.Warehouse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Adoption analytics: which units cite which national documents and when, how adoption spreads,
 * whether plans take over national targets, which plan implements which, and how much plans copy.
 * Every table is derived from plans, targets and citations, so each run overwrites it in the
 * warehouse and writes it again to {@code OUT/exports/<table>.csv}.
 */
public final class AdoptionJob {
    public static final String ADOPTION_LAGS = "adoption_lags";
    public static final String ADOPTION_CURVE = "adoption_curve";
    public static final String ADOPTION_EVENTS = "adoption_events";
    public static final String INDICATOR_ADOPTION = "indicator_adoption";
    public static final String INDICATOR_ADOPTION_SUMMARY = "indicator_adoption_summary";
    public static final String CITATION_CHAIN = "citation_chain";
    public static final String TEXT_REUSE = "text_reuse";

    private AdoptionJob() {}

    /** Writes every adoption table and its export; returns export file name -> rows written. */
    public static Map<String, Long> run(Warehouse wh, String outDir) {
        return PlanRows.withMetadata(wh, plans -> run(wh, outDir, plans));
    }

    /**
     * Writes every adoption table from {@code plans}, the plans' metadata as {@link PlanRows#metadata} gives
     * it (the pipeline hands the same cache to compare, which runs at the same time).
     */
    public static Map<String, Long> run(Warehouse wh, String outDir, Dataset<Row> plans) {
        SparkSession spark = wh.spark();
        String dir = outDir.replaceAll("/+$", "") + "/exports/";
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Dataset<Row> texts = wh.read(Warehouse.PLANS, PlanRows.PLAN);
        return run(wh, dir, conf, plans, texts);
    }

    private static Map<String, Long> run(Warehouse wh, String dir, Configuration conf, Dataset<Row> plans,
                                         Dataset<Row> texts) {
        SparkSession spark = wh.spark();
        Dataset<Row> citations = wh.read(Warehouse.CITATIONS, ExportJob.citationsSchema());
        Dataset<Row> targets = wh.read(Warehouse.TARGETS, ExportJob.targetsSchema());
        Dataset<Row> documents = References.nationalDocuments(spark);
        Dataset<Row> indicators = References.nationalIndicators(spark);
        Map<String, Long> written = new LinkedHashMap<>();

        Dataset<Row> lags = save(wh, dir, conf, written, ADOPTION_LAGS, Adoption.lags(plans, citations, documents),
                "document_id", "level", "province", "unit");
        save(wh, dir, conf, written, ADOPTION_CURVE, Adoption.curve(plans, lags, documents),
                "document_id", "level", "year");
        save(wh, dir, conf, written, ADOPTION_EVENTS, Adoption.events(lags), "policy", "adoption_year", "unit");

        Dataset<Row> detail = save(wh, dir, conf, written, INDICATOR_ADOPTION,
                IndicatorAdoption.detail(plans, targets, indicators),
                "indicator_code", "level", "plan_year", "unit", "doc_id", "target_year", "ordinal");
        save(wh, dir, conf, written, INDICATOR_ADOPTION_SUMMARY, IndicatorAdoption.summary(detail),
                "indicator_code", "level", "plan_year");

        Dataset<Row> chain = save(wh, dir, conf, written, CITATION_CHAIN, CitationChain.links(plans, citations),
                "child_doc_id", "parent_doc_id");

        Dataset<Row> features = TextReuse.features(texts).persist(StorageLevel.DISK_ONLY());
        try {
            save(wh, dir, conf, written, TEXT_REUSE, TextReuse.pairs(features, chain),
                    "doc_id", "relation", "similar_doc_id");
        } finally {
            features.unpersist();
        }
        return written;
    }

    /** Overwrites the warehouse table, exports it sorted, and returns the stored table. */
    static Dataset<Row> save(Warehouse wh, String dir, Configuration conf, Map<String, Long> written, String table,
                             Dataset<Row> rows, String... sortBy) {
        rows.write().format("delta").mode(SaveMode.Overwrite).option("overwriteSchema", "true").save(wh.path(table));
        Dataset<Row> stored = wh.spark().read().format("delta").load(wh.path(table));
        written.put(table + ".csv", CsvExport.write(stored.orderBy(sortBy[0], java.util.Arrays.copyOfRange(sortBy, 1, sortBy.length)),
                dir + table + ".csv", conf));
        return stored;
    }
}
