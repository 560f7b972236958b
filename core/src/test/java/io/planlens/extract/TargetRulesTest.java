package io.planlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The general rules for layouts and phrasings beyond the samples, one short text each. */
class TargetRulesTest {
    private final TargetExtractor ex = TargetExtractor.shared();

    private List<Target> run(String text, Integer year) {
        List<Target> ts = ex.extract(text, year);
        for (Target t : ts) assertEquals(t.quote(), text.substring(t.start(), t.end()), "quote at its offsets");
        return ts;
    }

    private static Target only(List<Target> ts) {
        assertEquals(1, ts.size(), () -> "one target expected, got " + ts);
        return ts.get(0);
    }

    @Test
    void tableRowsAsANormaliserLeavesThem() {
        String t = "STT | Chỉ tiêu | ĐVT | Thực hiện 2022 | Kế hoạch 2023\n"
                + "1 | Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi | % | 24,1 | 23,5\n"
                + "2 | Số cuộc tảo hôn | Cặp | 12 | Giảm 3%\n";
        List<Target> ts = run(t, 2023);
        assertEquals(2, ts.size(), ts.toString());
        assertEquals(23.5, ts.get(0).value());
        assertEquals("<=", ts.get(0).comparator());
        assertEquals("NAP-04b", ts.get(0).indicatorCode());
        assertEquals("reduce_by", ts.get(1).comparator());
        assertEquals("NAP-13b", ts.get(1).indicatorCode());
    }

    @Test
    void aChangeBoundedFromBelowIsStillAChange() {
        Target t = only(run("- Giảm ít nhất 10% số trẻ em tử vong do đuối nước so với năm 2020.", 2022));
        assertEquals("reduce_by", t.comparator());
        assertEquals(10, t.value());
        assertEquals("EXT-INJ-DROWN", t.indicatorCode());
        Target v = only(run("- Giam so cuoc tao hon 3% so voi nam 2022.", 2023));
        assertEquals("reduce_by", v.comparator());
        assertEquals("NAP-13b", v.indicatorCode());
    }

    @Test
    void keepingALevelIsAtLeastThatLevel() {
        Target t = only(run("- Giữ vững tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh ở mức 100%;", 2025));
        assertEquals(">=", t.comparator());
        assertEquals("NAP-14", t.indicatorCode());
        assertEquals("=", only(run("- Tỷ lệ lây truyền HIV từ mẹ sang con là 0%.", 2024)).comparator());
    }

    @Test
    void comparatorPhrasings() {
        assertEquals("<=", only(run("- Tỷ suất tử vong trẻ em dưới 5 tuổi tối đa 15‰;", 2025)).comparator());
        assertEquals("<", only(run("- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân còn dưới 8%;", 2025)).comparator());
        assertEquals("<=", only(run("- Hạ tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi xuống 13,5%;", 2025)).comparator());
        Target paren = only(run("2. Giảm tỷ suất tử vong trẻ em dưới 1 tuổi (còn 18‰).", 2022));
        assertEquals("<=", paren.comparator());
        assertEquals("NAP-03b", paren.indicatorCode());
        Target range = only(run("- Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp đạt từ 95 - 98%;", 2025));
        assertEquals(95, range.value());
        assertTrue(range.flags().contains("range_lower_bound"));
    }

    @Test
    void pastResultsInTheSameSentenceAreNotTargets() {
        String news = "Theo báo cáo, năm 2022 toàn tỉnh có 98,2% trẻ em dưới 6 tuổi được cấp thẻ BHYT; tỷ lệ trẻ em dưới 5 tuổi "
                + "suy dinh dưỡng thể thấp còi giảm còn 20,3%. Số vụ tai nạn đuối nước ở trẻ em giảm 12% so với cùng kỳ. "
                + "Năm 2023, tỉnh phấn đấu giảm tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi xuống còn 19,5%.";
        Target t = only(run(news, 2023));
        assertEquals(19.5, t.value());
    }

    @Test
    void countsThatAreTargetsAndCountsThatAreNot() {
        String t = "II. CHỈ TIÊU\n- Có ít nhất 02 điểm vui chơi dành cho trẻ em tại các khu dân cư.\n"
                + "- Tổ chức Diễn đàn trẻ em ít nhất 01 lần/năm.\n- Tuyên truyền tại 12 thôn.\n";
        Target c = only(run(t, 2024));
        assertEquals("count", c.unit());
        assertEquals(2, c.value());
        assertEquals(">=", c.comparator());
        assertEquals("NAP-21", c.indicatorCode());
    }

