package io.planlens.jobs.compare;

import static org.junit.jupiter.api.Assertions.*;

import io.planlens.jobs.Seqs;
import io.planlens.jobs.TestSpark;
import io.planlens.jobs.export.ExportJob;
import io.planlens.jobs.ingest.PlanRows;
import io.planlens.jobs.store.Warehouse;
import io.planlens.reference.ReferenceFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hand-written corpus: Gia Lai (a province plan, four districts, three communes), Bình Định (a
 * province plan and one district, both in Gia Lai from 2025) and one Thanh Hóa commune; plan years
 * 2022-2024. Indicators: stunting NAP-04b (max, national 17 / 15), birth registration NAP-14 (min,
 * 98.5 / 100), child marriage NAP-13a (zero, no national value), plus NAP-03b and NAP-01.
 */
class CompareJobTest {
    @TempDir
    static Path tmp;
    static Warehouse wh;
    static Map<String, Long> written;
    static final List<Row> plans = new ArrayList<>();
    static final List<Row> targets = new ArrayList<>();
    static final List<Row> citations = new ArrayList<>();

    static void plan(String id, int year, String issuer, String level, String province, String code, String p2025,
                     String district, String commune, String docNumber, String issued, String... flags) {
        plans.add(RowFactory.create(id, id + ".txt", "file:/in/" + id + ".txt", year, null, "plan", issuer, level,
                province, code, p2025, district, commune, docNumber, issued == null ? null : Date.valueOf(issued),
                null, Seqs.of(List.of(flags)), "UTF-8", "text of " + id, null));
    }

    static int ordinal = 0;

    static void target(String doc, int planYear, int start, String code, String cmp, double value, String unit,
                       Integer targetYear, String... flags) {
        targets.add(RowFactory.create(doc, planYear, null, ordinal++, code, cmp, value, unit, targetYear,
                code + " " + cmp + " " + value + " @" + start, start, start + 20, "subject", null,
                Seqs.of(List.of(flags))));
    }

    static void cites(String doc, int planYear, String number, String issued, String body) {
        citations.add(RowFactory.create(doc, planYear, null, ordinal++, "KH", number, null, "KH-UBND",
                Date.valueOf(issued), body, null, "Kế hoạch số " + number + "/KH-UBND", 0, 10, false));
    }

