package io.planlens.jobs.store;

import io.delta.tables.DeltaTable;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet store under {@code OUT/warehouse/}: one Delta Lake table per folder. Every write is
 * one atomic Delta commit, so a run killed at any moment leaves each table at its last commit.
 */
public final class Warehouse {
    public static final String PLANS = "plans";
    public static final String REJECTS = "rejects";
    public static final String INGEST_LOG = "ingest_log";
    public static final String TARGETS = "targets";
    public static final String CITATIONS = "citations";
    public static final String EXTRACTION_LOG = "extraction_log";

    private final SparkSession spark;
    private final String root;

    public Warehouse(SparkSession spark, String outDir) {
        this.spark = spark;
        this.root = stripSlash(outDir) + "/warehouse";
    }

    public SparkSession spark() {
        return spark;
    }

    public String root() {
        return root;
    }

    public String path(String table) {
        return root + "/" + table;
    }

    public boolean exists(String table) {
        return DeltaTable.isDeltaTable(spark, path(table));
    }

    public boolean hasColumn(String table, String column) {
        return java.util.Arrays.asList(spark.read().format("delta").load(path(table)).columns()).contains(column);
    }

    /** Removes a derived table entirely (its rows can be computed again from the plans). */
    public void drop(String table) {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path(table));
        try {
            p.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(p, true);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot remove " + p, e);
        }
    }

    /** The table, or an empty frame of {@code schema} when it has never been written. */
    public Dataset<Row> read(String table, StructType schema) {
        if (!exists(table)) {
            return spark.createDataFrame(java.util.List.of(), schema);
        }
        return spark.read().format("delta").load(path(table));
    }

    /** Creates the table from {@code rows} (possibly empty) when it does not exist yet. */
    private boolean createIfMissing(String table, Dataset<Row> rows, String... partitionBy) {
        if (exists(table)) {
            return false;
        }
        rows.write().format("delta").mode(SaveMode.ErrorIfExists).partitionBy(partitionBy).save(path(table));
        return true;
    }

    /** Inserts new keys and replaces the rows of keys already there. */
    public void upsert(String table, Dataset<Row> rows, String[] keys, String... partitionBy) {
        if (createIfMissing(table, rows, partitionBy)) {
            return;
        }
        DeltaTable.forPath(spark, path(table)).as("t")
                .merge(rows.as("s"), on(keys))
                .whenMatched().updateAll()
                .whenNotMatched().insertAll()
                .execute();
    }

    /** Removes every row whose {@code keyColumn} value appears in {@code keys} (a one-column frame). */
    public void deleteKeys(String table, Dataset<Row> keys, String keyColumn) {
        if (!exists(table)) {
            return;
        }
        DeltaTable.forPath(spark, path(table)).as("t")
                .merge(keys.select(keyColumn).distinct().as("s"), "t." + keyColumn + " = s." + keyColumn)
                .whenMatched().delete()
                .execute();
    }

    public void append(String table, Dataset<Row> rows, String... partitionBy) {
        if (createIfMissing(table, rows, partitionBy)) {
            return;
        }
        rows.write().format("delta").mode(SaveMode.Append).save(path(table));
    }

    private static String on(String[] keys) {
        return Arrays.stream(keys).map(k -> "t." + k + " <=> s." + k).collect(Collectors.joining(" AND "));
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
