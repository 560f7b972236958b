package io.planlens.jobs.compare;

import static org.apache.spark.sql.functions.*;
import static org.apache.spark.sql.types.DataTypes.*;

import io.planlens.reference.ReferenceFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.StructType;

/**
 * The comparison tables, each a function of the warehouse tables it reads (and the reference
 * files), so each can be tested on a hand-written corpus.
 *
 * <p>Rules every table shares:
 * <ul>
 *   <li>A <em>level target</em> is a target with an indicator code and a comparator {@code >=, <=, >, <, =};
 *       a relative target ({@code reduce_by}, {@code increase_by}) says how much to move, not where
 *       to arrive, so it counts for coverage but is not compared as a level.</li>
 *   <li>The year of a target is its target year, or the plan year when the text gives none.</li>
 *   <li>"More ambitious" follows the indicator's direction: higher for {@code min}, lower for
 *       {@code max} and {@code zero}.</li>
 *   <li>Values are compared only in the same unit.</li>
 * </ul>
 */
public final class CompareTables {
    private CompareTables() {}

    static final List<String> LEVEL_COMPARATORS = List.of(">=", "<=", ">", "<", "=");
    /** Sub-national levels whose missing province is filled from the corpus. */
    static final List<String> BELOW_PROVINCE = List.of("district", "commune", "school", "other");
    /** Levels whose missing district is filled from the corpus. */
    static final List<String> BELOW_DISTRICT = List.of("commune", "school");

    // ---------------------------------------------------------------- reference frames

    public static final StructType REGION = new StructType()
            .add("province_code", StringType, false)
            .add("province", StringType)
            .add("type", StringType)
            .add("region", StringType)
            .add("province_2025", StringType);

    /** The 63 provinces with region and 2025 successor. */
    public static Dataset<Row> regionsReference(SparkSession spark, Regions regions) {
        List<Row> rows = new ArrayList<>();
        for (Regions.Province p : regions.provinces()) {
            rows.add(RowFactory.create(p.code(), p.name(), p.type(), p.region(), p.province2025()));
        }
        return spark.createDataFrame(rows, REGION);
    }

    public static final StructType INDICATOR = new StructType()
            .add("indicator_code", StringType, false)
            .add("group", StringType)
            .add("catalogue_unit", StringType)
            .add("direction", StringType)
            .add("national_2025", DoubleType)
            .add("national_2030", DoubleType);

    /** indicators.csv: code, unit, direction and the two national values. */
    public static Dataset<Row> indicators(SparkSession spark) {
        List<Row> rows = new ArrayList<>();
        for (io.planlens.reference.Indicator i : io.planlens.reference.IndicatorCatalog.shared().all()) {
            rows.add(RowFactory.create(i.code(), i.group(), i.unit(), i.direction(), i.national2025(), i.national2030()));
        }
        return spark.createDataFrame(rows, INDICATOR);
    }

    private static Double number(String s) {
        if (s == null || s.isBlank()) return null;
        return Double.valueOf(s.trim());
    }

    // ---------------------------------------------------------------- helpers

    private static Column blank(String c) {
        return when(trim(col(c)).equalTo(""), lit(null).cast(StringType)).otherwise(col(c));
    }

    /** "12 /KH-UBND" and "12/kh-ubnd" are one document number. */
    private static Column docKey(Column c) {
        return upper(regexp_replace(c, "\\s+", ""));
    }

    static Column levelRank(Column level) {
        return when(level.equalTo("national"), 4).when(level.equalTo("province"), 3)
                .when(level.equalTo("district"), 2).when(level.equalTo("commune"), 1).otherwise(0);
    }

    /** Ascending order of this column puts the most ambitious value first. */
    static Column ambitionOrder(Column direction, Column value) {
        return when(direction.equalTo("min"), lit(0.0).minus(value)).otherwise(value);
    }

    /** Positive = more ambitious than {@code national}: min: value − national; max: national − value; zero: −value. */
    static Column gap(Column direction, Column value, Column national) {
        return round(when(direction.equalTo("min"), value.minus(national))
                .when(direction.equalTo("max"), national.minus(value))
                .when(direction.equalTo("zero"), lit(0.0).minus(value)), 6);
    }

