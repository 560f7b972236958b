package io.planlens.jobs.render;

import static org.junit.jupiter.api.Assertions.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The numbers behind each chart, on hand-written aggregates. */
class ChartDataTest {
    static final Catalogue.Indicator BIRTH = new Catalogue.Indicator("NAP-14", "Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh",
            "Birth registration", "percent", "min", 98.5, 100.0);
    static final Catalogue.Indicator MORTALITY = new Catalogue.Indicator("NAP-03b", "Tỷ suất tử vong trẻ em dưới 1 tuổi",
            "Infant mortality", "per_mille", "max", 12.5, 10.0);
    static final Catalogue.Indicator PSY = new Catalogue.Indicator("NAP-19", "Trường có hỗ trợ tâm lý", "Psych support",
            "percent", "min", 95.0, null);
    static final Catalogue.Indicator LOCAL = new Catalogue.Indicator("EXT-BHYT-U6", "Thẻ BHYT", "Insurance", "percent", "min",
            null, null);

    static Catalogue catalogue() {
        Map<String, Catalogue.Indicator> m = new LinkedHashMap<>();
        for (Catalogue.Indicator i : List.of(MORTALITY, BIRTH, PSY, LOCAL)) {
            m.put(i.code(), i);
        }
        return new Catalogue(m, Map.of());
    }

    @Test
    void medianAndGap() {
        assertNull(ChartData.median(List.of()));
        assertEquals(3.0, ChartData.median(List.of(5.0, 1.0, 3.0)));
        assertEquals(2.5, ChartData.median(List.of(4.0, 1.0, 3.0, 2.0)));
        assertEquals(0.5, ChartData.gap("min", 99.0, 98.5), 1e-9);
        assertEquals(-1.5, ChartData.gap("min", 97.0, 98.5), 1e-9);
        // lower is better: 14 per 1,000 against 12.5 is 1.5 less ambitious
        assertEquals(-1.5, ChartData.gap("max", 14.0, 12.5), 1e-9);
        assertNull(ChartData.gap("min", null, 98.5));
    }

    @Test
    void nationalTargetForAYear() {
        assertEquals(98.5, BIRTH.nationalFor(2024));
        assertEquals(98.5, BIRTH.nationalFor(2025));
        assertEquals(100.0, BIRTH.nationalFor(2026));
        assertEquals(95.0, PSY.nationalFor(2030), "2030 blank: the 2025 target still applies");
        assertNull(LOCAL.nationalFor(2024));
    }

    @Test
    void trendKeepsTheRegionsWithMostPlansAndTakesMedians() {
        List<ChartData.LevelPoint> pts = List.of(
                new ChartData.LevelPoint("NAP-14", "UBND tỉnh Lào Cai", 2023, "percent", 97.0, 3),
                new ChartData.LevelPoint("NAP-14", "UBND tỉnh Lào Cai", 2024, "percent", 98.0, 3),
                new ChartData.LevelPoint("NAP-14", "UBND tỉnh Lào Cai", 2024, "percent", 99.0, 3),
                new ChartData.LevelPoint("NAP-14", "UBND huyện Bảo Yên", 2024, "percent", 96.0, 2),
                new ChartData.LevelPoint("NAP-14", "UBND huyện Bát Xát", 2024, "percent", 95.0, 2),
                new ChartData.LevelPoint("NAP-14", "UBND huyện Văn Bàn", 2024, "percent", 94.0, 1),
                // another unit is not the same level; another indicator is another chart
                new ChartData.LevelPoint("NAP-14", "UBND huyện Văn Bàn", 2024, "count", 500.0, 9),
                new ChartData.LevelPoint("NAP-19", "UBND huyện Văn Bàn", 2024, "percent", 90.0, 9));
        ChartData.Trend t = ChartData.trend("NAP-14", "percent", pts, 2, 4);
        assertEquals(2, t.lines().size());
        assertEquals("UBND tỉnh Lào Cai", t.lines().get(0).region());
        assertEquals(new TreeMap<>(Map.of(2023, 97.0, 2024, 98.5)), t.lines().get(0).byYear());
        // tie at 2 plans: by name, "Bát" < "Bảo" in code-point order? 'á' U+00E1 < 'ả' U+1EA3
        assertEquals("UBND huyện Bát Xát", t.lines().get(1).region());
        assertEquals(4, t.regionsTotal());
        assertTrue(t.capped());
        ChartData.Trend all = ChartData.trend("NAP-14", "percent", pts, 8, 0);
        assertEquals(4, all.lines().size());
        assertEquals(4, all.regionsTotal(), "regions seen count when Spark passed no total");
        assertFalse(all.capped());
        assertEquals(94.0, all.lines().get(3).byYear().get(2024));
    }

