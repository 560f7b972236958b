package io.planlens.jobs.adoption;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * text_reuse: how much of a plan repeats an earlier plan of the same issuer, or its parent plan.
 *
 * <p>Each plan becomes the set of its word 5-shingles ({@link Shingles}), hashed into a binary
 * {@code HashingTF} vector of 2^20 features. Spark MLlib's MinHash LSH gives every plan
 * {@value #HASH_TABLES} MinHash values; two plans of the same issuer are candidates when they share one
 * (the LSH banding of {@code approxSimilarityJoin}, blocked by issuer so that boilerplate shared by
 * thousands of plans cannot make the join quadratic), which finds pairs of Jaccard similarity
 * {@value #MIN_SIMILARITY} or more without comparing every pair; for the candidates, the Jaccard
 * similarity of the two shingle sets is computed exactly. Parent plans (from citation_chain) are compared directly, one pair per link.
 */
public final class TextReuse {
    /** Pairs less similar than this may be missed by LSH (and are never reported for same_issuer_earlier). */
    public static final double MIN_SIMILARITY = 0.3;
    /** A plan at least this similar to the same issuer's plan of the year before is a near copy of it. */
    public static final double NEAR_COPY = 0.8;
    public static final String SAME_ISSUER_EARLIER = "same_issuer_earlier";
    public static final String PARENT = "parent";
    static final int FEATURES = 1 << 20;
    static final int HASH_TABLES = 8;
    static final long SEED = 20210107L;

    private TextReuse() {}

    private static final UserDefinedFunction SHINGLES = udf(
            (UDF1<String, int[]>) t -> Shingles.hashes(t, Shingles.K),
            DataTypes.createArrayType(DataTypes.IntegerType, false));

    /** Each plan with text: its unit, year and shingle set as a binary feature vector. */
    public static Dataset<Row> features(Dataset<Row> plans) {
        Dataset<Row> docs = plans.filter(col("issuer").isNotNull().and(col("text").isNotNull()))
                .select(col("doc_id"), Adoption.unit().as("unit"), col("issuer"), col("plan_year"),
                        SHINGLES.apply(col("text")).as("shingles"))
                .filter(size(col("shingles")).gt(0));
        return new HashingTF().setInputCol("shingles").setOutputCol("features").setNumFeatures(FEATURES)
                .setBinary(true).transform(docs);
    }

    private static Column jaccard(String a, String b) {
        Column sa = col(a + ".shingles");
        Column sb = col(b + ".shingles");
        return round(size(array_intersect(sa, sb)).divide(size(array_union(sa, sb))), 4);
    }

    /** One row per plan and relation: the most similar earlier plan of its issuer, and its parent plan. */
    public static Dataset<Row> pairs(Dataset<Row> features, Dataset<Row> chain) {
        MinHashLSHModel lsh = new MinHashLSH().setInputCol("features").setOutputCol("hashes")
                .setNumHashTables(HASH_TABLES).setSeed(SEED).fit(features);
        // Candidates share a MinHash value in at least one hash table AND the issuer: blocking on the unit keeps
        // the join to a unit's own plans, so boilerplate shared by thousands of plans cannot blow it up.
        Dataset<Row> keys = lsh.transform(features)
                .select(col("doc_id"), col("unit"), col("plan_year"), posexplode(col("hashes")).as(new String[] {"tbl", "h"}))
                .select(col("doc_id"), col("unit"), col("plan_year"), col("tbl"),
                        org.apache.spark.ml.functions.vector_to_array(col("h"), "float64").getItem(0).as("hv"));
        Dataset<Row> x = keys.as("x");
        Dataset<Row> y = keys.as("y");
        Dataset<Row> candidates = x.join(y, col("x.unit").equalTo(col("y.unit"))
                        .and(col("x.tbl").equalTo(col("y.tbl")))
                        .and(col("x.hv").equalTo(col("y.hv")))
                        .and(col("y.plan_year").lt(col("x.plan_year"))))
                .select(col("x.doc_id").as("a_id"), col("y.doc_id").as("b_id"))
                .distinct();
        Dataset<Row> f0 = features.select("doc_id", "unit", "issuer", "plan_year", "shingles");
        Dataset<Row> found = candidates
                .join(f0.select(struct(col("*")).as("a")), col("a_id").equalTo(col("a.doc_id")))
                .join(f0.select(struct(col("*")).as("b")), col("b_id").equalTo(col("b.doc_id")))
                .withColumn("jaccard", jaccard("a", "b"))
                .filter(col("jaccard").geq(MIN_SIMILARITY))
                .withColumn("relation", lit(SAME_ISSUER_EARLIER));
        Dataset<Row> best = found
                .withColumn("rn", row_number().over(Window.partitionBy(col("a.doc_id"))
                        .orderBy(col("jaccard").desc(), col("b.plan_year").desc(), col("b.doc_id"))))
                .filter(col("rn").equalTo(1))
                .withColumn("near_copy", col("jaccard").geq(NEAR_COPY)
                        .and(col("b.plan_year").equalTo(col("a.plan_year").minus(1))));

        Dataset<Row> f = features.select("doc_id", "unit", "issuer", "plan_year", "shingles");
        Dataset<Row> links = chain.select("child_doc_id", "parent_doc_id").distinct();
        Dataset<Row> parents = links
                .join(f.select(struct(col("*")).as("a")), col("child_doc_id").equalTo(col("a.doc_id")))
                .join(f.select(struct(col("*")).as("b")), col("parent_doc_id").equalTo(col("b.doc_id")))
                .withColumn("jaccard", jaccard("a", "b"))
                .withColumn("relation", lit(PARENT))
                .withColumn("near_copy", lit(null).cast(DataTypes.BooleanType));

        return shape(best).unionByName(shape(parents));
    }

    private static Dataset<Row> shape(Dataset<Row> d) {
        return d.select(col("a.doc_id").as("doc_id"), col("a.unit").as("unit"), col("a.issuer").as("issuer"),
                col("a.plan_year").as("plan_year"), col("relation"), col("b.doc_id").as("similar_doc_id"),
                col("b.issuer").as("similar_issuer"), col("b.plan_year").as("similar_plan_year"),
                col("jaccard"), col("near_copy"), size(col("a.shingles")).as("shingles"),
                size(col("b.shingles")).as("similar_shingles"));
    }
}