    /** The catalogue's national value for a year: national_2025 up to 2025, national_2030 after. */
    static Column nationalFor(Column year) {
        return when(year.leq(2025), col("national_2025")).otherwise(col("national_2030"));
    }

    private static UserDefinedFunction unitKeyUdf() {
        return udf((UDF5<String, String, String, String, String, String>) Regions::unitKey, StringType);
    }

    private static UserDefinedFunction keyUdf() {
        return udf((UDF1<String, String>) Regions::key, StringType);
    }

    // ---------------------------------------------------------------- 1. plan regions

    public static final String[] PLAN_REGION_ORDER = {"source_path", "doc_id"};

    /**
     * Every plan placed in the province reference. Province and district come from ingest when it
     * found them; otherwise from the parent plan the plan cites ("Kế hoạch số N/KH-UBND ngày ... của
     * UBND huyện X" whose number and date are a plan in the corpus; the nearest higher level wins,
     * two candidates at that level match none), else from the issuing body the citation names.
     * Two passes, so a commune inherits what its district plan inherited from its province plan.
     */
    public static Dataset<Row> planRegions(Dataset<Row> plans, Dataset<Row> citations, Regions regions) {
        Dataset<Row> base = plans.select(col("doc_id"), col("source_path"), col("plan_year"), col("issuer"),
                col("level"), blank("province").as("own_province"), blank("province_code").as("own_province_code"),
                blank("province_2025").as("own_province_2025"), blank("district").as("own_district"),
                blank("commune").as("commune"), blank("doc_number").as("doc_number"), col("issued_date"));

        UserDefinedFunction districtOfBody = udf((UDF1<String, String>) regions::districtOfBody, StringType);
        UserDefinedFunction provinceOfBody = udf((UDF1<String, String>) regions::provinceOfBody, StringType);
        UserDefinedFunction key = keyUdf();

        Dataset<Row> kh = citations.filter(col("type").equalTo("KH"))
                .select(col("doc_id").as("child"),
                        docKey(concat_ws("/", col("number"), col("code"))).as("cited_key"),
                        col("issued_date").as("cited_date"), col("issuing_body"));

        Dataset<Row> bodies = kh
                .select(col("child"), districtOfBody.apply(col("issuing_body")).as("bd"),
                        provinceOfBody.apply(col("issuing_body")).as("bp"))
                .groupBy("child")
                .agg(when(size(collect_set(key.apply(col("bd")))).equalTo(1), min("bd")).as("body_district"),
                        when(size(collect_set(col("bp"))).equalTo(1), min("bp")).as("body_province"))
                .withColumnRenamed("child", "b_doc");

        Dataset<Row> parent = parents(base, kh, key);
        Dataset<Row> first = fill(base, parent, bodies, base.select(col("doc_id").as("k_doc"),
                col("own_province").as("k_province"), col("own_district").as("k_district")));
        Dataset<Row> second = fill(base, parent, bodies, first.select(col("doc_id").as("k_doc"),
                col("province").as("k_province"), col("district").as("k_district")));

        UserDefinedFunction codeOf = udf((UDF1<String, String>) regions::code, StringType);
        Dataset<Row> ref = regionsReference(plans.sparkSession(), regions).select(col("province_code").as("r_code"),
                col("province").as("r_name"), col("region").as("r_region"), col("province_2025").as("r_2025"));
        Column ingest = col("province_source").equalTo("ingest");
        Dataset<Row> withCode = second.withColumn("province_code",
                coalesce(when(ingest, col("own_province_code")), codeOf.apply(col("province"))));
        Dataset<Row> placed = withCode.join(ref, withCode.col("province_code").equalTo(ref.col("r_code")), "left");
        Dataset<Row> out = placed.select(col("doc_id"), col("source_path"), col("plan_year"), col("level"), col("issuer"),
                coalesce(col("r_name"), col("province")).as("province"), col("province_code"),
                coalesce(when(ingest, col("own_province_2025")), col("r_2025")).as("province_2025"),
                col("r_region").as("region"), col("district"), col("commune"), col("doc_number"),
                col("issued_date"), col("parent_doc_id"), col("parent_level"), col("province_source"),
                col("district_source"));
        return out.withColumn("unit_key", unitKeyUdf().apply(col("level"), col("province"), col("district"),
                col("commune"), col("issuer")));
    }

