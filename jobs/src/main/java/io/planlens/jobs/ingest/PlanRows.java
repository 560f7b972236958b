package io.planlens.jobs.ingest;

import static org.apache.spark.sql.types.DataTypes.*;

import io.planlens.ingest.ParseOutcome;
import io.planlens.jobs.Seqs;
import io.planlens.jobs.extract.ExtractRows;
import io.planlens.ingest.ParsedPlan;
import io.planlens.metadata.PlanMetadata;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/** Spark row shapes of the ingest stage: one parsed file, and the plans table. */
public final class PlanRows {
    private PlanRows() {}

    /** The columns of the plans table (and of a parsed file that became a plan). */
    public static final StructType PLAN = new StructType()
            .add("doc_id", StringType)
            .add("source_path", StringType)
            .add("source_uri", StringType)
            .add("plan_year", IntegerType)
            .add("period", StringType)
            .add("kind", StringType)
            .add("issuer", StringType)
            .add("level", StringType)
            .add("province", StringType)
            .add("province_code", StringType)
            .add("province_2025", StringType)
            .add("district", StringType)
            .add("commune", StringType)
            .add("doc_number", StringType)
            .add("issued_date", DateType)
            .add("signer", StringType)
            .add("quality_flags", createArrayType(StringType, false))
            .add("encoding", StringType)
            .add("text", StringType)
            .add("original_text", StringType);

    /** A parsed file: where it came from and what it gave ({@code status} = plan | reject). */
    public static final StructType OUTCOME = new StructType()
            .add("source_uri", StringType, false)
            .add("length", LongType)
            .add("modification_time", TimestampType)
            .add("status", StringType, false)
            .add("reason", StringType)
            .add("detail", StringType)
            .add("plan", PLAN)
            // targets and citations, found while the text is in memory (null for a reject)
            .add("extracted", ExtractRows.EXTRACTED);

    public static final StructType REJECT = new StructType()
            .add("source_uri", StringType, false)
            .add("source_path", StringType)
            .add("reason", StringType)
            .add("detail", StringType);

    public static final StructType INGEST_LOG = new StructType()
            .add("source_uri", StringType, false)
            .add("length", LongType)
            .add("modification_time", TimestampType)
            .add("status", StringType)
            .add("doc_id", StringType);

    static Row outcome(String uri, String relPath, long length, Timestamp mtime, ParseOutcome o) {
        if (!o.isPlan()) {
            return RowFactory.create(uri, length, mtime, "reject", o.reject().reason(), o.reject().detail(),
                    RowFactory.create(null, relPath, uri, null, null, null, null, null, null, null, null, null,
                            null, null, null, null, Seqs.of(List.of()), null, null, null), null);
        }
        ParsedPlan p = o.plan();
        PlanMetadata m = p.metadata();
        Row plan = RowFactory.create(p.docId(), relPath, uri, m.planYear(), m.period(), m.kind(), m.issuer(), m.level(),
                m.province(), m.provinceCode(), m.province2025(), m.district(), m.commune(), m.docNumber(),
                m.issuedDate() == null ? null : Date.valueOf(m.issuedDate()), m.signer(),
                Seqs.of(m.qualityFlags()), p.encoding(), p.text(), p.originalText());
        return RowFactory.create(uri, length, mtime, "plan", null, null, plan,
                ExtractRows.extract(p.docId(), m.planYear(), m.provinceCode(), p.text()));
    }

    public static Row rejected(String uri, String relPath, long length, Timestamp mtime, String reason, String detail) {
        return outcome(uri, relPath, length, mtime, ParseOutcome.rejected(relPath, reason, detail));
    }

    /**
     * The stored plans without their texts, on disk in a few partitions; the caller unpersists it. The derived
     * stages read every plan's metadata several times, and a scan of the plans table itself costs a task per
     * split of files that are mostly text (a hundred tasks at 100,000 plans, for a few megabytes of metadata).
     */
    public static org.apache.spark.sql.Dataset<Row> metadata(io.planlens.jobs.store.Warehouse wh) {
        int partitions = Math.max(1, 2 * wh.spark().sparkContext().defaultParallelism());
        return wh.read(io.planlens.jobs.store.Warehouse.PLANS, PLAN).drop("text", "original_text")
                .coalesce(partitions)
                .persist(org.apache.spark.storage.StorageLevel.DISK_ONLY());
    }

    /** Hands {@link #metadata} to {@code use} and drops the cache when it returns. */
    public static <T> T withMetadata(io.planlens.jobs.store.Warehouse wh,
                                     java.util.function.Function<org.apache.spark.sql.Dataset<Row>, T> use) {
        org.apache.spark.sql.Dataset<Row> plans = metadata(wh);
        try {
            return use.apply(plans);
        } finally {
            plans.unpersist();
        }
    }
}
