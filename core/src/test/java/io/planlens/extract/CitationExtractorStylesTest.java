package io.planlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planlens.extract.citation.CitationExtraction;
import io.planlens.extract.citation.ParentReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Citations in plans written in other styles than the samples. */
class CitationExtractorStylesTest {
    private final CitationExtractor x = CitationExtractor.shared();

    private static Optional<Citation> find(List<Citation> cs, String type, String number, String code) {
        return cs.stream().filter(c -> c.type().equals(type) && c.number().equals(number) && c.code().equals(code)).findFirst();
    }

    private static Citation get(List<Citation> cs, String type, String number, String code) {
        return find(cs, type, number, code).orElseThrow(() -> new AssertionError(
                "no " + type + " " + number + " " + code + " in " + cs.stream().map(c -> c.type() + " " + c.number() + " " + c.code()).toList()));
    }

    private static void spansExact(String text, List<Citation> cs) {
        for (Citation c : cs) assertEquals(c.quote(), text.substring(c.start(), c.end()));
    }

    @Test
    void ocrWithoutDiacritics() {
        String t = "Thuc hien Quyet dinh so 23/QD-TTg ngay 07/01/2021 cua Thu tuong Chinh phu phe duyet Chuong trinh "
                + "hanh dong quoc gia vi tre em giai doan 2021-2030; Thong tu 13/2021/TT-BLDTB&XH ngay 30/9/2021 cua Bo "
                + "Lao dong - Thuong binh va Xa hoi; Nghi dinh so 56/2017/ND-CP cua Chinh phu.";
        List<Citation> cs = x.extract(t);
        spansExact(t, cs);
        assertEquals(3, cs.size(), cs.toString());
        Citation qd = get(cs, "QĐ", "23", "QĐ-TTg");
        assertEquals(LocalDate.of(2021, 1, 7), qd.issuedDate());
        assertEquals("QD-23-2021-TTg", qd.canonicalId());
        assertEquals("Thu tuong Chinh phu", qd.issuingBody());
        assertTrue(qd.quote().startsWith("Quyet dinh so 23/QD-TTg"));
        Citation tt = get(cs, "TT", "13", "TT-BLĐTBXH");
        assertEquals(2021, tt.year());
        assertEquals("TT-13-2021-BLDTBXH", tt.canonicalId());
        assertEquals("ND-56-2017-CP", get(cs, "NĐ", "56", "NĐ-CP").canonicalId());
    }

    @Test
    void partyCodesInAProvincePlan() {
        String t = "Thực hiện Kế hoạch số 324-KH/TU ngày 10/3/2022 của Ban Thường vụ Tỉnh ủy Quảng Nam về thực hiện "
                + "Chỉ thị số 20/CT-TƯ ngày 05/11/2012 của Bộ Chính trị; Nghị quyết số 05-NQ/TU ngày 12-8-2021 của "
                + "Tỉnh ủy; Kết luận số 12-KL/TW của Ban Bí thư; Hướng dẫn 07-HD/BTGTU.";
        List<Citation> cs = x.extract(t);
        spansExact(t, cs);
        Citation kh = get(cs, "KH", "324", "KH-TU");
        assertEquals(LocalDate.of(2022, 3, 10), kh.issuedDate());
        assertEquals("Ban Thường vụ Tỉnh ủy Quảng Nam", kh.issuingBody());
        Citation ct = get(cs, "CT", "20", "CT-TW");
        assertEquals("CT-20-2012-TW", ct.canonicalId());
        assertEquals("Bộ Chính trị", ct.issuingBody());
        Citation nq = get(cs, "NQ", "05", "NQ-TU");
        assertEquals(LocalDate.of(2021, 8, 12), nq.issuedDate());
        assertNull(nq.year());
        get(cs, "other", "12", "KL-TW");
        get(cs, "other", "07", "HD-BTGTU");
        assertEquals(5, cs.size());
    }

    @Test
    void cutAndDuplicatedWordsAndLineBreaks() {
        String t = "Triển khai Quyết định định số 1248/QĐ-TTg ngày 19/7/2021; Kế ho ạch số 12 /KH-UBND ngày\n\n"
                + "05/01/2024 của UBND huyện; Nghị\n\nquyết số\n\n121/2020/\nQH14 ngày 19/6/2020 của Quốc hội; "
                + "Chỉ thị số 18/CT-\n\nTTg ngày 16/5/2017.";
        List<Citation> cs = x.extract(t);
        spansExact(t, cs);
        assertEquals(4, cs.size(), cs.toString());
        assertTrue(get(cs, "QĐ", "1248", "QĐ-TTg").quote().startsWith("Quyết định định số"));
        Citation kh = get(cs, "KH", "12", "KH-UBND");
        assertTrue(kh.quote().startsWith("Kế ho ạch số 12 /KH-UBND"), kh.quote());
        assertEquals(LocalDate.of(2024, 1, 5), kh.issuedDate());
        Citation nq = get(cs, "NQ", "121", "QH14");
        assertEquals(2020, nq.year());
        assertTrue(nq.quote().contains("\n"));
        assertEquals(LocalDate.of(2017, 5, 16), get(cs, "CT", "18", "CT-TTg").issuedDate());
    }

