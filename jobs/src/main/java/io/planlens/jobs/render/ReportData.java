package io.planlens.jobs.render;

import static org.apache.spark.sql.functions.*;

import io.planlens.jobs.export.ExportJob;
import io.planlens.jobs.ingest.PlanRows;
import io.planlens.jobs.store.Warehouse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark side of the report: reads the warehouse tables and aggregates each chart's data down
 * to a few hundred rows before collecting it to the driver. Columns a table lacks are derived from
 * {@code plans}, {@code targets} and the indicator catalogue.
 */
final class ReportData {
    static final String TARGET_LEVELS = "target_levels";
    static final String DISTRICT_COMPARISON = "district_comparison";
    static final String COVERAGE = "coverage";
    static final String ADOPTION_CURVE = "adoption_curve";

    /** Comparators that state a level (reduce_by / increase_by state a change). */
    static final List<String> LEVEL_COMPARATORS = List.of(">=", "<=", ">", "<", "=");

    private final Warehouse wh;
    private final Catalogue catalogue;
    private final String province;
    private final List<String> notes;
    private final Dataset<Row> plans;
    private final Dataset<Row> targets;

    ReportData(Warehouse wh, Catalogue catalogue, String province, List<String> notes) {
        this.wh = wh;
        this.catalogue = catalogue;
        this.province = province;
        this.notes = notes;
        this.plans = wh.read(Warehouse.PLANS, PlanRows.PLAN);
        this.targets = wh.read(Warehouse.TARGETS, ExportJob.targetsSchema());
    }

    /** The latest plan year in the warehouse, or null when there is no dated plan. */
    Integer latestYear() {
        Row r = plans.agg(max("plan_year")).first();
        return r.isNullAt(0) ? null : r.getInt(0);
    }

    /** Rows of plans.csv and targets.csv (the exports hold every row of the tables). */
    long planCount() {
        return plans.count();
    }

    long targetCount() {
        return targets.count();
    }

    private static scala.collection.immutable.Seq<String> seq(String... cols) {
        return io.planlens.jobs.Seqs.of(List.of(cols));
    }

    private static boolean has(Dataset<Row> df, String c) {
        return Arrays.asList(df.columns()).contains(c);
    }

    private Column inProvince(Dataset<Row> df) {
        Column c = df.col("province").equalTo(lit(province));
        if (has(df, "province_2025")) {
            c = c.or(df.col("province_2025").equalTo(lit(province)));
        }
        return coalesce(c, lit(false));
    }

    private Dataset<Row> catalogueFrame() {
        StructType s = new StructType().add("cat_code", DataTypes.StringType).add("cat_unit", DataTypes.StringType)
                .add("cat_direction", DataTypes.StringType).add("cat_n2025", DataTypes.DoubleType)
                .add("cat_n2030", DataTypes.DoubleType);
        List<Row> rows = new ArrayList<>();
        for (Catalogue.Indicator i : catalogue.indicators()) {
            rows.add(RowFactory.create(i.code(), i.unit(), i.direction(), i.national2025(), i.national2030()));
        }
        return wh.spark().createDataFrame(rows, s);
    }

    private Dataset<Row> table(String name, String what) {
        if (!wh.exists(name)) {
            notes.add("Chưa có bảng " + name + " trong kho / table " + name + " is missing: bỏ qua / skipped " + what);
            return null;
        }
        return wh.spark().read().format("delta").load(wh.path(name));
    }

    // ---------------------------------------------------------------- target levels

    private Dataset<Row> targetLevels;
    private boolean targetLevelsRead;

