package io.planlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planlens.metadata.PlanMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The five sample plans against their hand-written gold metadata. */
class SampleGoldTest {
    static final String[] FIELDS = {"plan_year", "period", "kind", "issuer", "level", "province", "district", "commune",
            "doc_number", "issued_date"};

    static Path samplesDir() {
        return Path.of(System.getProperty("planlens.root", ".."), "data/samples");
    }

    static List<String> goldIds() throws IOException {
        try (Stream<Path> s = Files.list(samplesDir())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }

    static JsonNode gold(String id) throws IOException {
        try (InputStream in = SampleGoldTest.class.getResourceAsStream("/gold/" + id + ".json")) {
            assertNotNull(in, "gold file for " + id);
            return new ObjectMapper().readTree(in);
        }
    }

    static String actual(PlanMetadata m, String field) {
        Object v = switch (field) {
            case "plan_year" -> m.planYear();
            case "period" -> m.period();
            case "kind" -> m.kind();
            case "issuer" -> m.issuer();
            case "level" -> m.level();
            case "province" -> m.province();
            case "district" -> m.district();
            case "commune" -> m.commune();
            case "doc_number" -> m.docNumber();
            case "issued_date" -> m.issuedDate();
            default -> throw new IllegalArgumentException(field);
        };
        return v == null ? null : v.toString();
    }

    @Test
    void metadataOfTheSamplesMatchesGold() throws IOException {
        List<String> ids = goldIds();
        assertEquals(5, ids.size(), "five samples");
        int total = 0;
        int matched = 0;
        List<String> misses = new ArrayList<>();
        for (String id : ids) {
            JsonNode g = gold(id);
            byte[] bytes = Files.readAllBytes(samplesDir().resolve(id + ".txt"));
            ParseOutcome o = PlanParser.standard().parse(id + ".txt", bytes);
            assertTrue(o.isPlan(), id + " should be a plan: " + o.reject());
            PlanMetadata m = o.plan().metadata();
            for (String f : FIELDS) {
                if (!g.has(f)) continue;
                JsonNode gv = g.get(f);
                String expected = gv.isNull() ? null : gv.asText();
                total++;
                if (Objects.equals(expected, actual(m, f))) {
                    matched++;
                } else {
                    misses.add(id + "." + f + ": expected " + expected + ", got " + actual(m, f));
                }
            }
        }
        System.out.printf("sample metadata: %d of %d fields match gold (%.1f%%)%n", matched, total, 100.0 * matched / total);
        misses.forEach(s -> System.out.println("  miss " + s));
        assertTrue(matched >= total * 0.95, "match rate " + matched + "/" + total + " misses " + misses);
    }

    @Test
    void qualityNotesOfTheSamplesBecomeFlags() throws IOException {
        // what the gold quality notes describe, as flags
        assertFlags("000_bb7f4f0ed39af643", "issued_date_contradicts_signature");
        assertFlags("001_af98d75339ed8083", "blank_doc_number", "blank_issued_date", "unknown_district");
        assertFlags("003_c01154d0cb3d35c7", "blank_doc_number", "blank_issued_date");
        assertFlags("004_f9b35ec68f58bcaf", "stale_year_reference", "ocr_residue");
        PlanMetadata m2 = parse("002_01721c729f36f5c0").metadata();
        assertTrue(m2.qualityFlags().isEmpty(), "no flags expected for 002: " + m2.qualityFlags());
    }

    @Test
    void signersAndNormalisedTextOfTheSamples() throws IOException {
        assertEquals("Dương Đình Bình", parse("000_bb7f4f0ed39af643").metadata().signer());
        assertEquals("Phạm Phi Khanh", parse("001_af98d75339ed8083").metadata().signer());
        ParsedPlan p0 = parse("000_bb7f4f0ed39af643");
        // the signature trailer is gone from the normalised text but kept in the original
        assertTrue(p0.originalText().contains("gialai.gov.vn"));
        assertTrue(!p0.text().contains("gialai.gov.vn") && !p0.text().contains("đã ký lên văn bản"));
        // a wrapped line is joined, headings stay on their own lines
        assertTrue(p0.text().contains("Thực hiện Kế hoạch số 111/KH-UBND ngày 15/4/2021 của UBND huyện về việc"));
        assertTrue(p0.text().contains("\n1. Mục tiêu chung\nNâng cao nhận thức"));
        ParsedPlan p4 = parse("004_f9b35ec68f58bcaf");
        assertTrue(p4.text().contains("Bộ Lao động - Thương binh và Xã hội ban hành"), "OCR residue removed and line joined");
        assertTrue(p0.text().contains("\n6. Củng cố, phát triển hệ thống dịch vụ bảo vệ trẻ em. Duy trì"));
        for (String id : goldIds()) {
            ParsedPlan p = parse(id);
            assertEquals(p.text(), io.planlens.text.TextNormaliser.shared().normalise(p.text()), id + ": normalising twice changes nothing");
            assertTrue(p.text().lines().noneMatch(l -> !l.isEmpty() && Character.isLowerCase(l.codePointAt(0))),
                    id + ": no line starts mid-sentence");
        }
        ParsedPlan p2 = parse("002_01721c729f36f5c0");
        assertTrue(p2.text().contains("\n6. Nâng cao hiệu quả hoạt động của Quỹ Bảo trợ trẻ em\nTiếp tục vận động"));
        ParsedPlan p1 = parse("001_af98d75339ed8083");
        assertTrue(!p1.text().contains("**") && !p1.text().contains("##"), "Markdown removed");
        assertTrue(p1.text().contains("\n- Chỉ tiêu 2: Tỷ lệ trẻ em đến 08 tuổi"));
    }

    static ParsedPlan parse(String id) throws IOException {
        ParseOutcome o = PlanParser.standard().parse(id + ".txt", Files.readAllBytes(samplesDir().resolve(id + ".txt")));
        assertTrue(o.isPlan(), String.valueOf(o.reject()));
        return o.plan();
    }

    private static void assertFlags(String id, String... expected) throws IOException {
        List<String> flags = parse(id).metadata().qualityFlags();
        for (String f : expected) assertTrue(flags.contains(f), id + " should carry " + f + " but has " + flags);
    }
}
