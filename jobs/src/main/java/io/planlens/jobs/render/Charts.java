package io.planlens.jobs.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/** Draws the charts from {@link ChartData}'s results, all in {@link ChartStyle}. */
public final class Charts {
    private Charts() {}

    static final int MAX_LABEL = 48;

    /** Long names shortened for axis ticks and legends (the notebook tables keep them whole). */
    static String shorten(String s, int max) {
        if (s == null) {
            return "(không rõ)";
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= max ? t : t.substring(0, max - 1).strip() + "…";
    }

    static String fmt(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return String.valueOf((long) Math.rint(v));
        }
        return String.format(java.util.Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static ValueMarker reference(double value, String label, Color color, boolean dotted, boolean labelLeft) {
        ValueMarker m = new ValueMarker(value, color, ChartStyle.referenceStroke(dotted));
        m.setLabel(label);
        m.setLabelFont(ChartStyle.font(Font.PLAIN, 11f));
        m.setLabelPaint(color);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 210));
        m.setLabelAnchor(labelLeft ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(labelLeft ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
        return m;
    }

    /** A reference at a value drawn as a vertical line (horizontal bar charts): label at the top or bottom, left of it. */
    private static ValueMarker verticalReference(double value, String label, Color color, boolean dotted, boolean top) {
        ValueMarker m = new ValueMarker(value, color, ChartStyle.referenceStroke(dotted));
        m.setLabel(label);
        m.setLabelFont(ChartStyle.font(Font.BOLD, 11f));
        m.setLabelPaint(color);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        m.setLabelAnchor(top ? RectangleAnchor.TOP_LEFT : RectangleAnchor.BOTTOM_LEFT);
        m.setLabelTextAnchor(top ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT);
        m.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
        return m;
    }

    private static LegendItem legendLine(String label, Color color, java.awt.Stroke stroke) {
        LegendItem li = new LegendItem(label, null, null, null, new java.awt.geom.Line2D.Double(-9, 0, 9, 0), stroke, color);
        li.setLabelFont(ChartStyle.font(Font.PLAIN, 11f));
        return li;
    }

    /** Widens an axis range so the data and every reference value show, with a little room. */
    private static void fitRange(NumberAxis axis, List<Double> values, boolean fromZero) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Double v : values) {
            if (v != null && !v.isNaN()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo == Double.POSITIVE_INFINITY) {
            return;
        }
        if (fromZero) {
            lo = Math.min(0, lo);
        }
        double pad = hi > lo ? (hi - lo) * 0.08 : Math.max(1, Math.abs(hi) * 0.1);
        axis.setRange(lo == 0 ? 0 : lo - pad, hi + pad);
    }

    // ---------------------------------------------------------------- target levels over the years

    public static JFreeChart trend(ChartData.Trend t, Catalogue.Indicator ind, String scope) {
        XYSeriesCollection ds = new XYSeriesCollection();
        List<Double> all = new ArrayList<>();
        for (ChartData.Line l : t.lines()) {
            XYSeries s = new XYSeries(shorten(l.region(), 40) + " (" + l.plans() + ")", true, false);
            l.byYear().forEach((y, v) -> {
                s.add(y.doubleValue(), v);
                all.add(v);
            });
            ds.addSeries(s);
        }
        NumberAxis x = new NumberAxis("Năm mục tiêu / target year");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(Catalogue.unitLabel(t.unit()));
        y.setAutoRangeIncludesZero(false);
        x.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new XYPlot(ds, x, y, r);
        if (ind != null && ind.national2025() != null) {
            plot.addRangeMarker(reference(ind.national2025(), "Quốc gia 2025: " + fmt(ind.national2025()),
                    ChartStyle.NATIONAL, false, true), Layer.BACKGROUND);
            all.add(ind.national2025());
        }
        if (ind != null && ind.national2030() != null) {
            plot.addRangeMarker(reference(ind.national2030(), "Quốc gia 2030: " + fmt(ind.national2030()),
                    ChartStyle.NATIONAL, true, false), Layer.BACKGROUND);
            all.add(ind.national2030());
        }
        fitRange(y, all, false);
        String title = ind == null ? t.indicator() : ind.label() + " (" + t.indicator() + ")";
        String sub = "Mục tiêu theo năm, mỗi đường một đơn vị ban hành (số kế hoạch) · " + scope
                + (t.capped() ? " · " + t.lines().size() + "/" + t.regionsTotal()
                + " đơn vị có nhiều kế hoạch nhất / top issuers by plans" : "");
        JFreeChart c = ChartStyle.styled(new JFreeChart(title, ChartStyle.font(Font.BOLD, 16f), plot, true), sub);
        ChartStyle.seriesLook(r, t.lines().size());
        return c;
    }

    // ---------------------------------------------------------------- district comparison

    public static JFreeChart districts(ChartData.DistrictBars d, Catalogue.Indicator ind) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        List<Double> all = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (ChartData.Bar b : d.bars()) {
            String name = shorten(b.district(), 36);
            while (used.contains(name)) {
                name = name + " ";
            }
            used.add(name);
            ds.addValue(b.value(), "Huyện / district", name);
            all.add(b.value());
        }
        CategoryAxis cat = new CategoryAxis("Huyện, thị xã, thành phố / district");
        NumberAxis val = new NumberAxis(Catalogue.unitLabel(d.unit()));
        BarRenderer r = new BarRenderer();
        r.setDrawBarOutline(false);
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.09);
        CategoryPlot plot = new CategoryPlot(ds, cat, val, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        LegendItemCollection legend = new LegendItemCollection();
        LegendItem bars = new LegendItem("Mục tiêu của huyện / district target", ChartStyle.color(0));
        bars.setLabelFont(ChartStyle.font(Font.PLAIN, 11f));
        legend.add(bars);
        if (d.provinceValue() != null) {
            plot.addRangeMarker(verticalReference(d.provinceValue(), "Tỉnh: " + fmt(d.provinceValue()), ChartStyle.PROVINCE,
                    false, true), Layer.FOREGROUND);
            legend.add(legendLine("Mục tiêu của tỉnh / province target", ChartStyle.PROVINCE, ChartStyle.referenceStroke(false)));
            all.add(d.provinceValue());
        }
        if (d.nationalValue() != null) {
            plot.addRangeMarker(verticalReference(d.nationalValue(), "Quốc gia: " + fmt(d.nationalValue()), ChartStyle.NATIONAL,
                    true, false), Layer.FOREGROUND);
            legend.add(legendLine("Mục tiêu quốc gia / national target", ChartStyle.NATIONAL, ChartStyle.referenceStroke(true)));
            all.add(d.nationalValue());
        }
        plot.setFixedLegendItems(legend);
        double lo = all.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double hi = all.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        boolean zoom = lo > 0 && hi > 0 && lo > 0.6 * hi;
        fitRange(val, all, !zoom);
        if (zoom) {
            r.setBase(val.getLowerBound());
        }
        String title = (ind == null ? d.indicator() : ind.label() + " (" + d.indicator() + ")");
        String sub = "So sánh các huyện / district comparison · " + d.province() + " · " + d.year()
                + " · " + d.bars().size() + " huyện có mục tiêu" + (zoom ? " · trục không bắt đầu từ 0 / axis does not start at 0" : "");
        JFreeChart c = ChartStyle.styled(new JFreeChart(title, ChartStyle.font(Font.BOLD, 16f), plot, true), sub);
        ChartStyle.barLook(r, 0, true);
        return c;
    }