    @BeforeAll
    static void corpus() {
        // Province plans.
        plan("P_GL23", 2023, "UBND tỉnh Gia Lai", "province", "Gia Lai", "64", "Gia Lai", null, null,
                "50/KH-UBND", "2023-02-10");
        plan("P_BD23", 2023, "UBND tỉnh Bình Định", "province", "Bình Định", "52", "Gia Lai", null, null,
                null, "2023-02-01", "blank_doc_number");
        // Districts of Gia Lai; Kbang's province is left for the corpus to fill.
        plan("D_CP22", 2022, "UBND huyện Chư Pưh", "district", "Gia Lai", "64", "Gia Lai", "Chư Pưh", null,
                "30/KH-UBND", "2022-03-01");
        plan("D_CP23", 2023, "UBND huyện Chư Pưh", "district", "Gia Lai", "64", "Gia Lai", "Chư Pưh", null,
                "111/KH-UBND", "2023-03-15");
        plan("D_CP24", 2024, "UBND huyện Chư Pưh", "district", "Gia Lai", "64", "Gia Lai", "Chư Pưh", null,
                "40/KH-UBND", "2024-03-01");
        plan("D_CS23", 2023, "UBND huyện Chư Sê", "district", "Gia Lai", "64", "Gia Lai", "Chư Sê", null,
                "111/KH-UBND", "2023-03-20");
        plan("D_KB23", 2023, "UBND huyện Kbang", "district", null, null, null, "Kbang", null,
                "20/KH-UBND", "2023-03-01");
        plan("D_DD23", 2023, "UBND huyện Đak Đoa", "district", "Gia Lai", "64", "Gia Lai", "Đak Đoa", null,
                "21/KH-UBND", "2023-03-02");
        plan("D_AN23", 2023, "UBND thị xã An Nhơn", "district", "Bình Định", "52", "Gia Lai", "An Nhơn", null,
                "22/KH-UBND", "2023-03-03");
        // Communes.
        plan("C_IH23", 2023, "UBND xã Ia Hla", "commune", null, null, null, null, "Ia Hla", "12/KH-UBND",
                "2023-04-19");
        plan("C_X23", 2023, "UBND xã Ia Le", "commune", "Gia Lai", "64", "Gia Lai", null, "Ia Le", "13/KH-UBND",
                "2023-04-20");
        plan("C_KB23", 2023, "UBND xã Đăk Rong", "commune", null, null, null, null, "Đăk Rong", "14/KH-UBND",
                "2023-04-21");
        plan("C_TH24", 2024, "UBND xã Cẩm Châu", "commune", "Thanh Hóa", "38", "Thanh Hóa", "Cẩm Thủy", "Cẩm Châu",
                "15/KH-UBND", "2024-04-03");

        // Citations: Ia Hla cites Chư Pưh's 111/KH-UBND of 15/3/2023 (Chư Sê's 111 of 20/3 must not match);
        // Kbang cites the province plan; Đăk Rong cites Kbang; Ia Le cites a plan not in the corpus.
        cites("C_IH23", 2023, "111", "2023-03-15", "UBND huyện Chư Pưh");
        cites("D_KB23", 2023, "50", "2023-02-10", "UBND tỉnh");
        cites("C_KB23", 2023, "20", "2023-03-01", "UBND huyện");
        cites("C_X23", 2023, "999", "2023-01-05", "UBND huyện Chư Sê, tỉnh Gia Lai");

        // Province targets.
        target("P_GL23", 2023, 100, "NAP-04b", "<", 16, "percent", null);
        target("P_GL23", 2023, 200, "NAP-14", ">=", 98, "percent", null);
        target("P_GL23", 2023, 300, "NAP-04b", "<", 15, "percent", 2025);
        target("P_BD23", 2023, 100, "NAP-04b", "<", 18, "percent", null);
        // Chư Pưh over three years (and a 2025 value restated in 2024).
        target("D_CP22", 2022, 100, "NAP-04b", "<", 16, "percent", null);
        target("D_CP22", 2022, 200, "NAP-14", ">=", 98, "percent", null);
        target("D_CP23", 2023, 100, "NAP-04b", "<", 15.5, "percent", null);
        target("D_CP23", 2023, 200, "NAP-14", ">=", 99, "percent", null);
        target("D_CP23", 2023, 300, "NAP-13a", "<=", 3, "count", null);
        target("D_CP23", 2023, 400, "NAP-04b", "<", 15, "percent", 2025);
        target("D_CP24", 2024, 100, "NAP-04b", "<", 15.5, "percent", null);
        target("D_CP24", 2024, 200, "NAP-14", ">=", 98.5, "percent", null);
        target("D_CP24", 2024, 300, "NAP-13a", "=", 0, "count", null);
        target("D_CP24", 2024, 400, "NAP-04b", "<", 14, "percent", 2025);
        // Other districts, 2023; Chư Sê states NAP-14 twice (97 first, then 96).
        target("D_CS23", 2023, 500, "NAP-14", ">=", 96, "percent", null, "conflicting_values");
        target("D_CS23", 2023, 100, "NAP-04b", "<", 15.5, "percent", null);
        target("D_CS23", 2023, 200, "NAP-14", ">=", 97, "percent", null, "conflicting_values");
        target("D_KB23", 2023, 100, "NAP-04b", "<", 16.5, "percent", null);
        target("D_DD23", 2023, 100, "NAP-14", ">=", 100, "percent", null);
        target("D_AN23", 2023, 100, "NAP-04b", "<", 14, "percent", null);
        target("D_AN23", 2023, 200, null, ">=", 90, "percent", null);
        // Communes.
        target("C_IH23", 2023, 100, "NAP-04b", "<", 15, "percent", null);
        target("C_IH23", 2023, 200, "NAP-14", ">=", 100, "percent", null);
        target("C_IH23", 2023, 300, "NAP-13a", "=", 0, "count", null);
        target("C_X23", 2023, 100, "NAP-04b", "<", 17, "percent", null);
        target("C_KB23", 2023, 100, "NAP-04b", "<", 16, "percent", null);
        target("C_KB23", 2023, 200, "NAP-14", ">=", 95, "percent", null);
        target("C_TH24", 2024, 100, "NAP-14", ">=", 100, "percent", null);
        target("C_TH24", 2024, 200, "NAP-04b", "reduce_by", 1, "percent", null);
        target("C_TH24", 2024, 300, "NAP-01", "=", 1, "boolean", null);
        target("C_TH24", 2024, 400, "NAP-03b", "<", 0, "per_mille", null, "impossible_value");

        SparkSession spark = TestSpark.get();
        wh = new Warehouse(spark, tmp.resolve("out").toString());
        wh.append(Warehouse.PLANS, spark.createDataFrame(plans, PlanRows.PLAN));
        wh.append(Warehouse.TARGETS, spark.createDataFrame(targets, ExportJob.targetsSchema()));
        wh.append(Warehouse.CITATIONS, spark.createDataFrame(citations, ExportJob.citationsSchema()));
        written = CompareJob.run(wh, tmp.resolve("out").toString());
    }