    @Test
    void markdownListOfLegalBases() {
        String t = "## Căn cứ pháp lý\n\n"
                + "- Luật Trẻ em số 102/2016/QH13 ngày 05/4/2016;\n"
                + "- **Nghị định số 56/2017/NĐ-CP** ngày 09/5/2017 của Chính phủ quy định chi tiết một số điều của Luật Trẻ em;\n"
                + "+ Thông tư số 13/2021/TT-BLĐTB&XH;\n"
                + "* Công văn số 478/LĐTBXH-TE ngày 28/02/2022 của Bộ Lao động - Thương binh và Xã hội về hướng dẫn;\n"
                + "- Luật Trẻ em năm 2016 và các văn bản hướng dẫn.\n";
        List<Citation> cs = x.extract(t);
        spansExact(t, cs);
        assertEquals(4, cs.size(), cs.toString());
        Citation luat = get(cs, "Luật", "102", "QH13");
        assertFalse(luat.named());
        assertEquals(2016, luat.year());
        assertEquals("LUAT-102-2016-QH13", luat.canonicalId());
        assertTrue(luat.quote().startsWith("Luật Trẻ em số"));
        assertEquals(LocalDate.of(2017, 5, 9), get(cs, "NĐ", "56", "NĐ-CP").issuedDate());
        get(cs, "TT", "13", "TT-BLĐTBXH");
        Citation cv = get(cs, "CV", "478", "LĐTBXH-TE");
        assertEquals("CV-478-2022-LDTBXH-TE", cv.canonicalId());
        assertEquals("Bộ Lao động - Thương binh và Xã hội", cv.issuingBody());
    }

    @Test
    void provincePreambleWithManyDocuments() {
        String t = "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nSố: 45/KH-UBND\nQuảng Ngãi, ngày 12 tháng 01 năm 2024\n\nKẾ HOẠCH\n"
                + "Thực hiện công tác trẻ em năm 2024\n\n"
                + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
                + "Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;\n"
                + "Căn cứ Nghị định số 56/2017/NĐ-CP ngày 09 tháng 5 năm 2017 của Chính phủ quy định chi tiết một số điều của Luật Trẻ em;\n"
                + "Căn cứ Quyết định số 23/QĐ-TTg ngày 07 tháng 01 năm 2021 của Thủ tướng Chính phủ;\n"
                + "Căn cứ Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư;\n"
                + "Căn cứ Nghị quyết số 26/2021/NQ-HĐND ngày 07/12/2021 của Hội đồng nhân dân tỉnh Quảng Ngãi;\n"
                + "Thực hiện Công văn số 478/LĐTBXH-TE ngày 28/02/2022 của Bộ Lao động - Thương binh và Xã hội;\n"
                + "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC TIÊU\n1. 100% trẻ em ...";
        CitationExtraction r = x.extractAll(t);
        List<Citation> cs = r.citations();
        spansExact(t, cs);
        assertEquals("45/KH-UBND", r.ownNumber());
        assertTrue(find(cs, "KH", "45", "KH-UBND").isEmpty(), "own number is not a citation");
        assertEquals(7, cs.size(), cs.toString());
        Citation local = get(cs, "Luật", "77", "QH13");
        assertTrue(local.named());
        assertEquals("LUAT-77-2015-QH13", local.canonicalId(), "the 2015 law, by the year of its date");
        Citation luat = get(cs, "Luật", "102", "QH13");
        assertTrue(luat.named());
        assertEquals(LocalDate.of(2016, 4, 5), luat.issuedDate());
        assertEquals(LocalDate.of(2021, 1, 7), get(cs, "QĐ", "23", "QĐ-TTg").issuedDate());
        assertEquals("Hội đồng nhân dân tỉnh Quảng Ngãi", get(cs, "NQ", "26", "NQ-HĐND").issuingBody());
        assertTrue(r.parent().isEmpty(), "a province plan citing no KH has no parent plan");
    }

