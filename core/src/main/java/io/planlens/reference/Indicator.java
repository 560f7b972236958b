package io.planlens.reference;

import java.util.List;

/**
 * One indicator of the national catalogue ({@code data/reference/indicators.csv}).
 *
 * @param code         "NAP-04b", "EXT-BHYT-U6"
 * @param group        health, protection, education_culture, participation, governance
 * @param labelVi      Vietnamese label
 * @param labelEn      English label
 * @param unit         {@code percent | per_mille | per_100k | count | boolean}
 * @param direction    {@code min} (higher is better), {@code max} (lower is better), {@code zero} (the goal is none)
 * @param national2025 national value for 2025, or null
 * @param national2030 national value for 2030, or null
 * @param source       where the indicator comes from
 * @param keyPhrases   Vietnamese phrases that name it in plans (with or without diacritics)
 * @param excludePhrases phrases that, when present near a value, rule this indicator out
 */
public record Indicator(String code, String group, String labelVi, String labelEn, String unit, String direction,
                        Double national2025, Double national2030, String source, List<String> keyPhrases,
                        List<String> excludePhrases) implements java.io.Serializable {

    /** True when a higher value is better. */
    public boolean higherIsBetter() {
        return "min".equals(direction);
    }

    /** True when a lower value is better (including indicators whose goal is zero). */
    public boolean lowerIsBetter() {
        return "max".equals(direction) || "zero".equals(direction);
    }
}
