package io.planlens.jobs.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.BarPainter;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.svg.SVGGraphics2D;

/**
 * The one look of every PlanLens chart: DejaVu Sans (bundled, so Vietnamese diacritics render on
 * any machine), the Okabe-Ito colour-blind-safe palette, a distinct dash and marker per series so
 * lines stay apart in black-and-white print, white backgrounds and light grid lines.
 */
public final class ChartStyle {
    /** Family name of the bundled font. */
    public static final String FAMILY = "DejaVu Sans";

    /** Okabe-Ito colours, in the order series get them (yellow replaced by grey: it fades in print). */
    public static final Color[] PALETTE = {
            new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0x7F7F7F)};

    /** Reference lines (national targets). */
    public static final Color NATIONAL = new Color(0x222222);
    public static final Color PROVINCE = new Color(0xD55E00);

    /** Sequential light-to-dark blues for heat maps (ColorBrewer "Blues", readable in grey scale). */
    public static final Color[] SEQUENTIAL = {
            new Color(0xF7FBFF), new Color(0xDEEBF7), new Color(0xC6DBEF), new Color(0x9ECAE1),
            new Color(0x6BAED6), new Color(0x4292C6), new Color(0x2171B5), new Color(0x08519C), new Color(0x08306B)};

    private static final float[][] DASHES = {
            null, {8f, 4f}, {2f, 3f}, {10f, 3f, 2f, 3f}, {14f, 5f}, {4f, 2f, 4f, 6f}, {1f, 2f}, {6f, 2f, 2f, 2f, 2f, 2f}};

    private static volatile boolean registered;

    private ChartStyle() {}

    /** Registers the bundled fonts once (idempotent); charts render without a display. */
    public static synchronized void init() {
        if (registered) {
            return;
        }
        System.setProperty("java.awt.headless", "true");
        GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (String f : new String[] {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
            try (InputStream in = ChartStyle.class.getResourceAsStream("fonts/" + f)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font " + f + " is missing from the jar");
                }
                ge.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("bundled font " + f + " is unreadable", e);
            }
        }
        registered = true;
    }

    public static Font font(int style, float size) {
        init();
        return new Font(FAMILY, style, Math.round(size)).deriveFont(size);
    }

    public static Color color(int series) {
        return PALETTE[Math.floorMod(series, PALETTE.length)];
    }

    public static Stroke stroke(int series, float width) {
        float[] dash = DASHES[Math.floorMod(series, DASHES.length)];
        return dash == null
                ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** A reference line: dashed, thin. */
    public static Stroke referenceStroke(boolean dotted) {
        return new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                dotted ? new float[] {2f, 3f} : new float[] {7f, 4f}, 0f);
    }

    public static Shape marker(int series) {
        double s = 7;
        return switch (Math.floorMod(series, 8)) {
            case 0 -> new Ellipse2D.Double(-s / 2, -s / 2, s, s);
            case 1 -> new Rectangle2D.Double(-s / 2, -s / 2, s, s);
            case 2 -> ShapeUtils.createUpTriangle((float) (s / 2 + 0.5));
            case 3 -> ShapeUtils.createDiamond((float) (s / 2 + 0.5));
            case 4 -> ShapeUtils.createDownTriangle((float) (s / 2 + 0.5));
            case 5 -> ShapeUtils.createDiagonalCross((float) (s / 2), 1f);
            case 6 -> ShapeUtils.createRegularCross((float) (s / 2), 1.2f);
            default -> new Rectangle2D.Double(-s / 2, -s / 4, s, s / 2);
        };
    }

    /** The theme with the bundled fonts and the palette. */
    public static StandardChartTheme theme() {
        init();
        StandardChartTheme t = new StandardChartTheme("PlanLens");
        t.setExtraLargeFont(font(Font.BOLD, 17f));
        t.setLargeFont(font(Font.BOLD, 13f));
        t.setRegularFont(font(Font.PLAIN, 12f));
        t.setSmallFont(font(Font.PLAIN, 10.5f));
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setDomainGridlinePaint(new Color(0xDDDDDD));
        t.setRangeGridlinePaint(new Color(0xDDDDDD));
        t.setAxisLabelPaint(Color.BLACK);
        t.setTickLabelPaint(new Color(0x333333));
        t.setTitlePaint(Color.BLACK);
        t.setSubtitlePaint(new Color(0x444444));
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setLegendItemPaint(Color.BLACK);
        t.setItemLabelPaint(Color.BLACK);
        t.setShadowVisible(false);
        BarPainter bars = new StandardBarPainter();
        t.setBarPainter(bars);
        t.setXYBarPainter(new StandardXYBarPainter());
        t.setAxisOffset(RectangleInsets.ZERO_INSETS);
        Shape[] shapes = new Shape[8];
        Stroke[] strokes = new Stroke[8];
        for (int i = 0; i < 8; i++) {
            shapes[i] = marker(i);
            strokes[i] = stroke(i, 2f);
        }
        t.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE.clone(), new Paint[] {Color.WHITE},
                PALETTE.clone(), strokes, new Stroke[] {new BasicStroke(1f)}, shapes));
        return t;
    }

    /** Applies the theme and adds a subtitle (when given). */
    public static JFreeChart styled(JFreeChart chart, String subtitle) {
        theme().apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 8, 6, 22));
        chart.getPlot().setNoDataMessage("Chưa có dữ liệu / no data");
        chart.getPlot().setNoDataMessageFont(font(Font.PLAIN, 14f));
        chart.getPlot().setNoDataMessagePaint(new Color(0x666666));
        if (subtitle != null && !subtitle.isBlank()) {
            TextTitle t = new TextTitle(subtitle, font(Font.PLAIN, 11.5f));
            t.setPaint(new Color(0x444444));
            chart.addSubtitle(0, t);
        }
        return chart;
    }

    /** Colour, dash and marker of each line series (after the theme, which resets them). */
    public static void seriesLook(org.jfree.chart.renderer.xy.XYLineAndShapeRenderer r, int n) {
        for (int i = 0; i < n; i++) {
            r.setSeriesPaint(i, color(i));
            r.setSeriesStroke(i, stroke(i, 2.2f));
            r.setSeriesShape(i, marker(i));
            r.setSeriesShapesFilled(i, true);
        }
    }

    /** Bar colour and value labels placed beside the bar end (after the theme). */
    public static void barLook(org.jfree.chart.renderer.category.BarRenderer r, int series, boolean horizontal) {
        r.setSeriesPaint(series, color(series));
        r.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator("{2}",
                new java.text.DecimalFormat("0.##")));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(font(Font.PLAIN, 10.5f));
        r.setDefaultItemLabelPaint(Color.BLACK);
        if (horizontal) {
            r.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                    org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
            r.setDefaultNegativeItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                    org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE9, org.jfree.chart.ui.TextAnchor.CENTER_RIGHT));
        } else {
            r.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                    org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE12, org.jfree.chart.ui.TextAnchor.BOTTOM_CENTER));
            r.setDefaultNegativeItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                    org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE6, org.jfree.chart.ui.TextAnchor.TOP_CENTER));
        }
        r.setItemLabelAnchorOffset(4);
    }

    /** Draws into an image (for PNG and pixel checks). */
    public static BufferedImage image(JFreeChart chart, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            chart.draw(g, new Rectangle(width, height));
        } finally {
            g.dispose();
        }
        return img;
    }

    public static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png(JFreeChart chart, int width, int height) {
        return png(image(chart, width, height));
    }

    public static byte[] svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.draw(g, new Rectangle(width, height));
        return svgBytes(g);
    }

    /**
     * The SVG document, with a font fallback so viewers without DejaVu still show the diacritics. JFreeSVG names
     * its clip paths after the clock; named after the drawing instead, a re-run writes the same bytes and two
     * different charts inlined in one page still keep apart.
     */
    public static byte[] svgBytes(SVGGraphics2D g) {
        String raw = g.getSVGDocument();
        String clock = g.getDefsKeyPrefix();
        String doc = raw.replace(clock, "_" + sha256(raw.replace(clock, "")).substring(0, 16))
                .replace("font-family: \"DejaVu Sans\"", "font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif")
                .replace("font-family: DejaVu Sans", "font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif");
        return doc.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
