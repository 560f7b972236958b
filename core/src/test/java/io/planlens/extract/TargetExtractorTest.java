package io.planlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TargetExtractorTest {
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
    void vietnameseNumbersAndUnits() {
        Target t = only(run("- Tỷ lệ trẻ em dưới 05 tuổi suy dinh dưỡng thể nhẹ cân dưới 11,5%.", 2024));
        assertEquals(11.5, t.value());
        assertEquals("<", t.comparator());
        assertEquals("percent", t.unit());
        assertEquals("NAP-04a", t.indicatorCode());
        assertEquals(2024, t.targetYear());

        Target k = only(run("- Tỷ suất trẻ em bị tai nạn, thương tích không quá 1.200/100.000 trẻ em.", 2023));
        assertEquals(1200, k.value());
        assertEquals("<=", k.comparator());
        assertEquals("per_100k", k.unit());
        assertEquals("NAP-11a", k.indicatorCode());

        Target sp = only(run("II. MỤC TIÊU\n- Hoàn thành 100% chỉ tiêu được giao.\n- Tỷ suất trẻ em tử vong do tai nạn, thương tích dưới 15/100 000 trẻ em.", 2023));
        assertEquals("per_100k", sp.unit());
        assertEquals("NAP-11b", sp.indicatorCode());

        Target m = only(run("- Giảm tỷ suất tử vong trẻ sơ sinh xuống còn 8,5‰.", 2023));
        assertEquals(8.5, m.value());
        assertEquals("<=", m.comparator());
        assertEquals("per_mille", m.unit());
        assertEquals("NAP-03a", m.indicatorCode());
    }

    @Test
    void twoYearsTwoRows() {
        List<Target> ts = run("Chỉ tiêu 16: Tỷ lệ huy động trẻ em 5 tuổi đi học mẫu giáo đạt 99,1% vào năm 2025 và 99,3% vào năm 2030.", 2022);
        assertEquals(2, ts.size());
        assertEquals(99.1, ts.get(0).value());
        assertEquals(2025, ts.get(0).targetYear());
        assertEquals(99.3, ts.get(1).value());
        assertEquals(2030, ts.get(1).targetYear());
        assertEquals(">=", ts.get(1).comparator());
        assertEquals("NAP-16", ts.get(1).indicatorCode());
    }

    @Test
    void aYearThatLeadsTheNextValueIsNotThePreviousValuesYear() {
        // the national programme's own phrasing: "đến năm 2025 đạt X%, đến năm 2030 đạt Y%"
        List<Target> ts = run("- Tỷ lệ xã, phường, thị trấn có điểm văn hóa, vui chơi dành cho trẻ em đến năm 2025 đạt 34%, "
                + "đến\nnăm 2030 đạt 39%.", 2022);
        assertEquals(2, ts.size(), ts::toString);
        assertEquals(34, ts.get(0).value());
        assertEquals(2025, ts.get(0).targetYear());
        assertEquals(39, ts.get(1).value());
        assertEquals(2030, ts.get(1).targetYear());
        assertEquals("NAP-21", ts.get(0).indicatorCode());

        List<Target> stunting = run("- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi đến năm 2025 giảm xuống dưới 20%, "
                + "đến năm 2030: dưới 17%.", 2022);
        assertEquals(List.of(2025, 2030), stunting.stream().map(Target::targetYear).toList());

        // a year that follows its value keeps it
        List<Target> after = run("- Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo đạt 99% vào năm 2025, 99,5% vào năm 2030.", 2022);
        assertEquals(List.of(2025, 2030), after.stream().map(Target::targetYear).toList());
    }

    @Test
    void aCountTheUnitStrivesFor() {
        Target s = only(run("- Chỉ tiêu 23: Phấn đấu có 50 trường học đạt tiêu chuẩn Trường học an toàn.", 2023));
        assertEquals("EXT-INJ-SAFESCHOOL", s.indicatorCode());
        assertEquals(">=", s.comparator());
        assertEquals(50, s.value());
        assertEquals("count", s.unit());
        Target h = only(run("- Phấn đấu có 16.800 ngôi nhà của hộ gia đình có trẻ em đạt tiêu chí Ngôi nhà an toàn.", 2023));
        assertEquals(16800, h.value());
        assertEquals("EXT-INJ-SAFEHOME", h.indicatorCode());
        // a count of something the catalogue does not know is not a target
        assertEquals(List.of(), run("- Phấn đấu có 12 buổi sinh hoạt câu lạc bộ trong năm.", 2023));
    }

    @Test
    void communeYesNoTargetsKeptOrStrivenFor() {
        Target keep = only(run("II. CHỈ TIÊU\nk) Duy trì xã đạt chuẩn phù hợp với trẻ em;\n", 2024));
        assertEquals("NAP-01", keep.indicatorCode());
        assertEquals("=", keep.comparator());
        assertEquals(1, keep.value());
        assertEquals("boolean", keep.unit());
        Target strive = only(run("II. CHỈ TIÊU\n- Phấn đấu phường được công nhận đạt tiêu chuẩn phù hợp với trẻ em đến năm 2025.\n", 2024));
        assertEquals("NAP-01", strive.indicatorCode());
        assertEquals(2025, strive.targetYear());
        // a task about what a commune keeps doing is not a target
        assertEquals(List.of(), run("III. NHIỆM VỤ\n- Duy trì các hoạt động của xã đạt chuẩn.\n", 2024));
    }

    @Test
    void tableRowsSayingMetOrNone() {
        List<Target> ts = run("""
                II. CHỈ TIÊU
                | Chỉ tiêu | Đơn vị | Kế hoạch 2024 |
                |---|---|---|
                | Xã có điểm vui chơi, giải trí an toàn dành cho trẻ em | Xã | Đạt |
                | Không có tình trạng trẻ em lao động trái quy định của pháp luật | vụ | 0 |
                | Tỷ lệ trẻ em bị xâm hại | % | 0,5 |
                """, 2024);
        assertEquals(3, ts.size(), ts::toString);
        assertEquals(List.of("=", "=", "<="), ts.stream().map(Target::comparator).toList());
        assertEquals(List.of("boolean", "count", "percent"), ts.stream().map(Target::unit).toList());
        assertEquals(1, ts.get(0).value());
        assertEquals(0, ts.get(1).value());
    }

    @Test
    void planYearNullGivesNullYear() {
        Target t = only(run("- 100% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế.", null));
        assertNull(t.targetYear());
        assertEquals("EXT-BHYT-U6", t.indicatorCode());
    }

    @Test
    void comparators() {
        assertEquals(">=", only(run("- Tỷ lệ trẻ em được khai sinh đúng hạn đạt 95% trở lên.", 2024)).comparator());
        assertEquals(">", only(run("- Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh trên 98%.", 2024)).comparator());
        assertEquals("=", only(run("- Tỷ lệ lây truyền HIV từ mẹ sang con là 0%.", 2024)).comparator());
        Target r = only(run("- Giảm 10% số trẻ em tử vong do đuối nước so với năm 2020.", 2024));
        assertEquals("reduce_by", r.comparator());
        assertEquals("EXT-INJ-DROWN", r.indicatorCode());
        Target z = only(run("II. CHỈ TIÊU\n- Không có tình trạng tảo hôn.", 2024));
        assertEquals("=", z.comparator());
        assertEquals(0, z.value());
        assertEquals("count", z.unit());
        Target b = only(run("Chỉ tiêu 1: Xã đạt tiêu chuẩn phù hợp với trẻ em.", 2024));
        assertEquals("boolean", b.unit());
        assertEquals(1, b.value());
        assertEquals("NAP-01", b.indicatorCode());
    }

    @Test
    void notTargets() {
        String text = """
                - Quảng bá Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 và số 18001744; đường dây nóng (02713.825.825).
                - Tổ chức Tết Trung thu tại 08 thôn, làng; báo cáo trước ngày 15/6/2024 theo Kế hoạch số 12/KH-UBND.
                - Chăm sóc trẻ em dưới 5 tuổi, trẻ em từ 11 tuổi trở lên; tỷ suất trên 1.000 trẻ đẻ sống.
                - Năm 2023, tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 92%.
                - Kết quả năm trước: 97% trẻ em dưới 5 tuổi được đăng ký khai sinh.
                - Thực hiện Quyết định số 23/QĐ-TTg (tỷ lệ xã phù hợp với trẻ em đạt 65%).
                - Toàn xã có 1.250 trẻ em, chiếm 32% dân số.
                """;
        assertEquals(List.of(), run(text, 2024));
    }

    @Test
    void targetInsideTaskSection() {
        Target t = only(run("3. Phòng Tư pháp\n- Thực hiện trợ giúp pháp lý cho trẻ em (trừ lĩnh vực kinh doanh), đảm bảo 100% trẻ em là người bị hại trong vụ án hình sự được bảo vệ.", 2023));
        assertEquals("EXT-JUSTICE-VICTIM", t.indicatorCode());
        assertTrue(t.quote().startsWith("đảm bảo 100%"), t.quote());
    }

    @Test
    void wrappedLinesAndBrokenNumbers() {
        String text = "- Tỷ lệ trẻ em dưới 01 tuổi được tiêm chủng đầy đủ 8 loại \n\nvắc xin đạt 9\n\n- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới 16,\n\n8%.";
        List<Target> ts = run(text, 2024);
        assertEquals(1, ts.size(), ts::toString);
        assertEquals(16.8, ts.get(0).value());
        assertEquals("NAP-04b", ts.get(0).indicatorCode());
    }

    @Test
    void missingDiacriticsAndTypos() {
        Target t = only(run("- Ty le tre em duoi 5 tuoi suy dinh duong the thap coi duoi 15%.", 2023));
        assertEquals("NAP-04b", t.indicatorCode());
        Target u = only(run("- Tỉ lệ trẻ em có hoàn cảnh đặc biệt đựơc trợ giúp đạt 90%.", 2023));
        assertEquals("NAP-08b", u.indicatorCode());
    }

    @Test
    void ambiguousOrUnknownSubjectKeepsReason() {
        Target t = only(run("- Tỷ lệ trẻ em dưới 5 tuổi thừa cân, béo phì dưới 10%.", 2023));
        assertNull(t.indicatorCode());
        assertNotNull(t.unmatchedReason());
        assertTrue(t.unmatchedReason().startsWith("ambiguous"), t.unmatchedReason());
        Target u = only(run("- Phấn đấu 100% cán bộ hưu trí tham gia sinh hoạt chi hội.", 2023));
        assertNull(u.indicatorCode());
        assertEquals("no indicator phrase near the value", u.unmatchedReason());
    }

    @Test
    void qualityFlags() {
        List<Target> ts = run("""
                II. CHỈ TIÊU
                - Tỷ suất tử vong của trẻ em dưới 01 tuổi dưới 0‰.
                - Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi đạt 20%.
                - Tỷ lệ huy động trẻ em 5 tuổi đi học mẫu giáo đạt 99%.
                III. NHIỆM VỤ
                - Phòng Giáo dục bảo đảm tỷ lệ huy động trẻ em 5 tuổi đi học mẫu giáo đạt 98%.
                """, 2024);
        assertEquals(4, ts.size(), ts::toString);
        assertTrue(ts.get(0).flags().contains(TargetFlags.IMPOSSIBLE));
        assertTrue(ts.get(1).flags().contains(TargetFlags.CONTRADICTS_DIRECTION));
        assertTrue(ts.get(2).flags().contains(TargetFlags.CONFLICTING));
        assertTrue(ts.get(3).flags().contains(TargetFlags.CONFLICTING));
        assertTrue(run("- 120% trẻ em được tiêm chủng đầy đủ 8 loại vắc xin.", 2024).get(0).flags().contains(TargetFlags.IMPOSSIBLE));
    }

    @Test
    void fastAndThreadSafe() throws Exception {
        String text = TestData.read(TestData.samplesDir().resolve("002_01721c729f36f5c0.txt"));
        assertTrue(text.length() > 20_000, "length " + text.length());
        List<Target> expected = ex.extract(text, 2023);
        for (int i = 0; i < 300; i++) ex.extract(text, 2023); // warm up (let the JIT compile it)
        long t0 = System.nanoTime();
        int n = 50;
        for (int i = 0; i < n; i++) ex.extract(text, 2023);
        double ms = (System.nanoTime() - t0) / 1e6 / n;
        System.out.printf("extract() on a %d-char plan: %.2f ms%n", text.length(), ms);
        assertTrue(ms < 40, "too slow: " + ms + " ms"); // a few ms on an idle machine; CI machines are shared
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Target>>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) fs.add(pool.submit(() -> ex.extract(text, 2023)));
            for (Future<List<Target>> f : fs) assertEquals(expected, f.get());
        } finally {
            pool.shutdown();
        }
        // executors receive it serialised
        new ObjectOutputStream(new ByteArrayOutputStream()).writeObject(ex);
    }

    @Test
    void zeroTargetsOnlyWhereTargetsAreSet() {
        Target t = only(run("""
                III. NHIỆM VỤ
                - Phấn đấu không có trẻ em bỏ học cấp trung học cơ sở.
                - Không để xảy ra tình trạng tảo hôn trong cộng đồng (nhiệm vụ tuyên truyền).
                """, 2024));
        assertEquals("NAP-18b", t.indicatorCode());
        assertEquals("count", t.unit());
        assertEquals(0, t.value());
    }

    @Test
    void pathologicalInputStaysFast() {
        StringBuilder sb = new StringBuilder("- Phấn đấu ");
        for (int i = 0; i < 3000; i++) sb.append(i % 10);
        sb.append(" co co co co co co co co co co co co co co co co co co co co x 5%; ");
        for (int i = 0; i < 2000; i++) sb.append("1, ");
        sb.append("đạt 90%\n");
        for (int i = 0; i < 500; i++) sb.append("| 1 | 2 | 3 |\n");
        String text = sb.toString().repeat(3);
        long t0 = System.nanoTime();
        ex.extract(text, 2024);
        assertTrue((System.nanoTime() - t0) / 1e6 < 2000, "no catastrophic backtracking");
    }

    @Test
    void emptyAndOddInput() {
        assertEquals(List.of(), ex.extract("", 2024));
        assertEquals(List.of(), ex.extract(null, 2024));
        assertEquals(List.of(), run("%%%% ‰ 100.000 | | |\n|---|\n| % |", 2024));
    }
}
