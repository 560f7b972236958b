package io.planlens.ingest.formats;

import io.planlens.ingest.ReadText;
import io.planlens.ingest.RejectException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocxPlanReaderTest {
    private final DocxPlanReader reader = new DocxPlanReader();

    private static BigInteger list(XWPFNumbering numbering, int absId, Object[][] levels) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(absId));
        for (int i = 0; i < levels.length; i++) {
            CTLvl l = abs.addNewLvl();
            l.setIlvl(BigInteger.valueOf(i));
            l.addNewStart().setVal(BigInteger.ONE);
            l.addNewNumFmt().setVal((STNumberFormat.Enum) levels[i][0]);
            l.addNewLvlText().setVal((String) levels[i][1]);
        }
        BigInteger id = numbering.addAbstractNum(new XWPFAbstractNum(abs));
        return numbering.addNum(id);
    }

    private static void para(XWPFDocument doc, String text, BigInteger numId, int level) {
        XWPFParagraph p = doc.createParagraph();
        if (numId != null) {
            p.setNumID(numId);
            p.setNumILvl(BigInteger.valueOf(level));
        }
        p.createRun().setText(text);
    }

    /** A school plan written in Word: numbered headings, lettered items, bullets, a target table, header and footer. */
    static byte[] schoolPlan(boolean withHeaderFooter) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger outline = list(numbering, 1, new Object[][]{{STNumberFormat.DECIMAL, "%1."}, {STNumberFormat.LOWER_LETTER, "%2)"}});
            BigInteger bullets = list(numbering, 2, new Object[][]{{STNumberFormat.BULLET, "\uF0B7"}});
            if (withHeaderFooter) {
                doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("TRƯỜNG THCS NGUYỄN DU – LƯU HÀNH NỘI BỘ");
                doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Hồ sơ công tác trẻ em 2024");
            }
            para(doc, "KẾ HOẠCH Thực hiện công tác trẻ em năm học 2024 - 2025", null, 0);
            para(doc, "Mục tiêu", outline, 0);
            para(doc, "Mục tiêu chung: bảo đảm quyền trẻ em được thực hiện.", outline, 1);
            para(doc, "Mục tiêu cụ thể:", outline, 1);
            para(doc, "98% học sinh được tham gia hoạt động vui chơi, giải trí.", bullets, 0);
            para(doc, "Giảm 5% số học sinh bị tai nạn thương tích so với năm 2023.", bullets, 0);
            para(doc, "Nhiệm vụ và giải pháp", outline, 0);
            para(doc, "Tuyên truyền Luật Trẻ em số 102/2016/QH13.", outline, 1);
            XWPFTable t = doc.createTable(3, 3);
            String[][] cells = {{"STT", "Chỉ tiêu", "Năm 2025"}, {"1", "Tỷ lệ học sinh được học kỹ năng sống", "100%"},
                    {"2", "Tỷ lệ trẻ em được cấp thẻ bảo hiểm y tế", "95,5%"}};
            for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) t.getRow(r).getCell(c).setText(cells[r][c]);
            para(doc, "Tổ chức thực hiện", outline, 0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void numberingBulletsTablesAndHeadersFooters() throws Exception {
        ReadText rt = reader.read("plan.docx", schoolPlan(true));
        assertEquals("docx", rt.encoding());
        String[] parts = rt.text().split("\n" + DocxPlanReader.HEADER_FOOTER_MARKER + "\n", -1);
        assertEquals(2, parts.length, rt.text());
        assertEquals(String.join("\n",
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
                "3. Tổ chức thực hiện"), parts[0]);
        assertEquals("TRƯỜNG THCS NGUYỄN DU – LƯU HÀNH NỘI BỘ\nHồ sơ công tác trẻ em 2024", parts[1].strip());

        String dropped = new DocxPlanReader(ReadLimits.DEFAULT, false).read("plan.docx", schoolPlan(true)).text();
        assertEquals(parts[0], dropped);
        assertEquals(parts[0], reader.read("plan.docx", schoolPlan(false)).text());
    }

    @Test
    void everySampleAsDocxReadsLikeItsText() throws Exception {
        for (Path sample : TestDocs.samples()) {
            List<String> lines = TestDocs.lines(sample);
            String expected = String.join("\n", lines);
            String text = reader.read("s.docx", TestDocs.sampleDocx(lines)).text();
            assertEquals(TestDocs.numbers(expected), TestDocs.numbers(text), sample.toString());
            assertTrue(TestDocs.similarity(expected, text) >= 0.99, sample.toString());
        }
    }

    @Test
    void brokenZipIsCorrupt() throws Exception {
        byte[] good = schoolPlan(true);
        for (byte[] bad : List.of(Arrays.copyOf(good, good.length / 3),
                "PK\u0003\u0004 hỏng".getBytes(StandardCharsets.UTF_8),
                "Kế hoạch này là văn bản thuần, không phải DOCX".getBytes(StandardCharsets.UTF_8))) {
            RejectException e = assertThrows(RejectException.class, () -> reader.read("broken.docx", bad));
            assertEquals("corrupt", e.reason(), e.detail());
            assertFalse(e.detail().isBlank());
        }
    }

    @Test
    void zipBombsAreRejected() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 20; i++) z.write(zeros);
        }
        byte[] bomb = out.toByteArray();
        assertTrue(bomb.length < 100_000);
        RejectException ratio = assertThrows(RejectException.class, () -> reader.read("bomb.docx", bomb));
        assertEquals("zip_bomb", ratio.reason());
        assertTrue(ratio.detail().contains("word/document.xml"), ratio.detail());

        RejectException total = assertThrows(RejectException.class,
                () -> new DocxPlanReader(ReadLimits.DEFAULT.withMaxUnzippedBytes(5_000)).read("plan.docx", schoolPlan(true)));
        assertEquals("zip_bomb", total.reason());

        RejectException size = assertThrows(RejectException.class,
                () -> new DocxPlanReader(ReadLimits.DEFAULT.withMaxBytes(100)).read("plan.docx", schoolPlan(true)));
        assertEquals("too_large", size.reason());
    }

    @Test
    void emptyDocumentIsRejectedNotAnEmptyPlan() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph();
            doc.write(out);
        }
        assertEquals("empty", assertThrows(RejectException.class, () -> reader.read("e.docx", out.toByteArray())).reason());
    }

    @Test
    void docxNamedDocAndJunkDocAreHandled() throws Exception {
        DocPlanReader doc = new DocPlanReader();
        assertTrue(doc.read("plan.doc", schoolPlan(false)).text().startsWith("KẾ HOẠCH Thực hiện"));
        assertEquals("corrupt", assertThrows(RejectException.class,
                () -> doc.read("x.doc", "không phải Word".getBytes(StandardCharsets.UTF_8))).reason());
    }

    @Test
    void passwordProtectedDocxIsEncryptedAndOtherOfficeFilesUnsupported() throws Exception {
        org.apache.poi.poifs.crypt.EncryptionInfo info =
                new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
        org.apache.poi.poifs.crypt.Encryptor enc = info.getEncryptor();
        enc.confirmPassword("mật khẩu");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            try (java.io.OutputStream os = enc.getDataStream(fs)) {
                os.write(schoolPlan(false));
            }
            fs.writeFilesystem(out);
        }
        RejectException e = assertThrows(RejectException.class, () -> reader.read("locked.docx", out.toByteArray()));
        assertEquals("encrypted", e.reason());

        ByteArrayOutputStream other = new ByteArrayOutputStream();
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[100]), "Workbook");
            fs.writeFilesystem(other);
        }
        RejectException u = assertThrows(RejectException.class, () -> new DocPlanReader().read("sheet.doc", other.toByteArray()));
        assertEquals("unsupported_format", u.reason());
    }

    @Test
    void listLabelsFollowWordFormats() {
        assertEquals("c", DocxPlanReader.Labeler.number(3, "lowerLetter"));
        assertEquals("aa", DocxPlanReader.Labeler.number(27, "lowerLetter"));
        assertEquals("IV", DocxPlanReader.Labeler.number(4, "upperRoman"));
        assertEquals("xii", DocxPlanReader.Labeler.number(12, "lowerRoman"));
        assertEquals("07", DocxPlanReader.Labeler.number(7, "decimalZero"));
        assertEquals("12", DocxPlanReader.Labeler.number(12, "decimal"));
    }
}
