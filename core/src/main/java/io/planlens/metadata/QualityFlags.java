package io.planlens.metadata;

import java.util.LinkedHashMap;
import java.util.Map;

/** The quality flag codes a plan's metadata may carry, each with the one-line meaning a reader sees. */
public final class QualityFlags {
    private QualityFlags() {}

    /** The header has "Số: /KH-..." with the number left blank. */
    public static final String BLANK_DOC_NUMBER = "blank_doc_number";
    /** The header date line leaves the day, month or year blank ("ngày ... tháng ... năm 2022"). */
    public static final String BLANK_ISSUED_DATE = "blank_issued_date";
    /** The header date line names a day that does not exist (e.g. 31/02). */
    public static final String INVALID_ISSUED_DATE = "invalid_issued_date";
    /** Issued in a year after the plan year, or more than a year before the plan year starts. */
    public static final String ISSUED_DATE_CONTRADICTS_PLAN_YEAR = "issued_date_contradicts_plan_year";
    /** The digital signature's timestamp is more than 30 days away from the header date. */
    public static final String ISSUED_DATE_CONTRADICTS_SIGNATURE = "issued_date_contradicts_signature";
    /** A plan for year Y still speaks of year Y-1 as the current year (text carried over from last year's plan). */
    public static final String STALE_YEAR_REFERENCE = "stale_year_reference";
    /** Residue of an OCR'd stamp or signature (short upper-case fragments) sits inside the text. */
    public static final String OCR_RESIDUE = "ocr_residue";
    /** No plan year could be found in the title or in the plan's references to itself; plan_year is empty. */
    public static final String NO_PLAN_YEAR = "no_plan_year";
    /** Some bytes were invalid in the file's encoding and were replaced by U+FFFD (nothing else was lost). */
    public static final String INVALID_BYTES = "invalid_bytes";
    /** The text names a parent district that is not a district of the plan's province; district left empty. */
    public static final String UNKNOWN_DISTRICT = "unknown_district";
    /** The text points to more than one province with equal weight; province left empty. */
    public static final String AMBIGUOUS_PROVINCE = "ambiguous_province";
    /** The title states more than one year without a period; plan_year left empty. */
    public static final String AMBIGUOUS_PLAN_YEAR = "ambiguous_plan_year";

    /** Every code with its meaning, in a stable order (for documentation and export legends). */
    public static Map<String, String> all() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(BLANK_DOC_NUMBER, "the header has \"Số: /KH-...\" with the number left blank");
        m.put(BLANK_ISSUED_DATE, "the header date line leaves the day, month or year blank");
        m.put(INVALID_ISSUED_DATE, "the header date line names a day that does not exist");
        m.put(ISSUED_DATE_CONTRADICTS_PLAN_YEAR, "issued in a year after the plan year, or more than a year before it");
        m.put(ISSUED_DATE_CONTRADICTS_SIGNATURE, "the digital signature time is more than 30 days from the header date");
        m.put(STALE_YEAR_REFERENCE, "a plan for year Y still speaks of year Y-1 as the current year");
        m.put(OCR_RESIDUE, "residue of an OCR'd stamp or signature sits inside the text");
        m.put(NO_PLAN_YEAR, "no plan year could be found; plan_year is empty");
        m.put(INVALID_BYTES, "some bytes were invalid in the file's encoding and were replaced");
        m.put(UNKNOWN_DISTRICT, "the named parent district is not a district of the plan's province");
        m.put(AMBIGUOUS_PROVINCE, "the text points to several provinces with equal weight");
        m.put(AMBIGUOUS_PLAN_YEAR, "the title states several years without a period");
        return m;
    }
}