    @Test
    void newsReportNamesADecisionWithoutNumber() {
        String t = "(Tin tức) Ngày 7-1-2021, Thủ tướng Chính phủ đã phê duyệt Chương trình hành động quốc gia vì trẻ em "
                + "giai đoạn 2021 – 2030. Theo Luật Trẻ em, mọi trẻ em đều được bảo vệ. Năm 2023, 95% trẻ em dưới 1 tuổi "
                + "được tiêm chủng, giảm 1/3 số ca đuối nước; gọi Tổng đài 111 hoặc số 0912.345.678 - Trực ban. "
                + "Trẻ em 6-15 tuổi, Covid-19, 12/2023.";
        List<Citation> cs = x.extract(t);
        spansExact(t, cs);
        assertEquals(2, cs.size(), cs.toString());
        Citation qd = get(cs, "QĐ", "23", "QĐ-TTg");
        assertTrue(qd.named());
        assertEquals("QD-23-2021-TTg", qd.canonicalId());
        assertEquals("Chương trình hành động quốc gia vì trẻ em giai đoạn 2021 – 2030", qd.quote());
        assertTrue(get(cs, "Luật", "102", "QH13").named());
    }

    @Test
    void communePlanLinksToDistrictPlan() {
        String t = "UBND XÃ ĐỨC LỢI\n**Số: 15/KH-UBND**\n\nKẾ HOẠCH\nCông tác trẻ em năm 2024\n\n"
                + "Thực hiện Quyết định số 23/QĐ-TTg ngày 07/01/2021 của Thủ tướng Chính phủ; thực hiện Kế hoạch số "
                + "111/KH-UBND, ngày 15/4/2024 của UBND huyện Mộ Đức về công tác trẻ em năm 2024, UBND xã xây dựng "
                + "kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n...\nTiếp tục thực hiện Kế hoạch số 98/KH-UBND ngày 02/3/2023 của UBND tỉnh.";
        CitationExtraction r = x.extractAll(t);
        assertEquals("15/KH-UBND", r.ownNumber());
        ParentReference p = r.parent().orElseThrow();
        assertEquals("111", p.number());
        assertEquals("KH-UBND", p.code());
        assertEquals(LocalDate.of(2024, 4, 15), p.issuedDate());
        assertEquals("huyện", p.level());
        assertEquals("Mộ Đức", p.place());
        assertEquals("111", CitationExtractor.parentPlan(r.citations()).orElseThrow().number());
        assertEquals(3, r.citations().size());
    }

    @Test
    void sameDocumentTwiceKeepsTheDatedQuote() {
        String t = "Quyết định số 23/QĐ-TTg của Thủ tướng Chính phủ ... theo Quyết định số 23/QĐ-TTg ngày 07/01/2021 ... "
                + "và Kế hoạch số 111/KH-UBND ngày 15/4/2021 của UBND huyện; Kế hoạch số 111/KH-UBND ngày 20/5/2020 của UBND tỉnh.";
        List<Citation> cs = x.extract(t);
        assertEquals(3, cs.size(), cs.toString());
        Citation qd = get(cs, "QĐ", "23", "QĐ-TTg");
        assertEquals(LocalDate.of(2021, 1, 7), qd.issuedDate());
        assertTrue(qd.quote().contains("07/01/2021"));
        assertEquals(2, cs.stream().filter(c -> c.number().equals("111")).count(), "two plans share a number");
        List<Citation> undated = x.extract("Kế hoạch số 5/KH-UBND của UBND huyện; Kế hoạch số 5/KH-UBND của UBND tỉnh; "
                + "Kế hoạch số 5/KH-UBND của Ủy ban nhân dân huyện Tuy Phước.");
        assertEquals(2, undated.size(), undated.toString());
        assertEquals("UBND huyện", undated.get(0).issuingBody());
    }

    @Test
    void catalogueRejectsAnotherYearOfTheSameNumber() {
        String t = "Quyết định số 23/QĐ-TTg ngày 05/01/2019 của Thủ tướng Chính phủ; Luật Trẻ em năm 2004.";
        List<Citation> cs = x.extract(t);
        assertEquals(1, cs.size(), cs.toString());
        assertNull(cs.get(0).canonicalId(), "23/QĐ-TTg of 2019 is not the 2021 programme");
    }

    @Test
    void invalidDateIsFlaggedNotGuessed() {
        CitationExtraction r = x.extractAll("Kế hoạch số 7/KH-UBND ngày 31/02/2022 của UBND huyện.");
        assertEquals(1, r.citations().size());
        assertNull(r.citations().get(0).issuedDate());
        assertTrue(r.flags().contains("citation_date_invalid:7/KH-UBND"), r.flags().toString());
        assertNotNull(r.citations().get(0).issuingBody());
    }

