package io.planlens.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The national indicator catalogue, read from {@code indicators.csv}. Immutable and thread-safe;
 * {@link #shared()} gives one lazily loaded instance per JVM.
 */
public final class IndicatorCatalog implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static volatile IndicatorCatalog shared;

    private final List<Indicator> indicators;
    private final Map<String, Indicator> byCode;

    public IndicatorCatalog(List<Indicator> indicators) {
        this.indicators = List.copyOf(indicators);
        Map<String, Indicator> m = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            if (m.putIfAbsent(i.code(), i) != null) {
                throw new IllegalArgumentException("indicator code listed twice: " + i.code());
            }
        }
        this.byCode = Collections.unmodifiableMap(m);
    }

    /** Reads {@code indicators.csv} through {@link ReferenceFiles}. */
    public static IndicatorCatalog load() {
        return fromRows(ReferenceFiles.rows("indicators.csv"));
    }

    /** One instance per JVM, loaded on first use. */
    public static IndicatorCatalog shared() {
        IndicatorCatalog c = shared;
        if (c == null) {
            synchronized (IndicatorCatalog.class) {
                c = shared;
                if (c == null) {
                    c = load();
                    shared = c;
                }
            }
        }
        return c;
    }

    /** Builds a catalogue from header-keyed rows (the columns of indicators.csv). */
    public static IndicatorCatalog fromRows(List<Map<String, String>> rows) {
        List<Indicator> out = new ArrayList<>();
        for (Map<String, String> r : rows) {
            String code = trim(r.get("code"));
            if (code == null || code.startsWith("#")) continue;
            out.add(new Indicator(code, trim(r.get("group")), trim(r.get("label_vi")), trim(r.get("label_en")),
                    trim(r.get("unit")), trim(r.get("direction")), number(r.get("national_2025")),
                    number(r.get("national_2030")), trim(r.get("source")), split(r.get("keywords_vi")),
                    split(r.get("exclude_vi"))));
        }
        return new IndicatorCatalog(out);
    }

    public List<Indicator> all() {
        return indicators;
    }

    /** The indicator with this code, or null. */
    public Indicator get(String code) {
        return code == null ? null : byCode.get(code.trim());
    }

    public boolean contains(String code) {
        return get(code) != null;
    }

    public int size() {
        return indicators.size();
    }

    private static String trim(String s) {
        if (s == null) return null;
        s = s.trim();
        return s.isEmpty() ? null : s;
    }

    private static Double number(String s) {
        s = trim(s);
        if (s == null) return null;
        try {
            return Double.valueOf(s.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> split(String s) {
        s = trim(s);
        if (s == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String p : s.split("\\|")) {
            p = p.trim();
            if (!p.isEmpty()) out.add(p);
        }
        return List.copyOf(out);
    }
}