    static final Map<String, List<Row>> tables = new HashMap<>();

    static synchronized List<Row> table(String name) {
        return tables.computeIfAbsent(name, n -> wh.spark().read().format("delta").load(wh.path(n)).collectAsList());
    }

    /** target_levels row of one issuer, indicator and year. */
    static Row level(String issuer, String code, int year) {
        Row found = null;
        for (Row r : table(CompareJob.TARGET_LEVELS)) {
            if (issuer.equals(r.getAs("issuer")) && code.equals(r.getAs("indicator_code"))
                    && year == (Integer) r.getAs("year")) {
                assertNull(found, "one row per issuer, indicator and year");
                found = r;
            }
        }
        assertNotNull(found, issuer + " " + code + " " + year);
        return found;
    }

    static Double d(Row r, String c) {
        return r.isNullAt(r.fieldIndex(c)) ? null : ((Number) r.getAs(c)).doubleValue();
    }

    static void near(Double expected, Double actual, String what) {
        if (expected == null) {
            assertNull(actual, what);
        } else {
            assertNotNull(actual, what);
            assertEquals(expected, actual, 1e-9, what);
        }
    }

    static Map<String, Row> byDoc(String table) {
        Map<String, Row> m = new HashMap<>();
        for (Row r : table(table)) m.put(r.getAs("doc_id"), r);
        return m;
    }

    @Test
    void regionsFilledFromParentPlansAndIssuingBodies() {
        Map<String, Row> pr = byDoc(CompareJob.PLAN_REGIONS);
        Row ih = pr.get("C_IH23");
        assertEquals("D_CP23", ih.getAs("parent_doc_id"), "number and date match Chư Pưh's plan, not Chư Sê's");
        assertEquals("Chư Pưh", ih.getAs("district"));
        assertEquals("parent_plan", ih.getAs("district_source"));
        assertEquals("Gia Lai", ih.getAs("province"));
        assertEquals("parent_plan", ih.getAs("province_source"));
        assertEquals("64", ih.getAs("province_code"));
        assertEquals("Tây Nguyên", ih.getAs("region"));

        Row kb = pr.get("D_KB23");
        assertEquals("P_GL23", kb.getAs("parent_doc_id"));
        assertEquals("Gia Lai", kb.getAs("province"));
        assertEquals("Gia Lai", kb.getAs("province_2025"));

        Row kbc = pr.get("C_KB23");
        assertEquals("Kbang", kbc.getAs("district"));
        assertEquals("Gia Lai", kbc.getAs("province"), "inherited through its district plan");

        Row x = pr.get("C_X23");
        assertNull(x.getAs("parent_doc_id"));
        assertEquals("Chư Sê", x.getAs("district"));
        assertEquals("citation", x.getAs("district_source"));
        assertEquals("ingest", x.getAs("province_source"));

        Row an = pr.get("D_AN23");
        assertEquals("Bình Định", an.getAs("province"));
        assertEquals("Gia Lai", an.getAs("province_2025"));
        assertEquals("Bắc Trung Bộ và duyên hải miền Trung", an.getAs("region"));
        assertEquals(63, table(CompareJob.REGIONS).size());
    }

