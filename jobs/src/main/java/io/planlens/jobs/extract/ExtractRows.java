package io.planlens.jobs.extract;

import static org.apache.spark.sql.types.DataTypes.*;

import io.planlens.extract.Citation;
import io.planlens.extract.Target;
import io.planlens.jobs.Seqs;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;

/** Spark row shapes of the extract stage: the targets and citations tables. */
public final class ExtractRows {
    private ExtractRows() {}

    public static final StructType TARGET = new StructType()
            .add("ordinal", IntegerType, false)
            .add("indicator_code", StringType)
            .add("comparator", StringType)
            .add("value", DoubleType)
            .add("unit", StringType)
            .add("target_year", IntegerType)
            .add("quote", StringType)
            .add("start", IntegerType)
            .add("end", IntegerType)
            .add("subject", StringType)
            .add("unmatched_reason", StringType)
            .add("flags", createArrayType(StringType, false));

    public static final StructType CITATION = new StructType()
            .add("ordinal", IntegerType, false)
            .add("type", StringType)
            .add("number", StringType)
            .add("year", IntegerType)
            .add("code", StringType)
            .add("issued_date", DateType)
            .add("issuing_body", StringType)
            .add("canonical_id", StringType)
            .add("quote", StringType)
            .add("start", IntegerType)
            .add("end", IntegerType)
            .add("named", BooleanType);

    /** One plan's extraction: both lists, so the text is read once. */
    public static final StructType EXTRACTED = new StructType()
            .add("doc_id", StringType, false)
            .add("plan_year", IntegerType)
            .add("province_code", StringType)
            .add("targets", new ArrayType(TARGET, false))
            .add("citations", new ArrayType(CITATION, false))
            .add("error", StringType);

    public static final StructType EXTRACTION_LOG = new StructType()
            .add("doc_id", StringType, false)
            .add("version", StringType)
            .add("targets", IntegerType)
            .add("citations", IntegerType)
            .add("error", StringType);

    /**
     * One plan's targets and citations from its text. Never throws: an extractor error is recorded on
     * the row instead, so one odd plan cannot fail a task.
     */
    public static Row extract(String docId, Integer planYear, String provinceCode, String text) {
        String t = text == null ? "" : text;
        try {
            return extracted(docId, planYear, provinceCode, io.planlens.extract.TargetExtractor.shared().extract(t, planYear),
                    io.planlens.extract.CitationExtractor.shared().extract(t), null);
        } catch (RuntimeException | StackOverflowError e) {
            return extracted(docId, planYear, provinceCode, List.of(), List.of(),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    static Row extracted(String docId, Integer planYear, String provinceCode, List<Target> ts, List<Citation> cs, String error) {
        List<Row> tr = new ArrayList<>(ts.size());
        for (int i = 0; i < ts.size(); i++) {
            Target t = ts.get(i);
            tr.add(RowFactory.create(i, t.indicatorCode(), t.comparator(), t.value(), t.unit(), t.targetYear(),
                    t.quote(), t.start(), t.end(), t.subject(), t.unmatchedReason(),
                    Seqs.of(t.flags())));
        }
        List<Row> cr = new ArrayList<>(cs.size());
        for (int i = 0; i < cs.size(); i++) {
            Citation c = cs.get(i);
            cr.add(RowFactory.create(i, c.type(), c.number(), c.year(), c.code(),
                    c.issuedDate() == null ? null : Date.valueOf(c.issuedDate()), c.issuingBody(), c.canonicalId(),
                    c.quote(), c.start(), c.end(), c.named()));
        }
        return RowFactory.create(docId, planYear, provinceCode, Seqs.of(tr), Seqs.of(cr), error);
    }
}
