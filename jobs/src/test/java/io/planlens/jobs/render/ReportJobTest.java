package io.planlens.jobs.render;

import static org.apache.spark.sql.types.DataTypes.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planlens.jobs.Seqs;
import io.planlens.jobs.TestSpark;
import io.planlens.jobs.export.ExportJob;
import io.planlens.jobs.ingest.PlanRows;
import io.planlens.jobs.store.Warehouse;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report on a hand-written warehouse (Lào Cai 2024: a province plan, four district plans, one
 * of them with a script in its issuer and quote, a commune plan; Yên Bái 2024; Lào Cai 2023) with
 * the comparison and adoption tables written as their jobs will write them.
 */
class ReportJobTest {
    static final String XSS_ISSUER = "UBND huyện " + NotebookTest.XSS;
    static final Path ROOT = Path.of("target", "report-test").toAbsolutePath();
    static Path full;
    static Path bare;
    static ReportJob.Result all;
    static ReportJob.Result laoCai;
    static ReportJob.Result missing;

    static final StructType TARGET_LEVELS = new StructType()
            .add("indicator_code", StringType).add("year", IntegerType).add("level", StringType)
            .add("province", StringType).add("province_2025", StringType).add("district", StringType)
            .add("commune", StringType).add("issuer", StringType).add("doc_id", StringType)
            .add("comparator", StringType).add("value", DoubleType).add("unit", StringType)
            .add("national_value", DoubleType).add("gap_to_national", DoubleType).add("plan_year", IntegerType)
            .add("direction", StringType);
    static final StructType DISTRICT_COMPARISON = new StructType()
            .add("province", StringType).add("indicator_code", StringType).add("year", IntegerType)
            .add("district", StringType).add("issuer", StringType).add("doc_id", StringType).add("value", DoubleType)
            .add("unit", StringType).add("rank", IntegerType).add("province_value", DoubleType)
            .add("national_value", DoubleType);
    static final StructType COVERAGE = new StructType()
            .add("indicator_code", StringType).add("year", IntegerType).add("level", StringType)
            .add("plans", LongType).add("plans_stating", LongType).add("share", DoubleType);
    static final StructType ADOPTION = new StructType()
            .add("document_id", StringType).add("level", StringType).add("year", IntegerType)
            .add("years_since_issue", IntegerType).add("adopters", LongType).add("regions", LongType)
            .add("cumulative_share", DoubleType);

    /** doc, year, issuer, level, province, district, NAP-14 value (plus extra targets below). */
    static final Object[][] PLANS = {
            {"P0", 2023, "UBND tỉnh Lào Cai", "province", "Lào Cai", null, 98.0},
            {"P1", 2024, "UBND tỉnh Lào Cai", "province", "Lào Cai", null, 99.0},
            {"D1", 2024, "UBND huyện Bảo Yên", "district", "Lào Cai", "Bảo Yên", 98.0},
            {"D2", 2024, "UBND huyện Bát Xát", "district", "Lào Cai", "Bát Xát", 99.5},
            {"D3", 2024, "UBND huyện Văn Bàn", "district", "Lào Cai", "Văn Bàn", 97.0},
            {"D4", 2024, XSS_ISSUER, "district", "Lào Cai", "Mường Khương", 96.0},
            {"Y1", 2024, "UBND tỉnh Yên Bái", "province", "Yên Bái", null, 97.5},
            {"C1", 2024, "UBND xã Phong Niên", "commune", "Lào Cai", "Bảo Thắng", 100.0}};

