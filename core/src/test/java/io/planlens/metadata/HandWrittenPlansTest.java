package io.planlens.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planlens.ingest.ParseOutcome;
import io.planlens.ingest.ParsedPlan;
import io.planlens.ingest.PlanParser;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Plans written by hand in other styles, provinces, levels and years, with the metadata a reader would give. */
class HandWrittenPlansTest {

    static ParsedPlan parse(String name, String text) {
        ParseOutcome o = PlanParser.standard().parse(name, text.getBytes(StandardCharsets.UTF_8));
        assertTrue(o.isPlan(), name + ": " + o.reject());
        return o.plan();
    }

    @Test
    void provincePlanInMarkdownWithATable() {
        String md = """
                | **ỦY BAN NHÂN DÂN<br>TỈNH QUẢNG NGÃI** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc** |
                |---|---|
                | Số: 45/KH-UBND | *Quảng Ngãi, ngày 15 tháng 3 năm 2023* |

                # KẾ HOẠCH
                ## Thực hiện công tác trẻ em trên địa bàn tỉnh năm 2023

                Căn cứ Luật Trẻ em năm 2016; căn cứ [Quyết định số 23/QĐ-TTg](https://example.org/qd23) ngày 07/01/2021 của Thủ tướng Chính phủ;
                Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện công tác trẻ em năm 2023 như sau:

                ## I. MỤC TIÊU

                | STT | Chỉ tiêu | Năm 2023 |
                |:---:|---|---:|
                | 1 | Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi | dưới 20% |
                | 2 | Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp | **90%** |

                ## II. TỔ CHỨC THỰC HIỆN
                1. **Sở Lao động - Thương binh và Xã hội** chủ trì, theo dõi, báo cáo _Ủy ban nhân dân tỉnh_.
                2. UBND các huyện, thị xã, thành phố xây dựng kế hoạch năm 2023.

                **KT. CHỦ TỊCH**
                **PHÓ CHỦ TỊCH**

                **Trần Phước Hiền**
                """;
        ParsedPlan p = parse("qngai/kh-45.md", md);
        PlanMetadata m = p.metadata();
        assertEquals(2023, m.planYear());
        assertEquals("plan", m.kind());
        assertEquals("province", m.level());
        assertEquals("UBND tỉnh Quảng Ngãi", m.issuer());
        assertEquals("Quảng Ngãi", m.province());
        assertEquals("51", m.provinceCode());
        assertEquals("Quảng Ngãi", m.province2025());
        assertNull(m.district());
        assertNull(m.commune());
        assertEquals("45/KH-UBND", m.docNumber());
        assertEquals(LocalDate.of(2023, 3, 15), m.issuedDate());
        assertEquals("Trần Phước Hiền", m.signer());
        assertTrue(m.qualityFlags().isEmpty(), m.qualityFlags().toString());
        // the table stays as rows with " | " between cells; markup and link targets are gone
        assertTrue(p.text().contains("\n1 | Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi | dưới 20%\n"), p.text());
        assertTrue(p.text().contains("2 | Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp | 90%"));
        assertTrue(p.text().contains("căn cứ Quyết định số 23/QĐ-TTg ngày 07/01/2021"));
        assertFalse(p.text().contains("**") || p.text().contains("https:") || p.text().contains("---") || p.text().contains("#"));
    }

