package io.planlens.ingest.formats;

import io.planlens.ingest.ReadText;
import org.apache.pdfbox.cos.COSName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LegacyFontsTest {
    /** "Kế hoạch thực hiện công tác trẻ em năm 2024: 95% trẻ em được tiêm chủng đầy đủ" as TCVN3 code points. */
    private static final String TCVN3 = "KÕ ho¹ch thùc hiÖn c«ng t¸c trÎ em n¨m 2024: 95% trÎ em ®\u00adîc tiªm chñng ®Çy ®ñ";
    private static final String UNICODE = "Kế hoạch thực hiện công tác trẻ em năm 2024: 95% trẻ em được tiêm chủng đầy đủ";

    @Test
    void fontNamesAndConversion() {
        assertTrue(LegacyFonts.isTcvn3("ABCDEF+.VnTime"));
        assertTrue(LegacyFonts.isTcvn3(".VnTime,Bold"));
        assertTrue(LegacyFonts.isTcvn3Capitals(".VnTimeH"));
        assertFalse(LegacyFonts.isTcvn3Capitals(".VnTime"));
        assertFalse(LegacyFonts.isTcvn3("VNI-Times"));
        assertTrue(LegacyFonts.isVni("VNI-Times"));
        assertFalse(LegacyFonts.isTcvn3("Times New Roman"));
        assertFalse(LegacyFonts.isTcvn3("DejaVuSans"));
        assertEquals(UNICODE, LegacyFonts.fromTcvn3(TCVN3, false));
        assertEquals("KẾ HOẠCH", LegacyFonts.fromTcvn3("kÕ ho¹ch", true));
    }

    @Test
    void pdfSetInATcvn3FontComesOutInUnicode() throws Exception {
        byte[] bytes;
        try (TestDocs.Pdf pdf = new TestDocs.Pdf()) {
            pdf.newPage();
            pdf.paragraph(TCVN3);
            bytes = pdf.bytes();
        }
        // name the embedded font as a TCVN3 font once the subset is written
        try (var doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            var res = doc.getPage(0).getResources();
            for (COSName n : res.getFontNames()) res.getFont(n).getCOSObject().setName(COSName.BASE_FONT, "ABCDEF+.VnTime");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            bytes = out.toByteArray();
        }
        ReadText rt = new PdfPlanReader().read("old.pdf", bytes);
        assertEquals(UNICODE, rt.text());
        assertEquals(List.of("legacy_font_tcvn3"), rt.flags());
    }

    @Test
    void docxRunsInATcvn3FontComeOutInUnicode() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph p = doc.createParagraph();
            XWPFRun r = p.createRun();
            r.setFontFamily(".VnTime");
            r.setText(TCVN3);
            XWPFRun u = p.createRun();
            u.setFontFamily("Times New Roman");
            u.setText(" (bản gốc)");
            doc.write(out);
        }
        ReadText rt = new DocxPlanReader().read("old.docx", out.toByteArray());
        assertEquals(UNICODE + " (bản gốc)", rt.text());
        assertEquals(List.of("legacy_font_tcvn3"), rt.flags());
    }
}
