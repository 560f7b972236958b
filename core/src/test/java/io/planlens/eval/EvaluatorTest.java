package io.planlens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planlens.eval.ExtractedPlan.ExtractedCitation;
import io.planlens.eval.ExtractedPlan.ExtractedTarget;
import io.planlens.extract.TestData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorTest {

    private static GoldDocument gold(String file) {
        return TestData.gold().stream().filter(g -> g.file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void packedGoldMatchesSharedGold() throws Exception {
        Path shared = TestData.root().resolve("../shared/gold").normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shared), "no shared gold beside the repository");
        try (var files = Files.list(TestData.goldDir())) {
            for (Path p : files.toList()) {
                Path other = shared.resolve(p.getFileName().toString());
                if (Files.exists(other)) {
                    assertEquals(Files.readString(other), Files.readString(p), "packed copy of " + p.getFileName() + " is stale");
                }
            }
        }
    }

    @Test
    void readsGoldFiles() {
        GoldDocument g = gold("001_af98d75339ed8083.txt");
        assertEquals(2024, g.planYear());
        assertEquals("commune", g.level());
        assertEquals(27, g.targets().size());
        assertTrue(g.targets().get(0).acceptsCode("NAP-01"));
        GoldDocument.GoldTarget birth = g.targets().stream().filter(t -> "NAP-14".equals(t.indicator())).findFirst().orElseThrow();
        assertTrue(birth.acceptsCode("EXT-BIRTHREG-TIMELY"), "an alternative code counts");
        assertFalse(birth.acceptsCode("NAP-16"));
        assertFalse(g.traps().isEmpty());
    }

    @Test
    void scoresInMemory() {
        GoldDocument g = gold("000_bb7f4f0ed39af643.txt");
        List<ExtractedTarget> ts = new ArrayList<>();
        // two right, one with a wrong code, one wrong year, one trap
        ts.add(new ExtractedTarget("NAP-08b", ">=", 99, "percent", 2022, "99% trẻ em có hoàn cảnh đặc biệt được trợ giúp"));
        ts.add(new ExtractedTarget("EXT-STAFF-TRAINED", ">=", 100, "percent", 2022, "100% cán bộ thôn làng"));
        ts.add(new ExtractedTarget("NAP-09", ">=", 100, "percent", 2022, "100% trẻ em bị xâm hại khi phát hiện"));
        ts.add(new ExtractedTarget("EXT-ACTION-MONTH", ">=", 100, "percent", 2021, "100% 08 hệ thống thôn làng"));
        ts.add(new ExtractedTarget(null, ">=", 8, "count", 2022, "08 hệ thống thôn làng tổ chức"));
        List<ExtractedCitation> cs = List.of(
                new ExtractedCitation("KH", "111", null, "KH-UBND", "Kế hoạch số 111/KH-UBND"),
                new ExtractedCitation("CT", "20", null, "CT-TW", "Chỉ thị số 20-CT/TW"),
                new ExtractedCitation("QĐ", "23", 2021, "QĐ-TTg", "Quyết định số 23/QĐ-TTg"));
        ExtractedPlan p = new ExtractedPlan("d0", "in/000_bb7f4f0ed39af643.txt",
                Map.of("plan_year", "2022", "level", "commune", "province", "Gia Lai", "doc_number", "12/KH-UBND",
                        "issued_date", "2021-04-19"), ts, cs);
        EvaluationReport r = new Evaluator().evaluate(List.of(g), List.of(p));
        assertEquals(4, r.goldTargets());
        assertEquals(5, r.extractedTargets());
        assertEquals(3, r.matchedTargets());
        assertEquals(2, r.indicatorCorrect());
        assertEquals(3.0 / 5, r.targetPrecision(), 1e-9);
        assertEquals(3.0 / 4, r.targetRecall(), 1e-9);
        assertEquals(2 * 0.6 * 0.75 / 1.35, r.targetF1(), 1e-9);
        assertEquals(1, r.trapsExtracted());
        assertEquals(1, r.documents().get(0).targetMisses().size());
        assertEquals(2, r.documents().get(0).targetFalsePositives().size());
        assertEquals(2, r.matchedCitations());
        assertEquals(1.0, r.metadataAccuracy().get("province"));
        assertEquals(1.0, r.metadataAccuracy().get("issued_date"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        r.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("missed target"), text);
        assertTrue(text.contains("TRAP"), text);
    }

    @Test
    void valuesThatOnlyShareATrapSpanAreNotTraps() {
        ExtractedTarget denominatorQuote = new ExtractedTarget("NAP-03b", "<", 0, "per_mille", 2024,
                "Tỷ suất tử vong của trẻ em dưới 01 tuổi trên 1.000 trẻ đẻ sống dưới 0‰");
        assertFalse(Evaluator.hitsTrap(denominatorQuote, "trên 1.000 trẻ đẻ sống (a denominator)"));
        ExtractedTarget denominator = new ExtractedTarget(null, ">", 1000, "per_mille", 2024, "trên 1.000 trẻ đẻ sống");
        assertTrue(Evaluator.hitsTrap(denominator, "trên 1.000 trẻ đẻ sống (a denominator)"));
        ExtractedTarget hotline = new ExtractedTarget(null, "=", 111, "count", 2024, "Tổng đài bảo vệ trẻ em (số 111)");
        assertTrue(Evaluator.hitsTrap(hotline, "Tổng đài ... (số 111)"));
    }

    @Test
    void evaluatesExportFiles(@TempDir Path dir) throws Exception {
        Path ex = dir.resolve("exports");
        Files.createDirectories(ex);
        Files.writeString(ex.resolve("plans.csv"), "\uFEFFdoc_id,source_path,plan_year,issuer,level,province,district,commune,doc_number,issued_date,quality_flags\n"
                + "a1,gialai/000_bb7f4f0ed39af643.txt,2022,UBND xã Ia Hla,commune,Gia Lai,Chư Pưh,Ia Hla,12/KH-UBND,2021-04-19,\n"
                + "b2,thanhhoa/001_af98d75339ed8083.txt,2024,UBND xã Cẩm Châu,commune,Thanh Hoá,,Cẩm Châu,,,blank_doc_number\n", StandardCharsets.UTF_8);
        Files.writeString(ex.resolve("targets.csv"), "\uFEFFdoc_id,indicator_code,comparator,value,unit,target_year,quote\n"
                + "a1,NAP-08b,>=,99,percent,2022,\"99% trẻ em có hoàn cảnh đặc biệt được trợ giúp\"\n"
                + "b2,NAP-06,=,0,percent,2024,\"Tỷ lệ lây truyền HIV từ mẹ sang con là 0%\"\n"
                + "b2,,=,111,count,2024,\"Tổng đài điện thoại quốc gia bảo vệ trẻ em 111\"\n", StandardCharsets.UTF_8);
        Files.writeString(ex.resolve("citations.csv"), "doc_id,type,number,year,code,issued_date,canonical_id,quote\n"
                + "a1,KH,111,,KH-UBND,2021-04-15,,\"Kế hoạch số 111/KH-UBND\"\n"
                + "b2,TT,13,2021,TT-BLĐTBXH,2021-09-30,TT-13-2021-BLDTBXH,\"Thông tư số 13/2021/TT-BLĐTĐ\"\n", StandardCharsets.UTF_8);
        EvaluationReport r = new Evaluator().evaluateExports(TestData.goldDir(), ex);
        assertEquals(List.of("002_01721c729f36f5c0.txt", "003_c01154d0cb3d35c7.txt", "004_f9b35ec68f58bcaf.txt"), r.missingDocuments());
        assertEquals(2, r.matchedTargets());
        assertEquals(2, r.indicatorCorrect());
        assertEquals(1, r.trapsExtracted());
        assertEquals(2, r.matchedCitations());
        // Thanh Hoá vs Thanh Hóa: same province after folding
        assertEquals(0.4, r.metadataAccuracy().get("province"), 1e-9);
        JsonNode json = new ObjectMapper().readTree(r.toJson());
        assertEquals(2, json.get("matchedTargets").asInt());
        assertEquals(5, json.get("documents").size());
    }
}
