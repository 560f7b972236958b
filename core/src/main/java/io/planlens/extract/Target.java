package io.planlens.extract;

import java.util.List;

/**
 * One numeric target value stated by a plan.
 *
 * @param indicatorCode   catalogue code, or null when none matches
 * @param comparator      {@code >=, <=, >, <, =, reduce_by, increase_by}
 * @param value           the number (dot decimals)
 * @param unit            {@code percent | per_mille | per_100k | count | boolean}
 * @param targetYear      the year the value is for (the plan year when the text gives none); null only when neither is known
 * @param quote           the span of the normalised text that states it
 * @param start           start offset of the quote in the normalised text
 * @param end             end offset (exclusive)
 * @param subject         the phrase the value is about, as written
 * @param unmatchedReason why no indicator matched (null when one did)
 * @param flags           quality flags on this value ({@code impossible_value}, {@code contradicts_direction}, ...)
 */
public record Target(String indicatorCode, String comparator, double value, String unit, Integer targetYear,
                     String quote, int start, int end, String subject, String unmatchedReason,
                     List<String> flags) implements java.io.Serializable {}
