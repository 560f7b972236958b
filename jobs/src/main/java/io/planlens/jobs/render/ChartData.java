package io.planlens.jobs.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What each chart shows, computed from the small aggregates collected to the driver: plain
 * records in, plain records out, no Spark and no drawing, so every number is testable.
 */
public final class ChartData {
    private ChartData() {}

    /** Plan levels in the order charts list them. */
    public static final List<String> LEVELS = List.of("national", "province", "district", "commune", "school", "other");

    public static int levelOrder(String level) {
        int i = LEVELS.indexOf(level);
        return i < 0 ? LEVELS.size() : i;
    }

    public static Double median(List<Double> values) {
        List<Double> v = values.stream().filter(Objects::nonNull).sorted().toList();
        if (v.isEmpty()) {
            return null;
        }
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2.0;
    }

    /**
     * Positive = the local target is more ambitious than the national one: above it for an
     * indicator where higher is better ({@code min}), below it where lower is better ({@code max},
     * {@code zero}). Null when either side is unknown.
     */
    public static Double gap(String direction, Double value, Double national) {
        if (value == null || national == null || direction == null) {
            return null;
        }
        return "min".equals(direction) ? value - national : national - value;
    }

    // ---------------------------------------------------------------- target levels over the years

    /** One region's stated level of an indicator for a year ({@code regionPlans}: its plans stating the indicator). */
    public record LevelPoint(String indicator, String region, int year, String unit, double value, long regionPlans) {}

    public record Line(String region, long plans, TreeMap<Integer, Double> byYear) {}

    /** Lines to draw, and how many regions had data (more than shown when capped). */
    public record Trend(String indicator, String unit, List<Line> lines, int regionsTotal) {
        public boolean capped() {
            return lines.size() < regionsTotal;
        }
    }

