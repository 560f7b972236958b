package io.planlens.metadata;

import java.time.LocalDate;
import java.util.List;

/**
 * What a plan says about itself. Every field may be null when the text does not state it (never guessed).
 *
 * @param planYear     the year the plan is for, from its title ("... năm 2022"), not from the date line
 * @param period       a multi-year period when the plan covers one ("2021-2025"), else null
 * @param kind         {@code plan}, {@code report}, {@code news}, {@code programme}, {@code other}
 * @param issuer       as the contract shows it: "UBND xã Ia Hla", "UBND huyện Tứ Kỳ", "Trường Tiểu học Hai Bà Trưng"
 * @param level        {@code national | province | district | commune | school | other}
 * @param province     canonical province name (of the 63), e.g. "Gia Lai"
 * @param provinceCode the province's official code ("64")
 * @param province2025 the province it belongs to after the 2025 merger
 * @param district     district-level unit name without its prefix ("Chư Pưh")
 * @param commune      commune-level unit name without its prefix ("Ia Hla")
 * @param docNumber    "12/KH-UBND"
 * @param issuedDate   the date in the header
 * @param signer       the person who signed, when found
 * @param qualityFlags short codes a reader should know (see {@code QualityFlags})
 */
public record PlanMetadata(Integer planYear, String period, String kind, String issuer, String level,
                           String province, String provinceCode, String province2025,
                           String district, String commune, String docNumber, LocalDate issuedDate,
                           String signer, List<String> qualityFlags) implements java.io.Serializable {}