    /**
     * The parent plan of each plan that cites one: a cited "N/KH-..." of the same date that is a plan
     * of a higher level in the corpus, in the same province when both provinces are known; the
     * nearest level wins; two candidates at that level make the match ambiguous, and none is kept.
     */
    private static Dataset<Row> parents(Dataset<Row> base, Dataset<Row> kh, UserDefinedFunction key) {
        Dataset<Row> q = base.select(col("doc_id").as("p_doc"), col("level").as("p_level"),
                col("own_province").as("p_own_province"), docKey(col("doc_number")).as("p_key"),
                col("issued_date").as("p_date"));
        Dataset<Row> c = base.select(col("doc_id").as("c_doc"), col("level").as("c_level"),
                col("own_province").as("c_province"));
        Dataset<Row> cands = kh.join(q, kh.col("cited_key").equalTo(q.col("p_key"))
                        .and(kh.col("cited_date").equalTo(q.col("p_date"))))
                .join(c, col("child").equalTo(col("c_doc")))
                .filter(col("p_doc").notEqual(col("child")))
                .filter(levelRank(col("p_level")).gt(levelRank(col("c_level")))
                        .and(col("p_level").isin("national", "province", "district")))
                .filter(col("c_province").isNull().or(col("p_own_province").isNull())
                        .or(key.apply(col("c_province")).equalTo(key.apply(col("p_own_province")))))
                .select(col("child"), col("p_doc"), col("p_level"), levelRank(col("p_level")).as("p_rank"))
                .distinct();
        WindowSpec byChild = Window.partitionBy("child");
        return cands
                .withColumn("nearest", min("p_rank").over(byChild))
                .filter(col("p_rank").equalTo(col("nearest")))
                .withColumn("n", count(lit(1)).over(byChild))
                .filter(col("n").equalTo(1))
                .select("child", "p_doc", "p_level");
    }

    /** One pass: each plan's missing province / district from its parent's {@code known} ones, else from the bodies. */
    private static Dataset<Row> fill(Dataset<Row> base, Dataset<Row> parent, Dataset<Row> bodies, Dataset<Row> known) {
        Dataset<Row> withParent = parent.join(known, col("p_doc").equalTo(col("k_doc")))
                .select(col("child"), col("p_doc"), col("p_level"), col("k_province").as("p_province"),
                        col("k_district").as("p_district"));
        Dataset<Row> j = base.join(withParent, base.col("doc_id").equalTo(withParent.col("child")), "left")
                .join(bodies, base.col("doc_id").equalTo(bodies.col("b_doc")), "left");
        Column below = col("level").isin(BELOW_PROVINCE.toArray());
        Column belowDistrict = col("level").isin(BELOW_DISTRICT.toArray());
        Column parentProvince = when(below, col("p_province"));
        Column bodyProvince = when(below, col("body_province"));
        Column parentDistrict = when(belowDistrict.and(col("p_level").equalTo("district")), col("p_district"));
        Column bodyDistrict = when(belowDistrict, col("body_district"));
        return j.select(col("doc_id"), col("source_path"), col("plan_year"), col("issuer"), col("level"),
                col("own_province"), col("own_province_code"), col("own_province_2025"), col("commune"),
                col("doc_number"), col("issued_date"),
                col("p_doc").as("parent_doc_id"), col("p_level").as("parent_level"),
                coalesce(col("own_province"), parentProvince, bodyProvince).as("province"),
                when(col("own_province").isNotNull(), lit("ingest"))
                        .when(parentProvince.isNotNull(), lit("parent_plan"))
                        .when(bodyProvince.isNotNull(), lit("citation")).as("province_source"),
                coalesce(col("own_district"), parentDistrict, bodyDistrict).as("district"),
                when(col("own_district").isNotNull(), lit("ingest"))
                        .when(parentDistrict.isNotNull(), lit("parent_plan"))
                        .when(bodyDistrict.isNotNull(), lit("citation")).as("district_source"));
    }

