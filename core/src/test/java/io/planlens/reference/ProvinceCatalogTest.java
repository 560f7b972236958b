package io.planlens.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planlens.reference.ProvinceCatalog.Province;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProvinceCatalogTest {
    private final ProvinceCatalog c = ProvinceCatalog.shared();

    private String code(Optional<Province> p) {
        return p.map(Province::code).orElse(null);
    }

    @Test
    void holdsThe63Provinces() {
        assertEquals(63, c.all().size());
        Set<String> codes = new HashSet<>();
        c.all().forEach(p -> codes.add(p.code()));
        assertEquals(63, codes.size());
        Province gl = c.byCode("64").orElseThrow();
        assertEquals("Gia Lai", gl.name());
        assertEquals("tỉnh", gl.type());
        assertEquals("Tây Nguyên", gl.region());
        assertEquals("Gia Lai", gl.nameAscii());
        assertEquals("Gia Lai", gl.province2025());
        assertEquals("Hải Phòng", c.byCode("30").orElseThrow().province2025());
        assertTrue(c.districts().size() > 600);
    }

    @Test
    void resolvesWrittenVariants() {
        assertEquals("64", code(c.resolve("Gia Lai")));
        assertEquals("64", code(c.resolve("tỉnh Gia Lai")));
        assertEquals("64", code(c.resolve("TỈNH GIA LAI")));
        assertEquals("64", code(c.resolve("gia lai")));
        assertEquals("38", code(c.resolve("Thanh Hoá")));
        assertEquals("38", code(c.resolve("thanh hoa")));
        assertEquals("79", code(c.resolve("TP. Hồ Chí Minh")));
        assertEquals("79", code(c.resolve("TP.HCM")));
        assertEquals("79", code(c.resolve("Thành phố Hồ Chí Minh")));
        assertEquals("01", code(c.resolve("TP Hà Nội")));
        assertEquals("77", code(c.resolve("Bà Rịa-Vũng Tàu")));
        assertEquals("66", code(c.resolve("Đăk Lăk")));
        assertEquals("46", code(c.resolve("Thừa Thiên - Huế")));
        assertEquals("92", code(c.resolve("thành phố Cần Thơ")));
    }

    @Test
    void toleratesSmallTyposOnlyWhereUnambiguous() {
        assertEquals("70", code(c.resolve("Bình Phươc")));
        assertEquals("70", code(c.resolve("Binh Phuoc")));
        assertEquals("30", code(c.resolve("Hai Duonng")));
        assertEquals("40", code(c.resolve("Nghê An")));
        assertTrue(c.resolve("Quảng Xinh").isEmpty(), "as close to Quảng Bình as to Quảng Ninh");
        assertEquals("49", code(c.resolve("Quảng Nim")));
        assertTrue(c.resolve("Paris").isEmpty());
        assertTrue(c.resolve("").isEmpty());
        assertTrue(c.resolve(null).isEmpty());
    }

    @Test
    void mailDomains() {
        assertEquals("64", code(c.byMailDomain("gialai.gov.vn")));
        assertEquals("64", code(c.byMailDomain("sub.gialai.gov.vn")));
        assertEquals("64", code(c.byMailDomain("iahla.chupuh@gialai.gov.vn")));
        assertEquals("30", code(c.byMailDomain("haiduong.gov.vn")));
        assertEquals("77", code(c.byMailDomain("baria-vungtau.gov.vn")));
        assertEquals("79", code(c.byMailDomain("tphcm.gov.vn")));
        assertEquals("79", code(c.byMailDomain("hochiminhcity.gov.vn")));
        assertTrue(c.byMailDomain("gmail.com").isEmpty());
        assertTrue(c.byMailDomain("molisa.gov.vn").isEmpty());
    }

    @Test
    void findsProvincesInRunningText() {
        assertEquals("70", code(c.findIn("Kế hoạch số 73/KH-UBND ngày 10/3/2021 của UBND tỉnh Bình Phước về việc")));
        assertEquals("30", code(c.findIn("Sở Lao động - Thương binh và Xã hội tỉnh Hải Dương")));
        assertEquals("92", code(c.findIn("theo chỉ đạo của UBND thành phố Cần Thơ")));
        assertEquals("38", code(c.findIn("Trung tâm Cung cấp dịch vụ công tác xã hội Thanh Hóa")));
        assertEquals("66", code(c.findIn("UBND tinh Dak Lak chi dao")));
        assertTrue(c.findIn("UBND xã Hòa Bình tổ chức").isEmpty(), "a commune named like a province");
        assertTrue(c.findIn("vì hòa bình và phát triển").isEmpty());
        assertTrue(c.findIn("").isEmpty());
        List<ProvinceCatalog.Mention> all = c.findAllIn("tỉnh Gia Lai và tỉnh Kon Tum");
        assertEquals(2, all.size());
        assertEquals("tỉnh Gia Lai và tỉnh Kon Tum".indexOf("Kon Tum"), all.get(1).start());
        assertTrue(all.get(1).prefixed());
    }

    @Test
    void districts() {
        assertEquals("Chư Pưh", c.findDistricts("chupuh", "64", null).get(0).name());
        assertEquals("Tứ Kỳ", c.findDistricts("Tứ Kỳ", null, null).get(0).name());
        assertEquals("30", c.findDistricts("tu ky", null, "huyện").get(0).provinceCode());
        assertEquals(1, c.findDistricts("Phước Long", null, "thị xã").size());
        assertTrue(c.findDistricts("Phước Long", null, null).size() > 1, "a thị xã in Bình Phước and a huyện in Bạc Liêu");
        assertTrue(c.findDistricts("Cẩm Châu", "38", null).isEmpty());
        assertFalse(c.findDistricts("Buôn Ma Thuột", "66", "thành phố").isEmpty());
    }
}
