package io.planlens.jobs.render;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** Charts draw into real, non-blank images with the bundled font. */
class ChartRenderTest {
    static final String VI = "Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh — Lào Cai, Đắk Lắk, Thừa Thiên Huế";

    /** Per-channel variance of the pixels' grey level. */
    static double variance(BufferedImage img) {
        double sum = 0;
        double sq = 0;
        long n = (long) img.getWidth() * img.getHeight();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                double g = (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3.0;
                sum += g;
                sq += g * g;
            }
        }
        double mean = sum / n;
        return sq / n - mean * mean;
    }

    static double nonWhiteShare(BufferedImage img) {
        long k = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    k++;
                }
            }
        }
        return (double) k / ((long) img.getWidth() * img.getHeight());
    }

    @Test
    void bundledFontHasTheVietnameseLetters() {
        Font f = ChartStyle.font(Font.PLAIN, 12f);
        assertEquals(ChartStyle.FAMILY, f.getFamily());
        assertEquals(-1, f.canDisplayUpTo(VI), "every letter of " + VI);
        assertEquals(ChartStyle.FAMILY, ChartStyle.font(Font.BOLD, 12f).getFamily());
    }

    @Test
    void trendChartRendersANonBlankPng() throws IOException {
        TreeMap<Integer, Double> a = new TreeMap<>();
        a.put(2022, 96.0);
        a.put(2023, 97.5);
        a.put(2024, 99.0);
        TreeMap<Integer, Double> b = new TreeMap<>();
        b.put(2023, 95.0);
        b.put(2024, 96.0);
        ChartData.Trend t = new ChartData.Trend("NAP-14", "percent",
                List.of(new ChartData.Line("UBND tỉnh Lào Cai", 3, a), new ChartData.Line("UBND huyện Bảo Yên", 2, b)), 5);
        JFreeChart chart = Charts.trend(t, ChartDataTest.BIRTH, "Lào Cai");
        byte[] png = ChartStyle.png(chart, 1100, 640);
        assertTrue(png.length > 10_000, "a real chart, not an empty frame: " + png.length + " bytes");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1100, img.getWidth());
        assertEquals(640, img.getHeight());
        assertTrue(variance(img) > 100, "pixel variance " + variance(img));
        double ink = nonWhiteShare(img);
        assertTrue(ink > 0.02 && ink < 0.6, "share of non-white pixels " + ink);

        String svg = new String(ChartStyle.svg(chart, 1100, 640), StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<svg") || svg.contains("<svg "), svg.substring(0, 80));
        assertTrue(svg.contains("Lào Cai"), "text kept as Unicode text in the SVG");
        assertTrue(svg.contains("DejaVu Sans"));

        // the same chart drawn again is the same file (a re-run changes no byte); another chart names its clip
        // paths otherwise, so the two can sit inline in one page
        java.util.function.Function<String, String> clipIds = d -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("clipPath id='([^']+)'").matcher(d);
            return m.find() ? m.group(1) : "none";
        };
        assertEquals(svg, new String(ChartStyle.svg(chart, 1100, 640), StandardCharsets.UTF_8));
        JFreeChart other = Charts.trend(new ChartData.Trend("NAP-14", "percent",
                List.of(new ChartData.Line("UBND tỉnh Lào Cai", 3, b)), 5), ChartDataTest.BIRTH, "Lào Cai");
        String otherSvg = new String(ChartStyle.svg(other, 1100, 640), StandardCharsets.UTF_8);
        assertFalse(clipIds.apply(svg).equals("none"), "clip paths named: " + svg.substring(0, 400));
        assertNotEquals(clipIds.apply(svg), clipIds.apply(otherSvg));
    }

    @Test
    void blankImageHasNoVariance() {
        BufferedImage img = new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 50, 50);
        g.dispose();
        assertEquals(0.0, variance(img), 1e-9);
        assertEquals(0.0, nonWhiteShare(img), 1e-9);
    }
}
