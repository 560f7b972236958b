package io.planlens.jobs.adoption;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The pure rules under the adoption tables: issuer phrases, document numbers, target comparison, shingles. */
class AdoptionRulesTest {
    @Test
    void issuerLevelAndPlaceComeFromTheIssuingBodyOrTheQuote() {
        assertEquals("district", IssuerRefs.level(null, "Kế hoạch số 111/KH-UBND ngày 15/4/2021 của UBND huyện"));
        assertNull(IssuerRefs.place(null, "Kế hoạch số 111/KH-UBND ngày 15/4/2021 của UBND huyện"));
        assertEquals("province", IssuerRefs.level(null, "Kế hoạch số 606/KH-UBND ngày 07/3/2023 của Ủy ban nhân dân tỉnh Hải Dương"));
        assertEquals("hải dương", IssuerRefs.place(null, "Kế hoạch số 606/KH-UBND ngày 07/3/2023 của Ủy ban nhân dân tỉnh Hải Dương"));
        assertEquals("bù gia mập", IssuerRefs.place("UBND huyện Bù Gia Mập", "ignored của UBND tỉnh"));
        assertEquals("district", IssuerRefs.level("UBND thị xã Phước Long", null));
        assertEquals("commune", IssuerRefs.level("UBND thị trấn Tứ Kỳ", null));
        assertEquals("commune", IssuerRefs.level(null, "Kế hoạch số 5/KH-UBND của UBND phường 3"));
        assertEquals("province", IssuerRefs.level("UBND thành phố Hà Nội", null));
        assertEquals("district", IssuerRefs.level("UBND thành phố Hải Dương", null));
        assertEquals("tứ kỳ", IssuerRefs.place(null, "Kế hoạch số 45/KH-UBND của UBND huyện Tứ Kỳ về công tác trẻ em năm 2024"));
        assertEquals("district", IssuerRefs.level("Ban Thường vụ Huyện ủy", null));
        assertNull(IssuerRefs.place("Ban Thường vụ Huyện ủy", null));
        assertEquals("province", IssuerRefs.level("Sở Lao động - Thương binh và Xã hội tỉnh Bình Phước", null),
                "\"Xã hội\" is not a commune");
        assertNull(IssuerRefs.level(null, "Chỉ thị số 20-CT/TW ngày 05/12/2012 của Bộ Chính trị"));
        assertNull(IssuerRefs.level(null, "Kế hoạch số 12/KH-UBND"));
    }

    @Test
    void citedNumbersMatchPlanNumbers() {
        assertEquals("111/KH-UBND", IssuerRefs.key("111", "KH-UBND"));
        assertEquals(IssuerRefs.docNumberKey("111/KH-UBND"), IssuerRefs.key("111", "KH-UBND"));
        assertEquals(IssuerRefs.docNumberKey("6/KH-UBND"), IssuerRefs.key("06", "kh-ubnd"));
        assertEquals(IssuerRefs.docNumberKey("25 / KH-BCĐ"), IssuerRefs.key("25", "KH-BCD"));
        assertEquals("12/KH-UBND", IssuerRefs.docNumberKey("12/2021/KH-UBND"));
        assertNull(IssuerRefs.docNumberKey("KH-UBND"));
        assertNull(IssuerRefs.key(null, "KH-UBND"));
        assertTrue(IssuerRefs.placeMatches("hải dương", "UBND tỉnh Hải Dương", "Hải Dương", null, null));
        assertTrue(IssuerRefs.placeMatches("tứ kỳ", "UBND huyện Tứ Kỳ", "Hải Dương", "Tứ Kỳ", null));
        assertFalse(IssuerRefs.placeMatches("gia lộc", "UBND huyện Tứ Kỳ", "Hải Dương", "Tứ Kỳ", null));
    }

    @Test
    void targetsCompareWithTheNationalValueByDirection() {
        assertEquals(97.0, IndicatorComparison.benchmark("min", 97.0, 98.0, 2024));
        assertEquals(98.0, IndicatorComparison.benchmark("min", 97.0, 98.0, 2026));
        assertEquals(98.0, IndicatorComparison.benchmark("min", null, 98.0, 2025), "falls back to 2030");
        assertEquals(95.0, IndicatorComparison.benchmark("min", 95.0, null, 2030), "falls back to 2025");
        assertEquals(0.0, IndicatorComparison.benchmark("zero", null, null, 2024));
        assertNull(IndicatorComparison.benchmark("min", null, null, 2024));
        assertEquals("stricter", IndicatorComparison.classify("min", "percent", 90.0, ">=", 95.0, "percent"));
        assertEquals("weaker", IndicatorComparison.classify("min", "percent", 90.0, ">=", 85.0, "percent"));
        assertEquals("national", IndicatorComparison.classify("min", "percent", 90.0, ">=", 90.0, "percent"));
        assertEquals("stricter", IndicatorComparison.classify("max", "per_mille", 9.5, "<", 9.0, "per_mille"));
        assertEquals("weaker", IndicatorComparison.classify("max", "percent", 17.0, "<", 18.0, "percent"));
        assertEquals("national", IndicatorComparison.classify("zero", "count", 0.0, "=", 0.0, "count"));
        assertEquals("weaker", IndicatorComparison.classify("zero", "count", 0.0, "<=", 2.0, "count"));
        assertEquals("not_comparable", IndicatorComparison.classify("min", "percent", 2.0, "reduce_by", 2.0, "percent"));
        assertEquals("not_comparable", IndicatorComparison.classify("min", "percent", 65.0, ">=", 70.0, "count"));
        assertEquals("no_national_value", IndicatorComparison.classify("min", "percent", null, ">=", 70.0, "percent"));
    }

    @Test
    void shinglesAreFiveWordRunsOfTheNormalisedText() {
        // NFD and NFC spellings, case and punctuation do not matter.
        String nfc = "Bảo vệ trẻ em, phòng chống xâm hại trẻ em.";
        String nfd = java.text.Normalizer.normalize("BẢO VỆ trẻ em phòng — chống xâm hại trẻ em", java.text.Normalizer.Form.NFD);
        assertArrayEquals(Shingles.hashes(nfc, 5), Shingles.hashes(nfd, 5));
        assertEquals(6, Shingles.hashes(nfc, 5).length, "10 words give 6 shingles");
        assertEquals(1, Shingles.hashes("trẻ em", 5).length);
        assertEquals(0, Shingles.hashes("  ,. ", 5).length);
        int[] a = Shingles.hashes("a b c d e f", 5); // {abcde, bcdef}
        int[] b = Shingles.hashes("a b c d e g", 5); // {abcde, bcdeg}
        assertEquals(1.0 / 3.0, Shingles.jaccard(a, b), 1e-12);
        assertEquals(1.0, Shingles.jaccard(a, a));
        assertEquals(0.0, Shingles.jaccard(new int[0], new int[0]));
    }
}