    /** target_levels with every column the charts use (null when the table is missing). */
    Dataset<Row> targetLevels() {
        if (targetLevelsRead) {
            return targetLevels;
        }
        targetLevelsRead = true;
        Dataset<Row> tl = table(TARGET_LEVELS, "biểu đồ mức mục tiêu, trung vị và chênh lệch / target-level charts, medians and gaps");
        if (tl == null) {
            return null;
        }
        if (!has(tl, "year") && has(tl, "target_year")) {
            tl = tl.withColumnRenamed("target_year", "year");
        }
        List<String> fromPlans = new ArrayList<>();
        for (String c : List.of("plan_year", "issuer", "level", "province", "province_2025", "district")) {
            if (!has(tl, c)) {
                fromPlans.add(c);
            }
        }
        if (!fromPlans.isEmpty()) {
            List<Column> cols = new ArrayList<>();
            cols.add(col("doc_id"));
            fromPlans.forEach(c -> cols.add(col(c)));
            tl = tl.join(plans.select(cols.toArray(new Column[0])), "doc_id");
        }
        Dataset<Row> cat = catalogueFrame();
        tl = tl.join(broadcast(cat), tl.col("indicator_code").equalTo(cat.col("cat_code")), "left");
        if (!has(tl, "direction")) {
            tl = tl.withColumn("direction", col("cat_direction"));
        }
        if (!has(tl, "national_value")) {
            tl = tl.withColumn("national_value", when(col("year").leq(2025), coalesce(col("cat_n2025"), col("cat_n2030")))
                    .otherwise(coalesce(col("cat_n2030"), col("cat_n2025"))));
        }
        if (!has(tl, "gap_to_national")) {
            tl = tl.withColumn("gap_to_national", when(col("unit").notEqual(col("cat_unit")), lit(null))
                    .when(col("direction").equalTo("min"), col("value").minus(col("national_value")))
                    .otherwise(col("national_value").minus(col("value"))));
        }
        if (province != null) {
            tl = tl.filter(inProvince(tl));
        }
        targetLevels = tl;
        return tl;
    }

    /** Per indicator, the {@code maxLines} issuers with most plans and their median level by target year. */
    List<ChartData.LevelPoint> levelPoints(int year, int maxLines, Map<String, Integer> regionsTotal) {
        Dataset<Row> tl = targetLevels();
        if (tl == null) {
            return List.of();
        }
        Dataset<Row> base = tl.filter(col("indicator_code").isNotNull().and(col("value").isNotNull())
                .and(col("issuer").isNotNull()).and(col("year").isNotNull())
                .and(col("comparator").isin(LEVEL_COMPARATORS.toArray()))
                .and(col("cat_unit").isNull().or(col("unit").equalTo(col("cat_unit"))))
                .and(col("plan_year").isNull().or(col("plan_year").leq(year))));
        // one line per unit: "UBND phường 2" exists in many districts, so lower units carry their district or province
        base = base.withColumn("issuer", when(col("level").isin("commune", "school"),
                        concat_ws(", ", col("issuer"), coalesce(col("district"), col("province"))))
                .when(col("level").equalTo("district"), concat_ws(", ", col("issuer"), col("province")))
                .otherwise(col("issuer")));
        WindowSpec w = Window.partitionBy("indicator_code").orderBy(col("plans").desc(), col("issuer"));
        Dataset<Row> regions = base.groupBy("indicator_code", "issuer").agg(countDistinct("doc_id").as("plans"))
                .withColumn("rn", row_number().over(w))
                .withColumn("total", count(lit(1)).over(Window.partitionBy("indicator_code")))
                .filter(col("rn").leq(maxLines));
        Dataset<Row> pts = base.groupBy("indicator_code", "issuer", "year", "unit").agg(median(col("value")).as("v"))
                .join(regions, seq("indicator_code", "issuer"));
        List<ChartData.LevelPoint> out = new ArrayList<>();
        for (Row r : pts.select("indicator_code", "issuer", "year", "unit", "v", "plans", "total").collectAsList()) {
            out.add(new ChartData.LevelPoint(r.getString(0), r.getString(1), ((Number) r.get(2)).intValue(), r.getString(3),
                    ((Number) r.get(4)).doubleValue(), r.getLong(5)));
            regionsTotal.merge(r.getString(0), (int) r.getLong(6), Math::max);
        }
        return out;
    }

    /** Per indicator and unit: the median level stated for {@code year} by plans of {@code year}. */
    List<ChartData.IndicatorMedian> medians(int year) {
        Dataset<Row> tl = targetLevels();
        if (tl == null) {
            return List.of();
        }
        List<ChartData.IndicatorMedian> out = new ArrayList<>();
        for (Row r : tl.filter(col("plan_year").equalTo(year).and(col("year").equalTo(year))
                        .and(col("indicator_code").isNotNull()).and(col("value").isNotNull())
                        .and(col("comparator").isin(LEVEL_COMPARATORS.toArray())))
                .groupBy("indicator_code", "unit").agg(median(col("value")).as("m"), countDistinct("doc_id").as("n"))
                .collectAsList()) {
            out.add(new ChartData.IndicatorMedian(r.getString(0), r.getString(1), ((Number) r.get(2)).doubleValue(),
                    r.getLong(3)));
        }
        return out;
    }

