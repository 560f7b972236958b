package io.planlens.jobs.render;

import static io.planlens.jobs.render.Notebook.h;
import static io.planlens.jobs.render.Notebook.li;
import static io.planlens.jobs.render.Notebook.p;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planlens.jobs.export.CsvExport;
import io.planlens.jobs.store.Warehouse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jfree.chart.JFreeChart;

/**
 * Renders the charts ({@code OUT/charts/}, PNG for documents and SVG for the web under the same
 * base name) and the exported notebooks ({@code OUT/notebooks/}, .ipynb and self-contained .html,
 * their tables also as CSV under {@code OUT/notebooks/data/}) from an existing warehouse.
 */
public final class ReportJob {
    /** What was rendered (file names relative to the output folder) and what was skipped and why. */
    public record Result(Integer year, List<String> charts, List<String> notebooks, List<String> notes) {}

    static final int MAX_LINES = 8;
    static final int MAX_DISTRICT_CHARTS = 30;
    static final int MAX_ADOPTION_CHARTS = 12;
    static final int MAX_REGIONS = 25;
    static final int MAX_NOTEBOOK_CHARTS = 10;
    static final int W = 1100;
    static final int H = 640;

    private ReportJob() {}

    public static Result run(Warehouse wh, String outDir, Integer year, String province) {
        ChartStyle.init();
        List<String> notes = new ArrayList<>();
        Catalogue cat = Catalogue.load();
        ReportData data = new ReportData(wh, cat, province, notes);
        Integer y = year != null ? year : data.latestYear();
        if (y == null) {
            notes.add("Kho chưa có kế hoạch nào có năm: không có gì để vẽ / no dated plan in the warehouse: nothing to render");
            return new Result(null, List.of(), List.of(), notes);
        }
        String scope = province == null ? "toàn quốc / all provinces" : province;
        String scopeName = province == null ? "all" : SafeNames.slug(province);
        Out out = new Out(wh, outDir);
        Report r = new Report(cat, y, province, scope, scopeName, out, notes);
        try {
            r.trends(data);
            r.districts(data);
            r.adoption(data);
            r.coverage(data);
            r.summary(data);
            r.notebooks(data);
            out.finishDrawing();
        } finally {
            out.close();
        }
        return new Result(y, List.copyOf(out.charts), List.copyOf(out.notebooks), List.copyOf(notes));
    }

    /** One run's state: the charts rendered so far and the tables behind them, for the notebooks. */
    private static final class Report {
        final Catalogue cat;
        final int year;
        final String province;
        final String scope;
        final String scopeName;
        final Out out;
        final List<String> notes;

        /** A chart with its PNG (drawn on a drawing thread: joined when a notebook needs it). */
        record Rendered(String title, String name, CompletableFuture<byte[]> png, Notebook.Table table) {}

        final List<Rendered> trends = new ArrayList<>();
        final List<Rendered> districts = new ArrayList<>();
        final List<Rendered> adoption = new ArrayList<>();
        final List<Rendered> coverage = new ArrayList<>();
        Rendered summary;
        Map<String, Long> plansByLevel = Map.of();
        List<String[]> coverageTop = List.of();
        List<ChartData.MedianVsNational> mvn = List.of();
        List<ChartData.GapRow> gaps = List.of();
        List<ChartData.DistrictRow> districtRows = List.of();

        Report(Catalogue cat, int year, String province, String scope, String scopeName, Out out, List<String> notes) {
            this.cat = cat;
            this.year = year;
            this.province = province;
            this.scope = scope;
            this.scopeName = scopeName;
            this.out = out;
            this.notes = notes;
        }