    public static int districtHeight(ChartData.DistrictBars d) {
        return Math.max(420, 190 + 30 * d.bars().size());
    }

    // ---------------------------------------------------------------- adoption curves

    public static JFreeChart adoption(ChartData.Adoption a, Catalogue.Document doc) {
        XYSeriesCollection ds = new XYSeriesCollection();
        int i = 0;
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (Map.Entry<String, TreeMap<Integer, Double>> e : a.byLevel().entrySet()) {
            XYSeries s = new XYSeries(levelLabel(e.getKey()), true, false);
            e.getValue().forEach((y, v) -> s.add(y.doubleValue(), v));
            ds.addSeries(s);
            i++;
        }
        NumberAxis x = new NumberAxis("Số năm kể từ khi ban hành / years since issue");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(true);
        NumberAxis y = new NumberAxis("% đơn vị trích dẫn (cộng dồn) / % of regions citing, cumulative");
        y.setRange(0, 105);
        XYPlot plot = new XYPlot(ds, x, y, r);
        String title = doc == null ? a.documentId()
                : doc.type() + " " + doc.number() + (doc.titleVi() == null ? "" : " — " + shorten(doc.titleVi(), 80));
        String sub = "Mức độ tiếp nhận văn bản quốc gia / adoption of a national document · mỗi đường một cấp / one line per level"
                + (doc != null && doc.year() > 0 ? " · ban hành " + doc.year() : "");
        JFreeChart c = ChartStyle.styled(new JFreeChart(title, ChartStyle.font(Font.BOLD, 15f), plot, true), sub);
        ChartStyle.seriesLook(r, i);
        return c;
    }

