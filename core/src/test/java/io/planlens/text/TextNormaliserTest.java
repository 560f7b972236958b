package io.planlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextNormaliserTest {
    private final TextNormaliser n = TextNormaliser.shared();

    @Test
    void composesAndCleansInvisibleCharacters() {
        String nfd = Normalizer.normalize("Kế hoạch công tác trẻ em năm 2023", Normalizer.Form.NFD);
        assertEquals("Kế hoạch công tác trẻ em năm 2023", n.normalise(nfd));
        assertEquals("trẻ em được hỗ trợ", n.normalise("\uFEFFtrẻ\u00A0em\u200B được\u202F hỗ tr\u00ADợ"));
        assertEquals("a b", n.normalise("a\t\t b  "));
    }

    @Test
    void joinsHardWrappedLinesWithBlankLinesBetween() {
        String pdf = """
                1. Mục tiêu chung

                Nâng cao nhận thức, trách nhiệm của các cấp, các ngành, gia đình, nhà

                trường và toàn xã hội về bảo vệ, chăm sóc trẻ em. Tăng cường hiệu quả công

                tác quản lý nhà nước về trẻ em.

                2. Mục tiêu cụ thể

                - 99% trẻ em có hoàn cảnh đặc biệt được trợ giúp dưới nhiều hình thức, trong đó

                ưu tiên trẻ em khuyết tật.

                - 100% thôn làng tổ chức Tết Trung thu.

                Chỉ tiêu 3: Tỷ lệ trẻ em được khai sinh đúng hạn đạt 100%.

                • Tổ chức tập huấn cho cán bộ thôn

                – Thông tin về Tổng đài 111
                """;
        assertEquals("""
                1. Mục tiêu chung
                Nâng cao nhận thức, trách nhiệm của các cấp, các ngành, gia đình, nhà trường và toàn xã hội về bảo vệ, chăm sóc trẻ em. Tăng cường hiệu quả công tác quản lý nhà nước về trẻ em.
                2. Mục tiêu cụ thể
                - 99% trẻ em có hoàn cảnh đặc biệt được trợ giúp dưới nhiều hình thức, trong đó ưu tiên trẻ em khuyết tật.
                - 100% thôn làng tổ chức Tết Trung thu.
                Chỉ tiêu 3: Tỷ lệ trẻ em được khai sinh đúng hạn đạt 100%.
                • Tổ chức tập huấn cho cán bộ thôn
                – Thông tin về Tổng đài 111""", n.normalise(pdf));
    }

    @Test
    void hyphenatedBreaksAndRomanHeadings() {
        String t = "Kế hoạch số 131/KH-\nUBND ngày 30/7/2021 của UBND huyện\nI. MỤC TIÊU\nII. NHIỆM VỤ\na) Tuyên truyền\nb) Tập huấn";
        assertEquals("Kế hoạch số 131/KH-UBND ngày 30/7/2021 của UBND huyện\nI. MỤC TIÊU\nII. NHIỆM VỤ\na) Tuyên truyền\nb) Tập huấn",
                n.normalise(t));
    }

    @Test
    void removesPageArtefactsAndRunningHeaders() {
        String t = "Kế hoạch công tác trẻ em 2023\nNội dung một.\n2\nKế hoạch công tác trẻ em 2023\nNội dung hai.\nTrang 3/5\n"
                + "Kế hoạch công tác trẻ em 2023\nNội dung ba.\n- 4 -\nPage 5 of 5";
        assertEquals("Nội dung một.\nNội dung hai.\nNội dung ba.", n.normalise(t));
    }

    @Test
    void stripsMarkdownButKeepsTableRows() {
        String md = "# **KẾ HOẠCH**\n## Thực hiện _công tác_ trẻ em\n\n| Chỉ tiêu | 2023 |\n|---|---:|\n| Tỷ lệ **A** | 90% |\n"
                + "* mục một\n> trích dẫn [văn bản](http://x.vn/a) \\- hết\n***\n`mã`";
        assertEquals("KẾ HOẠCH\nThực hiện công tác trẻ em\nChỉ tiêu | 2023\nTỷ lệ A | 90%\n- mục một\ntrích dẫn văn bản - hết\nmã",
                n.normalise(md));
    }

    @Test
    void removesDigitalSignatureTrailer() {
        String t = "Trên đây là Kế hoạch năm 2022./.\nNguyễn Văn A\n\t\t2022-04-28T07:24:18+0700\n\tViệt Nam\n"
                + "\tỦy ban nhân xã Ia Hla<iahla.chupuh@gialai.gov.vn> đã ký lên văn bản này!\n"
                + "Người ký: Ủy ban Nhân dân huyện\nEmail: ubnd@tuky.haiduong.gov.vn\nCơ quan: Tỉnh Hải Dương\nThời gian ký: 10.03.2023 16:05:12 +07:00";
        assertEquals("Trên đây là Kế hoạch năm 2022./.\nNguyễn Văn A", n.normalise(t));
    }

    @Test
    void splitsTwoColumnHeaders() {
        String t = "ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12 /KH-UBND        Ia Hla, ngày 19 tháng 4 năm 2021";
        assertEquals("ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12 /KH-UBND\nIa Hla, ngày 19 tháng 4 năm 2021", n.normalise(t));
    }

    @Test
    void dropsOcrStampResidueAndReportsIt() {
        String t = "của Bộ trưởng Bộ Lao động - Thương\n0 ĐC\nRÚC\nTÙ\nBÀT\nP.T\nbinh và Xã hội ban hành";
        assertEquals("của Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành", n.normalise(t));
        assertTrue(TextNormaliser.hasOcrResidue(t));
        assertFalse(TextNormaliser.hasOcrResidue("I. MỤC TIÊU\nII. NHIỆM VỤ\nIII. TỔ CHỨC"));
    }

    @Test
    void isDeterministicAcrossLineEndsAndForms() {
        String t = "KẾ HOẠCH\n\nThực hiện công tác trẻ em năm 2023\n\nỦy ban nhân dân xã xây dựng kế hoạch\n\nnhư sau:";
        String a = n.normalise(t);
        assertEquals(a, n.normalise(t.replace("\n", "\r\n")));
        assertEquals(a, n.normalise(t.replace("\n", "\r")));
        assertEquals(a, n.normalise(Normalizer.normalize(t, Normalizer.Form.NFD)));
        assertEquals(a, n.normalise("\uFEFF" + t + "\n\n"));
        assertEquals("", n.normalise(" \n\t\n"));
    }
}
