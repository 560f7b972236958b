package io.planlens.jobs.adoption;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * citation_chain: a plan citing a local plan ("Thực hiện Kế hoạch số 111/KH-UBND ngày 15/4/2021 của
 * UBND huyện") linked to that plan when it is in the corpus.
 *
 * <p>A cited plan and a corpus plan are candidates when their number and code agree ("111" +
 * "KH-UBND" = "111/KH-UBND"). A candidate is dropped when anything known contradicts it: both
 * issue dates known and different; the cited issuer's level word ("UBND huyện") or place name
 * ("UBND tỉnh Hải Dương") not the candidate's; a province other than the citing plan's; a district
 * plan of another district than the citing commune's or school's; a candidate issued after the
 * citing plan. Number and code alone are not enough: the issue date, the level word or the place
 * name must also agree. Of the candidates left, those with the best evidence are kept
 * (date > place > same district > level); {@code candidates} says how many tie.
 */
public final class CitationChain {
    private CitationChain() {}

    private static final UserDefinedFunction KEY =
            udf((UDF2<String, String, String>) IssuerRefs::key, DataTypes.StringType);
    private static final UserDefinedFunction DOC_KEY =
            udf((UDF1<String, String>) IssuerRefs::docNumberKey, DataTypes.StringType);
    private static final UserDefinedFunction LEVEL =
            udf((UDF2<String, String, String>) IssuerRefs::level, DataTypes.StringType);
    private static final UserDefinedFunction PLACE =
            udf((UDF2<String, String, String>) IssuerRefs::place, DataTypes.StringType);
    private static final UserDefinedFunction PLACE_MATCHES = udf(
            (UDF5<String, String, String, String, String, Boolean>) IssuerRefs::placeMatches, DataTypes.BooleanType);

    public static Dataset<Row> links(Dataset<Row> plans, Dataset<Row> citations) {
        Dataset<Row> cites = citations.filter(col("type").equalTo("KH"))
                .select(col("doc_id").as("child_doc_id"), col("ordinal"), col("number"), col("code"),
                        col("issued_date").as("cited_date"), KEY.apply(col("number"), col("code")).as("key"),
                        LEVEL.apply(col("issuing_body"), col("quote")).as("cited_level"),
                        PLACE.apply(col("issuing_body"), col("quote")).as("cited_place"))
                .filter(col("key").isNotNull());
        Dataset<Row> child = plans.select(col("doc_id").as("child_doc_id"), col("level").as("child_level"),
                col("province").as("child_province"), col("district").as("child_district"),
                col("issued_date").as("child_date"));
        Dataset<Row> parent = plans.select(col("doc_id").as("parent_doc_id"), DOC_KEY.apply(col("doc_number")).as("key"),
                        col("doc_number").as("parent_doc_number"), col("issuer").as("parent_issuer"),
                        col("level").as("parent_level"), col("province").as("parent_province"),
                        col("district").as("parent_district"), col("commune").as("parent_commune"),
                        col("issued_date").as("parent_date"), col("plan_year").as("parent_plan_year"))
                .filter(col("key").isNotNull());

        Column bothDates = col("cited_date").isNotNull().and(col("parent_date").isNotNull());
        Column dateMatch = bothDates.and(col("cited_date").equalTo(col("parent_date")));
        Column levelMatch = col("cited_level").isNotNull().and(col("cited_level").equalTo(col("parent_level")));
        Column placeMatch = col("cited_place").isNotNull().and(PLACE_MATCHES.apply(col("cited_place"),
                col("parent_issuer"), col("parent_province"), col("parent_district"), col("parent_commune")));
        Column sameProvince = col("child_province").isNotNull().and(col("child_province").equalTo(col("parent_province")));
        Column belowDistrict = col("parent_level").equalTo("district").and(col("child_level").isin("commune", "school"))
                .and(col("child_district").isNotNull()).and(col("parent_district").isNotNull());
        Column sameDistrict = belowDistrict.and(col("child_district").equalTo(col("parent_district")));

        Column ok = not(bothDates).or(dateMatch)
                .and(col("cited_level").isNull().or(col("parent_level").isNull()).or(levelMatch))
                .and(col("cited_place").isNull().or(placeMatch))
                .and(col("child_province").isNull().or(col("parent_province").isNull()).or(sameProvince))
                .and(not(belowDistrict).or(sameDistrict))
                .and(col("child_date").isNull().or(col("parent_date").isNull())
                        .or(col("parent_date").leq(col("child_date"))))
                .and(dateMatch.or(levelMatch).or(placeMatch));
        Column score = when(dateMatch, 8).otherwise(0).plus(when(placeMatch, 4).otherwise(0))
                .plus(when(sameDistrict, 2).otherwise(0)).plus(when(levelMatch, 1).otherwise(0));
        Column basis = concat_ws("+", lit("number_code"), when(dateMatch, lit("issued_date")),
                when(levelMatch, lit("level")), when(placeMatch, lit("place")),
                when(sameProvince, lit("province")), when(sameDistrict, lit("district")));

        Dataset<Row> cand = cites.join(child, "child_doc_id").join(parent, "key")
                .filter(col("child_doc_id").notEqual(col("parent_doc_id")))
                .filter(ok)
                .withColumn("score", score)
                .withColumn("match_basis", basis);
        Dataset<Row> best = cand
                .withColumn("best", max("score").over(Window.partitionBy("child_doc_id", "ordinal")))
                .filter(col("score").equalTo(col("best")))
                .withColumn("candidates", count(lit(1)).over(Window.partitionBy("child_doc_id", "ordinal")));
        return best.select(col("child_doc_id"), col("parent_doc_id"), col("match_basis"),
                        concat_ws("/", col("number"), col("code")).as("cited_number"), col("cited_date"),
                        col("child_level"), col("parent_level"), col("parent_issuer"), col("parent_doc_number"),
                        col("parent_date"), col("parent_plan_year"), col("candidates").cast(DataTypes.IntegerType).as("candidates"))
                .dropDuplicates("child_doc_id", "parent_doc_id");
    }
}