    @Test
    void numberWithoutCodeResolvedOnlyWhenCatalogueAgrees() {
        String t = "Quán triệt Chỉ thị 20 của Bộ Chính trị và Nghị quyết số 121 ngày 19/6/2020; Chỉ thị 18 của UBND tỉnh; "
                + "Quyết định 23 của Chủ tịch UBND huyện; Chỉ thị số 28 về công tác trẻ em.";
        CitationExtraction r = x.extractAll(t);
        List<Citation> cs = r.citations();
        spansExact(t, cs);
        assertEquals(2, cs.size(), cs.toString());
        assertEquals("CT-20-2012-TW", get(cs, "CT", "20", "CT-TW").canonicalId());
        assertEquals(2020, get(cs, "NQ", "121", "QH14").year());
        assertTrue(r.flags().stream().anyMatch(s -> s.startsWith("citation_code_from_catalogue")));
    }

    @Test
    void formsArticlesAndGluedWords() {
        String t = "Báo cáo theo Mẫu số 01/BC-LĐTBXH và Biểu số 02/TK; Điều 4/Luật; Quyết định số 23/QĐ-TTgngày "
                + "07/01/2021 của Thủ tướng Chính phủ; Công văn số 1234/SLĐTBXH-BTXH ngày 5/3/2024 của Sở Lao động - "
                + "Thương binh và Xã hội tỉnh Đồng Nai; Văn bản số 55/UBND-VX của UBND huyện.";
        List<Citation> cs = x.extract(t);
        spansExact(t, cs);
        assertEquals(3, cs.size(), cs.toString());
        assertEquals(LocalDate.of(2021, 1, 7), get(cs, "QĐ", "23", "QĐ-TTg").issuedDate());
        Citation cv = get(cs, "CV", "1234", "SLĐTBXH-BTXH");
        assertEquals("Sở Lao động - Thương binh và Xã hội tỉnh Đồng Nai", cv.issuingBody());
        get(cs, "CV", "55", "UBND-VX");
    }

    @Test
    void extractorSurvivesSerialisationForExecutors() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(x);
        }
        CitationExtractor copy;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (CitationExtractor) in.readObject();
        }
        String t = "Thực hiện Luật Trẻ em và Quyết định số 23/QĐ-TTg ngày 07/01/2021.";
        assertEquals(x.extract(t), copy.extract(t));
        assertEquals(2, copy.extract(t).size());
    }

    @Test
    void numbersThatAreNotDocuments() {
        String t = "Tỷ lệ 98/100 xã đạt chuẩn; giảm 5-10%; giai đoạn 2021-2025; ngày 01/6; Tháng 6/2023; số 15/2023; "
                + "Covid-19; ĐT: 0258/3.822.111; Fax 028-3829; Tổ 5/KP3; Nhóm 3-4 tuổi; Số 10/Đường Trần Phú; "
                + "Khu phố 2/Phường 3; 2/3 số xã; Trường mầm non số 2/Hoa Sen; Lớp 12/A1; 12/TTg; Căn hộ số 3/HH; "
                + "hồ sơ 5/KH; Mã số 12/KH-UBND; Mẫu số 02/TK-BTXH; Tổng đài 111; 0988.100.744 - Trực tiếp.";
        assertEquals(List.of(), x.extract(t));
    }

    @Test
    void issuingBodiesOfManyKinds() {
        String t = "Kế hoạch số 5/KH-BCĐ ngày 2/3/2023 của Ban Chỉ đạo công tác trẻ em tỉnh về việc; Công văn số "
                + "77/PGDĐT-TH ngày 3/4/2023 của Phòng Giáo dục và Đào tạo huyện Tuy Phong; Công văn số 9/SYT-NVY của Sở Y tế "
                + "thông qua; Kế hoạch số 3/KH-THHBT của Trường Tiểu học Hai Bà Trưng. Công văn số 8/UBND-VX của Chủ tịch "
                + "Ủy ban nhân dân thị xã Phước Long Chỉ thị số 18/CT-TTg; Kế hoạch số 19/KH-UBND của UBND TP. Hồ Chí Minh.";
        List<Citation> cs = x.extract(t);
        assertEquals(List.of("Ban Chỉ đạo công tác trẻ em tỉnh", "Phòng Giáo dục và Đào tạo huyện Tuy Phong", "Sở Y tế",
                        "Trường Tiểu học Hai Bà Trưng", "Chủ tịch Ủy ban nhân dân thị xã Phước Long", "UBND TP. Hồ Chí Minh"),
                cs.stream().map(Citation::issuingBody).filter(java.util.Objects::nonNull).toList());
        assertEquals(7, cs.size());
        ParentReference p = CitationExtractor.parentOf(get(cs, "CV", "8", "UBND-VX"));
        assertEquals("thị xã", p.level());
        assertEquals("Phước Long", p.place());
    }
}
