package io.planlens.jobs.adoption;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * text_reuse: how much of a plan repeats an earlier plan of the same issuer, or its parent plan.
 *
 * <p>Each plan becomes the set of its word 5-shingles ({@link Shingles}), once. For
 * {@value #SAME_ISSUER_EARLIER}, the plans are grouped by unit (the issuer with its province and
 * district, {@link Adoption#unit()}) and each plan is compared, exactly, with the unit's plans of
 * earlier years ({@link EarlierPlans}: every pair in a unit of up to {@value EarlierPlans#EXACT_UP_TO}
 * plans, MinHash candidates only in a larger one), so the work grows with the size of the units, not
 * with the square of the corpus. For {@value #PARENT}, each link of citation_chain is compared
 * directly: exact Jaccard of the child's and the parent's shingle sets. Jaccard values are rounded to
 * 4 decimals.
 */
public final class TextReuse {
    /** Less similar earlier plans are never reported for same_issuer_earlier. */
    public static final double MIN_SIMILARITY = EarlierPlans.MIN_SIMILARITY;
    /** A plan at least this similar to the same issuer's plan of the year before is a near copy of it. */
    public static final double NEAR_COPY = EarlierPlans.NEAR_COPY;
    public static final String SAME_ISSUER_EARLIER = "same_issuer_earlier";
    public static final String PARENT = "parent";

    /** A plan's shingle set, with what text_reuse reports of the plan. */
    public static final StructType FEATURES = new StructType()
            .add("doc_id", DataTypes.StringType)
            .add("unit", DataTypes.StringType)
            .add("issuer", DataTypes.StringType)
            .add("plan_year", DataTypes.IntegerType)
            .add("shingles", DataTypes.createArrayType(DataTypes.IntegerType, false));

    /** The text_reuse table. */
    public static final StructType TEXT_REUSE = new StructType()
            .add("doc_id", DataTypes.StringType)
            .add("unit", DataTypes.StringType)
            .add("issuer", DataTypes.StringType)
            .add("plan_year", DataTypes.IntegerType)
            .add("relation", DataTypes.StringType)
            .add("similar_doc_id", DataTypes.StringType)
            .add("similar_issuer", DataTypes.StringType)
            .add("similar_plan_year", DataTypes.IntegerType)
            .add("jaccard", DataTypes.DoubleType)
            .add("near_copy", DataTypes.BooleanType)
            .add("shingles", DataTypes.IntegerType)
            .add("similar_shingles", DataTypes.IntegerType);

    private TextReuse() {}

    /** Each plan with an issuer and text that has words: doc_id, unit, issuer, plan_year and its shingle set. */
    public static Dataset<Row> features(Dataset<Row> plans) {
        return plans.filter(col("issuer").isNotNull().and(col("text").isNotNull()))
                .select(col("doc_id"), Adoption.unit().as("unit"), col("issuer"), col("plan_year"), col("text"))
                .flatMap((FlatMapFunction<Row, Row>) r -> {
                    int[] s = Shingles.hashes(r.getString(4), Shingles.K);
                    return s.length == 0 ? Collections.emptyIterator()
                            : List.of(RowFactory.create(r.get(0), r.get(1), r.get(2), r.get(3), s)).iterator();
                }, Encoders.row(FEATURES));
    }

    /** One row per plan and relation: the most similar earlier plan of its unit, and its parent plan. */
    public static Dataset<Row> pairs(Dataset<Row> features, Dataset<Row> chain) {
        return sameIssuerEarlier(features).unionByName(parents(features, chain));
    }

    static Dataset<Row> sameIssuerEarlier(Dataset<Row> features) {
        return features.groupByKey((MapFunction<Row, String>) r -> r.getString(1), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (unit, rows) -> {
                    List<EarlierPlans.Plan> plans = new ArrayList<>();
                    while (rows.hasNext()) {
                        Row r = rows.next();
                        plans.add(new EarlierPlans.Plan(r.getString(0), r.getString(2),
                                r.isNullAt(3) ? null : r.getInt(3), ints(r, 4)));
                    }
                    List<Row> out = new ArrayList<>();
                    for (EarlierPlans.Match m : EarlierPlans.best(plans)) {
                        EarlierPlans.Plan a = m.plan(), b = m.earlier();
                        out.add(RowFactory.create(a.docId(), unit, a.issuer(), a.year(), SAME_ISSUER_EARLIER,
                                b.docId(), b.issuer(), b.year(), m.jaccard(), m.nearCopy(), a.shingles().length,
                                b.shingles().length));
                    }
                    return out.iterator();
                }, Encoders.row(TEXT_REUSE));
    }

    /**
     * Each citation_chain link whose child and parent both have shingles, with their exact Jaccard. The links
     * (two ids each) are broadcast to pick up the child's shingles; only then are rows shuffled, the links
     * with their children's shingles and the parent plans' own, once each, to meet by parent.
     */
    static Dataset<Row> parents(Dataset<Row> features, Dataset<Row> chain) {
        Dataset<Row> links = broadcast(chain.select("child_doc_id", "parent_doc_id").distinct());
        Dataset<Row> children = features.select(col("doc_id").as("child_doc_id"), col("unit"), col("issuer"),
                        col("plan_year"), col("shingles"))
                .join(links, "child_doc_id");
        Dataset<Row> parentPlans = features.select(col("doc_id").as("parent_doc_id"),
                        col("issuer").as("parent_issuer"), col("plan_year").as("parent_plan_year"),
                        col("shingles").as("parent_shingles"))
                .join(broadcast(links.select("parent_doc_id").distinct()), "parent_doc_id");
        Column common = size(array_intersect(col("shingles"), col("parent_shingles")));
        Column union = size(col("shingles")).plus(size(col("parent_shingles"))).minus(common);
        return children.join(parentPlans, "parent_doc_id")
                .select(col("child_doc_id").as("doc_id"), col("unit"), col("issuer"), col("plan_year"),
                        lit(PARENT).as("relation"), col("parent_doc_id").as("similar_doc_id"),
                        col("parent_issuer").as("similar_issuer"), col("parent_plan_year").as("similar_plan_year"),
                        round(common.divide(union), 4).as("jaccard"), lit(null).cast(DataTypes.BooleanType).as("near_copy"),
                        size(col("shingles")).as("shingles"), size(col("parent_shingles")).as("similar_shingles"));
    }

    private static int[] ints(Row r, int i) {
        List<Integer> l = r.getList(i);
        int[] a = new int[l.size()];
        int k = 0;
        for (int v : l) a[k++] = v;
        return a;
    }
}
