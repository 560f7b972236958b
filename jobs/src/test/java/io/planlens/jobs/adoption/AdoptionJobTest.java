package io.planlens.jobs.adoption;

import static org.junit.jupiter.api.Assertions.*;

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
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hand-written corpus of eight plans in two provinces, with their citations and targets, where
 * every lag, share, link and similar pair is known.
 *
 * <pre>
 * doc   issuer (province / district)            level     year  number       issued
 * IH22  UBND xã Ia Hla (Gia Lai / Chư Pưh)      commune   2022  12/KH-UBND   2021-04-19
 * D22   UBND huyện Tứ Kỳ (Hải Dương / Tứ Kỳ)    district  2022  30/KH-UBND   2022-03-01
 * D23   UBND huyện Tứ Kỳ                        district  2023  50/KH-UBND   2023-03-20
 * D24   UBND huyện Tứ Kỳ (near copy of D23)     district  2024  45/KH-UBND   2024-03-15
 * P23   UBND tỉnh Hải Dương                     province  2023  606/KH-UBND  2023-03-07
 * GL24  UBND huyện Gia Lộc (Hải Dương / Gia Lộc) district 2024  45/KH-UBND   2024-01-10
 * C24   UBND xã Quang Phục (Hải Dương / Tứ Kỳ)  commune   2024  12/KH-UBND   -
 * HD24  UBND xã Hoàng Diệu (Hải Dương / Gia Lộc) commune  2024  20/KH-UBND   2024-02-01
 * </pre>
 */
class AdoptionJobTest {
    @TempDir
    static Path tmp;
    static Map<String, Long> written;
    static String t000, t001, t002, t002next, t003, t004;

    static final String TUKY = "Hải Dương / Tứ Kỳ / UBND huyện Tứ Kỳ";
    static final String IAHLA = "Gia Lai / Chư Pưh / UBND xã Ia Hla";
    static final String HAIDUONG = "Hải Dương / UBND tỉnh Hải Dương";

