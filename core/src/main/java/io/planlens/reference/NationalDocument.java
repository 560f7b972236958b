package io.planlens.reference;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of {@code national-documents.csv}: a national law, resolution, decree, decision,
 * directive, circular or guidance letter that local child-welfare plans cite.
 *
 * @param id          catalogue id ("QD-23-2021-TTg")
 * @param type        {@code Luật | NQ | NĐ | QĐ | CT | TT | KH | CV | other}
 * @param reference   the full number as the catalogue writes it ("102/2016/QH13", "20-CT/TW")
 * @param number      the number part, leading zeros kept ("102", "06")
 * @param numberYear  the year inside the number (102/2016/QH13 -> 2016), else null
 * @param code        the issuer part in canonical spelling ("QH13", "CT-TW", "QĐ-TTg")
 * @param year        the year of issue
 * @param issuer      the issuing body
 * @param issuedDate  the date of issue, or null
 * @param titleVi     the Vietnamese title
 * @param titleEn     the English title
 * @param aliases     other names the document is cited by without its number ("Luật Trẻ em")
 */
public record NationalDocument(String id, String type, String reference, String number, Integer numberYear,
                               String code, Integer year, String issuer, LocalDate issuedDate, String titleVi,
                               String titleEn, List<String> aliases) implements java.io.Serializable {
    public NationalDocument {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