    @Test
    void districtPlanExportedFromPdfWithHardLineBreaks() {
        String pdf = """
                ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

                HUYỆN KRÔNG NĂNG                        Độc lập - Tự do - Hạnh phúc

                Số: 87/KH-UBND                       Krông Năng, ngày 05 tháng 01 năm 2022

                KẾ HOẠCH

                Thực hiện công tác trẻ em năm 2022

                Thực hiện Kế hoạch số 2345/KH-UBND ngày 20/12/2021 của UBND tỉnh về

                công tác trẻ em năm 2022; Ủy ban nhân dân huyện Krông Năng, tỉnh Đắk Lắk

                ban hành Kế hoạch thực hiện công tác trẻ em năm 2022 như sau:

                I. MỤC TIÊU

                + Phấn đấu 100% xã, thị trấn xây dựng kế hoạch công tác trẻ em;

                + Giảm tỷ lệ trẻ em bị tai nạn thương tích so với năm 2021.

                                                           Trang 1/2

                II. NHIỆM VỤ

                a) Tăng cường công tác tuyên truyền về quyền trẻ em, bổn phận của trẻ em và trách

                nhiệm của gia đình, nhà trường, xã hội.

                b) Kiện toàn Ban điều hành Quỹ Bảo trợ trẻ em huyện.

                                                           Trang 2/2

                                                                    KT. CHỦ TỊCH
                                                                   PHÓ CHỦ TỊCH

                                                                  Y Nguê Byă
                """;
        ParsedPlan p = parse("daklak/krongnang.txt", pdf);
        PlanMetadata m = p.metadata();
        assertEquals(2022, m.planYear());
        assertEquals("district", m.level());
        assertEquals("UBND huyện Krông Năng", m.issuer());
        assertEquals("Đắk Lắk", m.province());
        assertEquals("66", m.provinceCode());
        assertEquals("Krông Năng", m.district());
        assertNull(m.commune());
        assertEquals("87/KH-UBND", m.docNumber());
        assertEquals(LocalDate.of(2022, 1, 5), m.issuedDate());
        assertFalse(m.qualityFlags().contains("issued_date_contradicts_plan_year"));
        // wrapped lines joined, page footers gone, bullets and "a)" items on their own lines
        assertTrue(p.text().contains("Thực hiện Kế hoạch số 2345/KH-UBND ngày 20/12/2021 của UBND tỉnh về công tác trẻ em năm 2022;"));
        assertTrue(p.text().contains("\na) Tăng cường công tác tuyên truyền về quyền trẻ em, bổn phận của trẻ em và trách nhiệm của gia đình, nhà trường, xã hội.\nb) Kiện toàn"));
        assertTrue(p.text().contains("\n+ Phấn đấu 100% xã, thị trấn xây dựng kế hoạch công tác trẻ em;\n+ Giảm"));
        assertFalse(p.text().contains("Trang 1/2"));
    }

    @Test
    void schoolPlanForASchoolYear() {
        String txt = """
                PHÒNG GD&ĐT HUYỆN HÒA VANG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TRƯỜNG THCS NGUYỄN BỈNH KHIÊM              Độc lập - Tự do - Hạnh phúc
                Số: 15/KH-THCSNBK                     Hòa Vang, ngày 20 tháng 9 năm 2023

                KẾ HOẠCH
                Công tác bảo vệ, chăm sóc trẻ em năm học 2023 - 2024

                Căn cứ Kế hoạch năm học 2023-2024 của Phòng Giáo dục và Đào tạo huyện Hòa Vang, nhà trường
                xây dựng kế hoạch như sau:
                1. 100% học sinh được tuyên truyền về phòng, chống đuối nước.
                2. Không có học sinh bị bạo lực học đường.

                                                                   HIỆU TRƯỞNG

                                                                   Lê Thị Hoa
                """;
        PlanMetadata m = parse("danang/thcs-nbk.txt", txt).metadata();
        assertNull(m.planYear(), "a school year is a period, not a plan year");
        assertEquals("2023-2024", m.period());
        assertFalse(m.qualityFlags().contains("no_plan_year"));
        assertEquals("school", m.level());
        assertEquals("Trường THCS Nguyễn Bỉnh Khiêm", m.issuer());
        assertEquals("Đà Nẵng", m.province());
        assertEquals("Hòa Vang", m.district());
        assertEquals("15/KH-THCSNBK", m.docNumber());
        assertEquals(LocalDate.of(2023, 9, 20), m.issuedDate());
        assertEquals("Lê Thị Hoa", m.signer());
    }

    @Test
    void communePlanWithoutDiacriticsAndBlankNumberAndDate() {
        String txt = """
                UY BAN NHAN DAN XA EA NUOL
                So: ......./KH-UBND
                Ea Nuol, ngay ..... thang ..... nam 2024

                KE HOACH
                Thuc hien cong tac tre em nam 2024

                Thuc hien Ke hoach so 55/KH-UBND ngay 01/3/2024 cua UBND huyen Buon Don ve cong tac tre em nam 2024,
                UBND xa Ea Nuol xay dung ke hoach nhu sau:
                - 100% tre em duoi 6 tuoi duoc cap the bao hiem y te.
                - Khong co tre em bi xam hai tren dia ban xa.
                """;
        PlanMetadata m = parse("daklak/eanuol.txt", txt).metadata();
        assertEquals(2024, m.planYear());
        assertEquals("commune", m.level());
        assertEquals("UBND xã Ea Nuol", m.issuer());
        assertEquals("Ea Nuol", m.commune());
        assertEquals("Buôn Đôn", m.district(), "the district catalogue restores the spelling of a known district");
        assertEquals("Đắk Lắk", m.province(), "Buôn Đôn exists in one province only");
        assertNull(m.docNumber());
        assertNull(m.issuedDate());
        assertTrue(m.qualityFlags().contains("blank_doc_number"));
        assertTrue(m.qualityFlags().contains("blank_issued_date"));
    }