    @Test
    void everyLevelIsTheValueItsPlanStates() {
        List<Row> levels = table(CompareJob.TARGET_LEVELS);
        Map<String, java.util.Set<Double>> stated = new HashMap<>();
        for (Row t : targets) {
            stated.computeIfAbsent(t.getString(0) + "|" + t.getString(4) + "|"
                    + (t.isNullAt(8) ? t.getInt(1) : t.getInt(8)), k -> new java.util.HashSet<>()).add(t.getDouble(6));
        }
        for (Row r : levels) {
            String k = r.getAs("doc_id") + "|" + r.getAs("indicator_code") + "|" + r.getAs("year");
            assertTrue(stated.containsKey(k), k);
            assertTrue(stated.get(k).contains(d(r, "value")), k + " states " + stated.get(k));
            assertEquals(stated.get(k).size(), (Integer) r.getAs("values_stated"), k);
        }
        // 31 targets less one unmatched, one relative, the second of a conflict and a 2025 value restated later.
        assertEquals(27, levels.size());
        assertEquals(97.0, d(level("UBND huyện Chư Sê", "NAP-14", 2023), "value"), "the first stated of two");
        assertEquals(2, (Integer) level("UBND huyện Chư Sê", "NAP-14", 2023).getAs("values_stated"));
        Row cp25 = level("UBND huyện Chư Pưh", "NAP-04b", 2025);
        assertEquals(14.0, d(cp25, "value"), "the 2024 plan restates the 2025 target; the latest plan wins");
        assertEquals("D_CP24", cp25.getAs("doc_id"));
    }

    @Test
    void changesFromThePreviousYear() {
        near(null, d(level("UBND huyện Chư Pưh", "NAP-04b", 2022), "change_from_previous_year"), "first year");
        near(-0.5, d(level("UBND huyện Chư Pưh", "NAP-04b", 2023), "change_from_previous_year"), "16 -> 15.5");
        near(0.0, d(level("UBND huyện Chư Pưh", "NAP-04b", 2024), "change_from_previous_year"), "15.5 -> 15.5");
        near(14.0 - 15.5, d(level("UBND huyện Chư Pưh", "NAP-04b", 2025), "change_from_previous_year"), "");
        near(1.0, d(level("UBND huyện Chư Pưh", "NAP-14", 2023), "change_from_previous_year"), "98 -> 99");
        near(-0.5, d(level("UBND huyện Chư Pưh", "NAP-14", 2024), "change_from_previous_year"), "99 -> 98.5");
        near(null, d(level("UBND huyện Chư Pưh", "NAP-13a", 2023), "change_from_previous_year"), "none in 2022");
        near(-3.0, d(level("UBND huyện Chư Pưh", "NAP-13a", 2024), "change_from_previous_year"), "3 -> 0");
    }

    @Test
    void gapsArePositiveWhenMoreAmbitiousWhateverTheDirection() {
        // max (stunting): national − value; national_2025 for years up to 2025.
        Row gl = level("UBND tỉnh Gia Lai", "NAP-04b", 2023);
        near(17.0, d(gl, "national_value"), "national_2025");
        near(1.0, d(gl, "gap_to_national"), "16 is below 17");
        near(0.0, d(level("UBND xã Ia Le", "NAP-04b", 2023), "gap_to_national"), "17 equals 17");
        near(3.0, d(level("UBND thị xã An Nhơn", "NAP-04b", 2023), "gap_to_national"), "14 vs 17");
        near(-1.0, d(level("UBND tỉnh Bình Định", "NAP-04b", 2023), "gap_to_national"), "18 is above 17: less ambitious");
        // min (birth registration): value − national.
        near(-0.5, d(level("UBND tỉnh Gia Lai", "NAP-14", 2023), "gap_to_national"), "98 − 98.5");
        near(1.5, d(level("UBND xã Cẩm Châu", "NAP-14", 2024), "gap_to_national"), "100 − 98.5");
        near(-1.5, d(level("UBND huyện Chư Sê", "NAP-14", 2023), "gap_to_national"), "97 − 98.5");
        // zero (child marriage): −value, though the catalogue has no national value.
        Row cm = level("UBND huyện Chư Pưh", "NAP-13a", 2023);
        near(null, d(cm, "national_value"), "catalogue has none");
        near(-3.0, d(cm, "gap_to_national"), "three child marriages allowed");
        near(0.0, d(level("UBND xã Ia Hla", "NAP-13a", 2023), "gap_to_national"), "none allowed");
        assertEquals("zero", cm.getAs("direction"));
        // A boolean target of a percent indicator has no national value to compare with.
        near(null, d(level("UBND xã Cẩm Châu", "NAP-01", 2024), "national_value"), "unit differs");
        near(null, d(level("UBND xã Cẩm Châu", "NAP-01", 2024), "gap_to_national"), "unit differs");
        near(12.5, d(level("UBND xã Cẩm Châu", "NAP-03b", 2024), "gap_to_national"), "12.5 − 0");
    }