    // ---------------------------------------------------------------- 2. target levels

    public static final String[] TARGET_LEVEL_ORDER = {"indicator_code", "year", "level", "province", "district",
            "commune", "issuer", "doc_id"};

    /** Level targets with their year, first-stated order and how many values the plan gave. */
    static Dataset<Row> levelTargets(Dataset<Row> targets) {
        Dataset<Row> t = targets
                .filter(col("indicator_code").isNotNull().and(col("value").isNotNull())
                        .and(col("comparator").isin(LEVEL_COMPARATORS.toArray())))
                .withColumn("year", coalesce(col("target_year"), col("plan_year")))
                .filter(col("year").isNotNull());
        WindowSpec stated = Window.partitionBy("doc_id", "indicator_code", "year");
        return t.withColumn("values_stated", size(collect_set(struct(col("value"), col("unit"))).over(stated)))
                .withColumn("nth", row_number().over(stated.orderBy(col("start").asc_nulls_last(),
                        col("ordinal").asc())))
                .filter(col("nth").equalTo(1)).drop("nth");
    }

    /**
     * One row per issuing unit, indicator and year. Within a plan the first stated value wins (lowest
     * text offset); among a unit's plans the latest plan (plan year, then issued date, then doc_id) wins.
     */
    public static Dataset<Row> targetLevels(Dataset<Row> targets, Dataset<Row> planRegions, Dataset<Row> indicators) {
        Dataset<Row> t = levelTargets(targets).drop("plan_year");
        Dataset<Row> pr = planRegions.select("doc_id", "plan_year", "level", "province", "province_2025", "region",
                "district", "commune", "issuer", "issued_date", "unit_key");
        Dataset<Row> joined = t.join(pr, "doc_id");
        Dataset<Row> perUnit = joined
                .withColumn("nth", row_number().over(Window.partitionBy("unit_key", "indicator_code", "year")
                        .orderBy(col("plan_year").desc_nulls_last(), col("issued_date").desc_nulls_last(),
                                col("doc_id").desc())))
                .filter(col("nth").equalTo(1)).drop("nth")
                .join(indicators, new String[] {"indicator_code"}, "left");

        UserDefinedFunction unitKey = unitKeyUdf();
        Column nullStr = lit(null).cast(StringType);
        Dataset<Row> withParentKey = perUnit.withColumn("parent_key",
                when(col("level").equalTo("commune").and(col("district").isNotNull()),
                        unitKey.apply(lit("district"), col("province"), col("district"), nullStr, nullStr))
                .when(col("level").equalTo("district").and(col("province").isNotNull()),
                        unitKey.apply(lit("province"), col("province"), nullStr, nullStr, nullStr)));

        Dataset<Row> same = perUnit.select(col("unit_key").as("s_key"), col("indicator_code").as("s_code"),
                col("year").as("s_year"), col("unit").as("s_unit"), col("value").as("s_value"),
                col("doc_id").as("s_doc"));
        Dataset<Row> prev = same.toDF("pv_key", "pv_code", "pv_year", "pv_unit", "pv_value", "pv_doc");
        Dataset<Row> parent = same.toDF("pa_key", "pa_code", "pa_year", "pa_unit", "pa_value", "pa_doc");
        Dataset<Row> national = perUnit.filter(col("level").equalTo("national"))
                .withColumn("nth", row_number().over(Window.partitionBy("indicator_code", "year", "unit")
                        .orderBy(col("plan_year").desc_nulls_last(), col("doc_id").desc())))
                .filter(col("nth").equalTo(1))
                .select(col("indicator_code").as("na_code"), col("year").as("na_year"), col("unit").as("na_unit"),
                        col("value").as("na_value"), col("doc_id").as("na_doc"));

        Dataset<Row> j = withParentKey
                .join(prev, col("unit_key").equalTo(col("pv_key")).and(col("indicator_code").equalTo(col("pv_code")))
                        .and(col("year").equalTo(col("pv_year").plus(1))).and(col("unit").equalTo(col("pv_unit"))), "left")
                .join(parent, col("parent_key").equalTo(col("pa_key")).and(col("indicator_code").equalTo(col("pa_code")))
                        .and(col("year").equalTo(col("pa_year"))).and(col("unit").equalTo(col("pa_unit"))), "left")
                .join(national, col("level").equalTo("province").and(col("indicator_code").equalTo(col("na_code")))
                        .and(col("year").equalTo(col("na_year"))).and(col("unit").equalTo(col("na_unit"))), "left");

        Column sameUnit = col("unit").equalTo(col("catalogue_unit"));
        Column nationalValue = when(sameUnit, nationalFor(col("year")));
        Column catalogueParent = when(col("level").equalTo("province").and(sameUnit),
                when(col("year").equalTo(2025), col("national_2025")).when(col("year").equalTo(2030), col("national_2030")));
        Column parentValue = coalesce(col("pa_value"), col("na_value"), catalogueParent);
        Column parentSource = when(col("pa_value").isNotNull().or(col("na_value").isNotNull()), lit("plan"))
                .when(catalogueParent.isNotNull(), lit("catalogue"));
        return j.select(col("indicator_code"), col("year"), col("level"), col("province"), col("district"),
                col("commune"), col("issuer"), col("doc_id"), col("comparator"), col("value"), col("unit"),
                round(col("value").minus(col("pv_value")), 6).as("change_from_previous_year"),
                parentValue.as("parent_value"), nationalValue.as("national_value"),
                gap(col("direction"), col("value"), nationalValue).as("gap_to_national"),
                col("province_2025"), col("region"), col("plan_year"), col("direction"), col("unit_key"),
                coalesce(col("pa_doc"), col("na_doc")).as("parent_doc_id"), parentSource.as("parent_source"),
                col("values_stated"), col("quote"));
    }

