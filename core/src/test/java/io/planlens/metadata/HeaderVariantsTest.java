package io.planlens.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planlens.text.TextNormaliser;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Header layouts the samples do not have: Party committees, joined header lines, OCR, news, web copies. */
class HeaderVariantsTest {
    static PlanMetadata read(String raw) {
        return MetadataExtractor.shared().extract(TextNormaliser.shared().normalise(raw), raw);
    }

    @Test
    void partyCommitteePlanWithPartyNumbering() {
        PlanMetadata m = read("TỈNH ỦY HÀ TĨNH                    ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 210-KH/TU\n"
                + "Hà Tĩnh, ngày 04 tháng 4 năm 2024\n\nKẾ HOẠCH\nthực hiện Chỉ thị số 28-CT/TW của Ban Bí thư\n\n"
                + "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:\nI. MỤC ĐÍCH\n");
        assertEquals("210-KH/TU", m.docNumber());
        assertFalse(m.qualityFlags().contains(QualityFlags.BLANK_DOC_NUMBER));
        assertEquals("province", m.level());
        assertEquals("Hà Tĩnh", m.province());
        assertEquals("Tỉnh ủy Hà Tĩnh", m.issuer());
        assertNull(m.planYear(), "no year in the title: not guessed");
        assertEquals(LocalDate.of(2024, 4, 4), m.issuedDate());
    }

    @Test
    void districtPartyCommittee() {
        PlanMetadata m = read("HUYỆN ỦY CẨM XUYÊN\nSố 35-KH/HU\nCẩm Xuyên, ngày 10 tháng 5 năm 2024\n\nKẾ HOẠCH\n"
                + "thực hiện công tác trẻ em năm 2024\n\nI. MỤC ĐÍCH\n");
        assertEquals("district", m.level());
        assertEquals("Hà Tĩnh", m.province());
        assertEquals(2024, m.planYear());
    }

    @Test
    void stackedCommitteesJoinedOnOneLineGiveTheLowerOne() {
        PlanMetadata m = read("UBND HUYỆN LẬP THẠCH UBND THỊ TRẤN HOA SƠN\nSố: 15/KH-UBND\nHoa Sơn, ngày 10/02/2022\n\n"
                + "KẾ HOẠCH\nThực hiện công tác trẻ em năm 2022\nI. MỤC TIÊU\n");
        assertEquals("commune", m.level());
        assertEquals("UBND thị trấn Hoa Sơn", m.issuer());
        assertEquals("Vĩnh Phúc", m.province());
    }

    @Test
    void departmentUnderTheProvinceIssues() {
        PlanMetadata m = read("UBND TỈNH CAO BẰNG\nSỞ Y TẾ\nSố: 1520/KH-SYT\nCao Bằng, ngày 15 tháng 9 năm 2025\n\n"
                + "KẾ HOẠCH\nTriển khai công tác trẻ em những tháng cuối năm 2025\nI. MỤC TIÊU\n");
        assertTrue(m.issuer().startsWith("Sở Y"), m.issuer());
        assertEquals("province", m.level());
        assertEquals("Cao Bằng", m.province());
        assertEquals("1520/KH-SYT", m.docNumber());
    }

    @Test
    void ocrNumberWordAndDateOnTheNumberLine() {
        PlanMetadata m = read("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẠ LONG\nSô: 145/KH-UBND ngày 05/3/2024\n\nKẾ HOẠCH\n"
                + "Công tác trẻ em năm 2024\nI. MỤC TIÊU\n");
        assertEquals("145/KH-UBND", m.docNumber());
        assertEquals(LocalDate.of(2024, 3, 5), m.issuedDate());
        assertEquals("district", m.level());
        assertEquals("Quảng Ninh", m.province());
    }

    @Test
    void newsReportTakesTheReportedPlansYearButNotItsNumber() {
        PlanMetadata m = read("Phú Yên triển khai nhiều giải pháp bảo vệ trẻ em\n\n(baophuyen.vn) - UBND tỉnh Phú Yên vừa ban hành "
                + "Kế hoạch số 77/KH-UBND ngày 12/3/2024 về thực hiện công tác trẻ em năm 2024. Theo đó, tỉnh phấn đấu "
                + "100% trẻ em có hoàn cảnh đặc biệt được trợ giúp.\n");
        assertEquals("news", m.kind());
        assertEquals(2024, m.planYear());
        assertNull(m.docNumber(), "the reported plan's number is not the article's");
        assertEquals("province", m.level());
        assertEquals("Phú Yên", m.province());
    }

    @Test
    void aProvinceMergedAwayIsNotThePlansProvince() {
        PlanMetadata m = read("UBND XÃ IA GRAI\nSố: 5/KH-UBND\nIa Grai, ngày 10 tháng 01 năm 2026\n\nKẾ HOẠCH\n"
                + "Thực hiện công tác trẻ em năm 2026\nCăn cứ Kế hoạch số 210/KH-UBND ngày 07/01/2026 của UBND tỉnh Gia Lai; "
                + "Nghị quyết số 06/2024/NQ-HĐND của HĐND tỉnh Bình Định (cũ).\nI. MỤC TIÊU\n");
        assertEquals("Gia Lai", m.province());
        assertEquals("commune", m.level());
        assertFalse(m.qualityFlags().contains(QualityFlags.AMBIGUOUS_PROVINCE));
    }

    @Test
    void mergedCommuneAfter2025() {
        PlanMetadata m = read("UBND XÃ ĐỨC LẬP\nSố: 20/KH-UBND\nĐức Lập, ngày 3 tháng 9 năm 2025\n\nKẾ HOẠCH\n"
                + "Thực hiện công tác trẻ em năm 2025\nỦy ban nhân dân xã Đức Lập, tỉnh Lâm Đồng ban hành kế hoạch.\nI. MỤC TIÊU\n");
        assertEquals("commune", m.level());
        assertEquals("Lâm Đồng", m.province());
        assertNull(m.district());
    }

    @Test
    void aPlaceNamedLikeABodyInTheDateLineIsNotTheIssuer() {
        // "Hội An", "Bố Trạch": place names that start like "Hội ..." (an association) or "Bộ ..." (a ministry)
        PlanMetadata m = read("PHÒNG GD&ĐT THÀNH PHỐ HỘI AN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "TRƯỜNG TRUNG HỌC CƠ SỞ KIM ĐỒNG                    Độc lập - Tự do - Hạnh phúc\n\n"
                + "Số: 02/KH-THCSKĐ                    Hội An, ngày 17 tháng 4 năm 2024\n\n"
                + "KẾ HOẠCH Thực hiện công tác trẻ em năm 2024\n\nI. MỤC ĐÍCH\n");
        assertFalse(m.issuer().contains("ngày"), "the date line is not the issuer: " + m.issuer());
        assertFalse("other".equals(m.level()), m.issuer());
        assertEquals(LocalDate.of(2024, 4, 17), m.issuedDate());
    }
}