    @Test
    void parentValues() {
        near(15.5, d(level("UBND xã Ia Hla", "NAP-04b", 2023), "parent_value"), "Chư Pưh 2023");
        near(99.0, d(level("UBND xã Ia Hla", "NAP-14", 2023), "parent_value"), "Chư Pưh 2023");
        near(3.0, d(level("UBND xã Ia Hla", "NAP-13a", 2023), "parent_value"), "Chư Pưh 2023");
        near(15.5, d(level("UBND xã Ia Le", "NAP-04b", 2023), "parent_value"), "Chư Sê, found from the citation");
        near(16.5, d(level("UBND xã Đăk Rong", "NAP-04b", 2023), "parent_value"), "Kbang");
        near(null, d(level("UBND xã Đăk Rong", "NAP-14", 2023), "parent_value"), "Kbang states none");
        near(null, d(level("UBND xã Cẩm Châu", "NAP-14", 2024), "parent_value"), "no district plan");
        near(16.0, d(level("UBND huyện Chư Pưh", "NAP-04b", 2023), "parent_value"), "Gia Lai 2023");
        near(16.0, d(level("UBND huyện Kbang", "NAP-04b", 2023), "parent_value"), "province from the corpus");
        near(18.0, d(level("UBND thị xã An Nhơn", "NAP-04b", 2023), "parent_value"), "Bình Định 2023");
        near(15.0, d(level("UBND huyện Chư Pưh", "NAP-04b", 2025), "parent_value"), "Gia Lai's 2025 target");
        Row gl25 = level("UBND tỉnh Gia Lai", "NAP-04b", 2025);
        near(17.0, d(gl25, "parent_value"), "national programme's 2025 value");
        assertEquals("catalogue", gl25.getAs("parent_source"));
        near(null, d(level("UBND tỉnh Gia Lai", "NAP-04b", 2023), "parent_value"), "no national value for 2023");
    }

    /** district_comparison rows of one scope, province, indicator and year, by district. */
    static Map<String, Row> districts(String scope, String province, String code, int year) {
        Map<String, Row> m = new HashMap<>();
        for (Row r : table(CompareJob.DISTRICT_COMPARISON)) {
            if (scope.equals(r.getAs("scope")) && province.equals(r.getAs("scope_province"))
                    && code.equals(r.getAs("indicator_code")) && year == (Integer) r.getAs("year")) {
                m.put(r.getAs("district"), r);
            }
        }
        return m;
    }

