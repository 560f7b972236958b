package io.planlens.jobs.adoption;

/**
 * How a plan's target compares with the national target of the same indicator, given the
 * indicator's direction ({@code min}: higher is better, {@code max}: lower is better, {@code zero}:
 * the goal is none at all).
 */
public final class IndicatorComparison {
    public static final String NATIONAL = "national";
    public static final String STRICTER = "stricter";
    public static final String WEAKER = "weaker";
    public static final String NOT_COMPARABLE = "not_comparable";
    public static final String NO_NATIONAL_VALUE = "no_national_value";

    private static final double EPS = 1e-9;

    private IndicatorComparison() {}

    /**
     * The national benchmark for a target year: the 2025 value up to 2025 and the 2030 value after
     * (each falling back to the other when missing); 0 for a zero-direction indicator.
     */
    public static Double benchmark(String direction, Double national2025, Double national2030, Integer targetYear) {
        if ("zero".equals(direction)) return 0.0;
        boolean late = targetYear != null && targetYear > 2025;
        Double first = late ? national2030 : national2025;
        return first != null ? first : (late ? national2025 : national2030);
    }

    /** The benchmark's year, matching {@link #benchmark}; null for zero-direction indicators or no value. */
    public static Integer benchmarkYear(String direction, Double national2025, Double national2030, Integer targetYear) {
        if ("zero".equals(direction)) return null;
        boolean late = targetYear != null && targetYear > 2025;
        if (late) return national2030 != null ? Integer.valueOf(2030) : national2025 != null ? 2025 : null;
        return national2025 != null ? Integer.valueOf(2025) : national2030 != null ? 2030 : null;
    }

    /**
     * national | stricter | weaker | not_comparable (a relative change such as "reduce_by", or a
     * unit other than the indicator's) | no_national_value.
     */
    public static String classify(String direction, String indicatorUnit, Double national, String comparator,
                                  Double value, String targetUnit) {
        if (value == null || comparator == null) return NOT_COMPARABLE;
        if (comparator.endsWith("_by")) return NOT_COMPARABLE;
        if (indicatorUnit != null && targetUnit != null && !indicatorUnit.equals(targetUnit)) return NOT_COMPARABLE;
        if (national == null) return NO_NATIONAL_VALUE;
        double d = value - national;
        if (Math.abs(d) <= EPS) return NATIONAL;
        return switch (direction == null ? "" : direction) {
            case "min" -> d > 0 ? STRICTER : WEAKER;
            case "max", "zero" -> d < 0 ? STRICTER : WEAKER;
            default -> NOT_COMPARABLE;
        };
    }
}
