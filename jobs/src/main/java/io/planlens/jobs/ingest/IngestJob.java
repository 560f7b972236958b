package io.planlens.jobs.ingest;

import static org.apache.spark.sql.functions.*;

import io.planlens.jobs.extract.ExtractRows;
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

    /**
     * What ingest hands on to extract: the run's counts, and the targets and citations of the plans it
     * added (found while each text was in memory), still cached. Close it once extract has stored them.
     */
    public static final class Ingested implements AutoCloseable {
        private final Result result;
        private final Dataset<Row> extracted;
        private final List<Dataset<Row>> cached;

        Ingested(Result result, Dataset<Row> extracted, List<Dataset<Row>> cached) {
            this.result = result;
            this.extracted = extracted;
            this.cached = cached;
        }

        public Result result() {
            return result;
        }

        /** One row per plan added by this run, in the shape of {@code ExtractRows.EXTRACTED}. */
        public Dataset<Row> extracted() {
            return extracted;
        }

        @Override
        public void close() {
            cached.forEach(Dataset::unpersist);
        }
    }

    public static Ingested run(Warehouse wh, String input, long maxFileBytes) {
        SparkSession spark = wh.spark();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        String root = qualified(input, hadoop);

        // 1. list paths and sizes (no bytes) on the driver
        InputLister.Listing listed0 = InputLister.list(input, hadoop);
        long listed = listed0.files().size() + listed0.problems().size();

        // 2. only files not seen before, unchanged; then spread over tasks by size
        Dataset<Row> log = wh.read(Warehouse.INGEST_LOG, PlanRows.INGEST_LOG);
        Dataset<Row> listing = listingFrame(spark, listed0.files());
        List<InputLister.Listed> unseen = listing.join(log.select("source_uri", "length", "modification_time"),
                        listing.col("source_uri").equalTo(log.col("source_uri"))
                                .and(listing.col("length").equalTo(log.col("length")))
                                .and(listing.col("modification_time").equalTo(log.col("modification_time"))),
                        "left_anti")
                .collectAsList().stream()
                .map(r -> new InputLister.Listed(r.getString(0), r.getLong(1), r.getTimestamp(2)))
                .sorted(java.util.Comparator.comparing(InputLister.Listed::uri))
                .toList();

        // 3. read, parse and extract on the executors; the texts are large, so the cache lives on disk
        //    (the heap stays the same size whatever the corpus size)
        Dataset<Row> parsed = readAndParse(spark, unseen, root, hadoop, maxFileBytes)
                .unionByName(problems(spark, listed0, root))
                .persist(StorageLevel.DISK_ONLY());
        List<Dataset<Row>> cached = new ArrayList<>(List.of(parsed));
        try {
            return classifyAndStore(wh, listed, parsed, cached);
        } catch (RuntimeException | Error e) {
            cached.forEach(Dataset::unpersist);
            throw e;
        }
    }

    /**
     * The read, parse and extract pass of {@link #run} over every file under {@code input}, with no warehouse and
     * no writes: what the same work costs on Spark (for the benchmark). Returns plans and targets found.
     */
    public static long[] dryRun(SparkSession spark, String input, long maxFileBytes) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        InputLister.Listing listed = InputLister.list(input, hadoop);
        Row r = readAndParse(spark, listed.files(), qualified(input, hadoop), hadoop, maxFileBytes)
                .agg(sum(when(col("status").equalTo("plan"), 1).otherwise(0)),
                        sum(size(col("extracted.targets"))), sum(size(col("extracted.citations"))))
                .first();
        return new long[] {r.isNullAt(0) ? 0 : r.getLong(0), r.isNullAt(1) ? 0 : r.getLong(1), r.isNullAt(2) ? 0 : r.getLong(2)};
    }

    private static Ingested classifyAndStore(Warehouse wh, long listed, Dataset<Row> parsed, List<Dataset<Row>> cached) {
        Dataset<Row> existing = wh.read(Warehouse.PLANS, PlanRows.PLAN)
                .select(col("doc_id").as("e_doc_id"), col("source_uri").as("e_uri"));

        // Everything but the texts, cached apart (one pass over the texts builds it): deciding, counting,
        // rejects, the log and the extraction read this, and only the plans write reads the texts again.
        Dataset<Row> brief = parsed.select(col("source_uri"), col("length"), col("modification_time"), col("status"),
                        col("reason"), col("detail"), col("plan.doc_id").as("doc_id"),
                        col("plan.source_path").as("source_path"), col("extracted"))
                .persist(StorageLevel.DISK_ONLY());
        cached.add(brief);

        // decide, once, what each plan file is: a new plan, one already stored, or a duplicate; on the
        // keys only, so no text is shuffled
        Dataset<Row> decided = brief.filter(col("status").equalTo("plan"))
                .select(col("doc_id"), col("source_path"), col("source_uri"))
                .withColumn("rank", row_number().over(Window.partitionBy("doc_id").orderBy("source_path", "source_uri")))
                .join(existing, col("doc_id").equalTo(col("e_doc_id")), "left")
                .withColumn("decision",
                        when(col("e_uri").equalTo(col("source_uri")), lit("stored"))
                        .when(col("e_doc_id").isNull().and(col("rank").equalTo(1)), lit("new"))
                        .otherwise(lit("duplicate")))
                .drop("rank", "e_doc_id", "e_uri")
                // Checkpointed, not cached: a cache of a frame read from a Delta table is recomputed when the
                // table is written, and once this run's plans are stored every new plan would be decided
                // "stored" again (and the extraction handed on would lose them)
                .localCheckpoint(true);

        Map<String, Long> byDecision = counts(decided.groupBy("decision").count());
        Map<String, Long> byReason = counts(brief.filter(col("status").equalTo("reject")).groupBy("reason").count());
        long read = byDecision.values().stream().mapToLong(Long::longValue).sum()
                + byReason.values().stream().mapToLong(Long::longValue).sum();
        long added = byDecision.getOrDefault("new", 0L);
        long dups = byDecision.getOrDefault("duplicate", 0L);
        if (dups > 0) byReason.put("duplicate", dups);

        // the files that are not new plans are few (duplicates, re-stored files): broadcast them
        Dataset<Row> notNew = decided.filter(col("decision").notEqual("new")).select(col("source_uri").as("x_uri"));
        java.util.function.UnaryOperator<Dataset<Row>> newOnly = d -> d.filter(col("status").equalTo("plan"))
                .join(broadcast(notNew), col("source_uri").equalTo(col("x_uri")), "left_anti");
        Dataset<Row> newPlans = newOnly.apply(parsed).select(columns("plan.", PlanRows.PLAN.fieldNames()));
        Dataset<Row> freshExtraction = newOnly.apply(brief).select(columns("extracted.", ExtractRows.EXTRACTED.fieldNames()));
        Dataset<Row> rejects = brief.filter(col("status").equalTo("reject"))
                .select(col("source_uri"), col("source_path"), col("reason"), col("detail"))
                .unionByName(decided.filter(col("decision").equalTo("duplicate"))
                        .select(col("source_uri"), col("source_path"), lit("duplicate").as("reason"),
                                col("doc_id").as("detail")));

        // Commit order matters for a crash: plans, then rejects, then the log that lets a re-run skip files.
        // "new" was decided against the stored doc ids (and the run lock keeps other writers out): an append,
        // with no second look through the stored plans
        // a file per core and year, not per read task and year: the texts are already parsed and cached, and a
        // later run finds the stored ids in a dozen files rather than a thousand
        wh.append(Warehouse.PLANS, newPlans.coalesce(wh.spark().sparkContext().defaultParallelism()), "plan_year");
        long rejectCount = byReason.values().stream().mapToLong(Long::longValue).sum();
        storeRejects(wh, rejects, rejectCount);
        if (added > 0 || byDecision.getOrDefault("stored", 0L) > 0) {
            // a file rejected before that is a plan now (it was fixed) leaves the rejects table; such files are
            // rare, and a look through the few stored rejects costs far less than a MERGE's transaction
            Dataset<Row> plansNow = decided.filter(col("decision").notEqual("duplicate"));
            if (anyStoredReject(wh, plansNow)) wh.deleteKeys(Warehouse.REJECTS, plansNow, "source_uri");
        }
        // a run's log rows are small: one file, which the next run's listing is checked against
        wh.append(Warehouse.INGEST_LOG, brief.select(col("source_uri"), col("length"), col("modification_time"),
                col("status"), col("doc_id")).coalesce(1));
        Result result = new Result(listed, read, added, dups, rejectCount, byReason);
        return new Ingested(result, freshExtraction, cached);
    }

    /**
     * New rejects are appended; a MERGE (its own transaction, several jobs) only when a file already in the
     * table is rejected again (it changed and is still broken), and nothing when nothing was rejected.
     */
    private static void storeRejects(Warehouse wh, Dataset<Row> rejects, long count) {
        if (!wh.exists(Warehouse.REJECTS)) {
            wh.append(Warehouse.REJECTS, rejects.coalesce(1));
        } else if (count > 0) {
            if (anyStoredReject(wh, rejects)) {
                wh.upsert(Warehouse.REJECTS, rejects, new String[] {"source_uri"});
            } else {
                wh.append(Warehouse.REJECTS, rejects.coalesce(1));
            }
        }
    }

    /** Whether a file of {@code files} (a frame with {@code source_uri}) is in the rejects table now. */
    private static boolean anyStoredReject(Warehouse wh, Dataset<Row> files) {
        return !wh.read(Warehouse.REJECTS, PlanRows.REJECT).select(col("source_uri").as("r_uri"))
                .join(files, col("r_uri").equalTo(col("source_uri")), "left_semi").isEmpty();
    }

    private static org.apache.spark.sql.Column[] columns(String prefix, String[] names) {
        return java.util.Arrays.stream(names).map(n -> col(prefix + n).as(n)).toArray(org.apache.spark.sql.Column[]::new);
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

    /** Bytes of files one read-and-parse task gets at most, so tasks are many and even. */
    static final long BYTES_PER_TASK = 8L << 20;

    private static List<Row> listedRows(List<InputLister.Listed> files) {
        List<Row> rows = new ArrayList<>(files.size());
        for (InputLister.Listed f : files) {
            rows.add(RowFactory.create(f.uri(), f.length(), f.modified()));
        }
        return rows;
    }

    private static Dataset<Row> listingFrame(SparkSession spark, List<InputLister.Listed> files) {
        return spark.createDataFrame(listedRows(files), LISTED);
    }

    /** Every file read, parsed and extracted on the executors, one {@code PlanRows.OUTCOME} row each. */
    private static Dataset<Row> readAndParse(SparkSession spark, List<InputLister.Listed> files, String root,
                                             Configuration hadoop, long maxFileBytes) {
        return sliced(spark, files).mapPartitions(
                new ReadAndParse(root, new SerializableConfiguration(hadoop), maxFileBytes), Encoders.row(PlanRows.OUTCOME));
    }

    /**
     * The files to read as a frame: dealt into tasks of about equal bytes (largest first, each to the
     * lightest task), at least four tasks a core, so a few big files cannot leave a core idle.
     */
    private static Dataset<Row> sliced(SparkSession spark, List<InputLister.Listed> files) {
        long bytes = files.stream().mapToLong(InputLister.Listed::length).sum();
        int parallelism = spark.sparkContext().defaultParallelism();
        int slices = (int) Math.max(1, Math.min(Math.max(files.size(), 1),
                Math.max(4L * parallelism, bytes / BYTES_PER_TASK + 1)));
        List<List<Row>> tasks = new ArrayList<>();
        for (List<InputLister.Listed> t : FileSlices.deal(files, slices, InputLister.Listed::length)) {
            tasks.add(listedRows(t));
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return spark.createDataFrame(jsc.parallelize(tasks, Math.max(1, tasks.size())).flatMap(List::iterator), LISTED);
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
