package io.planlens.jobs.adoption;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/** Whether plans take over the national action programme's targets, a stricter or a weaker value. */
public final class IndicatorAdoption {
    private IndicatorAdoption() {}

    private static final UserDefinedFunction BENCHMARK = udf(
            (UDF4<String, Double, Double, Integer, Double>) IndicatorComparison::benchmark, DataTypes.DoubleType);
    private static final UserDefinedFunction BENCHMARK_YEAR = udf(
            (UDF4<String, Double, Double, Integer, Integer>) IndicatorComparison::benchmarkYear, DataTypes.IntegerType);
    private static final UserDefinedFunction CLASSIFY = udf(
            (UDF6<String, String, Double, String, Double, String, String>) IndicatorComparison::classify,
            DataTypes.StringType);

    /** indicator_adoption: one row per target a plan states for a national (NAP-*) indicator. */
    public static Dataset<Row> detail(Dataset<Row> plans, Dataset<Row> targets, Dataset<Row> indicators) {
        Dataset<Row> t = targets.filter(col("indicator_code").startsWith("NAP-"))
                .select(col("doc_id"), col("ordinal"), col("indicator_code"), col("comparator"), col("value"),
                        col("unit").as("value_unit"), col("target_year"), col("quote"));
        Dataset<Row> p = Adoption.planUnits(plans).select("doc_id", "unit", "issuer", "level", "province", "district",
                "plan_year");
        Column year = coalesce(col("target_year"), col("plan_year"));
        Column national = BENCHMARK.apply(col("direction"), col("national_2025"), col("national_2030"), year);
        Dataset<Row> j = t.join(p, "doc_id").join(indicators, "indicator_code")
                .withColumn("target_year", year)
                .withColumn("national_value", national)
                .withColumn("national_year",
                        BENCHMARK_YEAR.apply(col("direction"), col("national_2025"), col("national_2030"), year))
                .withColumn("adoption", CLASSIFY.apply(col("direction"), col("indicator_unit"), col("national_value"),
                        col("comparator"), col("value"), col("value_unit")));
        Column comparable = col("adoption").isin(IndicatorComparison.NATIONAL, IndicatorComparison.STRICTER,
                IndicatorComparison.WEAKER);
        return j.select(col("doc_id"), col("unit"), col("issuer"), col("level"), col("province"), col("district"),
                col("plan_year"), col("indicator_code"), col("direction"), col("comparator"), col("value"),
                col("value_unit"), col("target_year"), col("national_value"), col("national_year"),
                col("adoption"),
                when(comparable, round(col("value").minus(col("national_value")), 6)).as("difference"),
                col("quote"), col("ordinal"));
    }

    /**
     * indicator_adoption_summary: per indicator, level and plan year, how many plans state it and how
     * many of them state the national value, a stricter or a weaker one (a plan stating it for two
     * years in two ways counts in both).
     */
    public static Dataset<Row> summary(Dataset<Row> detail) {
        return detail.groupBy("indicator_code", "direction", "level", "plan_year")
                .agg(countDistinct("doc_id").as("plans"),
                        plansWith(IndicatorComparison.NATIONAL).as("national"),
                        plansWith(IndicatorComparison.STRICTER).as("stricter"),
                        plansWith(IndicatorComparison.WEAKER).as("weaker"),
                        plansWith(IndicatorComparison.NOT_COMPARABLE).as("not_comparable"),
                        plansWith(IndicatorComparison.NO_NATIONAL_VALUE).as("no_national_value"));
    }

    private static Column plansWith(String adoption) {
        return count_distinct(when(col("adoption").equalTo(adoption), col("doc_id")));
    }
}