        void trends(ReportData data) {
            Map<String, Integer> totals = new HashMap<>();
            List<ChartData.LevelPoint> pts = data.levelPoints(year, MAX_LINES, totals);
            List<String> inds = pts.stream().map(ChartData.LevelPoint::indicator).distinct()
                    .sorted(Comparator.comparingInt(cat::order).thenComparing(Comparator.naturalOrder())).toList();
            for (String ind : inds) {
                ChartData.Trend t = ChartData.trend(ind, cat.unit(ind), pts, MAX_LINES, totals.getOrDefault(ind, 0));
                if (t.lines().isEmpty()) {
                    continue;
                }
                JFreeChart c = Charts.trend(t, cat.indicator(ind), scope + " · kế hoạch đến " + year);
                String name = SafeNames.file("target-levels", ind) + "_" + scopeName + "_to-" + year;
                List<List<Object>> rows = new ArrayList<>();
                for (ChartData.Line l : t.lines()) {
                    l.byYear().forEach((yr, v) -> rows.add(List.of(l.region(), l.plans(), yr, v)));
                }
                trends.add(new Rendered(cat.label(ind), name, out.chart(name, c, W, H),
                        new Notebook.Table(List.of("issuer", "plans", "year", "median_value"), rows)));
            }
            if (inds.isEmpty() && data.targetLevels() != null) {
                notes.add("Không có mức mục tiêu nào để vẽ theo năm / no target levels to chart by year");
            }
        }

        void districts(ReportData data) {
            districtRows = data.districtRows(year, MAX_DISTRICT_CHARTS);
            Set<List<String>> pairs = new LinkedHashSet<>();
            districtRows.stream()
                    .sorted(Comparator.comparing((ChartData.DistrictRow d) -> d.province())
                            .thenComparingInt(d -> cat.order(d.indicator())).thenComparing(ChartData.DistrictRow::indicator))
                    .forEach(d -> pairs.add(List.of(d.province(), d.indicator())));
            for (List<String> pair : pairs) {
                ChartData.DistrictBars b = ChartData.districtBars(districtRows, pair.get(0), pair.get(1), year,
                        cat.indicator(pair.get(1)));
                if (b.bars().isEmpty()) {
                    continue;
                }
                String name = SafeNames.file("district-comparison", pair.get(0), pair.get(1)) + "_" + year;
                List<List<Object>> rows = new ArrayList<>();
                int rank = 0;
                for (ChartData.Bar bar : b.bars()) {
                    List<Object> row = new ArrayList<>();
                    row.add(++rank);
                    row.add(bar.district());
                    row.add(bar.value());
                    row.add(b.provinceValue());
                    row.add(b.nationalValue());
                    row.add(b.unit());
                    rows.add(row);
                }
                districts.add(new Rendered(pair.get(0) + " — " + cat.label(pair.get(1)), name,
                        out.chart(name, Charts.districts(b, cat.indicator(pair.get(1))), W, Charts.districtHeight(b)),
                        new Notebook.Table(List.of("rank", "district", "value", "province_value", "national_value", "unit"), rows)));
            }
        }

        void adoption(ReportData data) {
            List<ChartData.AdoptionRow> rows = data.adoptionRows(year);
            List<String> docs = ChartData.documentsByReach(rows);
            if (docs.size() > MAX_ADOPTION_CHARTS) {
                notes.add("Đường cong tiếp nhận: " + MAX_ADOPTION_CHARTS + "/" + docs.size()
                        + " văn bản được trích dẫn nhiều nhất / adoption curves: the most cited documents only");
            }
            if (province != null && !rows.isEmpty()) {
                notes.add("Đường cong tiếp nhận tính trên toàn quốc / adoption curves are nationwide");
            }
            for (String doc : docs.subList(0, Math.min(MAX_ADOPTION_CHARTS, docs.size()))) {
                ChartData.Adoption a = ChartData.adoption(rows, doc);
                String name = SafeNames.file("adoption", doc) + "_to-" + year;
                List<List<Object>> t = new ArrayList<>();
                a.byLevel().forEach((lvl, m) -> m.forEach((k, v) -> t.add(List.of(lvl, k, v))));
                Catalogue.Document d = cat.document(doc);
                adoption.add(new Rendered(d == null ? doc : d.type() + " " + d.number() + " (" + doc + ")", name,
                        out.chart(name, Charts.adoption(a, d), W, H),
                        new Notebook.Table(List.of("level", "years_since_issue", "percent_citing"), t)));
            }
        }