    /** The {@code limit} most negative gaps to the national target among plans of {@code year}, in {@code unit}. */
    List<ChartData.GapRow> gaps(int year, String unit, int limit) {
        Dataset<Row> tl = targetLevels();
        if (tl == null) {
            return List.of();
        }
        List<ChartData.GapRow> out = new ArrayList<>();
        for (Row r : tl.filter(col("plan_year").equalTo(year).and(col("gap_to_national").lt(0))
                        .and(col("unit").equalTo(unit)).and(col("comparator").isin(LEVEL_COMPARATORS.toArray())))
                .select(col("issuer"), col("indicator_code"), col("unit"), col("value").cast("double"),
                        col("national_value").cast("double"), col("gap_to_national").cast("double"))
                .orderBy(col("gap_to_national"), col("indicator_code"), col("issuer"))
                .limit(limit).collectAsList()) {
            out.add(new ChartData.GapRow(r.getString(0), r.getString(1), r.getString(2), r.getDouble(3), r.getDouble(4),
                    r.getDouble(5)));
        }
        return out;
    }

    // ---------------------------------------------------------------- district comparison

    /** district_comparison rows of {@code year} for the {@code maxCharts} (province, indicator) pairs with most districts. */
    List<ChartData.DistrictRow> districtRows(int year, int maxCharts) {
        Dataset<Row> dc = table(DISTRICT_COMPARISON, "so sánh huyện / district comparison charts");
        if (dc == null) {
            return List.of();
        }
        for (String c : List.of("province_value", "national_value")) {
            if (!has(dc, c)) {
                dc = dc.withColumn(c, lit(null).cast("double"));
            }
        }
        if (!has(dc, "unit")) {
            dc = dc.withColumn("unit", lit(null).cast("string"));
        }
        dc = dc.filter(col("year").equalTo(year).and(col("indicator_code").isNotNull()).and(col("district").isNotNull()));
        if (province != null) {
            dc = dc.filter(coalesce(col("province").equalTo(lit(province)), lit(false)));
        }
        Dataset<Row> pairs = dc.groupBy("province", "indicator_code").agg(countDistinct("district").as("nd"))
                .orderBy(col("nd").desc(), col("province"), col("indicator_code")).limit(maxCharts);
        List<ChartData.DistrictRow> out = new ArrayList<>();
        for (Row r : dc.join(pairs, seq("province", "indicator_code"))
                .select(col("province"), col("indicator_code"), col("year").cast("int"), col("district"),
                        col("value").cast("double"), col("unit"), col("province_value").cast("double"),
                        col("national_value").cast("double"))
                .collectAsList()) {
            out.add(new ChartData.DistrictRow(r.getString(0), r.getString(1), r.getInt(2), r.getString(3),
                    r.isNullAt(4) ? null : r.getDouble(4), r.getString(5), r.isNullAt(6) ? null : r.getDouble(6),
                    r.isNullAt(7) ? null : r.getDouble(7)));
        }
        return out;
    }

