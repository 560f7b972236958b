package io.planlens.jobs.adoption;

import static org.apache.spark.sql.types.DataTypes.*;

import io.planlens.reference.ReferenceFiles;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** The national reference files as small frames (read on the driver; they have a few dozen rows). */
public final class References {
    private References() {}

    public static final StructType NATIONAL_DOCUMENT = new StructType()
            .add("document_id", StringType, false)
            .add("document_type", StringType)
            .add("document_number", StringType)
            .add("document_year", IntegerType)
            .add("document_issuer", StringType)
            .add("document_issued_date", DateType)
            .add("document_title", StringType);

    public static final StructType INDICATOR = new StructType()
            .add("indicator_code", StringType, false)
            .add("indicator_label", StringType)
            .add("indicator_unit", StringType)
            .add("direction", StringType)
            .add("national_2025", DoubleType)
            .add("national_2030", DoubleType);

    public static Dataset<Row> nationalDocuments(SparkSession spark) {
        List<Row> rows = new ArrayList<>();
        for (Map<String, String> r : ReferenceFiles.rows("national-documents.csv")) {
            rows.add(RowFactory.create(r.get("id"), blank(r.get("type")), blank(r.get("number")),
                    integer(r.get("year")), blank(r.get("issuer")),
                    blank(r.get("issued_date")) == null ? null : Date.valueOf(r.get("issued_date").trim()),
                    blank(r.get("title_vi"))));
        }
        return spark.createDataFrame(rows, NATIONAL_DOCUMENT);
    }

    /** The national indicators: the NAP-* codes of the catalogue (the national action programme's targets). */
    public static Dataset<Row> nationalIndicators(SparkSession spark) {
        List<Row> rows = new ArrayList<>();
        for (io.planlens.reference.Indicator i : io.planlens.reference.IndicatorCatalog.shared().all()) {
            if (!i.code().startsWith("NAP-")) continue;
            rows.add(RowFactory.create(i.code(), i.labelVi(), i.unit(), i.direction(), i.national2025(), i.national2030()));
        }
        return spark.createDataFrame(rows, INDICATOR);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Integer integer(String s) {
        return blank(s) == null ? null : Integer.valueOf(s.trim());
    }
}