    @Test
    void wardPlanOfACityUnderAProvince() {
        String txt = """
                ỦY BAN NHÂN DÂN
                PHƯỜNG TÂN LẬP
                Số: 32/KH-UBND
                Buôn Ma Thuột, ngày 10 tháng 02 năm 2024

                KẾ HOẠCH
                Thực hiện công tác trẻ em năm 2024

                Thực hiện Kế hoạch số 120/KH-UBND ngày 25/01/2024 của UBND thành phố Buôn Ma Thuột về thực hiện công tác trẻ em
                năm 2024, UBND phường Tân Lập ban hành Kế hoạch thực hiện công tác trẻ em năm 2024 như sau:
                1. Mục tiêu: 100% trẻ em có hoàn cảnh đặc biệt được quản lý, hỗ trợ kịp thời.
                Trên đây là Kế hoạch thực hiện công tác trẻ em năm 2024 của UBND phường Tân Lập.
                TM. ỦY BAN NHÂN DÂN
                CHỦ TỊCH
                Nguyễn Văn An
                """;
        PlanMetadata m = parse("daklak/tanlap.txt", txt).metadata();
        assertEquals(2024, m.planYear());
        assertEquals("commune", m.level(), "a phường is a commune-level unit");
        assertEquals("UBND phường Tân Lập", m.issuer());
        assertEquals("Tân Lập", m.commune());
        assertEquals("Buôn Ma Thuột", m.district(), "a thành phố thuộc tỉnh is a district-level unit");
        assertEquals("Đắk Lắk", m.province());
        assertEquals("Đắk Lắk", m.province2025());
        assertEquals("32/KH-UBND", m.docNumber());
        assertEquals(LocalDate.of(2024, 2, 10), m.issuedDate());
        assertEquals("Nguyễn Văn An", m.signer());
        assertTrue(m.qualityFlags().isEmpty(), m.qualityFlags().toString());
    }

    @Test
    void multiYearProgrammeHasAPeriodAndNoPlanYear() {
        String txt = """
                ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
                Số: 210/KH-UBND                 Hà Tĩnh, ngày 12 tháng 6 năm 2021
                KẾ HOẠCH
                Thực hiện Chương trình hành động vì trẻ em tỉnh Hà Tĩnh giai đoạn 2021-2030
                Ủy ban nhân dân tỉnh ban hành Kế hoạch với các chỉ tiêu: giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống 10‰ vào năm 2025.
                """;
        PlanMetadata m = parse("hatinh/ctha.txt", txt).metadata();
        assertNull(m.planYear());
        assertEquals("2021-2030", m.period());
        assertEquals("UBND tỉnh Hà Tĩnh", m.issuer());
        assertEquals("province", m.level());
        assertEquals("Hà Tĩnh", m.province());
        assertFalse(m.qualityFlags().contains("no_plan_year"));
    }

    @Test
    void contradictionsAndStaleYearsAreFlagged() {
        String txt = """
                ỦY BAN NHÂN DÂN XÃ PHÚ LỘC
                Số: 09/KH-UBND                 Phú Lộc, ngày 02 tháng 3 năm 2021
                KẾ HOẠCH
                Thực hiện công tác trẻ em năm 2023
                UBND xã Phú Lộc xây dựng kế hoạch như sau: tổ chức Tết Trung thu năm 2022 cho trẻ em toàn xã; giảm số trẻ em bị tai nạn so với năm 2022.
                Người ký: Lê Văn Bình
                Email: ubnd.phuloc@hatinh.gov.vn
                Thời gian ký: 15.03.2023 09:12:44
                """;
        ParsedPlan p = parse("x.txt", txt);
        PlanMetadata m = p.metadata();
        assertEquals(2023, m.planYear());
        assertEquals(LocalDate.of(2021, 3, 2), m.issuedDate());
        assertTrue(m.qualityFlags().contains("issued_date_contradicts_plan_year"), m.qualityFlags().toString());
        assertTrue(m.qualityFlags().contains("issued_date_contradicts_signature"), m.qualityFlags().toString());
        assertTrue(m.qualityFlags().contains("stale_year_reference"), m.qualityFlags().toString());
        assertEquals("Hà Tĩnh", m.province(), "from the official mailbox domain");
        assertFalse(p.text().contains("Người ký") || p.text().contains("hatinh.gov.vn") || p.text().contains("Thời gian ký"));
    }