    @Test
    void zeroAndYesNoItemsOfATargetListWithoutAnIndicator() {
        String t = "II. MỤC TIÊU\n7. Không có học sinh vi phạm pháp luật, mắc tệ nạn xã hội.\n"
                + "9. Trạm Y tế xã đạt Bộ tiêu chí quốc gia về y tế xã.\n10. Không có trẻ em tử vong do đuối nước.\n";
        List<Target> ts = run(t, 2023);
        assertEquals(3, ts.size(), ts.toString());
        assertEquals("count", ts.get(0).unit());
        assertNull(ts.get(0).indicatorCode());
        assertEquals("boolean", ts.get(1).unit());
        assertNull(ts.get(1).indicatorCode());
        assertEquals("EXT-INJ-DROWN", ts.get(2).indicatorCode());
        // outside a list of targets, no code means no target
        assertEquals(0, run("III. NHIỆM VỤ\n1. Không có kinh phí riêng cho hoạt động này.\n", 2023).size());
    }

    @Test
    void theYearOfATargetHeadingHoldsForItsItems() {
        String t = "II. MỤC TIÊU\na) Mục tiêu đến năm 2025\n1. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới 20%.\n"
                + "2. 95% trẻ em có hoàn cảnh đặc biệt được trợ giúp.\nb) Mục tiêu đến năm 2030\n"
                + "1. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới 17%.\nIII. NHIỆM VỤ\n"
                + "1. Duy trì 100% trẻ em có hoàn cảnh đặc biệt được trợ giúp.\n";
        List<Target> ts = run(t, 2022);
        assertEquals(List.of(2025, 2025, 2030, 2022), ts.stream().map(Target::targetYear).toList(), ts.toString());
    }

    @Test
    void aYearOpeningAClauseHoldsForEveryValueInIt() {
        List<Target> ts = run("Năm 2024 phấn đấu 100% trẻ em dưới 6 tuổi được cấp thẻ BHYT, 98% trẻ em dưới 1 tuổi được "
                + "tiêm chủng đầy đủ, 95% trẻ em có HCĐB được trợ giúp.", 2023);
        assertEquals(3, ts.size(), ts.toString());
        for (Target t : ts) assertEquals(2024, t.targetYear());
        assertEquals("NAP-08b", ts.get(2).indicatorCode());
    }

    @Test
    void respectively() {
        List<Target> ts = run("1. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân và thể thấp còi lần lượt dưới 15% và dưới 25%.", 2025);
        assertEquals(2, ts.size(), ts.toString());
        assertEquals("NAP-04a", ts.get(0).indicatorCode());
        assertEquals("NAP-04b", ts.get(1).indicatorCode());
        assertEquals(25, ts.get(1).value());
    }

    @Test
    void numbersBrokenByLineBreaksOrOcr() {
        Target a = only(run("1. Giảm tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi xuống còn 24, 5%.", 2022));
        assertEquals(24.5, a.value());
        assertTrue(a.flags().contains("number_rejoined"));
        assertEquals(90, only(run("- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt 9O%.", 2023)).value());
        Target l = only(run("- l00% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế.", 2023));
        assertEquals(100, l.value());
        assertEquals("EXT-BHYT-U6", l.indicatorCode());
        assertEquals(98, only(run("- Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 9 8%.", 2023)).value());
        // a word ending in those letters is not a number
        assertEquals("ocl 5%", TargetExtractor.ocrDigits("ocl 5%"));
        assertEquals("all00%", TargetExtractor.ocrDigits("all00%"));
    }

    @Test
    void abbreviations() {
        assertEquals("NAP-04b", only(run("- Trẻ em dưới 5 tuổi SDD thể thấp còi: < 25%.", 2024)).indicatorCode());
        assertEquals("NAP-08b", only(run("- TE có HCĐB được trợ giúp: 95%.", 2024)).indicatorCode());
    }

    @Test
    void bulletGlyphsAndOtherNumberings() {
        String t = "II. CHỈ TIÊU\n\uf0b7 Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ BHYT đạt 100%\n"
                + "\u27a2 Tỷ suất tử vong trẻ em dưới 1 tuổi dưới 14‰\n1/ Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo đạt 99%\n"
                + "(2) Tỷ lệ trẻ em 6 tuổi vào lớp 1 đạt 100%\nb. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân dưới 12%\n";
        List<Target> ts = run(t, 2023);
        assertEquals(List.of("EXT-BHYT-U6", "NAP-03b", "NAP-16", "EXT-GRADE1-6Y", "NAP-04a"),
                ts.stream().map(Target::indicatorCode).toList(), ts.toString());
        for (Target x : ts) assertTrue(x.quote().startsWith("Tỷ"), "quote without its bullet: " + x.quote());
    }
}
