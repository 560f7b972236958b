package io.planlens.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planlens.extract.citation.CitationCodes;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentCatalogTest {
    private final DocumentCatalog cat = DocumentCatalog.shared();

    @Test
    void rowsAreParsed() {
        assertTrue(cat.all().size() >= 25);
        NationalDocument luat = cat.byId("LUAT-102-2016-QH13").orElseThrow();
        assertEquals("Luật", luat.type());
        assertEquals("102", luat.number());
        assertEquals(2016, luat.numberYear());
        assertEquals("QH13", luat.code());
        assertEquals(LocalDate.of(2016, 4, 5), luat.issuedDate());
        NationalDocument ct = cat.byId("CT-20-2012-TW").orElseThrow();
        assertEquals("20", ct.number());
        assertEquals("CT-TW", ct.code());
        assertEquals("06", cat.byId("QD-06-2019-TTg").orElseThrow().number());
        assertEquals("LĐTBXH-TE", cat.byId("CV-375-2021-LDTBXH-TE").orElseThrow().code());
    }

    @Test
    void lookupByReferenceInAnySpelling() {
        assertEquals("QD-23-2021-TTg", cat.find("QĐ", "23", "QD-TTG").orElseThrow().id());
        assertEquals("QD-06-2019-TTg", cat.find("QĐ", "6", "QĐ-TTg", 2019).orElseThrow().id());
        assertEquals("CT-20-2012-TW", cat.find("CT", "20", "CT/TƯ").orElseThrow().id());
        assertEquals("TT-13-2021-BLDTBXH", cat.find("TT", "13", "TT-BLĐTB&XH", 2021).orElseThrow().id());
        assertEquals("NQ-121-2020-QH14", cat.find(null, "121", "QH14", 2020).orElseThrow().id());
        assertTrue(cat.find("QĐ", "23", "QĐ-TTg", 2019).isEmpty(), "another year's 23/QĐ-TTg");
        assertTrue(cat.find("KH", "111", "KH-UBND").isEmpty());
    }

    @Test
    void lookupByName() {
        assertEquals("LUAT-102-2016-QH13", cat.findByName("Luật Trẻ em").orElseThrow().id());
        assertEquals("LUAT-102-2016-QH13", cat.findByName("luat tre em nam 2016").orElseThrow().id());
        assertTrue(cat.findByName("Luật Trẻ em năm 2004").isEmpty());
        assertEquals("QD-23-2021-TTg",
                cat.findByName("Chương trình hành động quốc gia vì trẻ em giai đoạn 2021 – 2030").orElseThrow().id());
        assertEquals("QD-1555-2012-TTg",
                cat.findByName("Chương trình hành động quốc gia vì trẻ em giai đoạn 2012-2020").orElseThrow().id());
        assertTrue(cat.findByName("Chương trình hành động vì trẻ em giai đoạn 2021-2030").isEmpty(),
                "a local programme without 'quốc gia' is not the national one");
    }

    @Test
    void codeSpellings() {
        assertEquals("CT-TW", CitationCodes.parse("20-CT/TW").code());
        assertEquals("CT-TW", CitationCodes.parse("20/CT-TƯ").code());
        assertEquals("TT-BLĐTBXH", CitationCodes.parse("13/2021/TT-BLĐTĐ").code());
        assertEquals("TT-BLĐTBXH", CitationCodes.parse("13/2021/TT-BLDTBXH").code());
        assertEquals("QĐ-TTg", CitationCodes.parse("23/QD-TTG").code());
        assertEquals("NQ-HĐND", CitationCodes.parse("26/2021/NQ-HDND").code());
        assertEquals("KH-TU", CitationCodes.parse("324-KH/TU").code());
        assertEquals(List.of("QH14"), CitationCodes.parse("121/2020/QH14").tokens());
        assertEquals(2020, CitationCodes.parse("121/2020/QH14").year());
    }
}
