package io.planlens.jobs;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.sql.SparkSession;

/** Builds the SparkSession every job runs in: embedded local[*] by default, any master URL otherwise. */
public final class Sessions {
    private Sessions() {}

    public static SparkSession create(String master, boolean verbose) {
        return create(master, verbose, java.util.Map.of());
    }

    /** {@code conf} entries win over the defaults below (as spark-submit's --conf would). */
    public static SparkSession create(String master, boolean verbose, java.util.Map<String, String> conf) {
        Configurator.setRootLevel(verbose ? Level.INFO : Level.WARN);
        if (master == null) {
            // under spark-submit the master comes from its --master (as the spark.master property)
            master = System.getProperty("spark.master", "local[*]");
        }
        SparkSession.Builder b = SparkSession.builder()
                .appName("PlanLens")
                .master(master)
                // Delta Lake gives every table write an atomic commit and MERGE for upserts by doc_id.
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.session.timeZone", "UTC")
                // The plans table holds the texts: small row groups and splits let a scan of it use every core
                // (a Parquet file is split only between row groups).
                .config("spark.hadoop.parquet.block.size", String.valueOf(8L << 20))
                .config("spark.sql.files.maxPartitionBytes", String.valueOf(8L << 20))
                .config("spark.sql.files.openCostInBytes", String.valueOf(64L << 10))
                .config("spark.sql.adaptive.enabled", "true")
                .config("spark.sql.adaptive.coalescePartitions.enabled", "true")
                // Shuffle partitions are merged up to 16 MB, not into one per core: a task's sort and window
                // buffers then stay the same size however large the corpus grows.
                .config("spark.sql.adaptive.coalescePartitions.parallelismFirst", "false")
                .config("spark.sql.adaptive.advisoryPartitionSizeInBytes", String.valueOf(16L << 20))
                .config("spark.databricks.delta.snapshotPartitions", "2")
                .config("spark.databricks.delta.stalenessLimit", "0")
                .config("spark.databricks.delta.schema.autoMerge.enabled", "false");
        if (master.startsWith("local")) {
            // enough partitions before merging that none exceeds the advisory size up to millions of targets
            b.config("spark.sql.shuffle.partitions", "64")
             // local files: permissions set without starting a chmod process per file (see NioLocalFileSystem);
             // on a cluster the executors may not see the class before the application jar is loaded
             .config("spark.hadoop.fs.file.impl", io.planlens.jobs.store.NioLocalFileSystem.class.getName())
             .config("spark.hadoop.fs.AbstractFileSystem.file.impl", io.planlens.jobs.store.NioLocalFileSystem.Fs.class.getName())
             .config("spark.driver.host", "127.0.0.1")
             .config("spark.driver.bindAddress", "127.0.0.1");
        }
        conf.forEach(b::config);
        SparkSession spark = b.getOrCreate();
        spark.sparkContext().setLogLevel(verbose ? "INFO" : "WARN");
        return spark;
    }
}