    @BeforeAll
    static void runOnce() throws IOException {
        Path s = TestSpark.samples();
        t000 = Files.readString(s.resolve("000_bb7f4f0ed39af643.txt"));
        t001 = Files.readString(s.resolve("001_af98d75339ed8083.txt"));
        t002 = Files.readString(s.resolve("002_01721c729f36f5c0.txt"));
        t003 = Files.readString(s.resolve("003_c01154d0cb3d35c7.txt"));
        t004 = Files.readString(s.resolve("004_f9b35ec68f58bcaf.txt"));
        // Next year's plan of the same district: the year and a few words changed.
        t002next = t002.replace("2023", "2024").replace("Tăng cường sự lãnh đạo", "Nâng cao hiệu lực lãnh đạo")
                .replace("môi trường sống an toàn", "môi trường sống thật sự an toàn");

        SparkSession spark = TestSpark.get();
        Warehouse wh = new Warehouse(spark, tmp.toString());
        List<Row> plans = List.of(
                plan("IH22", 2022, "UBND xã Ia Hla", "commune", "Gia Lai", "Chư Pưh", "Ia Hla", "12/KH-UBND", "2021-04-19", t000),
                plan("D22", 2022, "UBND huyện Tứ Kỳ", "district", "Hải Dương", "Tứ Kỳ", null, "30/KH-UBND", "2022-03-01", t004),
                plan("D23", 2023, "UBND huyện Tứ Kỳ", "district", "Hải Dương", "Tứ Kỳ", null, "50/KH-UBND", "2023-03-20", t002),
                plan("D24", 2024, "UBND huyện Tứ Kỳ", "district", "Hải Dương", "Tứ Kỳ", null, "45/KH-UBND", "2024-03-15", t002next),
                plan("P23", 2023, "UBND tỉnh Hải Dương", "province", "Hải Dương", null, null, "606/KH-UBND", "2023-03-07", t003),
                plan("GL24", 2024, "UBND huyện Gia Lộc", "district", "Hải Dương", "Gia Lộc", null, "45/KH-UBND", "2024-01-10",
                        "Kế hoạch thực hiện công tác trẻ em năm 2024 của huyện Gia Lộc"),
                plan("C24", 2024, "UBND xã Quang Phục", "commune", "Hải Dương", "Tứ Kỳ", "Quang Phục", "12/KH-UBND", null, t001),
                plan("HD24", 2024, "UBND xã Hoàng Diệu", "commune", "Hải Dương", "Gia Lộc", "Hoàng Diệu", "20/KH-UBND", "2024-02-01",
                        "Thực hiện Kế hoạch số 45/KH-UBND của UBND huyện về công tác trẻ em năm 2024"));
        wh.append(Warehouse.PLANS, spark.createDataFrame(plans, PlanRows.PLAN));

        List<Row> cites = List.of(
                cite("IH22", 2022, 0, "QĐ", "23", "QĐ-TTg", "2021-01-07", null, "QD-23-2021-TTg", "Quyết định số 23/QĐ-TTg ngày 07/01/2021"),
                cite("IH22", 2022, 1, "KH", "111", "KH-UBND", "2021-04-15", null, null,
                        "Kế hoạch số 111/KH-UBND ngày 15/4/2021 của UBND huyện"),
                cite("D22", 2022, 0, "CT", "23", "CT-TTg", null, null, null, "Chỉ thị số 23/CT-TTg"),
                cite("D23", 2023, 0, "KH", "606", "KH-UBND", "2023-03-07", "Ủy ban nhân dân tỉnh Hải Dương", null,
                        "Kế hoạch số 606/KH-UBND ngày 07/3/2023 của Ủy ban nhân dân tỉnh Hải Dương"),
                cite("D23", 2023, 1, "QĐ", "23", "QĐ-TTg", "2021-01-07", null, "QD-23-2021-TTg", "Quyết định số 23/QĐ-TTg ngày 07/01/2021"),
                cite("D24", 2024, 0, "QĐ", "23", "QĐ-TTg", "2021-01-07", null, "QD-23-2021-TTg", "Quyết định số 23/QĐ-TTg ngày 07/01/2021"),
                // The province's 606 is of 7 March 2023: a 606 of another date is another plan.
                cite("D24", 2024, 1, "KH", "606", "KH-UBND", "2024-03-01", null, null,
                        "Kế hoạch số 606/KH-UBND ngày 01/3/2024 của UBND tỉnh"),
                cite("P23", 2023, 0, "QĐ", "23", "QĐ-TTg", "2021-01-07", null, "QD-23-2021-TTg", "Quyết định số 23/QĐ-TTg ngày 07/01/2021"),
                cite("C24", 2024, 0, "KH", "45", "KH-UBND", "2024-03-15", null, null,
                        "Kế hoạch số 45/KH-UBND ngày 15/3/2024 của UBND huyện"),
                cite("C24", 2024, 1, "CT", "23", "CT-TTg", "2020-05-26", null, "CT-23-2020-TTg", "Chỉ thị số 23/CT-TTg ngày 26/5/2020"),
                cite("HD24", 2024, 0, "KH", "45", "KH-UBND", null, null, null, "Kế hoạch số 45/KH-UBND của UBND huyện"));
        wh.append(Warehouse.CITATIONS, spark.createDataFrame(cites, ExportJob.citationsSchema()));

        List<Row> targets = List.of(
                target("D23", 2023, 0, "NAP-05a", ">=", 98.0, "percent", 2023),
                target("D24", 2024, 0, "NAP-05a", ">=", 97.0, "percent", null),
                target("D24", 2024, 1, "NAP-05a", ">=", 98.0, "percent", 2030),
                target("IH22", 2022, 0, "NAP-04b", "<", 18.0, "percent", 2022),
                target("IH22", 2022, 1, "NAP-13a", "=", 0.0, "count", 2022),
                target("IH22", 2022, 2, "NAP-03a", "<=", 9.0, "per_mille", 2025),
                target("C24", 2024, 0, "NAP-13b", "reduce_by", 2.0, "percent", 2024),
                target("C24", 2024, 1, "NAP-05b", ">=", 95.0, "percent", 2025),
                target("C24", 2024, 2, "EXT-BHYT-U6", ">=", 100.0, "percent", 2024),
                target("C24", 2024, 3, "NAP-01", ">=", 70.0, "count", 2024));
        wh.append(Warehouse.TARGETS, spark.createDataFrame(targets, ExportJob.targetsSchema()));

        written = AdoptionJob.run(wh, tmp.toString());
    }