        void coverage(ReportData data) {
            List<String> national = cat.indicators().stream()
                    .filter(i -> i.national2025() != null || i.national2030() != null).map(Catalogue.Indicator::code).toList();
            List<ChartData.CoverageCell> byLevel = data.coverageTable(year);
            String source = "bảng coverage";
            if (byLevel == null) {
                byLevel = data.coverageBy(year, "level", 10);
                source = "tính từ plans và targets / from plans and targets";
            }
            ChartData.Grid g = ChartData.coverage(byLevel, ChartData.LEVELS, national, cat);
            coverageTop = topCoverage(g, national);
            if (!g.columns().isEmpty()) {
                String name = "coverage-by-level_" + scopeName + "_" + year;
                coverage.add(new Rendered("Theo cấp / by level", name, out.chart(name,
                        Charts.heatmap(g, "Kế hoạch nêu từng chỉ tiêu, theo cấp / plans stating each indicator, by level",
                                scope + " · năm " + year + " · số trong ô = số kế hoạch / cell = plans stating it · " + source,
                                "Cấp / level", Charts::levelLabel),
                        Charts.heatmapWidth(g), Charts.heatmapHeight(g)), gridTable(g)));
            }
            String column = province == null ? "province" : "district";
            List<ChartData.CoverageCell> byRegion = data.coverageBy(year, column, MAX_REGIONS);
            List<String> order = byRegion.stream().filter(c -> c.indicator() == null)
                    .sorted(Comparator.comparingLong(ChartData.CoverageCell::plans).reversed()
                            .thenComparing(ChartData.CoverageCell::column))
                    .map(ChartData.CoverageCell::column).toList();
            ChartData.Grid gr = ChartData.coverage(byRegion, order, List.of(), cat);
            if (!gr.columns().isEmpty() && !gr.rows().isEmpty()) {
                String name = "coverage-by-" + column + "_" + scopeName + "_" + year;
                coverage.add(new Rendered(province == null ? "Theo tỉnh / by province" : "Theo huyện / by district", name,
                        out.chart(name, Charts.heatmap(gr,
                                "Kế hoạch nêu từng chỉ tiêu, theo " + (province == null ? "tỉnh / by province" : "huyện / by district"),
                                scope + " · năm " + year + " · tối đa " + MAX_REGIONS + " đơn vị nhiều kế hoạch nhất / at most "
                                        + MAX_REGIONS + " with most plans", province == null ? "Tỉnh / province" : "Huyện / district",
                                s -> s), Charts.heatmapWidth(gr), Charts.heatmapHeight(gr)), gridTable(gr)));
            } else if (!gr.columns().isEmpty()) {
                notes.add("Không kế hoạch nào năm " + year + " nêu chỉ tiêu trong danh mục / no plan of " + year
                        + " states a catalogue indicator: bỏ qua / skipped coverage by " + column);
            }
        }

        /** National-target indicators by share of all plans stating them (highest first, 15 at most). */
        List<String[]> topCoverage(ChartData.Grid g, List<String> national) {
            long total = 0;
            for (long p : g.plans()) {
                total += p;
            }
            List<Object[]> shares = new ArrayList<>();
            for (int i = 0; i < g.rows().size(); i++) {
                if (!national.contains(g.rows().get(i)) || total == 0) {
                    continue;
                }
                long s = 0;
                for (long v : g.stating()[i]) {
                    s += v;
                }
                if (s > 0) {
                    shares.add(new Object[] {g.rows().get(i), 100.0 * s / total});
                }
            }
            shares.sort(Comparator.comparingDouble((Object[] o) -> -(Double) o[1]).thenComparing(o -> (String) o[0]));
            return shares.stream().limit(15).map(o -> new String[] {(String) o[0], Double.toString((Double) o[1])}).toList();
        }

        Notebook.Table gridTable(ChartData.Grid g) {
            List<String> cols = new ArrayList<>();
            cols.add("indicator_code");
            for (int j = 0; j < g.columns().size(); j++) {
                cols.add(g.columns().get(j) + " (" + g.plans()[j] + ")");
            }
            List<List<Object>> rows = new ArrayList<>();
            for (int i = 0; i < g.rows().size(); i++) {
                List<Object> row = new ArrayList<>();
                row.add(g.rows().get(i));
                for (long v : g.stating()[i]) {
                    row.add(v);
                }
                rows.add(row);
            }
            return new Notebook.Table(cols, rows);
        }