    @BeforeAll
    static void renderOnce() throws IOException {
        SparkSession spark = TestSpark.get();
        deleteTree(ROOT);
        full = ROOT.resolve("full");
        bare = ROOT.resolve("bare");
        List<Row> plans = new ArrayList<>();
        List<Row> targets = new ArrayList<>();
        List<Row> levels = new ArrayList<>();
        List<Row> districts = new ArrayList<>();
        for (Object[] p : PLANS) {
            String doc = (String) p[0];
            int year = (Integer) p[1];
            String issuer = (String) p[2];
            String level = (String) p[3];
            String prov = (String) p[4];
            String dist = (String) p[5];
            double v = (Double) p[6];
            plans.add(RowFactory.create(doc, "in/" + doc + ".txt", "file:/in/" + doc + ".txt", year, null, "plan", issuer,
                    level, prov, "10", prov, dist, "commune".equals(level) ? "Phong Niên" : null, "01/KH-UBND", null, null,
                    Seqs.of(List.of()), "UTF-8", "text", "text"));
            String quote = "D4".equals(doc) ? NotebookTest.XSS + " đăng ký khai sinh đạt " + v + "%"
                    : "Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt " + v + "%";
            targets.add(target(doc, year, 0, "NAP-14", v, year, quote));
            levels.add(level(doc, year, issuer, level, prov, dist, "NAP-14", year, v, 98.5, v - 98.5));
            if ("district".equals(level) && year == 2024) {
                districts.add(RowFactory.create(prov, "NAP-14", 2024, dist, issuer, doc, v, "percent", 0, 99.0, 98.5));
            }
        }
        targets.add(target("P1", 2024, 1, "NAP-14", 100.0, 2025, "100% vào năm 2025"));
        levels.add(level("P1", 2024, "UBND tỉnh Lào Cai", "province", "Lào Cai", null, "NAP-14", 2025, 100.0, 98.5, 1.5));
        targets.add(target("P1", 2024, 2, "NAP-19", 90.0, 2024, "90% trường học có dịch vụ hỗ trợ tâm lý"));
        levels.add(level("P1", 2024, "UBND tỉnh Lào Cai", "province", "Lào Cai", null, "NAP-19", 2024, 90.0, 95.0, -5.0));

        Warehouse wh = new Warehouse(spark, full.toString());
        wh.append(Warehouse.PLANS, spark.createDataFrame(plans, PlanRows.PLAN));
        wh.append(Warehouse.TARGETS, spark.createDataFrame(targets, ExportJob.targetsSchema()));
        wh.append(ReportData.TARGET_LEVELS, spark.createDataFrame(levels, TARGET_LEVELS));
        wh.append(ReportData.DISTRICT_COMPARISON, spark.createDataFrame(districts, DISTRICT_COMPARISON));
        wh.append(ReportData.COVERAGE, spark.createDataFrame(List.of(
                RowFactory.create("NAP-14", 2024, "province", 2L, 2L, 1.0),
                RowFactory.create("NAP-14", 2024, "district", 4L, 4L, 1.0),
                RowFactory.create("NAP-14", 2024, "commune", 1L, 1L, 1.0),
                RowFactory.create("NAP-19", 2024, "province", 2L, 1L, 0.5),
                RowFactory.create("NAP-14", 2023, "province", 1L, 1L, 1.0)), COVERAGE));
        wh.append(ReportData.ADOPTION_CURVE, spark.createDataFrame(List.of(
                RowFactory.create("LUAT-102-2016-QH13", "province", 2016, 0, 0L, 2L, 0.0),
                RowFactory.create("LUAT-102-2016-QH13", "province", 2017, 1, 1L, 2L, 0.5),
                RowFactory.create("LUAT-102-2016-QH13", "province", 2018, 2, 2L, 2L, 1.0),
                RowFactory.create("LUAT-102-2016-QH13", "district", 2016, 0, 1L, 4L, 0.25),
                RowFactory.create("LUAT-102-2016-QH13", "district", 2018, 2, 2L, 4L, 0.5),
                RowFactory.create("LUAT-102-2016-QH13", "district", 2030, 14, 4L, 4L, 1.0)), ADOPTION));
        all = ReportJob.run(wh, full.toString(), null, null);
        laoCai = ReportJob.run(wh, full.toString(), 2024, "Lào Cai");

        Warehouse wb = new Warehouse(spark, bare.toString());
        wb.append(Warehouse.PLANS, spark.createDataFrame(plans, PlanRows.PLAN));
        wb.append(Warehouse.TARGETS, spark.createDataFrame(targets, ExportJob.targetsSchema()));
        missing = ReportJob.run(wb, bare.toString(), 2024, null);
    }

    static Row target(String doc, int planYear, int ordinal, String ind, double v, int targetYear, String quote) {
        return RowFactory.create(doc, planYear, null, ordinal, ind, ">=", v, "percent", targetYear, quote, 0, 10, null, null,
                Seqs.of(List.of()));
    }

    static Row level(String doc, int planYear, String issuer, String level, String prov, String dist, String ind, int year,
                     double v, double national, double gap) {
        return RowFactory.create(ind, year, level, prov, prov, dist, null, issuer, doc, ">=", v, "percent", national, gap,
                planYear, "min");
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }

    static List<CSVRecord> csv(Path f) throws IOException {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', r.read(), "BOM");
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    static String district(String province, String ind) {
        return SafeNames.file("district-comparison", province, ind) + "_2024";
    }

    @Test
    void latestYearAndEveryChartKind() throws IOException {
        assertEquals(2024, all.year());
        assertTrue(all.notes().isEmpty(), all.notes().toString());
        List<String> expected = List.of(
                "charts/" + SafeNames.file("target-levels", "NAP-14") + "_all_to-2024",
                "charts/" + SafeNames.file("target-levels", "NAP-19") + "_all_to-2024",
                "charts/" + district("Lào Cai", "NAP-14"),
                "charts/" + SafeNames.file("adoption", "LUAT-102-2016-QH13") + "_to-2024",
                "charts/coverage-by-level_all_2024",
                "charts/coverage-by-province_all_2024",
                "charts/annual-summary_all_2024");
        for (String e : expected) {
            assertTrue(all.charts().contains(e + ".png"), e + " in " + all.charts());
            assertTrue(all.charts().contains(e + ".svg"), e);
        }
        assertEquals(expected.size() * 2, all.charts().size(), all.charts().toString());
        for (String c : all.charts()) {
            Path f = full.resolve(c);
            assertTrue(Files.size(f) > 2000, c);
            assertEquals(full.resolve("charts"), f.normalize().getParent(), "inside charts/: " + c);
        }
        assertEquals(6, all.notebooks().size());
        for (String n : List.of("analyst_district-comparison", "researcher_policy-adoption", "leadership_annual-summary")) {
            assertTrue(all.notebooks().contains("notebooks/" + n + "_all_2024.ipynb"), all.notebooks().toString());
            assertTrue(all.notebooks().contains("notebooks/" + n + "_all_2024.html"));
        }
    }

    @Test
    void districtTableRanksTheDistrictsWithProvinceAndNationalTargets() throws IOException {
        List<CSVRecord> rows = csv(full.resolve("notebooks/data/analyst_" + district("Lào Cai", "NAP-14") + ".csv"));
        assertEquals(List.of("Bát Xát", "Bảo Yên", "Văn Bàn", "Mường Khương"), rows.stream().map(r -> r.get("district")).toList());
        assertEquals(List.of("1", "2", "3", "4"), rows.stream().map(r -> r.get("rank")).toList());
        assertEquals("99.5", rows.get(0).get("value"));
        assertEquals("99", rows.get(0).get("province_value"));
        assertEquals("98.5", rows.get(0).get("national_value"));
    }

    @Test
    void leadershipNumbers() throws IOException {
        List<CSVRecord> byLevel = csv(full.resolve("notebooks/data/leadership_plans-by-level_all_2024.csv"));
        assertEquals(List.of("province=2", "district=4", "commune=1"),
                byLevel.stream().map(r -> r.get("level") + "=" + r.get("plans")).toList());
        List<CSVRecord> mvn = csv(full.resolve("notebooks/data/leadership_median-vs-national_all_2024.csv"));
        // NAP-14 in 2024 by the seven 2024 plans: 96 97 97.5 98 99 99.5 100 -> 98
        assertEquals("NAP-14", mvn.get(0).get("indicator_code"));
        assertEquals("98", mvn.get(0).get("median_target"));
        assertEquals("98.5", mvn.get(0).get("national_target"));
        assertEquals("7", mvn.get(0).get("plans"));
        assertEquals("NAP-19", mvn.get(1).get("indicator_code"));
        assertEquals("90", mvn.get(1).get("median_target"));
        List<CSVRecord> gaps = csv(full.resolve("notebooks/data/leadership_largest-gaps_all_2024.csv"));
        assertEquals(List.of("UBND tỉnh Lào Cai", XSS_ISSUER, "UBND huyện Văn Bàn", "UBND tỉnh Yên Bái", "UBND huyện Bảo Yên"),
                gaps.stream().map(r -> r.get("issuer")).toList());
        assertEquals(List.of("-5", "-2.5", "-1.5", "-1", "-0.5"), gaps.stream().map(r -> r.get("gap")).toList(),
                "negative numbers are not taken for formulas");
        List<CSVRecord> cov = csv(full.resolve("notebooks/data/leadership_coverage_all_2024.csv"));
        assertEquals("NAP-14", cov.get(0).get("indicator_code"));
        assertEquals("100", cov.get(0).get("percent_of_plans"));
        assertEquals("NAP-19", cov.get(1).get("indicator_code"));
        assertEquals(100.0 / 7, Double.parseDouble(cov.get(1).get("percent_of_plans")), 1e-9);
    }

    @Test
    void coverageByLevelComesFromTheCoverageTable() throws IOException {
        List<CSVRecord> rows = csv(full.resolve("notebooks/data/researcher_coverage-by-level_all_2024.csv"));
        CSVRecord nap14 = rows.stream().filter(r -> r.get("indicator_code").equals("NAP-14")).findFirst().orElseThrow();
        assertEquals("2", nap14.get("province (2)"));
        assertEquals("4", nap14.get("district (4)"));
        assertEquals("1", nap14.get("commune (1)"));
        CSVRecord nap01 = rows.stream().filter(r -> r.get("indicator_code").equals("NAP-01")).findFirst().orElseThrow();
        assertEquals("0", nap01.get("province (2)"), "national indicators nobody states are listed with 0");
    }

    @Test
    void adoptionStopsAtTheReportYear() throws IOException {
        List<CSVRecord> rows = csv(full.resolve("notebooks/data/researcher_"
                + SafeNames.file("adoption", "LUAT-102-2016-QH13") + "_to-2024.csv"));
        assertEquals(List.of("province 0 0", "province 1 50", "province 2 100", "district 0 25", "district 2 50"),
                rows.stream().map(r -> r.get("level") + " " + r.get("years_since_issue") + " " + r.get("percent_citing")).toList());
    }

    @Test
    void notebooksAreValidAndCarryImages() throws IOException {
        for (String n : all.notebooks()) {
            if (!n.endsWith(".ipynb")) {
                continue;
            }
            JsonNode nb = new ObjectMapper().readTree(full.resolve(n).toFile());
            assertTrue(NotebookTest.validate(nb).isEmpty(), n + ": " + NotebookTest.validate(nb));
            long images = NotebookTest.outputs(nb).stream().filter(o -> o.path("data").has("image/png")).count();
            long tables = NotebookTest.outputs(nb).stream().filter(o -> o.path("data").has("text/html")).count();
            assertTrue(images >= 1, n + " has an image output");
            assertTrue(tables >= 1, n + " has a table output");
            for (JsonNode o : NotebookTest.outputs(nb)) {
                if (o.path("data").has("text/html")) {
                    assertFalse(NotebookTest.joined(o.get("data").get("text/html")).contains("<script"), n);
                }
            }
            for (JsonNode c : nb.get("cells")) {
                if (c.get("cell_type").asText().equals("markdown")) {
                    assertFalse(NotebookTest.joined(c.get("source")).contains("<script"), n);
                }
            }
        }
        String lead = Files.readString(full.resolve("notebooks/leadership_annual-summary_all_2024.html"));
        assertTrue(lead.contains("&lt;script&gt;document.title="), "the issuer is shown as text");
        assertFalse(lead.toLowerCase().contains("<script"));
        String analyst = Files.readString(full.resolve("notebooks/analyst_district-comparison_all_2024.html"));
        assertTrue(analyst.contains("&lt;script&gt;document.title=&#39;X&#39;+&#39;SS-RAN&#39;;document.body.setAttribute("), "quote as text");
        assertFalse(analyst.toLowerCase().contains("<script"));
        assertTrue(analyst.contains("<img src=\"data:image/png;base64,"));
    }

    @Test
    void oneProvince() throws IOException {
        assertEquals(2024, laoCai.year());
        String scope = SafeNames.slug("Lào Cai");
        assertTrue(laoCai.charts().contains("charts/coverage-by-district_" + scope + "_2024.png"), laoCai.charts().toString());
        assertTrue(laoCai.charts().contains("charts/annual-summary_" + scope + "_2024.png"));
        assertTrue(laoCai.charts().contains("charts/coverage-by-level_" + scope + "_2024.png"));
        List<CSVRecord> byLevel = csv(full.resolve("notebooks/data/leadership_plans-by-level_" + scope + "_2024.csv"));
        assertEquals(List.of("province=1", "district=4", "commune=1"),
                byLevel.stream().map(r -> r.get("level") + "=" + r.get("plans")).toList());
        List<CSVRecord> gaps = csv(full.resolve("notebooks/data/leadership_largest-gaps_" + scope + "_2024.csv"));
        assertFalse(gaps.stream().anyMatch(r -> r.get("issuer").contains("Yên Bái")));
        assertTrue(laoCai.notes().stream().anyMatch(n -> n.contains("nationwide")), laoCai.notes().toString());
    }

    @Test
    void missingTablesAreSkippedWithANote() throws IOException {
        assertEquals(2024, missing.year());
        String notes = String.join("\n", missing.notes());
        for (String t : List.of("target_levels", "district_comparison", "adoption_curve")) {
            assertTrue(notes.contains(t), notes);
        }
        assertEquals(List.of("charts/coverage-by-level_all_2024.png", "charts/coverage-by-level_all_2024.svg",
                "charts/coverage-by-province_all_2024.png", "charts/coverage-by-province_all_2024.svg",
                "charts/annual-summary_all_2024.png", "charts/annual-summary_all_2024.svg"), missing.charts());
        // coverage computed from plans and targets: NAP-14 stated by 4 of 4 district plans of 2024
        List<CSVRecord> rows = csv(bare.resolve("notebooks/data/researcher_coverage-by-level_all_2024.csv"));
        CSVRecord nap14 = rows.stream().filter(r -> r.get("indicator_code").equals("NAP-14")).findFirst().orElseThrow();
        assertEquals("4", nap14.get("district (4)"));
        assertEquals("2", nap14.get("province (2)"));
        JsonNode nb = new ObjectMapper().readTree(bare.resolve("notebooks/leadership_annual-summary_all_2024.ipynb").toFile());
        assertTrue(NotebookTest.validate(nb).isEmpty());
        assertTrue(Arrays.toString(Files.list(bare.resolve("notebooks")).toArray()).contains("researcher_policy-adoption"));
    }
}
