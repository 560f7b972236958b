package io.planlens.jobs.adoption;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * When each unit (a plan issuer) first cites each national document: adoption lags, cumulative
 * adoption curves and the long event table used by policy-diffusion models.
 */
public final class Adoption {
    /** The level of the "every level together" rows of the adoption curve. */
    public static final String ALL_LEVELS = "all";

    private Adoption() {}

    /**
     * A unit's name: "province / district / issuer" (parts that are unknown are left out), so two
     * communes with the same name in different districts stay apart.
     */
    public static Column unit() {
        return concat_ws(" / ", col("province"), col("district"), col("issuer"));
    }

    /** Plans that have an issuer, with their unit. */
    public static Dataset<Row> planUnits(Dataset<Row> plans) {
        return plans.filter(col("issuer").isNotNull())
                .select(col("doc_id"), unit().as("unit"), col("issuer"), col("level"), col("province"),
                        col("district"), col("commune"), col("plan_year"), col("issued_date"), col("doc_number"));
    }

    /** adoption_lags: one row per national document and unit citing it, from the unit's first citing plan. */
    public static Dataset<Row> lags(Dataset<Row> plans, Dataset<Row> citations, Dataset<Row> documents) {
        Dataset<Row> cites = citations.filter(col("canonical_id").isNotNull())
                .select(col("doc_id"), col("canonical_id").as("document_id")).distinct();
        Dataset<Row> cited = cites.join(planUnits(plans), "doc_id");
        WindowSpec byUnit = Window.partitionBy("document_id", "unit");
        WindowSpec firstFirst = byUnit.orderBy(col("plan_year").asc_nulls_last(), col("issued_date").asc_nulls_last(),
                col("doc_id"));
        Dataset<Row> first = cited.withColumn("citing_plans", count(lit(1)).over(byUnit))
                .withColumn("rn", row_number().over(firstFirst))
                .filter(col("rn").equalTo(1));
        return first.join(documents, new String[] {"document_id"}, "left")
                .select(col("document_id"), col("document_type"), col("document_number"), col("document_issued_date"),
                        col("unit"), col("level"), col("province"), col("district"), col("issuer"),
                        col("plan_year").as("first_plan_year"), col("issued_date").as("first_plan_issued_date"),
                        datediff(col("issued_date"), col("document_issued_date")).as("lag_days"),
                        col("doc_id").as("first_doc_id"), col("citing_plans").cast(DataTypes.IntegerType).as("citing_plans"));
    }

    public static final StructType CURVE = new StructType()
            .add("document_id", DataTypes.StringType)
            .add("level", DataTypes.StringType)
            .add("year", DataTypes.IntegerType)
            .add("years_since_issue", DataTypes.IntegerType)
            .add("adopters", DataTypes.LongType)
            .add("regions", DataTypes.LongType)
            .add("cumulative_share", DataTypes.DoubleType);

    /**
     * adoption_curve: for each national document, level (and {@value #ALL_LEVELS}) and corpus year
     * from the document's issue year on, the units of that level that have cited it in a plan of that
     * year or before ({@code adopters}) over the units of that level with any plan of that year or
     * before ({@code regions}). Plans without a year count in neither.
     */
    public static Dataset<Row> curve(Dataset<Row> plans, Dataset<Row> lags, Dataset<Row> documents) {
        SparkSession spark = plans.sparkSession();
        Dataset<Row> p = planUnits(plans).filter(col("plan_year").isNotNull())
                .withColumn("level", coalesce(col("level"), lit("other")));
        Row span = p.agg(min("plan_year"), max("plan_year")).first();
        if (span.isNullAt(0)) {
            return spark.createDataFrame(List.of(), CURVE);
        }
        List<Row> ys = new ArrayList<>();
        for (int y = span.getInt(0); y <= span.getInt(1); y++) ys.add(RowFactory.create(y));
        Dataset<Row> years = broadcast(spark.createDataFrame(ys, new StructType().add("year", DataTypes.IntegerType)));

        Dataset<Row> unitsFirst = p.groupBy("unit", "level").agg(min("plan_year").as("first_year"));
        Dataset<Row> regions = withAllLevels(unitsFirst.crossJoin(years)
                .filter(col("first_year").leq(col("year"))).select("unit", "level", "year"))
                .groupBy("level", "year").agg(countDistinct("unit").as("regions"));

        Dataset<Row> adopted = lags.filter(col("first_plan_year").isNotNull())
                .select(col("document_id"), col("unit"), coalesce(col("level"), lit("other")).as("level"),
                        col("first_plan_year"));
        Dataset<Row> adopters = withAllLevels(adopted.crossJoin(years)
                .filter(col("first_plan_year").leq(col("year"))).select("unit", "level", "year", "document_id"))
                .groupBy("document_id", "level", "year").agg(countDistinct("unit").as("adopters"));

        Dataset<Row> docYears = documents.select(col("document_id"),
                coalesce(year(col("document_issued_date")), col("document_year")).as("issue_year"));
        return docYears.crossJoin(regions)
                .filter(col("issue_year").isNull().or(col("year").geq(col("issue_year"))))
                .join(adopters, new String[] {"document_id", "level", "year"}, "left")
                .select(col("document_id"), col("level"), col("year"),
                        col("year").minus(col("issue_year")).cast(DataTypes.IntegerType).as("years_since_issue"),
                        coalesce(col("adopters"), lit(0L)).as("adopters"), col("regions"),
                        round(coalesce(col("adopters"), lit(0L)).divide(col("regions")), 4).as("cumulative_share"));
    }

    /** The rows once as they are and once more with level {@value #ALL_LEVELS}. */
    private static Dataset<Row> withAllLevels(Dataset<Row> rows) {
        String[] cols = rows.columns();
        Column[] all = new Column[cols.length];
        for (int i = 0; i < cols.length; i++) {
            all[i] = cols[i].equals("level") ? lit(ALL_LEVELS).as("level") : col(cols[i]);
        }
        return rows.union(rows.select(all));
    }

    /**
     * adoption_events: one row per unit and national document it adopted, in the long format of
     * policy-diffusion data (unit, policy, adoption year), plus where and by which plan.
     */
    public static Dataset<Row> events(Dataset<Row> lags) {
        return lags.filter(col("first_plan_year").isNotNull())
                .select(col("unit"), col("level"), col("province"), col("document_id").as("policy"),
                        col("first_plan_year").as("adoption_year"), col("first_plan_issued_date").as("adoption_date"),
                        col("district"), col("issuer"), col("first_doc_id").as("doc_id"));
    }
}