        void summary(ReportData data) {
            plansByLevel = data.plansByLevel(year);
            mvn = ChartData.medianVsNational(data.medians(year), cat, year, "percent", 10);
            gaps = ChartData.largestGaps(data.gaps(year, "percent", 10), "percent", 10);
            Charts.SummaryPanels panels = Charts.summary(year, plansByLevel, coverageTop, mvn, gaps);
            String title = "Tổng hợp kế hoạch công tác trẻ em năm " + year + " / annual summary " + year;
            String sub = scope + " · " + plansByLevel.values().stream().mapToLong(Long::longValue).sum()
                    + " kế hoạch / plans · nguồn: PlanLens";
            String name = "annual-summary_" + scopeName + "_" + year;
            byte[] png = ChartStyle.png(Charts.summaryImage(panels, title, sub));
            out.write("charts/" + name + ".png", png);
            out.write("charts/" + name + ".svg", Charts.summarySvg(panels, title, sub));
            out.charts.add("charts/" + name + ".png");
            out.charts.add("charts/" + name + ".svg");
            summary = new Rendered(title, name, CompletableFuture.completedFuture(png), null);
        }

        // ------------------------------------------------------------ notebooks

        static String py(String s) {
            try {
                return new ObjectMapper().writeValueAsString(s);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        static String imageCode(String name) {
            return "from IPython.display import Image\nImage(filename=\"../charts/" + name + ".png\")";
        }

        Notebook.Table head(Notebook.Table t, int n) {
            return new Notebook.Table(t.columns(), t.rows().subList(0, Math.min(n, t.rows().size())));
        }

        /** Adds a chart section: its table (stored as CSV too) and its image. */
        void section(Notebook nb, String prefix, Rendered r, String var) {
            nb.markdown(h(3, r.title()));
            if (r.table() != null) {
                String csv = prefix + "_" + r.name() + ".csv";
                out.table("notebooks/data/" + csv, r.table());
                nb.code(var + " = pd.read_csv(" + py("data/" + csv) + ")\n" + var,
                        new Notebook.TableOutput(head(r.table(), 40)));
            }
            nb.code(imageCode(r.name()), new Notebook.ImageOutput(r.png().join(), r.title()));
        }

        void notesCell(Notebook nb) {
            if (notes.isEmpty()) {
                return;
            }
            List<Notebook.Block> b = new ArrayList<>();
            b.add(h(2, "Ghi chú / notes"));
            notes.forEach(n -> b.add(li(n)));
            nb.markdown(b.toArray(new Notebook.Block[0]));
        }

        long[] counts = {0, 0};

        Notebook intro(String title, String audience, String... what) {
            Notebook nb = new Notebook(title);
            List<Notebook.Block> b = new ArrayList<>();
            b.add(h(1, title));
            b.add(p(audience));
            for (String w : what) {
                b.add(li(w));
            }
            b.add(p("Phạm vi / scope: " + scope + " · năm / year: " + year
                    + ". Bảng và biểu đồ đã được lưu sẵn trong sổ này: mở là xem được, không cần chạy. "
                    + "Tables and charts are stored with this notebook: it opens with its results, nothing needs to run."));
            nb.markdown(b.toArray(new Notebook.Block[0]));
            nb.code("import pandas as pd\nfrom pathlib import Path\n\n"
                    + "OUT = Path(\"..\")  # the run's output folder; this notebook lives in OUT/notebooks\n"
                    + "plans = pd.read_csv(OUT / \"exports\" / \"plans.csv\", encoding=\"utf-8-sig\", dtype=str)\n"
                    + "targets = pd.read_csv(OUT / \"exports\" / \"targets.csv\", encoding=\"utf-8-sig\")\n"
                    + "# Warehouse tables are Delta Lake folders; without Spark: pip install deltalake\n"
                    + "# from deltalake import DeltaTable\n"
                    + "# target_levels = DeltaTable(str(OUT / \"warehouse\" / \"target_levels\")).to_pandas()\n"
                    + "print(len(plans), \"plans,\", len(targets), \"targets\")",
                    new Notebook.TextOutput(counts[0] + " plans, " + counts[1] + " targets"));
            return nb;
        }

        void notebooks(ReportData data) {
            counts[0] = data.planCount();
            counts[1] = data.targetCount();
            String suffix = "_" + scopeName + "_" + year;

            Notebook analyst = intro("So sánh các huyện / district comparison — " + scope + ", " + year,
                    "Cho chuyên viên phân tích cấp tỉnh: mục tiêu của từng huyện so với mục tiêu của tỉnh và quốc gia. "
                            + "For provincial analysts: each district's target against the province's and the national one.",
                    "Thanh: mục tiêu của huyện (trung vị nếu có nhiều kế hoạch); huyện tham vọng nhất ở trên cùng. / "
                            + "Bars: district targets (median of its plans), most ambitious first.",
                    "Đường gạch: mục tiêu của tỉnh; đường chấm: mục tiêu quốc gia. / Dashed: province target; dotted: national target.");
            if (districts.isEmpty()) {
                analyst.markdown(p("Chưa có dữ liệu so sánh huyện cho phạm vi này. / No district comparison for this scope."));
            }
            for (Rendered r : districts.subList(0, Math.min(MAX_NOTEBOOK_CHARTS, districts.size()))) {
                section(analyst, "analyst", r, "districts");
            }
            if (districts.size() > MAX_NOTEBOOK_CHARTS) {
                analyst.markdown(p("Còn " + (districts.size() - MAX_NOTEBOOK_CHARTS)
                        + " biểu đồ khác trong thư mục charts/. / More charts are in charts/."));
            }
            List<List<Object>> quotes = data.districtQuotes(year, ReportData.indicatorsOf(districtRows), 300);
            if (!quotes.isEmpty()) {
                Notebook.Table qt = new Notebook.Table(List.of("province", "district", "issuer", "indicator_code",
                        "comparator", "value", "unit", "target_year", "quote"), quotes);
                String csv = "analyst_district-quotes" + suffix + ".csv";
                out.table("notebooks/data/" + csv, qt);
                analyst.markdown(h(2, "Nguyên văn các mục tiêu / what each district wrote"),
                        p("Câu trích từ kế hoạch của các huyện, để kiểm tra từng con số. / The quoted text behind each number."));
                analyst.code("quotes = pd.read_csv(" + py("data/" + csv) + ")\nquotes", new Notebook.TableOutput(qt));
            }
            notesCell(analyst);
            out.notebook("analyst_district-comparison" + suffix, analyst);

            Notebook researcher = intro("Tiếp nhận chính sách / policy adoption — " + scope + ", " + year,
                    "Cho nhà nghiên cứu: văn bản quốc gia được các địa phương trích dẫn nhanh đến đâu, chỉ tiêu nào được nêu, "
                            + "và mức mục tiêu thay đổi ra sao qua các năm. / For researchers: how fast national documents are cited, "
                            + "which indicators plans state, how target levels move over the years.",
                    "Đường cong tiếp nhận: % đơn vị đã trích dẫn văn bản, theo số năm kể từ khi ban hành, mỗi cấp một đường. / "
                            + "Adoption: cumulative % of regions citing the document by years since issue, one line per level.",
                    "Bản đồ nhiệt: số kế hoạch nêu từng chỉ tiêu. / Heat maps: how many plans state each indicator.",
                    "Mức mục tiêu: mỗi đường một đơn vị ban hành, đường tham chiếu là mục tiêu quốc gia 2025/2030. / "
                            + "Target levels: one line per issuer, reference lines at the national 2025/2030 targets.");
            researcher.markdown(h(2, "Đường cong tiếp nhận / adoption curves"));
            if (adoption.isEmpty()) {
                researcher.markdown(p("Chưa có dữ liệu tiếp nhận. / No adoption data."));
            }
            for (Rendered r : adoption.subList(0, Math.min(MAX_NOTEBOOK_CHARTS, adoption.size()))) {
                section(researcher, "researcher", r, "adoption");
            }
            researcher.markdown(h(2, "Độ bao phủ chỉ tiêu / indicator coverage"));
            for (Rendered r : coverage) {
                section(researcher, "researcher", r, "coverage");
            }
            researcher.markdown(h(2, "Mức mục tiêu qua các năm / target levels over the years"));
            if (trends.isEmpty()) {
                researcher.markdown(p("Chưa có dữ liệu mức mục tiêu. / No target levels."));
            }
            List<Rendered> topTrends = new ArrayList<>(trends);
            topTrends.sort(Comparator.comparingInt((Rendered r) -> -r.table().rows().size()));
            for (Rendered r : topTrends.subList(0, Math.min(MAX_NOTEBOOK_CHARTS, topTrends.size()))) {
                section(researcher, "researcher", r, "levels");
            }
            notesCell(researcher);
            out.notebook("researcher_policy-adoption" + suffix, researcher);

            Notebook lead = intro("Tổng hợp năm " + year + " / annual summary — " + scope,
                    "Cho lãnh đạo: một trang tóm tắt kế hoạch năm " + year + ". / For leadership: the year on one page.",
                    "Số kế hoạch nhận được theo cấp. / Plans received by level.",
                    "Tỷ lệ kế hoạch nêu các chỉ tiêu quốc gia. / Share of plans stating the national indicators.",
                    "Trung vị mục tiêu địa phương so với mục tiêu quốc gia. / Median local target against the national one.",
                    "Các mục tiêu thấp nhất so với quốc gia. / Targets furthest below national ambition.");
            lead.code(imageCode(summary.name()), new Notebook.ImageOutput(summary.png().join(), summary.title()));
            List<List<Object>> byLevel = new ArrayList<>();
            plansByLevel.forEach((k, v) -> byLevel.add(List.of(k, v)));
            leadTable(lead, "Kế hoạch theo cấp / plans by level", "plans-by-level" + suffix,
                    new Notebook.Table(List.of("level", "plans"), byLevel));
            List<List<Object>> cov = new ArrayList<>();
            for (String[] c : coverageTop) {
                cov.add(List.of(c[0], cat.label(c[0]), Double.parseDouble(c[1])));
            }
            leadTable(lead, "Độ bao phủ chỉ tiêu quốc gia / coverage of national indicators", "coverage" + suffix,
                    new Notebook.Table(List.of("indicator_code", "indicator", "percent_of_plans"), cov));
            List<List<Object>> m = new ArrayList<>();
            for (ChartData.MedianVsNational x : mvn) {
                m.add(List.of(x.indicator(), cat.label(x.indicator()), x.median(), x.national(), x.plans()));
            }
            leadTable(lead, "Trung vị so với quốc gia / median vs national", "median-vs-national" + suffix,
                    new Notebook.Table(List.of("indicator_code", "indicator", "median_target", "national_target", "plans"), m));
            List<List<Object>> gp = new ArrayList<>();
            for (ChartData.GapRow g : gaps) {
                gp.add(List.of(String.valueOf(g.issuer()), g.indicator(), cat.label(g.indicator()), g.value(), g.national(), g.gap()));
            }
            leadTable(lead, "Chênh lệch lớn nhất / largest gaps", "largest-gaps" + suffix,
                    new Notebook.Table(List.of("issuer", "indicator_code", "indicator", "target", "national_target", "gap"), gp));
            notesCell(lead);
            out.notebook("leadership_annual-summary" + suffix, lead);
        }

        void leadTable(Notebook nb, String title, String name, Notebook.Table t) {
            String csv = "leadership_" + name + ".csv";
            out.table("notebooks/data/" + csv, t);
            nb.markdown(h(2, title));
            nb.code("t = pd.read_csv(" + py("data/" + csv) + ")\nt", new Notebook.TableOutput(t));
        }
    }

    /** Files under the output folder, written through Hadoop (any file system), each atomically. */
    static final class Out implements AutoCloseable {
        final Warehouse wh;
        final Configuration conf;
        final String root;
        final List<String> charts = new ArrayList<>();
        final List<String> notebooks = new ArrayList<>();
        /**
         * A few drawing threads and a short queue: when both are full the stage's own thread draws the chart
         * (caller runs), so the charts waiting to be drawn, and the data each holds, stay a handful.
         */
        private final ExecutorService drawing = drawingPool(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
        private final List<CompletableFuture<byte[]>> drawn = new ArrayList<>();

        Out(Warehouse wh, String outDir) {
            this.wh = wh;
            this.conf = wh.spark().sparkContext().hadoopConfiguration();
            this.root = outDir.replaceAll("/+$", "");
        }

        void write(String rel, byte[] bytes) {
            Path target = new Path(root + "/" + rel);
            try {
                FileSystem fs = target.getFileSystem(conf);
                fs.mkdirs(target.getParent());
                Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp");
                try (OutputStream os = fs.create(tmp, true)) {
                    os.write(bytes);
                }
                FileContext.getFileContext(target.toUri(), conf).rename(tmp, target, Options.Rename.OVERWRITE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target, e);
            }
        }

        /**
         * Draws the chart as PNG and SVG and writes both on a drawing thread (charts are independent, and
         * drawing them is most of this stage's time, so it overlaps the next chart's queries); returns the PNG to come.
         */
        CompletableFuture<byte[]> chart(String name, JFreeChart chart, int w, int h) {
            charts.add("charts/" + name + ".png");
            charts.add("charts/" + name + ".svg");
            CompletableFuture<byte[]> png = CompletableFuture.supplyAsync(() -> {
                byte[] bytes = ChartStyle.png(chart, w, h);
                write("charts/" + name + ".png", bytes);
                write("charts/" + name + ".svg", ChartStyle.svg(chart, w, h));
                return bytes;
            }, drawing);
            drawn.add(png);
            return png;
        }

        static ThreadPoolExecutor drawingPool(int threads) {
            return new ThreadPoolExecutor(threads, threads, 0L, TimeUnit.MILLISECONDS,
                    new ArrayBlockingQueue<>(2 * threads), r -> {
                        Thread t = new Thread(r, "planlens-chart");
                        t.setDaemon(true);
                        return t;
                    }, new ThreadPoolExecutor.CallerRunsPolicy());
        }

        /** Waits for every chart; the first that could not be drawn or written fails the stage. */
        void finishDrawing() {
            try {
                CompletableFuture.allOf(drawn.toArray(CompletableFuture[]::new)).join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException re) throw re;
                if (e.getCause() instanceof Error err) throw err;
                throw e;
            }
        }

        @Override
        public void close() {
            drawing.shutdownNow();
        }

        void notebook(String name, Notebook nb) {
            write("notebooks/" + name + ".ipynb", nb.ipynb());
            write("notebooks/" + name + ".html", nb.html());
            notebooks.add("notebooks/" + name + ".ipynb");
            notebooks.add("notebooks/" + name + ".html");
        }

        /** A notebook's table as CSV (typed columns, so numbers stay numbers). */
        void table(String rel, Notebook.Table t) {
            StructType s = new StructType();
            for (int i = 0; i < t.columns().size(); i++) {
                s = s.add(t.columns().get(i), typeOf(t, i));
            }
            List<Row> rows = new ArrayList<>();
            for (List<Object> r : t.rows()) {
                Object[] v = new Object[t.columns().size()];
                for (int i = 0; i < v.length; i++) {
                    Object o = i < r.size() ? r.get(i) : null;
                    DataType dt = s.fields()[i].dataType();
                    v[i] = o == null ? null : dt == DataTypes.LongType ? (Object) ((Number) o).longValue()
                            : dt == DataTypes.DoubleType ? (Object) ((Number) o).doubleValue() : o.toString();
                }
                rows.add(RowFactory.create(v));
            }
            CsvExport.write(wh.spark().createDataFrame(rows, s), root + "/" + rel, conf);
        }

        static DataType typeOf(Notebook.Table t, int col) {
            boolean any = false;
            boolean integral = true;
            for (List<Object> r : t.rows()) {
                Object o = col < r.size() ? r.get(col) : null;
                if (o == null) {
                    continue;
                }
                if (!(o instanceof Number)) {
                    return DataTypes.StringType;
                }
                any = true;
                integral &= o instanceof Long || o instanceof Integer || o instanceof Short;
            }
            return !any ? DataTypes.StringType : integral ? DataTypes.LongType : DataTypes.DoubleType;
        }
    }
}