    // ---------------------------------------------------------------- 3. district comparison

    public static final String[] DISTRICT_ORDER = {"scope", "scope_province", "indicator_code", "year", "unit",
            "rank", "district", "doc_id"};

    /**
     * Districts side by side within a province: as issued ({@code scope = province}) and within the
     * 2025 province ({@code scope = province_2025}). Ranked within one unit; ties share a rank
     * (1, 1, 3). The province's own target is given for the {@code province} scope.
     */
    public static Dataset<Row> districtComparison(Dataset<Row> targetLevels, Dataset<Row> planRegions,
                                                  Dataset<Row> targets) {
        Dataset<Row> d = targetLevels.filter(col("level").equalTo("district"));
        Dataset<Row> scoped = d.withColumn("scope", lit("province")).withColumn("scope_province", col("province"))
                .unionByName(d.withColumn("scope", lit("province_2025"))
                        .withColumn("scope_province", col("province_2025")))
                .filter(col("scope_province").isNotNull());
        WindowSpec group = Window.partitionBy("scope", "scope_province", "indicator_code", "year", "unit");
        Dataset<Row> ranked = scoped
                .withColumn("rank", rank().over(group.orderBy(ambitionOrder(col("direction"), col("value")))))
                .withColumn("min_value", min("value").over(group))
                .withColumn("median_value", round(expr("percentile(value, 0.5)").over(group), 6))
                .withColumn("max_value", max("value").over(group))
                .withColumn("districts_stating", count(lit(1)).over(group));

        Dataset<Row> prov = targetLevels.filter(col("level").equalTo("province"))
                .select(col("province").as("pp"), col("indicator_code").as("pp_code"), col("year").as("pp_year"),
                        col("unit").as("pp_unit"), col("value").as("province_value"));
        Dataset<Row> withProvince = ranked.join(prov, col("scope").equalTo("province")
                .and(col("scope_province").equalTo(col("pp"))).and(col("indicator_code").equalTo(col("pp_code")))
                .and(col("year").equalTo(col("pp_year"))).and(col("unit").equalTo(col("pp_unit"))), "left");

        // A district has a plan for a year when it issued a plan that year or a plan stating a target for it.
        Dataset<Row> districtPlans = planRegions.filter(col("level").equalTo("district"))
                .select("doc_id", "plan_year", "province", "province_2025", "unit_key");
        Dataset<Row> years = districtPlans.select(col("doc_id"), col("plan_year").as("y"))
                .unionByName(targets.select(col("doc_id"), coalesce(col("target_year"), col("plan_year")).as("y")))
                .filter(col("y").isNotNull()).distinct();
        Dataset<Row> dy = districtPlans.join(years, "doc_id");
        Dataset<Row> withPlan = dy.select(lit("province").as("w_scope"), col("province").as("w_prov"), col("unit_key"),
                        col("y"))
                .unionByName(dy.select(lit("province_2025").as("w_scope"), col("province_2025").as("w_prov"),
                        col("unit_key"), col("y")))
                .filter(col("w_prov").isNotNull())
                .groupBy("w_scope", "w_prov", "y").agg(countDistinct("unit_key").as("districts_with_plan"));

        return withProvince.join(withPlan, col("scope").equalTo(col("w_scope"))
                        .and(col("scope_province").equalTo(col("w_prov"))).and(col("year").equalTo(col("y"))), "left")
                .select(col("scope"), col("scope_province"), col("indicator_code"), col("year"), col("unit"),
                        col("direction"), col("district"), col("province"), col("province_2025"), col("doc_id"),
                        col("comparator"), col("value"), col("rank"), col("province_value"), col("min_value"),
                        col("median_value"), col("max_value"), col("districts_stating"),
                        coalesce(col("districts_with_plan"), col("districts_stating")).as("districts_with_plan"));
    }