    /**
     * The lines of one indicator: only points in the catalogue's unit (a level in another unit is
     * not comparable); the {@code maxLines} regions with the most plans (ties by name); a region with
     * several values for one year gets their median. {@code regionsTotal} is at least the number of
     * regions seen here (Spark may have capped before collecting and passes the true count).
     */
    public static Trend trend(String indicator, String unit, List<LevelPoint> points, int maxLines, int regionsTotal) {
        Map<String, List<LevelPoint>> byRegion = new HashMap<>();
        for (LevelPoint p : points) {
            if (indicator.equals(p.indicator()) && (unit == null || unit.equals(p.unit())) && p.region() != null) {
                byRegion.computeIfAbsent(p.region(), k -> new ArrayList<>()).add(p);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<String, List<LevelPoint>> e : byRegion.entrySet()) {
            Map<Integer, List<Double>> years = new TreeMap<>();
            long plans = 0;
            for (LevelPoint p : e.getValue()) {
                years.computeIfAbsent(p.year(), k -> new ArrayList<>()).add(p.value());
                plans = Math.max(plans, p.regionPlans());
            }
            TreeMap<Integer, Double> med = new TreeMap<>();
            years.forEach((y, vs) -> med.put(y, median(vs)));
            lines.add(new Line(e.getKey(), plans, med));
        }
        lines.sort(Comparator.comparingLong(Line::plans).reversed().thenComparing(Line::region));
        int total = Math.max(regionsTotal, lines.size());
        return new Trend(indicator, unit, List.copyOf(lines.subList(0, Math.min(maxLines, lines.size()))), total);
    }

    // ---------------------------------------------------------------- district comparison

    public record DistrictRow(String province, String indicator, int year, String district, Double value, String unit,
                              Double provinceValue, Double nationalValue) {}

    public record Bar(String district, double value) {}

    public record DistrictBars(String province, String indicator, int year, String unit, List<Bar> bars,
                               Double provinceValue, Double nationalValue) {}

    /**
     * One province's districts for an indicator and year: a bar per district (the median when a
     * district has several plans or values), most ambitious first (highest when higher is better,
     * lowest otherwise); the province's own target and the national one as reference values (the
     * national one from the row, else from the catalogue).
     */
    public static DistrictBars districtBars(List<DistrictRow> rows, String province, String indicator, int year,
                                            Catalogue.Indicator catalogue) {
        Map<String, List<Double>> byDistrict = new LinkedHashMap<>();
        Double prov = null;
        Double nat = null;
        String unit = catalogue == null ? null : catalogue.unit();
        String rowUnit = null;
        for (DistrictRow r : rows) {
            if (!Objects.equals(province, r.province()) || !indicator.equals(r.indicator()) || r.year() != year) {
                continue;
            }
            if (unit != null && r.unit() != null && !unit.equals(r.unit())) {
                continue;
            }
            rowUnit = rowUnit == null ? r.unit() : rowUnit;
            if (r.district() != null && r.value() != null) {
                byDistrict.computeIfAbsent(r.district(), k -> new ArrayList<>()).add(r.value());
            }
            prov = prov == null ? r.provinceValue() : prov;
            nat = nat == null ? r.nationalValue() : nat;
        }
        if (nat == null && catalogue != null) {
            nat = catalogue.nationalFor(year);
        }
        boolean lowerIsBetter = catalogue != null && !"min".equals(catalogue.direction());
        Comparator<Bar> order = Comparator.comparingDouble(Bar::value);
        if (!lowerIsBetter) {
            order = order.reversed();
        }
        List<Bar> bars = byDistrict.entrySet().stream()
                .map(e -> new Bar(e.getKey(), median(e.getValue())))
                .sorted(order.thenComparing(Bar::district))
                .toList();
        return new DistrictBars(province, indicator, year, unit != null ? unit : rowUnit, bars, prov, nat);
    }

    // ---------------------------------------------------------------- adoption curves

    public record AdoptionRow(String documentId, String level, int yearsSinceIssue, double cumulativeShare) {}

    /** Per level (in level order), percent of regions citing the document by years since its issue. */
    public record Adoption(String documentId, Map<String, TreeMap<Integer, Double>> byLevel) {}

    /**
     * Shares given as fractions (every share of the table at most 1) are turned into percent; a
     * table already in percent is kept. Negative years (citations dated before the issue) are kept:
     * they show a data problem instead of hiding it.
     */
    public static Adoption adoption(List<AdoptionRow> rows, String documentId) {
        boolean fractions = rows.stream().allMatch(r -> r.cumulativeShare() <= 1.0 + 1e-9);
        Map<String, TreeMap<Integer, Double>> byLevel = new TreeMap<>(
                Comparator.comparingInt(ChartData::levelOrder).thenComparing(Function.identity()));
        for (AdoptionRow r : rows) {
            if (!documentId.equals(r.documentId()) || r.level() == null) {
                continue;
            }
            double pct = fractions ? r.cumulativeShare() * 100.0 : r.cumulativeShare();
            byLevel.computeIfAbsent(r.level(), k -> new TreeMap<>()).merge(r.yearsSinceIssue(), pct, Math::max);
        }
        return new Adoption(documentId, byLevel);
    }

    /** Documents ordered by how many level-curves reach the highest share (most adopted first), then id. */
    public static List<String> documentsByReach(List<AdoptionRow> rows) {
        boolean fractions = rows.stream().allMatch(r -> r.cumulativeShare() <= 1.0 + 1e-9);
        Map<String, Double> best = new HashMap<>();
        for (AdoptionRow r : rows) {
            best.merge(r.documentId(), fractions ? r.cumulativeShare() * 100 : r.cumulativeShare(), Math::max);
        }
        return best.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    // ---------------------------------------------------------------- coverage heat map

    /** Of {@code plans} plans in a column (a level, a year, a region), {@code plansStating} state the indicator. */
    public record CoverageCell(String indicator, String column, long plans, long plansStating) {}

    /** Rows = indicators (catalogue order), columns as given; counts and shares in percent (null = no plans). */
    public record Grid(List<String> rows, List<String> columns, long[][] stating, long[] plans, Double[][] share) {}

    /**
     * The grid of indicators by column. Columns come in {@code columnOrder} (columns not listed
     * follow, sorted); an indicator row appears when some plan states it, or when
     * {@code allIndicators} lists it (a catalogue indicator nobody states is a finding too).
     * The plans of a column are the largest count seen for it (every cell of a column repeats it).
     */
    public static Grid coverage(List<CoverageCell> cells, List<String> columnOrder, List<String> allIndicators,
                                Catalogue catalogue) {
        TreeSet<String> extraCols = new TreeSet<>();
        Map<String, Long> colPlans = new HashMap<>();
        TreeSet<String> rowSet = new TreeSet<>(Comparator.comparingInt(catalogue::order).thenComparing(Function.identity()));
        rowSet.addAll(allIndicators);
        for (CoverageCell c : cells) {
            if (!columnOrder.contains(c.column())) {
                extraCols.add(c.column());
            }
            colPlans.merge(c.column(), c.plans(), Math::max);
            if (c.indicator() != null && c.plansStating() > 0) {
                rowSet.add(c.indicator());
            }
        }
        List<String> cols = new ArrayList<>(columnOrder.stream().filter(colPlans::containsKey).toList());
        cols.addAll(extraCols);
        List<String> rows = List.copyOf(rowSet);
        long[][] stating = new long[rows.size()][cols.size()];
        Double[][] share = new Double[rows.size()][cols.size()];
        long[] plans = new long[cols.size()];
        for (int j = 0; j < cols.size(); j++) {
            plans[j] = colPlans.getOrDefault(cols.get(j), 0L);
        }
        for (CoverageCell c : cells) {
            if (c.indicator() == null) {
                continue;
            }
            int i = rows.indexOf(c.indicator());
            int j = cols.indexOf(c.column());
            if (i >= 0 && j >= 0) {
                stating[i][j] += c.plansStating();
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < cols.size(); j++) {
                share[i][j] = plans[j] == 0 ? null : 100.0 * stating[i][j] / plans[j];
            }
        }
        return new Grid(rows, cols, stating, plans, share);
    }

    // ---------------------------------------------------------------- leadership summary

    /** The median of the levels stated for an indicator in one unit, and how many plans state it. */
    public record IndicatorMedian(String indicator, String unit, double median, long plans) {}

    public record MedianVsNational(String indicator, double median, double national, long plans) {}

    /**
     * Per indicator with a national target for {@code year}, in its catalogue unit and in
     * {@code unit} (null = any): the median of the stated values against the national target; the
     * {@code limit} indicators with the most plans (ties in catalogue order).
     */
    public static List<MedianVsNational> medianVsNational(List<IndicatorMedian> medians, Catalogue catalogue, int year,
                                                          String unit, int limit) {
        List<MedianVsNational> out = new ArrayList<>();
        for (IndicatorMedian m : medians) {
            Catalogue.Indicator ind = catalogue.indicator(m.indicator());
            if (ind == null || ind.nationalFor(year) == null || !Objects.equals(ind.unit(), m.unit())
                    || (unit != null && !unit.equals(m.unit()))) {
                continue;
            }
            out.add(new MedianVsNational(m.indicator(), m.median(), ind.nationalFor(year), m.plans()));
        }
        out.sort(Comparator.comparingLong(MedianVsNational::plans).reversed()
                .thenComparingInt(m -> catalogue.order(m.indicator())));
        return List.copyOf(out.subList(0, Math.min(limit, out.size())));
    }

    public record GapRow(String issuer, String indicator, String unit, double value, double national, double gap) {}

    /**
     * The {@code limit} stated levels furthest below national ambition (most negative gap first),
     * among those in {@code unit} (gaps in different units do not compare; null = any unit).
     */
    public static List<GapRow> largestGaps(List<GapRow> rows, String unit, int limit) {
        return rows.stream().filter(r -> r.gap() < 0 && (unit == null || unit.equals(r.unit())))
                .sorted(Comparator.comparingDouble(GapRow::gap).thenComparing(GapRow::indicator)
                        .thenComparing(r -> String.valueOf(r.issuer())))
                .limit(limit).toList();
    }
}