    @Test
    void districtRanksWithATie() {
        Map<String, Row> st = districts("province", "Gia Lai", "NAP-04b", 2023);
        assertEquals(3, st.size());
        assertEquals(1, (Integer) st.get("Chư Pưh").getAs("rank"));
        assertEquals(1, (Integer) st.get("Chư Sê").getAs("rank"), "15.5 and 15.5 share rank 1");
        assertEquals(3, (Integer) st.get("Kbang").getAs("rank"));
        Row any = st.get("Kbang");
        near(16.0, d(any, "province_value"), "Gia Lai's own target");
        near(15.5, d(any, "min_value"), "");
        near(15.5, d(any, "median_value"), "");
        near(16.5, d(any, "max_value"), "");
        assertEquals(3L, (Long) any.getAs("districts_stating"));
        assertEquals(4L, (Long) any.getAs("districts_with_plan"), "Đak Đoa has a 2023 plan without stunting");

        Map<String, Row> br = districts("province", "Gia Lai", "NAP-14", 2023);
        assertEquals(1, (Integer) br.get("Đak Đoa").getAs("rank"), "100: highest is most ambitious for min");
        assertEquals(2, (Integer) br.get("Chư Pưh").getAs("rank"));
        assertEquals(3, (Integer) br.get("Chư Sê").getAs("rank"));
        near(99.0, d(br.get("Chư Sê"), "median_value"), "");
        near(98.0, d(br.get("Chư Sê"), "province_value"), "");

        Map<String, Row> merged = districts("province_2025", "Gia Lai", "NAP-04b", 2023);
        assertEquals(4, merged.size(), "An Nhơn (Bình Định) joins Gia Lai from 2025");
        assertEquals(1, (Integer) merged.get("An Nhơn").getAs("rank"));
        assertEquals(2, (Integer) merged.get("Chư Pưh").getAs("rank"));
        assertEquals(2, (Integer) merged.get("Chư Sê").getAs("rank"));
        assertEquals(4, (Integer) merged.get("Kbang").getAs("rank"));
        near(15.5, d(merged.get("Kbang"), "median_value"), "14, 15.5, 15.5, 16.5");
        assertEquals(5L, (Long) merged.get("Kbang").getAs("districts_with_plan"));
        near(null, d(merged.get("Kbang"), "province_value"), "");

        Map<String, Row> bd = districts("province", "Bình Định", "NAP-04b", 2023);
        assertEquals(1, bd.size());
        near(18.0, d(bd.get("An Nhơn"), "province_value"), "");
    }

    @Test
    void trajectoryDirections() {
        Map<String, String> dir = new HashMap<>();
        for (Row r : table(CompareJob.TRAJECTORIES)) {
            if ("UBND huyện Chư Pưh".equals(r.getAs("issuer"))) {
                dir.put(r.getAs("indicator_code") + " " + r.getAs("year"), r.getAs("direction_of_change"));
            }
        }
        assertEquals(Map.of(
                "NAP-04b 2022", "first", "NAP-04b 2023", "tightened", "NAP-04b 2024", "unchanged",
                "NAP-04b 2025", "tightened",
                "NAP-14 2022", "first", "NAP-14 2023", "tightened", "NAP-14 2024", "loosened",
                "NAP-13a 2023", "first", "NAP-13a 2024", "tightened"), dir);
    }

    /** coverage row of one indicator, year and level. */
    static Row coverage(String code, int year, String level) {
        for (Row r : table(CompareJob.COVERAGE)) {
            if (code.equals(r.getAs("indicator_code")) && year == (Integer) r.getAs("year")
                    && level.equals(r.getAs("level"))) return r;
        }
        return fail(code + " " + year + " " + level);
    }

    @Test
    void coverageShares() {
        Row st = coverage("NAP-04b", 2023, "district");
        assertEquals(5L, (Long) st.getAs("plans"));
        assertEquals(4L, (Long) st.getAs("plans_stating"));
        near(0.8, d(st, "share"), "");
        near(0.6, d(coverage("NAP-14", 2023, "district"), "share"), "Chư Pưh, Chư Sê, Đak Đoa of 5");
        near(0.2, d(coverage("NAP-13a", 2023, "district"), "share"), "");
        near(0.0, d(coverage("NAP-01", 2023, "district"), "share"), "nobody states it");
        near(1.0, d(coverage("NAP-04b", 2023, "commune"), "share"), "");
        near(0.6667, d(coverage("NAP-14", 2023, "commune"), "share"), "2 of 3 rounded");
        near(1.0, d(coverage("NAP-04b", 2024, "commune"), "share"), "a relative target counts as stating");
        near(0.5, d(coverage("NAP-14", 2023, "province"), "share"), "Gia Lai states it, Bình Định does not");

        Map<String, Row> pc = byDoc(CompareJob.PLAN_COVERAGE);
        long nap = ReferenceFiles.rows("indicators.csv").stream().filter(r -> r.get("code").startsWith("NAP-")).count();
        Row dd = pc.get("D_DD23");
        assertEquals(nap, (Long) dd.getAs("nap_indicators"));
        assertEquals(1L, (Long) dd.getAs("nap_stated"));
        assertEquals(nap - 1, (Long) dd.getAs("nap_missing_count"));
        List<String> missing = List.of(((String) dd.getAs("nap_missing")).split(";"));
        assertTrue(missing.contains("NAP-04b"));
        assertFalse(missing.contains("NAP-14"));
        assertEquals("NAP-01;NAP-03b;NAP-04b;NAP-14", pc.get("C_TH24").getAs("nap_stated_codes"));
        assertEquals(13, pc.size());
    }