    // ---------------------------------------------------------------- 4. trajectories

    public static final String[] TRAJECTORY_ORDER = {"province", "district", "commune", "level", "issuer",
            "unit_key", "indicator_code", "unit", "year"};

    /** Each unit's target for an indicator year by year, and whether it tightened against the previous stated year. */
    public static Dataset<Row> trajectories(Dataset<Row> targetLevels) {
        WindowSpec w = Window.partitionBy("unit_key", "indicator_code", "unit").orderBy("year");
        Column prev = col("previous_value");
        Column v = col("value");
        Column better = when(col("direction").equalTo("min"), v.gt(prev)).otherwise(v.lt(prev));
        return targetLevels
                .withColumn("previous_year", lag("year", 1).over(w))
                .withColumn("previous_value", lag("value", 1).over(w))
                .select(col("unit_key"), col("level"), col("province"), col("province_2025"), col("region"),
                        col("district"), col("commune"), col("issuer"), col("indicator_code"), col("unit"),
                        col("direction"), col("year"), col("comparator"), col("value"), col("doc_id"),
                        col("previous_year"), col("previous_value"),
                        round(v.minus(prev), 6).as("change"),
                        when(prev.isNull(), lit("first")).when(v.equalTo(prev), lit("unchanged"))
                                .when(col("direction").isNull(), lit(null).cast(StringType))
                                .when(better, lit("tightened")).otherwise(lit("loosened")).as("direction_of_change"));
    }

    // ---------------------------------------------------------------- 5. coverage

    public static final String[] COVERAGE_ORDER = {"indicator_code", "year", "level"};

