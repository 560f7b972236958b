package io.planlens.extract.citation;

import io.planlens.extract.Citation;
import java.time.LocalDate;

/**
 * The plan that a plan implements ("Thực hiện Kế hoạch số 111/KH-UBND ngày 15/4/2021 của UBND
 * huyện ..."), so a commune plan can be linked to its district's plan.
 *
 * @param type         usually {@code KH}
 * @param number       as written ("111")
 * @param year         the year inside the number, else null
 * @param code         canonical code ("KH-UBND")
 * @param issuedDate   date of the parent plan when stated
 * @param issuingBody  "UBND huyện Cẩm Châu" when stated
 * @param level        the level word of the issuing body as written ("huyện", "tỉnh", "xã", "thị xã",
 *                     "thành phố", ...), or null
 * @param place        the place name after the level word ("Cẩm Châu"), or null when not given
 * @param citation     the citation it was read from
 */
public record ParentReference(String type, String number, Integer year, String code, LocalDate issuedDate,
                              String issuingBody, String level, String place, Citation citation)
        implements java.io.Serializable {}