    /** What the districts of the province wrote for {@code year}, with the quote: the table behind the bars. */
    List<List<Object>> districtQuotes(int year, Set<String> indicators, int limit) {
        if (indicators.isEmpty()) {
            return List.of();
        }
        Dataset<Row> p = plans.filter(col("plan_year").equalTo(year).and(col("level").equalTo("district")));
        if (province != null) {
            p = p.filter(inProvince(p));
        }
        List<List<Object>> out = new ArrayList<>();
        for (Row r : p.select("doc_id", "province", "district", "issuer")
                .join(targets.filter(col("indicator_code").isin(indicators.toArray())), "doc_id")
                .select(col("province"), col("district"), col("issuer"), col("indicator_code"), col("comparator"),
                        col("value").cast("double"), col("unit"), col("target_year"), col("quote"))
                .orderBy(col("province"), col("indicator_code"), col("district"), col("target_year"))
                .limit(limit).collectAsList()) {
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < r.length(); i++) {
                row.add(r.get(i));
            }
            out.add(row);
        }
        return out;
    }

    // ---------------------------------------------------------------- adoption

    List<ChartData.AdoptionRow> adoptionRows(int year) {
        Dataset<Row> ac = table(ADOPTION_CURVE, "đường cong tiếp nhận / adoption curves");
        if (ac == null) {
            return List.of();
        }
        if (has(ac, "year")) {
            ac = ac.filter(col("year").isNull().or(col("year").leq(year)));
        }
        List<ChartData.AdoptionRow> out = new ArrayList<>();
        for (Row r : ac.filter(col("document_id").isNotNull().and(col("years_since_issue").isNotNull())
                        .and(col("cumulative_share").isNotNull()))
                .select(col("document_id"), col("level"), col("years_since_issue").cast("int"),
                        col("cumulative_share").cast("double"))
                .collectAsList()) {
            out.add(new ChartData.AdoptionRow(r.getString(0), r.getString(1), r.getInt(2), r.getDouble(3)));
        }
        return out;
    }

    // ---------------------------------------------------------------- coverage

    private Dataset<Row> yearPlans(int year) {
        Dataset<Row> p = plans.filter(col("plan_year").equalTo(year));
        return province == null ? p : p.filter(inProvince(p));
    }

    /**
     * Coverage of year {@code year} by the plans' {@code column} (level, province, district): per
     * column its plans, and per indicator how many of them state it; at most {@code maxColumns}
     * columns, those with most plans. Cells with a null indicator carry a column's plan count.
     */
    List<ChartData.CoverageCell> coverageBy(int year, String column, int maxColumns) {
        Dataset<Row> p = yearPlans(year).select(col("doc_id"), coalesce(col(column), lit("(không rõ)")).as("k"));
        Dataset<Row> cols = p.groupBy("k").agg(countDistinct("doc_id").as("plans"))
                .orderBy(col("plans").desc(), col("k")).limit(maxColumns);
        Dataset<Row> stating = p.join(targets.filter(col("indicator_code").isNotNull()).select("doc_id", "indicator_code"), "doc_id")
                .groupBy("indicator_code", "k").agg(countDistinct("doc_id").as("n"));
        List<ChartData.CoverageCell> out = new ArrayList<>();
        for (Row r : cols.collectAsList()) {
            out.add(new ChartData.CoverageCell(null, r.getString(0), r.getLong(1), 0));
        }
        for (Row r : stating.join(cols, "k").select("indicator_code", "k", "plans", "n").collectAsList()) {
            out.add(new ChartData.CoverageCell(r.getString(0), r.getString(1), r.getLong(2), r.getLong(3)));
        }
        return out;
    }

    /** The coverage table's cells of {@code year} by level, or null when the table is missing or a province is chosen. */
    List<ChartData.CoverageCell> coverageTable(int year) {
        if (province != null || !wh.exists(COVERAGE)) {
            return null;
        }
        Dataset<Row> cv = wh.spark().read().format("delta").load(wh.path(COVERAGE));
        if (!has(cv, "plans") || !has(cv, "plans_stating") || !has(cv, "level")) {
            return null;
        }
        List<ChartData.CoverageCell> out = new ArrayList<>();
        for (Row r : cv.filter(col("year").equalTo(year))
                .select(col("indicator_code"), col("level"), col("plans").cast("long"), col("plans_stating").cast("long"))
                .collectAsList()) {
            out.add(new ChartData.CoverageCell(r.getString(0), r.isNullAt(1) ? "(không rõ)" : r.getString(1),
                    r.isNullAt(2) ? 0 : r.getLong(2), r.isNullAt(3) ? 0 : r.getLong(3)));
        }
        return out;
    }

    /** Plans of {@code year} by level, in level order. */
    Map<String, Long> plansByLevel(int year) {
        Map<String, Long> out = new LinkedHashMap<>();
        List<Row> rows = yearPlans(year).groupBy(coalesce(col("level"), lit("other")).as("level"))
                .agg(countDistinct("doc_id")).collectAsList();
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparingInt((Row r) -> ChartData.levelOrder(r.getString(0)))
                .thenComparing(r -> r.getString(0)));
        for (Row r : sorted) {
            out.put(r.getString(0), r.getLong(1));
        }
        return out;
    }

    /** Every district-level table row's indicators, for the quotes table. */
    static Set<String> indicatorsOf(List<ChartData.DistrictRow> rows) {
        Set<String> s = new HashSet<>();
        rows.forEach(r -> s.add(r.indicator()));
        return s;
    }
}