    static Row plan(String id, Integer year, String issuer, String level, String province, String district,
                    String commune, String number, String issued, String text) {
        return RowFactory.create(id, id + ".txt", "file:/in/" + id + ".txt", year, null, "plan", issuer, level, province,
                null, null, district, commune, number, issued == null ? null : Date.valueOf(issued), null,
                Seqs.of(List.of()), "UTF-8", text, text);
    }

    static Row cite(String doc, int year, int ordinal, String type, String number, String code, String issued,
                    String body, String canonical, String quote) {
        return RowFactory.create(doc, year, null, ordinal, type, number, null, code, issued == null ? null : Date.valueOf(issued),
                body, canonical, quote, 0, quote.length(), false);
    }

    static Row target(String doc, int year, int ordinal, String code, String comparator, double value, String unit,
                      Integer targetYear) {
        return RowFactory.create(doc, year, null, ordinal, code, comparator, value, unit, targetYear, "quote " + ordinal,
                ordinal * 10, ordinal * 10 + 5, null, null, Seqs.of(List.of()));
    }

    static List<CSVRecord> csv(String name) throws IOException {
        Path f = tmp.resolve("exports").resolve(name);
        byte[] b = Files.readAllBytes(f);
        assertEquals(0xEF, b[0] & 0xFF, name + " starts with a byte-order mark");
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            r.read();
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    static CSVRecord only(List<CSVRecord> rows, Map<String, String> where) {
        List<CSVRecord> hit = rows.stream()
                .filter(r -> where.entrySet().stream().allMatch(e -> e.getValue().equals(r.get(e.getKey()))))
                .toList();
        assertEquals(1, hit.size(), "exactly one row with " + where);
        return hit.get(0);
    }

    @Test
    void lagsRunFromTheDocumentsIssueDateToEachUnitsFirstCitingPlan() throws IOException {
        List<CSVRecord> lags = csv("adoption_lags.csv");
        assertEquals(List.of("document_id", "document_type", "document_number", "document_issued_date", "unit", "level",
                "province", "district", "issuer", "first_plan_year", "first_plan_issued_date", "lag_days",
                "first_doc_id", "citing_plans"), lags.get(0).getParser().getHeaderNames());
        assertEquals(4, lags.size(), "three units cite QĐ 23/QĐ-TTg, one CT 23/CT-TTg");
        CSVRecord tuky = only(lags, Map.of("document_id", "QD-23-2021-TTg", "unit", TUKY));
        assertEquals("2023", tuky.get("first_plan_year"));
        assertEquals("2023-03-20", tuky.get("first_plan_issued_date"));
        assertEquals("802", tuky.get("lag_days"));
        assertEquals("D23", tuky.get("first_doc_id"));
        assertEquals("2", tuky.get("citing_plans"));
        assertEquals("2021-01-07", tuky.get("document_issued_date"));
        assertEquals("102", only(lags, Map.of("document_id", "QD-23-2021-TTg", "unit", IAHLA)).get("lag_days"));
        assertEquals("789", only(lags, Map.of("document_id", "QD-23-2021-TTg", "unit", HAIDUONG)).get("lag_days"));
        CSVRecord undated = only(lags, Map.of("document_id", "CT-23-2020-TTg"));
        assertEquals("C24", undated.get("first_doc_id"));
        assertEquals("", undated.get("lag_days"), "no plan date, no lag");
        assertEquals("commune", undated.get("level"));
    }

    @Test
    void curveSharesUseTheUnitsWithAPlanUpToThatYearAsDenominator() throws IOException {
        List<CSVRecord> curve = csv("adoption_curve.csv");
        String[][] want = {
                // level, year, years_since_issue, adopters, regions, share
                {"all", "2022", "1", "1", "2", "0.5"}, {"all", "2023", "2", "3", "3", "1"},
                {"all", "2024", "3", "3", "6", "0.5"},
                {"district", "2022", "1", "0", "1", "0"}, {"district", "2023", "2", "1", "1", "1"},
                {"district", "2024", "3", "1", "2", "0.5"},
                {"commune", "2022", "1", "1", "1", "1"}, {"commune", "2024", "3", "1", "3", "0.3333"},
                {"province", "2023", "2", "1", "1", "1"}};
        for (String[] w : want) {
            CSVRecord r = only(curve, Map.of("document_id", "QD-23-2021-TTg", "level", w[0], "year", w[1]));
            assertEquals(w[2], r.get("years_since_issue"), String.join(",", w));
            assertEquals(w[3], r.get("adopters"), String.join(",", w));
            assertEquals(w[4], r.get("regions"), String.join(",", w));
            assertEquals(w[5], r.get("cumulative_share"), String.join(",", w));
        }
        assertTrue(curve.stream().noneMatch(r -> r.get("level").equals("province") && r.get("year").equals("2022")),
                "no province had a plan in 2022: no share");
        assertEquals("0.3333", only(curve, Map.of("document_id", "CT-23-2020-TTg", "level", "commune", "year", "2024"))
                .get("cumulative_share"));
        assertEquals("0", only(curve, Map.of("document_id", "CT-23-2020-TTg", "level", "all", "year", "2023"))
                .get("adopters"), "a document nobody has cited yet is on the curve with zero adopters");
        assertTrue(curve.stream().noneMatch(r -> r.get("document_id").equals("QD-1705-2024-TTg")
                && !r.get("year").equals("2024")), "no years before a document was issued");
    }

    @Test
    void eventsAreOneRowPerUnitAndPolicyInNetinfLongFormat() throws IOException {
        List<CSVRecord> ev = csv("adoption_events.csv");
        assertEquals(List.of("unit", "level", "province", "policy", "adoption_year", "adoption_date"),
                ev.get(0).getParser().getHeaderNames().subList(0, 6));
        List<String> got = ev.stream().map(r -> r.get("policy") + "|" + r.get("unit") + "|" + r.get("adoption_year")
                + "|" + r.get("adoption_date")).toList();
        assertEquals(List.of(
                "CT-23-2020-TTg|Hải Dương / Tứ Kỳ / UBND xã Quang Phục|2024|",
                "QD-23-2021-TTg|" + IAHLA + "|2022|2021-04-19",
                "QD-23-2021-TTg|" + TUKY + "|2023|2023-03-20",
                "QD-23-2021-TTg|" + HAIDUONG + "|2023|2023-03-07"), got);
    }

    @Test
    void nationalTargetsAreAdoptedStricterOrWeakerByDirection() throws IOException {
        List<CSVRecord> d = csv("indicator_adoption.csv");
        assertEquals(9, d.size(), "every NAP target, no EXT target");
        String[][] want = {
                // doc, indicator, target_year, national_value, national_year, adoption, difference
                {"D23", "NAP-05a", "2023", "97", "2025", "stricter", "1"},
                {"D24", "NAP-05a", "2024", "97", "2025", "national", "0"},
                {"D24", "NAP-05a", "2030", "98", "2030", "national", "0"},
                {"IH22", "NAP-04b", "2022", "17", "2025", "weaker", "1"},
                {"IH22", "NAP-13a", "2022", "0", "", "national", "0"},
                {"IH22", "NAP-03a", "2025", "9.5", "2025", "stricter", "-0.5"},
                {"C24", "NAP-13b", "2024", "2", "2025", "not_comparable", ""},
                {"C24", "NAP-05b", "2025", "98", "2030", "weaker", "-3"},
                {"C24", "NAP-01", "2024", "65", "2025", "not_comparable", ""}};
        for (String[] w : want) {
            CSVRecord r = only(d, Map.of("doc_id", w[0], "indicator_code", w[1], "target_year", w[2]));
            assertEquals(w[3], r.get("national_value"), String.join(",", w));
            assertEquals(w[4], r.get("national_year"), String.join(",", w));
            assertEquals(w[5], r.get("adoption"), String.join(",", w));
            assertEquals(w[6], r.get("difference"), String.join(",", w));
        }
        List<CSVRecord> s = csv("indicator_adoption_summary.csv");
        CSVRecord y23 = only(s, Map.of("indicator_code", "NAP-05a", "level", "district", "plan_year", "2023"));
        assertEquals(List.of("1", "0", "1", "0"), List.of(y23.get("plans"), y23.get("national"), y23.get("stricter"),
                y23.get("weaker")));
        CSVRecord y24 = only(s, Map.of("indicator_code", "NAP-05a", "level", "district", "plan_year", "2024"));
        assertEquals(List.of("1", "1", "0", "0"), List.of(y24.get("plans"), y24.get("national"), y24.get("stricter"),
                y24.get("weaker")), "one plan stating the national value for two years counts once");
        CSVRecord ih = only(s, Map.of("indicator_code", "NAP-04b"));
        assertEquals("1", ih.get("weaker"));
    }

    @Test
    void implementingPlansAreLinkedToTheirParentPlans() throws IOException {
        List<CSVRecord> chain = csv("citation_chain.csv");
        Map<String, String> parentOf = chain.stream().collect(Collectors.toMap(r -> r.get("child_doc_id"),
                r -> r.get("parent_doc_id")));
        assertEquals(Map.of("C24", "D24", "HD24", "GL24", "D23", "P23"), parentOf,
                "the 45 of the commune's own district, the province's 606 of that date; no other date's 606, no 111");
        assertEquals("number_code+issued_date+level+province+district",
                only(chain, Map.of("child_doc_id", "C24")).get("match_basis"));
        assertEquals("number_code+level+province+district", only(chain, Map.of("child_doc_id", "HD24")).get("match_basis"));
        assertEquals("number_code+issued_date+level+place+province",
                only(chain, Map.of("child_doc_id", "D23")).get("match_basis"));
        assertTrue(chain.stream().allMatch(r -> r.get("candidates").equals("1")));
    }

    @Test
    void nextYearsNearCopyIsFoundAndFlaggedAndUnrelatedPlansAreNot() throws IOException {
        List<CSVRecord> reuse = csv("text_reuse.csv");
        double copy = Shingles.jaccard(Shingles.hashes(t002next, 5), Shingles.hashes(t002, 5));
        assertTrue(copy >= 0.8 && copy < 1.0, "the changed words keep it a near copy: " + copy);
        CSVRecord d24 = only(reuse, Map.of("doc_id", "D24", "relation", "same_issuer_earlier"));
        assertEquals("D23", d24.get("similar_doc_id"), "last year's plan, not the unrelated one of two years ago");
        assertEquals("2023", d24.get("similar_plan_year"));
        assertEquals(Math.round(copy * 10000) / 10000.0, Double.parseDouble(d24.get("jaccard")), 1e-9);
        assertEquals("true", d24.get("near_copy"));

        double unrelated = Shingles.jaccard(Shingles.hashes(t002, 5), Shingles.hashes(t004, 5));
        assertTrue(unrelated < TextReuse.MIN_SIMILARITY, "a school plan is not a district plan: " + unrelated);
        assertTrue(reuse.stream().noneMatch(r -> r.get("doc_id").equals("D23") && r.get("relation").equals("same_issuer_earlier")),
                "the unrelated earlier plan of the same issuer is not reported");
        assertTrue(reuse.stream().noneMatch(r -> r.get("doc_id").equals("IH22") || r.get("similar_doc_id").equals("IH22")));

        CSVRecord parent = only(reuse, Map.of("doc_id", "D23", "relation", "parent"));
        assertEquals("P23", parent.get("similar_doc_id"));
        double dp = Shingles.jaccard(Shingles.hashes(t002, 5), Shingles.hashes(t003, 5));
        assertEquals(Math.round(dp * 10000) / 10000.0, Double.parseDouble(parent.get("jaccard")), 1e-9);
        assertEquals("", parent.get("near_copy"));
        assertEquals("D24", only(reuse, Map.of("doc_id", "C24", "relation", "parent")).get("similar_doc_id"));
        assertEquals(4, reuse.size(), "D24's earlier plan and three parents: " + reuse);
    }

    @Test
    void everyExportIsCountedAndWrittenToTheWarehouse() {
        assertEquals(List.of("adoption_lags.csv", "adoption_curve.csv", "adoption_events.csv", "indicator_adoption.csv",
                "indicator_adoption_summary.csv", "citation_chain.csv", "text_reuse.csv"), new ArrayList<>(written.keySet()));
        assertEquals(4L, written.get("adoption_lags.csv"));
        Warehouse wh = new Warehouse(TestSpark.get(), tmp.toString());
        assertEquals(3L, wh.spark().read().format("delta").load(wh.path(AdoptionJob.CITATION_CHAIN)).count());
    }
}
