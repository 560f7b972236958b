package io.planlens.extract;

import io.planlens.reference.Indicator;
import io.planlens.reference.IndicatorCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Quality flags on a plan's targets:
 * <ul>
 *   <li>{@code impossible_value}: a rate below zero ("dưới 0‰", "dưới 0%"), a share above 100%, a reduction by more than 100%;</li>
 *   <li>{@code contradicts_direction}: the comparator points the wrong way for the indicator
 *       (at least X on an indicator where lower is better, at most X where higher is better);</li>
 *   <li>{@code conflicting_values}: the same indicator and year stated twice with different values.</li>
 * </ul>
 */
public final class TargetFlags {
    public static final String IMPOSSIBLE = "impossible_value";
    public static final String CONTRADICTS_DIRECTION = "contradicts_direction";
    public static final String CONFLICTING = "conflicting_values";

    private TargetFlags() {}

    /** The same targets with the flags added (existing flags kept). */
    public static List<Target> apply(List<Target> targets, IndicatorCatalog catalog) {
        Map<String, Set<Double>> values = new HashMap<>();
        for (Target t : targets) {
            String k = key(t);
            if (k != null) values.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(t.value());
        }
        List<Target> out = new ArrayList<>(targets.size());
        for (Target t : targets) {
            Set<String> flags = new LinkedHashSet<>(t.flags() == null ? List.of() : t.flags());
            if (impossible(t)) flags.add(IMPOSSIBLE);
            if (contradicts(t, catalog == null ? null : catalog.get(t.indicatorCode()))) flags.add(CONTRADICTS_DIRECTION);
            String k = key(t);
            if (k != null && values.get(k).size() > 1) flags.add(CONFLICTING);
            out.add(new Target(t.indicatorCode(), t.comparator(), t.value(), t.unit(), t.targetYear(), t.quote(),
                    t.start(), t.end(), t.subject(), t.unmatchedReason(), List.copyOf(flags)));
        }
        return out;
    }

    /** True when no real value can satisfy the target. */
    public static boolean impossible(Target t) {
        String c = t.comparator();
        double v = t.value();
        if (v < 0) return true;
        boolean rate = !"boolean".equals(t.unit());
        if (rate && "<".equals(c) && v <= 0) return true;
        if ("percent".equals(t.unit())) {
            if (v > 100 && !"increase_by".equals(c)) return true;
            if (v >= 100 && ">".equals(c)) return true;
        }
        if ("reduce_by".equals(c) && v > 100) return true;
        if ("per_mille".equals(t.unit()) && v > 1000) return true;
        if ("per_100k".equals(t.unit()) && v > 100000) return true;
        return false;
    }

    /** True when the comparator asks for the opposite of the indicator's direction. */
    public static boolean contradicts(Target t, Indicator ind) {
        if (ind == null || ind.direction() == null) return false;
        String c = t.comparator();
        if (ind.lowerIsBetter()) {
            if ("increase_by".equals(c)) return true;
            if ((">=".equals(c) || ">".equals(c)) && t.value() > 0) return true;
        } else if (ind.higherIsBetter()) {
            if ("<".equals(c) || "<=".equals(c)) return true;
        }
        return false;
    }

    private static String key(Target t) {
        if (t.indicatorCode() == null) return null;
        boolean relative = "reduce_by".equals(t.comparator()) || "increase_by".equals(t.comparator());
        return t.indicatorCode() + "|" + Objects.toString(t.targetYear()) + "|" + t.unit() + "|" + relative;
    }
}