    /**
     * For every catalogue indicator, plan year and level: how many plans there are and how many state
     * a target for the indicator (any comparator, any target year).
     */
    public static Dataset<Row> coverage(Dataset<Row> planRegions, Dataset<Row> targets, Dataset<Row> indicators) {
        Dataset<Row> plans = planRegions.filter(col("plan_year").isNotNull()).select("doc_id", "plan_year", "level");
        Dataset<Row> counts = plans.groupBy("plan_year", "level").agg(count(lit(1)).as("plans"));
        Dataset<Row> stated = targets.filter(col("indicator_code").isNotNull())
                .select(col("doc_id"), col("indicator_code")).distinct()
                .join(plans, "doc_id")
                .groupBy(col("plan_year").as("s_year"), col("level").as("s_level"), col("indicator_code").as("s_code"))
                .agg(count(lit(1)).as("plans_stating"));
        Dataset<Row> grid = counts.crossJoin(indicators.select("indicator_code", "group", "direction"));
        return grid.join(stated, col("plan_year").equalTo(col("s_year")).and(col("level").eqNullSafe(col("s_level")))
                        .and(col("indicator_code").equalTo(col("s_code"))), "left")
                .select(col("indicator_code"), col("plan_year").as("year"), col("level"), col("plans"),
                        coalesce(col("plans_stating"), lit(0L)).as("plans_stating"),
                        round(coalesce(col("plans_stating"), lit(0L)).divide(col("plans")), 4).as("share"),
                        col("group"), col("direction"));
    }

    public static final String[] PLAN_COVERAGE_ORDER = {"source_path", "doc_id"};

    /** For each plan: how many national (NAP-*) indicators it states and which it leaves out. */
    public static Dataset<Row> planCoverage(Dataset<Row> planRegions, Dataset<Row> targets, Dataset<Row> indicators) {
        Dataset<Row> nap = indicators.filter(col("indicator_code").startsWith("NAP-")).select(col("indicator_code").as("code"));
        Dataset<Row> stated = targets.filter(col("indicator_code").startsWith("NAP-"))
                .select(col("doc_id").as("st_doc"), col("indicator_code").as("st_code"), lit(true).as("stated"))
                .distinct();
        Dataset<Row> grid = planRegions.select("doc_id", "source_path", "plan_year", "level", "issuer", "province",
                "province_2025", "district", "commune").crossJoin(nap);
        Column isStated = coalesce(col("stated"), lit(false));
        return grid.join(stated, col("doc_id").equalTo(col("st_doc")).and(col("code").equalTo(col("st_code"))), "left")
                .groupBy("doc_id", "source_path", "plan_year", "level", "issuer", "province", "province_2025",
                        "district", "commune")
                .agg(count(lit(1)).as("nap_indicators"),
                        count(when(isStated, lit(1))).as("nap_stated"),
                        count(when(not(isStated), lit(1))).as("nap_missing_count"),
                        array_join(array_sort(collect_list(when(not(isStated), col("code")))), ";").as("nap_missing"),
                        array_join(array_sort(collect_list(when(isStated, col("code")))), ";").as("nap_stated_codes"));
    }

    // ---------------------------------------------------------------- 6. quality report

    public static final String[] QUALITY_ORDER = {"source_path", "doc_id", "source", "flag", "indicator_code",
            "target_year", "quote"};