    @Test
    void districtBarsOrderMostAmbitiousFirstWithReferenceValues() {
        List<ChartData.DistrictRow> rows = List.of(
                new ChartData.DistrictRow("Lào Cai", "NAP-14", 2024, "Bảo Yên", 98.0, "percent", 99.0, null),
                new ChartData.DistrictRow("Lào Cai", "NAP-14", 2024, "Bát Xát", 99.5, "percent", 99.0, null),
                new ChartData.DistrictRow("Lào Cai", "NAP-14", 2024, "Văn Bàn", 97.0, "percent", 99.0, null),
                new ChartData.DistrictRow("Lào Cai", "NAP-14", 2024, "Văn Bàn", 96.0, "percent", 99.0, null),
                new ChartData.DistrictRow("Lào Cai", "NAP-14", 2023, "Bảo Yên", 90.0, "percent", 99.0, null),
                new ChartData.DistrictRow("Yên Bái", "NAP-14", 2024, "Lục Yên", 80.0, "percent", null, null));
        ChartData.DistrictBars b = ChartData.districtBars(rows, "Lào Cai", "NAP-14", 2024, BIRTH);
        assertEquals(List.of(new ChartData.Bar("Bát Xát", 99.5), new ChartData.Bar("Bảo Yên", 98.0),
                new ChartData.Bar("Văn Bàn", 96.5)), b.bars());
        assertEquals(99.0, b.provinceValue());
        assertEquals(98.5, b.nationalValue(), "from the catalogue when the table has none");
        assertEquals("percent", b.unit());

        List<ChartData.DistrictRow> mort = List.of(
                new ChartData.DistrictRow("Lào Cai", "NAP-03b", 2026, "A", 14.0, "per_mille", null, 11.0),
                new ChartData.DistrictRow("Lào Cai", "NAP-03b", 2026, "B", 9.0, "per_mille", null, 11.0));
        ChartData.DistrictBars m = ChartData.districtBars(mort, "Lào Cai", "NAP-03b", 2026, MORTALITY);
        assertEquals("B", m.bars().get(0).district(), "lower is better: lowest first");
        assertEquals(11.0, m.nationalValue(), "the table's national value wins");
        assertNull(m.provinceValue());
    }

    @Test
    void adoptionInPercentByLevelInLevelOrder() {
        List<ChartData.AdoptionRow> rows = List.of(
                new ChartData.AdoptionRow("LUAT-102-2016-QH13", "district", 0, 0.25),
                new ChartData.AdoptionRow("LUAT-102-2016-QH13", "province", 0, 0.0),
                new ChartData.AdoptionRow("LUAT-102-2016-QH13", "province", 1, 0.5),
                new ChartData.AdoptionRow("LUAT-102-2016-QH13", "province", 2, 1.0),
                new ChartData.AdoptionRow("LUAT-102-2016-QH13", "district", 2, 0.5),
                new ChartData.AdoptionRow("QD-23-2021-TTG", "province", 0, 0.75));
        ChartData.Adoption a = ChartData.adoption(rows, "LUAT-102-2016-QH13");
        assertEquals(List.of("province", "district"), List.copyOf(a.byLevel().keySet()));
        assertEquals(new TreeMap<>(Map.of(0, 0.0, 1, 50.0, 2, 100.0)), a.byLevel().get("province"));
        assertEquals(new TreeMap<>(Map.of(0, 25.0, 2, 50.0)), a.byLevel().get("district"));
        assertEquals(List.of("LUAT-102-2016-QH13", "QD-23-2021-TTG"), ChartData.documentsByReach(rows));
        // a table already in percent stays as it is
        ChartData.Adoption pct = ChartData.adoption(List.of(new ChartData.AdoptionRow("X", "commune", 3, 40.0)), "X");
        assertEquals(40.0, pct.byLevel().get("commune").get(3));
    }