    @Test
    void qualityReport() {
        List<Row> q = table(CompareJob.QUALITY_REPORT);
        assertEquals(3, q.size(), "blank doc number, impossible value, one conflict");
        Map<String, Row> byFlag = new HashMap<>();
        for (Row r : q) byFlag.put(r.getAs("flag"), r);
        Row blank = byFlag.get("blank_doc_number");
        assertEquals("P_BD23", blank.getAs("doc_id"));
        assertEquals("ingest", blank.getAs("source"));
        Row imp = byFlag.get("impossible_value");
        assertEquals("targets", imp.getAs("source"));
        assertEquals("NAP-03b < 0.0 @400", imp.getAs("quote"));
        assertEquals(2024, (Integer) imp.getAs("target_year"), "the plan year when the text gives none");
        Row conflict = byFlag.get("conflicting_values");
        assertEquals("D_CS23", conflict.getAs("doc_id"));
        assertEquals("NAP-14", conflict.getAs("indicator_code"));
        near(97.0, d(conflict, "value"), "the kept value");
        assertEquals("NAP-14 >= 97.0 @200 | NAP-14 >= 96.0 @500", conflict.getAs("quote"));
        String why = conflict.getAs("explanation");
        assertTrue(why.contains("97; 96") && why.contains("first stated, 97"), why);
    }

    @Test
    void csvExportsSortedWithStableColumns() throws IOException {
        assertEquals(27L, written.get("target_levels.csv"));
        List<CSVRecord> rows = csv("target_levels.csv");
        assertEquals(List.of("indicator_code", "year", "level", "province", "district", "commune", "issuer", "doc_id",
                "comparator", "value", "unit", "change_from_previous_year", "parent_value", "national_value",
                "gap_to_national"), header("target_levels.csv").subList(0, 15));
        String prev = "";
        for (CSVRecord r : rows) {
            String k = r.get("indicator_code") + "|" + r.get("year");
            assertTrue(k.compareTo(prev) >= 0, "sorted: " + k + " after " + prev);
            prev = k;
        }
        for (String f : List.of("regions.csv", "plan_regions.csv", "district_comparison.csv", "trajectories.csv",
                "coverage.csv", "plan_coverage.csv", "quality_report.csv")) {
            assertTrue(written.containsKey(f), f);
            assertEquals(written.get(f).longValue(), csv(f).size(), f);
        }
    }

    @Test
    void anEmptyWarehouseGivesEmptyTablesAndTheRegionReference() {
        Warehouse empty = new Warehouse(TestSpark.get(), tmp.resolve("empty").toString());
        Map<String, Long> w = CompareJob.run(empty, tmp.resolve("empty").toString());
        assertEquals(63L, w.get("regions.csv"));
        for (String f : List.of("plan_regions.csv", "target_levels.csv", "district_comparison.csv",
                "trajectories.csv", "coverage.csv", "plan_coverage.csv", "quality_report.csv")) {
            assertEquals(0L, w.get(f), f);
        }
        assertTrue(Files.isRegularFile(tmp.resolve("empty/exports/target_levels.csv")));
    }

    static List<String> header(String name) throws IOException {
        String first = Files.readAllLines(tmp.resolve("out/exports").resolve(name), StandardCharsets.UTF_8).get(0);
        return List.of(first.substring(1).split(","));
    }

    static List<CSVRecord> csv(String name) throws IOException {
        Path f = tmp.resolve("out/exports").resolve(name);
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', r.read());
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
