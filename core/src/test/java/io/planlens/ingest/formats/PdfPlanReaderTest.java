package io.planlens.ingest.formats;

import io.planlens.ingest.ReadText;
import io.planlens.ingest.RejectException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfPlanReaderTest {
    private static final String HEADER = "CỔNG THÔNG TIN ĐIỆN TỬ – VĂN BẢN CHỈ ĐẠO ĐIỀU HÀNH";
    private final PdfPlanReader reader = new PdfPlanReader();
    private final PdfPlanReader noOcr = new PdfPlanReader(ReadLimits.DEFAULT, "tesseract", "vie", false);

    @Test
    void everySampleAsMultiPagePdfReadsLikeItsText() throws Exception {
        for (Path sample : TestDocs.samples()) {
            StringBuilder drawn = new StringBuilder();
            byte[] pdf = TestDocs.samplePdf(TestDocs.lines(sample), HEADER, drawn);
            ReadText rt = reader.read(sample.getFileName() + ".pdf", pdf);
            String name = sample.getFileName().toString();
            assertEquals("pdf", rt.encoding());
            assertTrue(rt.flags().isEmpty(), name + " flags " + rt.flags());
            assertFalse(rt.text().contains("CỔNG THÔNG TIN"), name + ": running header left in");
            assertFalse(rt.text().matches("(?s).*Trang \\d+.*"), name + ": page footer left in");
            assertEquals(TestDocs.numbers(drawn.toString()), TestDocs.numbers(rt.text()), name + ": numbers in order");
            double sim = TestDocs.similarity(drawn.toString(), rt.text());
            assertTrue(sim >= 0.98, name + ": word similarity " + sim);
            assertEquals(java.text.Normalizer.normalize(rt.text(), java.text.Normalizer.Form.NFC), rt.text());
        }
    }

    @Test
    void wrappedLinesAreJoinedWhereTheSentenceGoesOn() throws Exception {
        String para = "Tăng cường công tác truyền thông, giáo dục, tư vấn về kỹ năng phòng, chống tai nạn thương tích "
                + "cho trẻ em; phấn đấu đến năm 2025 có 95% trẻ em được học bơi an toàn và 100% trường học đạt "
                + "tiêu chuẩn trường học an toàn phòng, chống tai nạn thương tích theo quy định của Bộ Giáo dục.";
        byte[] bytes;
        try (TestDocs.Pdf pdf = new TestDocs.Pdf()) {
            pdf.paragraph("2. Mục tiêu cụ thể");
            pdf.paragraph(para);
            pdf.paragraph("- 100% trẻ em có hoàn cảnh đặc biệt được trợ giúp.");
            bytes = pdf.bytes();
        }
        String text = reader.read("p.pdf", bytes).text();
        assertEquals("2. Mục tiêu cụ thể\n" + para + "\n- 100% trẻ em có hoàn cảnh đặc biệt được trợ giúp.", text);
    }

    @Test
    void twoColumnPageIsReadColumnByColumn() throws Exception {
        List<String> lines = TestDocs.lines(TestDocs.samples().get(2));
        StringBuilder drawn = new StringBuilder();
        byte[] bytes;
        try (TestDocs.Pdf pdf = new TestDocs.Pdf()) {
            pdf.newPage();
            String title = "KẾ HOẠCH THỰC HIỆN CÔNG TÁC TRẺ EM";
            pdf.text(title, 150, 790, 13);
            drawn.append(title).append('\n');
            float size = 9.5f, lead = 12f;
            float[] colX = {50, 310};
            int col = 0, i = 0;
            float y = 760;
            while (col < 2 && i < lines.size()) {
                List<String> wrapped = pdf.wrap(pdf.drawable(lines.get(i)), 235, size);
                if (y - wrapped.size() * lead < 60) {
                    col++;
                    y = 760;
                    continue;
                }
                for (String w : wrapped) {
                    pdf.text(w, colX[col], y, size);
                    y -= lead;
                }
                drawn.append(pdf.drawable(lines.get(i))).append('\n');
                y -= 3;
                i++;
            }
            assertTrue(i > 40, "both columns filled");
            bytes = pdf.bytes();
        }
        String text = reader.read("cols.pdf", bytes).text();
        assertEquals(TestDocs.numbers(drawn.toString()), TestDocs.numbers(text));
        double sim = TestDocs.similarity(drawn.toString(), text);
        assertTrue(sim >= 0.98, "word similarity " + sim + "\n" + text);
        assertFalse(text.contains(" | "), "columns are not a table");
    }

    @Test
    void tableOfTargetsKeepsRowsWithCells() throws Exception {
        String[][] rows = {
                {"STT", "Chỉ tiêu", "Năm 2024", "Năm 2025"},
                {"1", "Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế miễn phí theo quy định", "98%", "100%"},
                {"2", "Tỷ suất tử vong trẻ em dưới 5 tuổi", "19,5‰", "18‰"},
                {"3", "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc để phục hồi, tái hòa nhập cộng đồng", "90%", "92%"},
                {"4", "Số xã, phường đạt tiêu chuẩn phù hợp với trẻ em", "12", "15"},
        };
        float[] x = {50, 85, 390, 470, 545};
        byte[] bytes;
        try (TestDocs.Pdf pdf = new TestDocs.Pdf()) {
            pdf.newPage();
            pdf.text("Bảng 1. Chỉ tiêu chủ yếu về trẻ em của huyện giai đoạn 2024 - 2025:", 60, 780, 11);
            float y = 760;
            for (String[] r : rows) {
                List<List<String>> cells = new ArrayList<>();
                int height = 1;
                for (int c = 0; c < r.length; c++) {
                    cells.add(pdf.wrap(r[c], x[c + 1] - x[c] - 10, 10));
                    height = Math.max(height, cells.get(c).size());
                }
                float rowH = height * 13 + 6;
                for (int c = 0; c < r.length; c++) {
                    for (int k = 0; k < cells.get(c).size(); k++) pdf.text(cells.get(c).get(k), x[c] + 5, y - 13 - k * 13, 10);
                }
                pdf.cs.addRect(x[0], y - rowH, x[4] - x[0], rowH);
                for (float xx : x) {
                    pdf.cs.moveTo(xx, y);
                    pdf.cs.lineTo(xx, y - rowH);
                }
                pdf.cs.stroke();
                y -= rowH;
            }
            pdf.text("Các chỉ tiêu trên được giao cho Phòng Lao động - Thương binh và Xã hội theo dõi.", 60, y - 20, 11);
            bytes = pdf.bytes();
        }
        String text = reader.read("table.pdf", bytes).text();
        List<String> lines = List.of(text.split("\n"));
        for (String[] r : rows) {
            assertTrue(lines.contains(String.join(" | ", r)), "row " + String.join(" | ", r) + " in\n" + text);
        }
        assertTrue(text.startsWith("Bảng 1."));
        assertTrue(text.endsWith("theo dõi."));
    }

    private static BufferedImage scan(List<String> lines) throws IOException {
        BufferedImage img = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(TestDocs.awtFont(46f));
        int y = 300;
        for (String l : lines) {
            g.drawString(l, 250, y);
            y += 80;
        }
        g.dispose();
        return img;
    }

    private static byte[] scannedPdf(List<String> textPages, List<String> scanLines) throws IOException {
        try (TestDocs.Pdf pdf = new TestDocs.Pdf()) {
            for (String p : textPages) {
                pdf.newPage();
                pdf.paragraph(p);
            }
            PDDocument doc = pdf.doc;
            if (pdf.cs != null) {
                pdf.cs.close();
                pdf.cs = null;
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan(scanLines));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static final List<String> SCAN = List.of(
            "KẾ HOẠCH thực hiện công tác trẻ em năm 2024",
            "- 95% trẻ em có hoàn cảnh đặc biệt được trợ giúp.",
            "- Giảm tỷ lệ suy dinh dưỡng thể thấp còi xuống 12,5%.",
            "- 100% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế.");

    @Test
    void scannedPageWithoutOcrIsRejectedNeedsOcr() throws Exception {
        byte[] bytes = scannedPdf(List.of(), SCAN);
        RejectException e = assertThrows(RejectException.class, () -> noOcr.read("scan.pdf", bytes));
        assertEquals("needs_ocr", e.reason());
        assertTrue(e.detail().contains("1 of 1 pages"), e.detail());
        assertTrue(e.detail().contains("tesseract-ocr-vie"), e.detail());
        PdfPlanReader missing = new PdfPlanReader(ReadLimits.DEFAULT, "/nonexistent/tesseract", "vie", true);
        assertEquals("needs_ocr", assertThrows(RejectException.class, () -> missing.read("scan.pdf", bytes)).reason());
    }

    @Test
    void aScannedPageAmongTextPagesIsFlaggedNotRejected() throws Exception {
        String body = "Ủy ban nhân dân xã xây dựng Kế hoạch thực hiện công tác trẻ em năm 2024 với các nội dung chính "
                + "như sau: nâng cao nhận thức, trách nhiệm của các cấp, các ngành, gia đình và toàn xã hội về "
                + "bảo vệ, chăm sóc trẻ em; 98% trẻ em được tiêm chủng đầy đủ.";
        byte[] bytes = scannedPdf(List.of(body, PAGES[0] + " " + PAGES[1], PAGES[3] + " " + PAGES[4]), SCAN);
        ReadText rt = noOcr.read("mixed.pdf", bytes);
        assertEquals(List.of("pages_need_ocr"), rt.flags());
        assertTrue(rt.text().contains("98% trẻ em được tiêm chủng"));
    }

    /** A text page whose font has no Unicode map: glyphs are drawn but give no text. */
    private static byte[] unmappedPdf() throws IOException {
        byte[] bytes;
        try (TestDocs.Pdf pdf = new TestDocs.Pdf()) {
            pdf.size = 14;
            pdf.leading = 20;
            for (String l : SCAN) pdf.paragraph(l);
            bytes = pdf.bytes();
        }
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            var res = doc.getPage(0).getResources();
            for (org.apache.pdfbox.cos.COSName n : res.getFontNames()) {
                var font = res.getFont(n).getCOSObject();
                font.removeItem(org.apache.pdfbox.cos.COSName.TO_UNICODE);
                font.setName(org.apache.pdfbox.cos.COSName.BASE_FONT, "ABCDEF+UnknownFont");
                var desc = font.getCOSArray(org.apache.pdfbox.cos.COSName.DESCENDANT_FONTS);
                if (desc != null) {
                    var cid = (org.apache.pdfbox.cos.COSDictionary) desc.getObject(0);
                    var fd = cid.getCOSDictionary(org.apache.pdfbox.cos.COSName.FONT_DESC);
                    // and a name that matches no installed font, whose cmap would give the text back
                    cid.setName(org.apache.pdfbox.cos.COSName.BASE_FONT, "ABCDEF+UnknownFont");
                    if (fd != null) fd.setName(org.apache.pdfbox.cos.COSName.FONT_NAME, "ABCDEF+UnknownFont");
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void glyphsWithoutUnicodeNeedOcrLikeAScan() throws Exception {
        byte[] bytes = unmappedPdf();
        RejectException e = assertThrows(RejectException.class, () -> noOcr.read("nomap.pdf", bytes));
        assertEquals("needs_ocr", e.reason(), e.detail());
        if (Tesseract.available("tesseract", "vie")) {
            ReadText rt = reader.read("nomap.pdf", bytes);
            assertEquals(List.of("ocr"), rt.flags());
            assertEquals(TestDocs.numbers(String.join("\n", SCAN)), TestDocs.numbers(rt.text()), rt.text());
        }
    }

    @Test
    void scannedPageIsReadWithOcrWhenTesseractIsInstalled() throws Exception {
        Assumptions.assumeTrue(Tesseract.available("tesseract", "vie"), "tesseract with vie not installed");
        byte[] bytes = scannedPdf(List.of(), SCAN);
        ReadText rt = reader.read("scan.pdf", bytes);
        assertEquals(List.of("ocr"), rt.flags());
        String expected = String.join("\n", SCAN);
        assertEquals(TestDocs.numbers(expected), TestDocs.numbers(rt.text()), rt.text());
        double sim = TestDocs.similarity(expected, rt.text());
        assertTrue(sim >= 0.9, "OCR word similarity " + sim + ": " + rt.text());
    }

    private static final String[] PAGES = {
            "Căn cứ Luật Trẻ em năm 2016, Ủy ban nhân dân huyện ban hành kế hoạch như sau.",
            "Mục tiêu chung là bảo đảm thực hiện tốt các quyền của trẻ em trên địa bàn.",
            "Phấn đấu 100% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế.",
            "Tổ chức Tháng hành động vì trẻ em với chủ đề do Trung ương phát động.",
            "Phòng Lao động - Thương binh và Xã hội tổng hợp, báo cáo kết quả."};

    private static byte[] simplePdf(int pages) throws IOException {
        try (TestDocs.Pdf pdf = new TestDocs.Pdf()) {
            for (int i = 0; i < pages; i++) {
                pdf.newPage();
                pdf.paragraph(PAGES[i % PAGES.length]);
            }
            return pdf.bytes();
        }
    }

    @Test
    void encryptedPdfIsRejectedUnlessTheUserPasswordIsEmpty() throws Exception {
        for (String user : List.of("mật-khẩu", "")) {
            byte[] bytes;
            try (TestDocs.Pdf pdf = new TestDocs.Pdf()) {
                pdf.newPage();
                pdf.paragraph("Kế hoạch công tác trẻ em năm 2024: 100% trẻ em được khai sinh đúng hạn.");
                pdf.bytes();
                StandardProtectionPolicy policy = new StandardProtectionPolicy("chủ-sở-hữu", user, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                pdf.doc.protect(policy);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                pdf.doc.save(out);
                bytes = out.toByteArray();
            }
            if (user.isEmpty()) {
                assertTrue(reader.read("open.pdf", bytes).text().contains("100% trẻ em được khai sinh"));
            } else {
                RejectException e = assertThrows(RejectException.class, () -> reader.read("locked.pdf", bytes));
                assertEquals("encrypted", e.reason());
            }
        }
    }

    @Test
    void corruptAndOversizedFilesAreRejectedWithTheirReason() throws Exception {
        RejectException junk = assertThrows(RejectException.class,
                () -> reader.read("junk.pdf", "đây không phải là tệp PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("corrupt", junk.reason());
        assertFalse(junk.detail().isBlank());

        byte[] five = simplePdf(5);
        RejectException pages = assertThrows(RejectException.class,
                () -> new PdfPlanReader(ReadLimits.DEFAULT.withMaxPages(4)).read("long.pdf", five));
        assertEquals("too_many_pages", pages.reason());
        assertTrue(pages.detail().startsWith("5 pages"), pages.detail());
        assertEquals(5, new PdfPlanReader(ReadLimits.DEFAULT.withMaxPages(5)).read("ok.pdf", five).text().split("\n").length);

        RejectException big = assertThrows(RejectException.class,
                () -> new PdfPlanReader(ReadLimits.DEFAULT.withMaxBytes(1000)).read("big.pdf", five));
        assertEquals("too_large", big.reason());

    }

    @Test
    void aReadThatRunsTooLongIsStoppedAndRejectedTimeout() throws Exception {
        java.util.concurrent.CountDownLatch interrupted = new java.util.concurrent.CountDownLatch(1);
        long t0 = System.nanoTime();
        RejectException slow = assertThrows(RejectException.class, () -> Bounded.run(Duration.ofMillis(100), () -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return null;
        }));
        assertEquals("timeout", slow.reason());
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L);
        assertTrue(interrupted.await(10, java.util.concurrent.TimeUnit.SECONDS), "the worker is interrupted");
        RejectException failed = assertThrows(RejectException.class, () -> Bounded.run(Duration.ofSeconds(5), () -> {
            throw new IllegalStateException("xref table broken");
        }));
        assertEquals("corrupt", failed.reason());
        assertTrue(failed.detail().contains("xref table broken"));
    }

    @Test
    void blankPdfIsEmptyNeverAnEmptyPlan() throws Exception {
        byte[] bytes;
        try (TestDocs.Pdf pdf = new TestDocs.Pdf()) {
            pdf.newPage();
            bytes = pdf.bytes();
        }
        assertEquals("empty", assertThrows(RejectException.class, () -> reader.read("blank.pdf", bytes)).reason());
    }
}
