package io.planlens.ingest.formats;

import io.planlens.ingest.ReadText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files made by an office suite (see resources/formats/README.md). */
class ProducedFilesTest {
    private static final String SCHOOL_BODY = String.join("\n",
            "KẾ HOẠCH Thực hiện công tác trẻ em năm học 2024 - 2025",
            "1. Mục tiêu",
            "a) Mục tiêu chung: bảo đảm quyền trẻ em được thực hiện.",
            "b) Mục tiêu cụ thể:",
            "- 98% học sinh được tham gia hoạt động vui chơi, giải trí.",
            "- Giảm 5% số học sinh bị tai nạn thương tích so với năm 2023.",
            "2. Nhiệm vụ và giải pháp",
            "a) Tuyên truyền Luật Trẻ em số 102/2016/QH13.",
            "STT | Chỉ tiêu | Năm 2025",
            "1 | Tỷ lệ học sinh được học kỹ năng sống | 100%",
            "2 | Tỷ lệ trẻ em được cấp thẻ bảo hiểm y tế | 95,5%",
            "3. Tổ chức thực hiện");

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ProducedFilesTest.class.getResourceAsStream("/formats/" + name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    @Test
    void word97FileKeepsListLabelsAndTableRows() throws Exception {
        ReadText rt = new DocPlanReader().read("school.doc", resource("school.doc"));
        assertEquals("doc", rt.encoding());
        assertEquals(SCHOOL_BODY, rt.text());
        // the same bytes under a .docx name are recognised as Word 97 and read the same way
        assertEquals(SCHOOL_BODY, new DocxPlanReader().read("school.docx", resource("school.doc")).text());
    }

    @Test
    void textBoxesOfALetterheadAreReadOnce() throws Exception {
        String text = new DocxPlanReader().read("lh.docx", resource("letterhead-textbox.docx")).text();
        assertEquals(String.join("\n",
                "ỦY BAN NHÂN DÂN XÃ IA HLA",
                "Số: 12/KH-UBND",
                "Ia Hla, ngày 19 tháng 4 năm 2021",
                "KẾ HOẠCH Thực hiện công tác trẻ em năm 2022",
                "- 99% trẻ em có hoàn cảnh đặc biệt được trợ giúp."), text);
    }

    @Test
    void officePdfKeepsListLabelsWithTheirTextAndTableRows() throws Exception {
        String text = new PdfPlanReader().read("school.pdf", resource("school-libreoffice.pdf")).text();
        // a one-page file gives no repetition to recognise its header and footer by: they stay, as lines of their own
        List<String> lines = List.of(text.split("\n"));
        assertEquals("TRƯỜNG THCS NGUYỄN DU – LƯU HÀNH NỘI BỘ", lines.get(0));
        assertEquals("Hồ sơ công tác trẻ em 2024", lines.get(lines.size() - 1));
        assertEquals(SCHOOL_BODY, String.join("\n", lines.subList(1, lines.size() - 1)));
    }

    @Test
    void justifiedMultiPagePdfReadsLikeTheSampleText() throws Exception {
        ReadText rt = new PdfPlanReader().read("s.pdf", resource("sample000-libreoffice.pdf"));
        String expected = String.join("\n", TestDocs.lines(TestDocs.samples().get(0)));
        assertTrue(TestDocs.samples().get(0).getFileName().toString().startsWith("000_"));
        assertEquals(TestDocs.numbers(expected), TestDocs.numbers(rt.text()));
        double sim = TestDocs.similarity(expected, rt.text());
        assertTrue(sim >= 0.98, "word similarity " + sim);
        assertFalse(rt.text().contains("BẢN LƯU ĐIỆN TỬ"), "running header left in");
        assertFalse(rt.text().matches("(?s).*Trang \\d.*"), "page footer left in");
        assertTrue(rt.text().contains("- 99% trẻ em có hoàn cảnh đặc biệt được trợ giúp dưới nhiều hình thức."));
    }
}
