package io.planlens.jobs.render;

import io.planlens.reference.ReferenceFiles;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The indicator catalogue and the national documents list, as the charts need them. */
public final class Catalogue {
    /** One indicator: labels, unit, direction (min = higher is better, max = lower is better, zero). */
    public record Indicator(String code, String labelVi, String labelEn, String unit, String direction,
                            Double national2025, Double national2030) {
        /** The national target that applies to a year: 2025's up to 2025, 2030's after (the other when one is blank). */
        public Double nationalFor(int year) {
            if (year <= 2025) {
                return national2025 != null ? national2025 : national2030;
            }
            return national2030 != null ? national2030 : national2025;
        }

        public String label() {
            return labelVi == null || labelVi.isBlank() ? code : labelVi;
        }
    }

    public record Document(String id, String type, String number, int year, String titleVi) {}

    private final Map<String, Indicator> indicators;
    private final Map<String, Document> documents;

    public Catalogue(Map<String, Indicator> indicators, Map<String, Document> documents) {
        this.indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
        this.documents = Collections.unmodifiableMap(new LinkedHashMap<>(documents));
    }

    /** The packed (or overridden) reference files. */
    public static Catalogue load() {
        Map<String, Indicator> ind = new LinkedHashMap<>();
        for (io.planlens.reference.Indicator i : io.planlens.reference.IndicatorCatalog.shared().all()) {
            ind.put(i.code(), new Indicator(i.code(), i.labelVi(), i.labelEn(), i.unit(), i.direction(),
                    i.national2025(), i.national2030()));
        }
        Map<String, Document> docs = new LinkedHashMap<>();
        for (Map<String, String> r : ReferenceFiles.rows("national-documents.csv")) {
            Double y = number(r.get("year"));
            docs.put(r.get("id"), new Document(r.get("id"), r.get("type"), r.get("number"),
                    y == null ? 0 : y.intValue(), r.get("title_vi")));
        }
        return new Catalogue(ind, docs);
    }

    static Double number(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Indicators in catalogue order. */
    public List<Indicator> indicators() {
        return List.copyOf(indicators.values());
    }

    public Indicator indicator(String code) {
        return code == null ? null : indicators.get(code);
    }

    /** Position in the catalogue (unknown codes last). */
    public int order(String code) {
        int i = 0;
        for (String c : indicators.keySet()) {
            if (c.equals(code)) {
                return i;
            }
            i++;
        }
        return Integer.MAX_VALUE;
    }

    public Document document(String id) {
        return id == null ? null : documents.get(id);
    }

    /** "Tỷ lệ ... (NAP-01)" or the code alone when it is not in the catalogue. */
    public String label(String code) {
        Indicator i = indicator(code);
        return i == null ? String.valueOf(code) : i.label() + " (" + code + ")";
    }

    public String unit(String code) {
        Indicator i = indicator(code);
        return i == null ? null : i.unit();
    }

    /** How a unit reads on an axis. */
    public static String unitLabel(String unit) {
        if (unit == null) {
            return "giá trị / value";
        }
        return switch (unit) {
            case "percent" -> "% (tỷ lệ / percent)";
            case "per_mille" -> "‰ (trên 1.000 / per 1,000)";
            case "per_100k" -> "trên 100.000 / per 100,000";
            case "count" -> "số / count";
            case "boolean" -> "đạt (1) / không (0)";
            default -> unit;
        };
    }
}