    static String levelLabel(String level) {
        return switch (level == null ? "" : level) {
            case "national" -> "Trung ương / national";
            case "province" -> "Tỉnh / province";
            case "district" -> "Huyện / district";
            case "commune" -> "Xã / commune";
            case "school" -> "Trường / school";
            case "other" -> "Khác / other";
            default -> String.valueOf(level);
        };
    }

    // ---------------------------------------------------------------- coverage heat map

    public static JFreeChart heatmap(ChartData.Grid g, String title, String subtitle, String columnAxis,
                                     java.util.function.Function<String, String> columnLabel) {
        DefaultXYZDataset ds = new DefaultXYZDataset();
        List<double[]> cells = new ArrayList<>();
        for (int i = 0; i < g.rows().size(); i++) {
            for (int j = 0; j < g.columns().size(); j++) {
                if (g.share()[i][j] != null) {
                    cells.add(new double[] {j, i, g.share()[i][j]});
                }
            }
        }
        double[][] data = new double[3][cells.size()];
        for (int k = 0; k < cells.size(); k++) {
            data[0][k] = cells.get(k)[0];
            data[1][k] = cells.get(k)[1];
            data[2][k] = cells.get(k)[2];
        }
        ds.addSeries("share", data);
        String[] colNames = new String[g.columns().size()];
        for (int j = 0; j < colNames.length; j++) {
            colNames[j] = shorten(columnLabel.apply(g.columns().get(j)), 22) + " (" + g.plans()[j] + ")";
        }
        String[] rowNames = g.rows().toArray(new String[0]);
        SymbolAxis x = new SymbolAxis(columnAxis + " (số kế hoạch / plans)", colNames);
        x.setVerticalTickLabels(colNames.length > 6);
        x.setGridBandsVisible(false);
        x.setTickLabelFont(ChartStyle.font(Font.PLAIN, 10.5f));
        SymbolAxis y = new SymbolAxis("Chỉ tiêu / indicator", rowNames);
        y.setInverted(true);
        y.setGridBandsVisible(false);
        y.setTickLabelFont(ChartStyle.font(Font.PLAIN, 10.5f));
        XYBlockRenderer r = new XYBlockRenderer();
        LookupPaintScale scale = new LookupPaintScale(0, 100.0001, Color.WHITE);
        Color[] seq = ChartStyle.SEQUENTIAL;
        for (int k = 0; k < seq.length; k++) {
            scale.add(k * 100.0 / seq.length, seq[k]);
        }
        r.setPaintScale(scale);
        XYPlot plot = new XYPlot(ds, x, y, r);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setBackgroundPaint(new Color(0xF2F2F2));
        plot.setOutlinePaint(Color.GRAY);
        x.setRange(-0.5, Math.max(0.5, colNames.length - 0.5));
        y.setRange(-0.5, Math.max(0.5, rowNames.length - 0.5));
        JFreeChart c = new JFreeChart(title, ChartStyle.font(Font.BOLD, 16f), plot, false);
        ChartStyle.styled(c, subtitle);
        x.setTickLabelFont(ChartStyle.font(Font.PLAIN, 10.5f));
        y.setTickLabelFont(ChartStyle.font(Font.PLAIN, 10.5f));
        Font cellFont = ChartStyle.font(Font.PLAIN, 10f);
        for (int i = 0; i < g.rows().size(); i++) {
            for (int j = 0; j < g.columns().size(); j++) {
                if (g.share()[i][j] == null) {
                    continue;
                }
                XYTextAnnotation a = new XYTextAnnotation(String.valueOf(g.stating()[i][j]), j, i);
                a.setFont(cellFont);
                a.setPaint(g.share()[i][j] >= 55 ? Color.WHITE : g.stating()[i][j] == 0 ? new Color(0x999999) : Color.BLACK);
                plot.addAnnotation(a);
            }
        }
        NumberAxis legendAxis = new NumberAxis("% kế hoạch nêu chỉ tiêu / % of plans stating it");
        legendAxis.setRange(0, 100);
        legendAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(20));
        legendAxis.setTickLabelFont(ChartStyle.font(Font.PLAIN, 10f));
        legendAxis.setLabelFont(ChartStyle.font(Font.PLAIN, 11f));
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setMargin(new RectangleInsets(10, 10, 10, 10));
        legend.setStripWidth(14);
        legend.setFrame(new BlockBorder(Color.WHITE));
        c.addSubtitle(legend);
        return c;
    }

    public static int heatmapHeight(ChartData.Grid g) {
        int longest = g.columns().stream().mapToInt(s -> Math.min(30, s.length())).max().orElse(4);
        return Math.max(360, 160 + 22 * g.rows().size() + (g.columns().size() > 6 ? 7 * longest : 0));
    }

    public static int heatmapWidth(ChartData.Grid g) {
        return Math.max(760, 300 + 64 * g.columns().size());
    }

    // ---------------------------------------------------------------- leadership summary

    public record SummaryPanels(JFreeChart plansByLevel, JFreeChart coverage, JFreeChart medianVsNational,
                                JFreeChart gaps) {}

    private static CategoryPlot barPlot(DefaultCategoryDataset ds, String catLabel, String valLabel, boolean horizontal,
                                        boolean labels) {
        BarRenderer r = new BarRenderer();
        r.setDrawBarOutline(false);
        r.setShadowVisible(false);
        r.setItemMargin(0.05);
        r.setMaximumBarWidth(0.12);
        CategoryAxis cat = new CategoryAxis(catLabel);
        cat.setTickLabelFont(ChartStyle.font(Font.PLAIN, 10.5f));
        NumberAxis val = new NumberAxis(valLabel);
        CategoryPlot p = new CategoryPlot(ds, cat, val, r);
        p.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        if (!horizontal) {
            cat.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        }
        return p;
    }

    private static JFreeChart panel(String title, CategoryPlot plot, boolean legend, String subtitle, int firstColour) {
        JFreeChart c = ChartStyle.styled(new JFreeChart(title, ChartStyle.font(Font.BOLD, 14f), plot, legend), subtitle);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        for (int i = 0; i < plot.getDataset().getRowCount(); i++) {
            ChartStyle.barLook(r, i, plot.getOrientation() == PlotOrientation.HORIZONTAL);
            r.setSeriesPaint(i, ChartStyle.color(firstColour + i));
        }
        return c;
    }

    /** The four panels of the annual summary. */
    public static SummaryPanels summary(int year, Map<String, Long> plansByLevel, List<String[]> coverageTop,
                                        List<ChartData.MedianVsNational> mvn, List<ChartData.GapRow> gaps) {
        DefaultCategoryDataset a = new DefaultCategoryDataset();
        plansByLevel.forEach((lvl, n) -> a.addValue(n, "Kế hoạch / plans", levelLabel(lvl)));
        CategoryPlot pa = barPlot(a, "Cấp / level", "Số kế hoạch / plans", false, true);
        ((NumberAxis) pa.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        JFreeChart ca = panel("Kế hoạch nhận được theo cấp / plans received by level", pa, false,
                "Năm kế hoạch " + year + " · tổng " + plansByLevel.values().stream().mapToLong(Long::longValue).sum(), 0);

        DefaultCategoryDataset b = new DefaultCategoryDataset();
        for (String[] c : coverageTop) {
            b.addValue(Double.parseDouble(c[1]), "% kế hoạch", c[0]);
        }
        CategoryPlot pb = barPlot(b, "Chỉ tiêu / indicator", "% kế hoạch nêu chỉ tiêu / % of plans", true, true);
        pb.getRangeAxis().setRange(0, 110);
        JFreeChart cb = panel("Độ bao phủ chỉ tiêu quốc gia / coverage of national indicators", pb, false,
                coverageTop.isEmpty() ? "Chưa có dữ liệu / no data" : "Các chỉ tiêu được nêu nhiều nhất / most stated", 0);

        DefaultCategoryDataset c = new DefaultCategoryDataset();
        for (ChartData.MedianVsNational m : mvn) {
            c.addValue(m.median(), "Trung vị địa phương / local median", m.indicator());
            c.addValue(m.national(), "Mục tiêu quốc gia / national target", m.indicator());
        }
        CategoryPlot pc = barPlot(c, "Chỉ tiêu / indicator", "% (tỷ lệ / percent)", true, true);
        JFreeChart cc = panel("Trung vị mục tiêu so với quốc gia / median target vs national", pc, true,
                mvn.isEmpty() ? "Chưa có dữ liệu / no data" : "Chỉ tiêu tính theo % có nhiều kế hoạch nhất / percent indicators with most plans", 0);

        DefaultCategoryDataset d = new DefaultCategoryDataset();
        List<String> used = new ArrayList<>();
        for (ChartData.GapRow g : gaps) {
            String key = shorten(g.issuer(), 30) + " · " + g.indicator();
            while (used.contains(key)) {
                key = key + " ";
            }
            used.add(key);
            d.addValue(g.gap(), "Chênh lệch / gap", key);
        }
        CategoryPlot pd = barPlot(d, "Đơn vị · chỉ tiêu / issuer · indicator", "điểm % dưới mục tiêu quốc gia / points below national", true, true);
        JFreeChart cd = panel("Chênh lệch lớn nhất / largest gaps to national", pd, false,
                gaps.isEmpty() ? "Không có mục tiêu nào thấp hơn quốc gia / none below national"
                        : "Mục tiêu kém tham vọng nhất so với quốc gia (chỉ tiêu %) / least ambitious vs national", 1);
        return new SummaryPanels(ca, cb, cc, cd);
    }

    public static final int SUMMARY_W = 1600;
    public static final int SUMMARY_H = 1180;

    /** Draws the summary page (title band + 2 x 2 panels) on any Graphics2D: an image or an SVG. */
    public static void drawSummary(Graphics2D g, SummaryPanels p, String title, String subtitle) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, SUMMARY_W, SUMMARY_H);
        centred(g, title, ChartStyle.font(Font.BOLD, 22f), Color.BLACK, 38);
        centred(g, subtitle, ChartStyle.font(Font.PLAIN, 13f), new Color(0x444444), 64);
        int top = 80;
        int w = SUMMARY_W / 2;
        int h = (SUMMARY_H - top) / 2;
        JFreeChart[] cs = {p.plansByLevel(), p.coverage(), p.medianVsNational(), p.gaps()};
        for (int k = 0; k < 4; k++) {
            cs[k].draw(g, new Rectangle((k % 2) * w + 6, top + (k / 2) * h, w - 12, h - 8));
        }
        g.setColor(new Color(0xCCCCCC));
        g.setStroke(new BasicStroke(1f));
        g.drawLine(w, top, w, SUMMARY_H - 8);
        g.drawLine(6, top + h - 4, SUMMARY_W - 6, top + h - 4);
    }

    private static void centred(Graphics2D g, String text, Font font, Color color, int baseline) {
        g.setFont(font);
        g.setColor(color);
        int w = g.getFontMetrics().stringWidth(text);
        g.drawString(text, Math.max(8, (SUMMARY_W - w) / 2), baseline);
    }

    public static BufferedImage summaryImage(SummaryPanels p, String title, String subtitle) {
        BufferedImage img = new BufferedImage(SUMMARY_W, SUMMARY_H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            drawSummary(g, p, title, subtitle);
        } finally {
            g.dispose();
        }
        return img;
    }

    public static byte[] summarySvg(SummaryPanels p, String title, String subtitle) {
        SVGGraphics2D g = new SVGGraphics2D(SUMMARY_W, SUMMARY_H);
        drawSummary(g, p, title, subtitle);
        return ChartStyle.svgBytes(g);
    }
}
