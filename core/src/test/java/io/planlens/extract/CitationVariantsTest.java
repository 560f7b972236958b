package io.planlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference spellings the samples do not have: split terms, shared law names, web-copy title lines. */
class CitationVariantsTest {
    static final CitationExtractor X = CitationExtractor.shared();

    static List<String> keys(String text) {
        return X.extract(text).stream().map(c -> c.type() + " " + c.number() + " " + c.code()).toList();
    }

    @Test
    void legislatureTermSplitByAScan() {
        List<Citation> cs = X.extract("Căn cứ Nghị quyết số 121/2020/QH 14 ngày 19/6/2020 của Quốc hội;");
        assertEquals(1, cs.size(), cs.toString());
        assertEquals("QH14", cs.get(0).code());
        assertEquals("NQ-121-2020-QH14", cs.get(0).canonicalId());
        assertEquals(2020, cs.get(0).issuedDate().getYear());
    }

    @Test
    void aLawNameTwoVersionsShareIsReadByItsYear() {
        assertEquals(List.of("Luật 77 QH13"), keys("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"));
        assertEquals(List.of("Luật 72 QH15"), keys("Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;"));
        assertEquals(List.of(), keys("Căn cứ Luật Tổ chức chính quyền địa phương;"), "no year: not guessed");
        assertEquals(List.of("Luật 47 QH14"), keys("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ "
                + "và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"));
    }

    @Test
    void aLawDatedInAnotherYearIsAnotherVersion() {
        assertEquals(List.of(), keys("Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2005;"));
        assertEquals(List.of("Luật 43 QH14"), keys("Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;"));
    }

    @Test
    void theCopiedTitleLineAboveTheHeaderIsThePlanItself() {
        String t = "Kế hoạch 45/KH-UBND năm 2024 thực hiện công tác trẻ em tỉnh Bắc Kạn\n\nỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n"
                + "Số: 45/KH-UBND\nBắc Kạn, ngày 22 tháng 01 năm 2024\n\nKẾ HOẠCH\nThực hiện công tác trẻ em năm 2024\n"
                + "Căn cứ Kế hoạch số 45/KH-UBND ngày 10/01/2024 của UBND huyện Ba Bể;\n";
        List<Citation> cs = X.extract(t);
        assertEquals(1, cs.size(), cs.toString());
        assertEquals("UBND huyện Ba Bể", cs.get(0).issuingBody(), "the same number of another body stays a citation");
    }

    @Test
    void ocrDigitOneAndDotForDash() {
        assertEquals(List.of("QĐ 1248 QĐ-TTg", "QĐ 23 QĐ-TTg"),
                keys("Căn cứ Quyết định số l248/QĐ-TTg ngày 19/7/2021; Quyết định số 23/QĐ.TTg của Thủ tướng Chính phủ."));
        assertEquals(List.of(), keys("Tổng cộng l248 người, tỷ lệ đạt 95%."), "no reference without its code");
    }

    @Test
    void partyAndAbbreviatedTypes() {
        List<String> k = keys("Thực hiện KH số 156/KH-UBND ngày 20.8.2025 của UBND TP. Đà Nẵng; Kế hoạch số 324-KH/TU "
                + "ngày 20/02/2024 của Ban Thường vụ Tỉnh ủy; Hướng dẫn số 12-HD/BTGTU; Kết luận số 84-KL/TW; "
                + "Thông báo số 139/TB-VPCP; Tờ trình số 45/TTr-SLĐTBXH; Chương trình số 07-CTr/TU.");
        assertEquals(List.of("KH 156 KH-UBND", "KH 324 KH-TU", "other 12 HD-BTGTU", "other 84 KL-TW", "other 139 TB-VPCP",
                "other 45 TTr-SLĐTBXH", "other 07 CTr-TU"), k);
    }
}