    @Test
    void coverageGridCountsAndShares() {
        List<ChartData.CoverageCell> cells = List.of(
                new ChartData.CoverageCell(null, "district", 4, 0),
                new ChartData.CoverageCell(null, "province", 2, 0),
                new ChartData.CoverageCell(null, "school", 5, 0),
                new ChartData.CoverageCell("NAP-14", "district", 4, 3),
                new ChartData.CoverageCell("NAP-14", "province", 2, 2),
                new ChartData.CoverageCell("EXT-BHYT-U6", "district", 4, 1));
        ChartData.Grid g = ChartData.coverage(cells, ChartData.LEVELS, List.of("NAP-03b"), catalogue());
        assertEquals(List.of("NAP-03b", "NAP-14", "EXT-BHYT-U6"), g.rows(), "catalogue order; NAP-03b listed though unstated");
        assertEquals(List.of("province", "district", "school"), g.columns());
        assertArrayEquals(new long[] {2, 4, 5}, g.plans());
        assertArrayEquals(new long[] {0, 0, 0}, g.stating()[0]);
        assertArrayEquals(new long[] {2, 3, 0}, g.stating()[1]);
        assertEquals(100.0, g.share()[1][0]);
        assertEquals(75.0, g.share()[1][1]);
        assertEquals(25.0, g.share()[2][1]);
        assertEquals(0.0, g.share()[2][2]);
    }

    @Test
    void medianAgainstNationalOnlyForComparableIndicators() {
        List<ChartData.IndicatorMedian> meds = List.of(
                new ChartData.IndicatorMedian("NAP-14", "percent", 98.0, 5),
                new ChartData.IndicatorMedian("NAP-14", "count", 3.0, 7),
                new ChartData.IndicatorMedian("NAP-19", "percent", 90.0, 5),
                new ChartData.IndicatorMedian("NAP-03b", "per_mille", 11.0, 9),
                new ChartData.IndicatorMedian("EXT-BHYT-U6", "percent", 100.0, 20));
        List<ChartData.MedianVsNational> m = ChartData.medianVsNational(meds, catalogue(), 2024, "percent", 10);
        assertEquals(List.of(new ChartData.MedianVsNational("NAP-14", 98.0, 98.5, 5),
                new ChartData.MedianVsNational("NAP-19", 90.0, 95.0, 5)), m);
        List<ChartData.MedianVsNational> any = ChartData.medianVsNational(meds, catalogue(), 2026, null, 1);
        assertEquals(List.of(new ChartData.MedianVsNational("NAP-03b", 11.0, 10.0, 9)), any);
    }

    @Test
    void largestGapsAreTheMostNegativeInOneUnit() {
        List<ChartData.GapRow> rows = List.of(
                new ChartData.GapRow("A", "NAP-14", "percent", 97.0, 98.5, -1.5),
                new ChartData.GapRow("B", "NAP-14", "percent", 99.0, 98.5, 0.5),
                new ChartData.GapRow("C", "NAP-19", "percent", 80.0, 95.0, -15.0),
                new ChartData.GapRow("D", "NAP-03b", "per_mille", 30.0, 12.5, -17.5),
                new ChartData.GapRow("E", "NAP-14", "percent", 97.0, 98.5, -1.5));
        List<ChartData.GapRow> g = ChartData.largestGaps(rows, "percent", 2);
        assertEquals(List.of("C", "A"), g.stream().map(ChartData.GapRow::issuer).toList());
        assertEquals(List.of("D", "C", "A", "E"),
                ChartData.largestGaps(rows, null, 10).stream().map(ChartData.GapRow::issuer).toList());
    }
}
