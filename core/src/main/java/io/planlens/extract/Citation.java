package io.planlens.extract;

import java.time.LocalDate;

/**
 * One document cited by a plan.
 *
 * @param type         {@code Luật | NQ | NĐ | QĐ | CT | TT | KH | CV | other}
 * @param number       as written, leading zeros kept ("06")
 * @param year         the year inside the number (121/2020/QH14 -> 2020), else null
 * @param code         issuer part, spelling normalised ("QĐ-TTg", "TT-BLĐTBXH", "CT-TW", "KH-UBND")
 * @param issuedDate   "ngày 07/01/2021" when stated
 * @param issuingBody  "UBND tỉnh Bình Phước" when stated
 * @param canonicalId  id in the national documents catalogue, or null
 * @param quote        the span of the normalised text
 * @param start        start offset in the normalised text
 * @param end          end offset (exclusive)
 * @param named        true for a document named without its number ("Luật Trẻ em")
 */
public record Citation(String type, String number, Integer year, String code, LocalDate issuedDate,
                       String issuingBody, String canonicalId, String quote, int start, int end,
                       boolean named) implements java.io.Serializable {}
