package io.planlens.jobs.compare;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class RegionsTest {
    static final Regions R = Regions.fromReference();

    @Test
    void sixtyThreeProvincesWithRegionAndSuccessor() {
        assertEquals(63, R.provinces().size());
        Regions.Province bd = R.resolve("Bình Định");
        assertEquals("52", bd.code());
        assertEquals("Gia Lai", bd.province2025());
        assertEquals("Bắc Trung Bộ và duyên hải miền Trung", bd.region());
    }

    @Test
    void provinceNamesResolveWhateverTheSpelling() {
        assertEquals("79", R.code("TP.HCM"));
        assertEquals("79", R.code("Thành phố Hồ Chí Minh"));
        assertEquals("17", R.code("Hoà Bình"));
        assertEquals("64", R.code("tỉnh Gia Lai"));
        assertEquals("64", R.code("GIA LAI"));
        assertNull(R.code("Chư Pưh"));
        assertNull(R.code(""));
    }

    @Test
    void districtOfAnIssuingBody() {
        assertEquals("Chư Pưh", R.districtOfBody("UBND huyện Chư Pưh"));
        assertEquals("Chư Pưh", R.districtOfBody("Ủy ban nhân dân huyện Chư Pưh, tỉnh Gia Lai"));
        assertEquals("Phước Long", R.districtOfBody("UBND thị xã Phước Long tỉnh Bình Phước"));
        assertEquals("Quy Nhơn", R.districtOfBody("UBND thành phố Quy Nhơn"));
        assertEquals("Ba Đình", R.districtOfBody("UBND quận Ba Đình"));
        assertNull(R.districtOfBody("UBND huyện"), "a body without a name names no district");
        assertNull(R.districtOfBody("UBND tỉnh Gia Lai"));
        assertNull(R.districtOfBody("UBND thành phố Hà Nội"), "a centrally-run city is a province");
        assertNull(R.districtOfBody("Bộ Lao động - Thương binh và Xã hội"));
        assertNull(R.districtOfBody(null));
    }

    @Test
    void provinceOfAnIssuingBody() {
        assertEquals("Bình Phước", R.provinceOfBody("UBND tỉnh Bình Phước"));
        assertEquals("Gia Lai", R.provinceOfBody("UBND huyện Chư Pưh, tỉnh Gia Lai"));
        assertEquals("Hồ Chí Minh", R.provinceOfBody("UBND thành phố Hồ Chí Minh"));
        assertEquals("Bà Rịa - Vũng Tàu", R.provinceOfBody("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"));
        assertNull(R.provinceOfBody("UBND tỉnh"));
        assertNull(R.provinceOfBody("UBND huyện Chư Pưh"));
    }

    @Test
    void unitKeysTellUnitsApartAndIgnoreSpelling() {
        assertEquals(Regions.unitKey("district", "Gia Lai", "Chư Pưh", null, "UBND huyện Chư Pưh"),
                Regions.unitKey("district", "Gia Lai", "huyện Chư Pưh", null, "Ủy ban nhân dân huyện Chư Pưh"));
        assertNotEquals(Regions.unitKey("district", "Gia Lai", "Chư Pưh", null, null),
                Regions.unitKey("district", "Gia Lai", "Chư Sê", null, null));
        assertNotEquals(Regions.unitKey("school", "Gia Lai", "Chư Pưh", null, "Trường TH A"),
                Regions.unitKey("school", "Gia Lai", "Chư Pưh", null, "Trường TH B"));
        assertEquals("commune|gia lai|chu puh|ia hla|", Regions.unitKey("commune", "Gia Lai", "Chư Pưh", "Ia Hla", "x"));
    }

    @Test
    void levelRanks() {
        assertTrue(Regions.rank("national") > Regions.rank("province"));
        assertTrue(Regions.rank("province") > Regions.rank("district"));
        assertTrue(Regions.rank("district") > Regions.rank("commune"));
        assertTrue(Regions.rank("commune") > Regions.rank("school"));
    }
}
