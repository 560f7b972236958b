package io.planlens.jobs.ingest;

import static org.apache.spark.sql.functions.*;

import io.planlens.jobs.store.Warehouse;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Ingest: every file under the input folder becomes a row of the {@code plans} table or of the
 * {@code rejects} table. Files already ingested (same path, size and modification time, per the
 * {@code ingest_log} table) are not read again, so a re-run or a new year's folder only reads what is new.
 *
 * <p>Duplicates: files whose normalised texts are identical share a doc_id. The plan already in the
 * warehouse is kept; among new files the one with the smallest relative path (then URI) is kept;
 * every other copy is a {@code duplicate} reject whose detail is the kept doc_id.
 */
public final class IngestJob {
    public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;

    /** What one ingest run did. */
    public record Result(long filesListed, long filesRead, long plansAdded, long duplicates, long rejects,
                         Map<String, Long> rejectsByReason) {}

    private IngestJob() {}

    public static Result run(Warehouse wh, String input, long maxFileBytes) {
        SparkSession spark = wh.spark();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        String root = qualified(input, hadoop);

        // 1. list paths and sizes (no bytes) on the driver, spread them over tasks by size
        InputLister.Listing listed0 = InputLister.list(input, hadoop);
        long listed = listed0.files().size() + listed0.problems().size();
        Dataset<Row> listing = listingFrame(spark, listed0);

        // 2. only files not seen before, unchanged
        Dataset<Row> log = wh.read(Warehouse.INGEST_LOG, PlanRows.INGEST_LOG);
        Dataset<Row> toRead = listing.join(log.select("source_uri", "length", "modification_time"),
                listing.col("source_uri").equalTo(log.col("source_uri"))
                        .and(listing.col("length").equalTo(log.col("length")))
                        .and(listing.col("modification_time").equalTo(log.col("modification_time"))),
                "left_anti");

        // 3. read and parse on the executors
        Dataset<Row> parsed = toRead
                .mapPartitions(new ReadAndParse(root, new SerializableConfiguration(hadoop), maxFileBytes),
                        Encoders.row(PlanRows.OUTCOME))
                .unionByName(problems(spark, listed0, root))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            return classifyAndStore(wh, listed, parsed);
        } finally {
            parsed.unpersist();
        }
    }

    private static Result classifyAndStore(Warehouse wh, long listed, Dataset<Row> parsed) {
        Dataset<Row> existing = wh.read(Warehouse.PLANS, PlanRows.PLAN)
                .select(col("doc_id").as("e_doc_id"), col("source_uri").as("e_uri"));

        // decide, once, what each new plan file is: a new plan, one already stored, or a duplicate
        Dataset<Row> decided = parsed.filter(col("status").equalTo("plan")).select("plan.*")
                .withColumn("rank", row_number().over(Window.partitionBy("doc_id").orderBy("source_path", "source_uri")))
                .join(existing, col("doc_id").equalTo(col("e_doc_id")), "left")
                .withColumn("decision",
                        when(col("e_uri").equalTo(col("source_uri")), lit("stored"))
                        .when(col("e_doc_id").isNull().and(col("rank").equalTo(1)), lit("new"))
                        .otherwise(lit("duplicate")))
                .drop("rank", "e_doc_id", "e_uri")
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<String, Long> byDecision = counts(decided.groupBy("decision").count());
            Map<String, Long> byReason = counts(parsed.filter(col("status").equalTo("reject")).groupBy("reason").count());
            long read = byDecision.values().stream().mapToLong(Long::longValue).sum()
                    + byReason.values().stream().mapToLong(Long::longValue).sum();
            long added = byDecision.getOrDefault("new", 0L);
            long dups = byDecision.getOrDefault("duplicate", 0L);
            if (dups > 0) byReason.put("duplicate", dups);

            Dataset<Row> newPlans = decided.filter(col("decision").equalTo("new"))
                    .select(columns(PlanRows.PLAN.fieldNames()));
            Dataset<Row> rejects = parsed.filter(col("status").equalTo("reject"))
                    .select(col("source_uri"), col("plan.source_path").as("source_path"), col("reason"), col("detail"))
                    .unionByName(decided.filter(col("decision").equalTo("duplicate"))
                            .select(col("source_uri"), col("source_path"), lit("duplicate").as("reason"),
                                    col("doc_id").as("detail")));

            // Commit order matters for a crash: plans, then rejects, then the log that lets a re-run skip files.
            wh.insertNew(Warehouse.PLANS, newPlans, new String[] {"doc_id"}, "plan_year");
            wh.upsert(Warehouse.REJECTS, rejects, new String[] {"source_uri"});
            if (added > 0 || byDecision.getOrDefault("stored", 0L) > 0) {
                // a file rejected before that is a plan now (it was fixed) leaves the rejects table
                wh.deleteKeys(Warehouse.REJECTS, decided.filter(col("decision").notEqual("duplicate")), "source_uri");
            }
            wh.append(Warehouse.INGEST_LOG, parsed.select(col("source_uri"), col("length"), col("modification_time"),
                    col("status"), col("plan.doc_id").as("doc_id")));
            long rejectCount = byReason.values().stream().mapToLong(Long::longValue).sum();
            return new Result(listed, read, added, dups, rejectCount, byReason);
        } finally {
            decided.unpersist();
        }
    }

    private static org.apache.spark.sql.Column[] columns(String[] names) {
        return java.util.Arrays.stream(names).map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new);
    }

    private static Map<String, Long> counts(Dataset<Row> grouped) {
        Map<String, Long> m = new java.util.TreeMap<>();
        for (Row r : grouped.collectAsList()) {
            m.put(r.isNullAt(0) ? "unknown" : r.getString(0), r.getLong(1));
        }
        return m;
    }

    private static final StructType LISTED = new StructType()
            .add("source_uri", DataTypes.StringType, false)
            .add("length", DataTypes.LongType)
            .add("modification_time", DataTypes.TimestampType);

    /** The listing as a frame, in enough partitions that no task gets much more than 32 MB of files. */
    private static Dataset<Row> listingFrame(SparkSession spark, InputLister.Listing l) {
        List<Row> rows = new ArrayList<>(l.files().size());
        long bytes = 0;
        for (InputLister.Listed f : l.files()) {
            rows.add(RowFactory.create(f.uri(), f.length(), f.modified()));
            bytes += f.length();
        }
        int parallelism = spark.sparkContext().defaultParallelism();
        int slices = (int) Math.max(1, Math.min(Math.max(rows.size(), 1),
                Math.max(parallelism, bytes / (32L << 20) + 1)));
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return spark.createDataFrame(jsc.parallelize(rows, slices), LISTED);
    }

    /** Paths the listing could not go into become reject rows like any other. */
    private static Dataset<Row> problems(SparkSession spark, InputLister.Listing l, String root) {
        List<Row> rows = new ArrayList<>();
        String prefix = root.endsWith("/") ? root : root + "/";
        for (InputLister.Problem p : l.problems()) {
            String rel = p.uri().startsWith(prefix) ? p.uri().substring(prefix.length()) : p.uri();
            rows.add(PlanRows.rejected(p.uri(), rel, 0, null, p.reason(), p.detail()));
        }
        return spark.createDataFrame(rows, PlanRows.OUTCOME);
    }

    static String qualified(String input, Configuration conf) {
        try {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(conf);
            return fs.makeQualified(p).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot open input " + input, e);
        }
    }
}
