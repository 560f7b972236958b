package io.planlens.ingest.formats;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Layout rules on positioned words, without PDFs: 6 pt per character, 10 pt font. */
class PdfLayoutTest {

    /** Words of {@code text} starting at x on baseline y. */
    private static void put(List<PdfLayout.Atom> out, String text, float x, float y) {
        for (String w : text.split(" ")) {
            float w1 = x + 6 * w.length();
            out.add(new PdfLayout.Atom(w, x, w1, y, 10));
            x = w1 + 3;
        }
    }

    private static PdfLayout.Line line(String t) {
        return new PdfLayout.Line(t, false, false);
    }

    private static List<PdfLayout.Line> page(String... lines) {
        List<PdfLayout.Line> out = new ArrayList<>();
        for (String l : lines) out.add(line(l));
        return out;
    }

    @Test
    void runningHeadersFootersAndPageNumbersGoLinesInTheBodyStay() {
        List<List<PdfLayout.Line>> pages = List.of(
                page("KẾ HOẠCH công tác trẻ em", "Nội dung trang một.", "- 1 -"),
                page("UBND huyện Tứ Kỳ - Kế hoạch 2023", "Nội dung trang hai.", "- 2 -"),
                page("UBND huyện Tứ Kỳ - Kế hoạch 2023", "Nội dung trang ba.", "Trang 3/4"),
                page("UBND huyện Tứ Kỳ - Kế hoạch 2023", "Nội dung trang bốn.", "Ủy ban nhân dân huyện", "Trang 4/4"));
        String text = PdfLayout.document(pages);
        assertEquals("KẾ HOẠCH công tác trẻ em\nNội dung trang một.\nNội dung trang hai.\nNội dung trang ba."
                + "\nNội dung trang bốn.\nỦy ban nhân dân huyện", text);
    }

    @Test
    void aSinglePageKeepsItsNumbers() {
        assertEquals("Chỉ tiêu năm 2024:\n95", PdfLayout.document(List.of(page("Chỉ tiêu năm 2024:", "95"))));
    }

    @Test
    void joinRules() {
        PdfLayout.Line full = new PdfLayout.Line("Ủy ban nhân dân xã xây dựng kế hoạch của", false, true);
        assertTrue(PdfLayout.joins(full, line("UBND huyện về việc thực hiện")));
        assertTrue(PdfLayout.joins(line("tăng cường công tác"), line("phòng ngừa, giảm thiểu")));
        assertTrue(PdfLayout.joins(line("Kế hoạch số 131/KH-"), line("UBND ngày 30/7/2021")));
        assertFalse(PdfLayout.joins(full, line("- 100% trẻ em được khai sinh")));
        assertFalse(PdfLayout.joins(full, line("a) Mục tiêu chung")));
        assertFalse(PdfLayout.joins(full, line("2. Nhiệm vụ")));
        assertFalse(PdfLayout.joins(full, line("II. NHIỆM VỤ VÀ GIẢI PHÁP")));
        assertFalse(PdfLayout.joins(line("như sau:"), line("bảo đảm quyền trẻ em")));
        assertFalse(PdfLayout.joins(line("I. Mục tiêu"), line("Nâng cao nhận thức")));
        assertFalse(PdfLayout.joins(new PdfLayout.Line("1 | Tỷ lệ | 95%", true, true), line("tiêm chủng")));
        assertEquals("Hỗ trợ trẻ em bị xâm hại.", PdfLayout.document(List.of(page("Hỗ trợ trẻ em bị xâm", "hại."))));
        assertEquals("chil-dren? no: children", PdfLayout.document(List.of(page("chil-dren? no: chil-", "dren"))));
    }

    @Test
    void twoColumnsAreReadLeftThenRight() {
        List<PdfLayout.Atom> atoms = new ArrayList<>();
        put(atoms, "BẢN TIN CÔNG TÁC TRẺ EM SỐ ĐẶC BIỆT THÁNG SÁU NĂM HAI NGHÌN", 40, 50);
        for (int i = 0; i < 8; i++) {
            put(atoms, "trái dòng " + i + " nói về quyền trẻ em ở xã", 40, 80 + 14 * i);
            put(atoms, "phải dòng " + i + " nói về chăm sóc trẻ em", 300, 80 + 14 * i);
        }
        List<PdfLayout.Line> lines = PdfLayout.page(atoms);
        assertEquals(17, lines.size());
        assertTrue(lines.get(0).text().startsWith("BẢN TIN"));
        for (int i = 0; i < 8; i++) {
            assertEquals("trái dòng " + i + " nói về quyền trẻ em ở xã", lines.get(1 + i).text());
            assertEquals("phải dòng " + i + " nói về chăm sóc trẻ em", lines.get(9 + i).text());
        }
    }

    @Test
    void threeCellRowsAreATableNotColumns() {
        List<PdfLayout.Atom> atoms = new ArrayList<>();
        put(atoms, "Chỉ tiêu chủ yếu về trẻ em của huyện trong giai đoạn tới", 40, 50);
        for (int i = 0; i < 8; i++) {
            put(atoms, Integer.toString(i + 1), 40, 80 + 14 * i);
            put(atoms, "Tỷ lệ trẻ em nhóm " + i + " được trợ giúp", 70, 80 + 14 * i);
            put(atoms, (90 + i) + "%", 400, 80 + 14 * i);
        }
        List<PdfLayout.Line> lines = PdfLayout.page(atoms);
        assertEquals(9, lines.size());
        for (int i = 0; i < 8; i++) {
            assertEquals((i + 1) + " | Tỷ lệ trẻ em nhóm " + i + " được trợ giúp | " + (90 + i) + "%", lines.get(1 + i).text());
            assertTrue(lines.get(1 + i).table());
        }
    }

    @Test
    void aWrappedCellGoesBackIntoItsRow() {
        List<PdfLayout.Atom> atoms = new ArrayList<>();
        put(atoms, "1", 40, 80);
        put(atoms, "Tỷ lệ trẻ em dưới 6 tuổi được", 70, 80);
        put(atoms, "100%", 400, 80);
        put(atoms, "cấp thẻ bảo hiểm y tế", 70, 93);
        put(atoms, "2", 40, 110);
        put(atoms, "Tỷ suất tử vong trẻ em", 70, 110);
        put(atoms, "18‰", 400, 110);
        List<PdfLayout.Line> lines = PdfLayout.page(atoms);
        assertEquals(List.of("1 | Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế | 100%", "2 | Tỷ suất tử vong trẻ em | 18‰"),
                lines.stream().map(PdfLayout.Line::text).toList());
    }

    @Test
    void aLoneWideGapIsNotATable() {
        List<PdfLayout.Atom> atoms = new ArrayList<>();
        put(atoms, "Số: 12/KH-UBND", 40, 50);
        put(atoms, "Ia Hla, ngày 19 tháng 4 năm 2021", 300, 50);
        put(atoms, "KẾ HOẠCH", 200, 80);
        List<PdfLayout.Line> lines = PdfLayout.page(atoms);
        assertFalse(lines.get(0).table());
        assertEquals("Số: 12/KH-UBND   Ia Hla, ngày 19 tháng 4 năm 2021", lines.get(0).text());
    }
}