    @Test
    void planWithoutAnyYearIsFlaggedNotGuessed() {
        String txt = """
                KẾ HOẠCH
                Thực hiện công tác bảo vệ, chăm sóc trẻ em
                UBND xã Hòa Bình ban hành kế hoạch: 100% trẻ em được tiêm chủng đầy đủ.
                """;
        PlanMetadata m = parse("noyear.txt", txt).metadata();
        assertNull(m.planYear());
        assertNull(m.period());
        assertTrue(m.qualityFlags().contains("no_plan_year"));
        assertNull(m.province(), "a commune named like a province is not a province clue");
    }

    @Test
    void departmentAndMinistryPlans() {
        PlanMetadata so = parse("so.txt", """
                KẾ HOẠCH
                Truyền thông về quyền trẻ em năm 2024
                Căn cứ Kế hoạch số 12/KH-UBND của UBND tỉnh; Sở Lao động - Thương binh và Xã hội tỉnh Hải Dương ban hành Kế hoạch như sau:
                1. 100% huyện, thành phố, thị xã tổ chức Tháng hành động vì trẻ em.
                """).metadata();
        assertEquals("province", so.level());
        assertEquals("Sở Lao động - Thương binh và Xã hội tỉnh Hải Dương", so.issuer());
        assertEquals("Hải Dương", so.province());
        assertEquals(2024, so.planYear());

        PlanMetadata bo = parse("bo.txt", """
                BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
                Số: 1234/KH-LĐTBXH                 Hà Nội, ngày 30 tháng 12 năm 2022
                KẾ HOẠCH
                Công tác trẻ em năm 2023
                Nhằm bảo đảm thực hiện quyền trẻ em, bảo vệ trẻ em, các chỉ tiêu năm 2023 như sau.
                """).metadata();
        assertEquals("national", bo.level());
        assertEquals("1234/KH-LĐTBXH", bo.docNumber());
        assertEquals(LocalDate.of(2022, 12, 30), bo.issuedDate());
        assertFalse(bo.qualityFlags().contains("issued_date_contradicts_plan_year"), "issued in late 2022 for 2023 is normal");
    }

    @Test
    void newsHeadlineNamingAPlanIsNews() {
        PlanMetadata m = parse("news.txt", """
                Kế hoạch thực hiện công tác trẻ em năm 2024 của huyện Tứ Kỳ
                (Cổng TTĐT Hải Dương) - UBND huyện Tứ Kỳ vừa ban hành Kế hoạch thực hiện công tác trẻ em năm 2024, phấn đấu 100% trẻ em có hoàn cảnh đặc biệt được trợ giúp.
                """).metadata();
        assertEquals("news", m.kind());
        assertEquals(2024, m.planYear());
        assertEquals("Hải Dương", m.province());
    }

    @Test
    void stackedHeaderWithBlankPlaceAndDate() {
        String txt = """
                ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                THỊ TRẤN ĐỨC AN                          Độc lập - Tự do - Hạnh phúc
                Số:       /KH-UBND                 ……….., ngày …. tháng …. năm 2022
                KẾ HOẠCH
                Thực hiện công tác trẻ em năm 2022
                Căn cứ Kế hoạch của UBND huyện Đắk Song, tỉnh Đắk Nông về công tác trẻ em năm 2022, nội dung như sau:
                - 100% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế.
                """;
        PlanMetadata m = parse("daknong/ducan.txt", txt).metadata();
        assertEquals("UBND thị trấn Đức An", m.issuer());
        assertEquals("commune", m.level());
        assertEquals("Đức An", m.commune());
        assertEquals("Đắk Song", m.district());
        assertEquals("Đắk Nông", m.province());
        assertEquals("Lâm Đồng", m.province2025());
        assertNull(m.issuedDate());
        assertTrue(m.qualityFlags().contains("blank_issued_date"), m.qualityFlags().toString());
        assertTrue(m.qualityFlags().contains("blank_doc_number"), m.qualityFlags().toString());
    }
}