    /** What each known flag means, for a reader who has not seen the code. */
    public static Map<String, String> explanations() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("blank_doc_number", "The header has \"Số: /KH-...\" with the number left blank.");
        m.put("blank_issued_date", "The header date line leaves the day, month or year blank.");
        m.put("invalid_issued_date", "The header date names a day that does not exist.");
        m.put("issued_date_contradicts_plan_year", "Issued after the plan year, or more than a year before it.");
        m.put("issued_date_contradicts_signature", "The digital signature time is more than 30 days from the header date.");
        m.put("stale_year_reference", "The plan still speaks of the previous year as the current one (text carried over).");
        m.put("ocr_residue", "Residue of a scanned stamp or signature sits inside the text.");
        m.put("no_plan_year", "No plan year could be found; the plan is left out of year comparisons.");
        m.put("invalid_bytes", "Some bytes were invalid in the file's encoding and were replaced.");
        m.put("unknown_district", "The named parent district is not a district of the plan's province.");
        m.put("ambiguous_province", "The text points to several provinces with equal weight; province left empty.");
        m.put("ambiguous_plan_year", "The title states several years without a period; plan year left empty.");
        m.put("impossible_value", "No real value can meet this target (a rate below zero, a share above 100%).");
        m.put("contradicts_direction", "The comparator points the wrong way for this indicator (e.g. 'at least' on a rate to reduce).");
        m.put("conflicting_values", "The plan states different values for the same indicator and year.");
        return m;
    }

    public static Dataset<Row> qualityReport(Dataset<Row> planRegions, Dataset<Row> plans, Dataset<Row> targets) {
        SparkSession spark = plans.sparkSession();
        List<Row> ex = new ArrayList<>();
        explanations().forEach((k, v) -> ex.add(RowFactory.create(k, v)));
        Dataset<Row> legend = spark.createDataFrame(ex, new StructType().add("e_flag", StringType).add("e_text", StringType));
        Column nullStr = lit(null).cast(StringType);
        Column nullInt = lit(null).cast(IntegerType);
        Column nullDouble = lit(null).cast(DoubleType);

        Dataset<Row> fromIngest = plans.select(col("doc_id"), explode(col("quality_flags")).as("flag"))
                .select(col("doc_id"), lit("ingest").as("source"), col("flag"), nullStr.as("indicator_code"),
                        nullInt.as("target_year"), nullDouble.as("value"), nullStr.as("quote"), nullStr.as("detail"));
        Dataset<Row> fromTargets = targets.select(col("doc_id"), col("indicator_code"),
                        coalesce(col("target_year"), col("plan_year")).as("target_year"),
                        col("value"), col("quote"), explode(col("flags")).as("flag"))
                .filter(col("flag").notEqual("conflicting_values"))
                .select(col("doc_id"), lit("targets").as("source"), col("flag"), col("indicator_code"),
                        col("target_year"), col("value"), col("quote"), nullStr.as("detail"));

        // One row per plan, indicator, year and unit stated with more than one value.
        Column relative = col("comparator").isin("reduce_by", "increase_by");
        Dataset<Row> conflicts = targets
                .filter(col("indicator_code").isNotNull().and(col("value").isNotNull()))
                .withColumn("year", coalesce(col("target_year"), col("plan_year")))
                .withColumn("relative", relative)
                .groupBy("doc_id", "indicator_code", "year", "unit", "relative")
                .agg(collect_list(struct(coalesce(col("start"), lit(Integer.MAX_VALUE)).as("s"), col("ordinal").as("o"),
                        col("value").as("v"), col("quote").as("q"))).as("stated"))
                .withColumn("stated", array_sort(col("stated")))
                .filter(size(array_distinct(expr("transform(stated, x -> x.v)"))).gt(1))
                .select(col("doc_id"), lit("targets").as("source"), lit("conflicting_values").as("flag"),
                        col("indicator_code"), col("year").as("target_year"),
                        expr("stated[0].v").as("value"),
                        array_join(expr("transform(stated, x -> x.q)"), " | ").as("quote"),
                        concat(lit("values stated: "),
                                array_join(expr("transform(array_distinct(transform(stated, x -> x.v)), "
                                        + "v -> regexp_replace(cast(v as string), '\\\\.0$', ''))"), "; "),
                                when(col("relative"), lit(" (relative targets, not compared as levels)"))
                                        .otherwise(lit("; the comparison tables use the first stated, ")),
                                when(col("relative"), lit("")).otherwise(
                                        regexp_replace(expr("cast(stated[0].v as string)"), "\\.0$", "")))
                                .as("detail"));

        Dataset<Row> all = fromIngest.unionByName(fromTargets).unionByName(conflicts);
        Dataset<Row> pr = planRegions.select("doc_id", "source_path", "plan_year", "level", "issuer", "province",
                "province_2025");
        return all.join(pr, "doc_id")
                .join(legend, col("flag").equalTo(col("e_flag")), "left")
                .select(col("doc_id"), col("source_path"), col("plan_year"), col("level"), col("issuer"),
                        col("province"), col("source"), col("flag"), col("indicator_code"), col("target_year"),
                        col("value"), col("quote"),
                        concat_ws(" ", coalesce(col("e_text"),
                                concat(lit("Flag raised by "), col("source"), lit(": "), col("flag"), lit("."))),
                                when(col("detail").isNotNull(), concat(upper(substring(col("detail"), 1, 1)),
                                        expr("substring(detail, 2)"), lit(".")))).as("explanation"), col("province_2025"));
    }
}
