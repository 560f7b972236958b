package io.planlens.ingest.formats;

import io.planlens.ingest.PlanReader;
import io.planlens.ingest.ReadText;
import io.planlens.ingest.RejectException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads PDF plans with Apache PDFBox: text in reading order (see {@link PdfLayout}), and pages without a
 * usable text layer through the {@code tesseract} OCR engine when it is installed with the Vietnamese
 * language data ({@code tesseract PAGE.png stdout -l vie}, page rendered at 300 dpi). A page has no usable
 * text layer when it gives fewer than {@value #SCAN_TEXT_THRESHOLD} letters while showing an image or at
 * least {@value #UNMAPPED_GLYPHS} glyphs, or when more than 5% of its glyphs map to no Unicode text (fonts
 * without a ToUnicode map). When most pages have text, pages without it are left out and flagged instead
 * of rejecting the plan.
 *
 * <p>Rejects: {@code too_large} (file or text over the limits), {@code too_many_pages}, {@code encrypted}
 * (a password is needed; files that open with an empty user password are read), {@code corrupt} (PDFBox
 * cannot parse it; its message is the detail), {@code needs_ocr} (scanned pages and no OCR engine),
 * {@code empty} (no text at all), {@code timeout}.
 *
 * <p>Flags: {@code ocr} (some text came from OCR), {@code pages_need_ocr} (some image-only pages were left
 * out because no OCR engine was available, while most of the plan had text), {@code ocr_failed} (OCR of
 * some page failed or ran out of time), {@code legacy_font_tcvn3} (text set in TCVN3 fonts such as .VnTime,
 * converted to Unicode), {@code legacy_font_vni} (text set in VNI fonts, not converted: expect garbled words).
 */
public final class PdfPlanReader implements PlanReader, Serializable {
    private static final long serialVersionUID = 1L;

    /** A page with fewer letters or digits than this, and an image on it, counts as scanned. */
    static final int SCAN_TEXT_THRESHOLD = 20;
    /** A page drawing this many glyphs but giving (almost) no letters has fonts without a Unicode map. */
    static final int UNMAPPED_GLYPHS = 50;
    /** Above this share of glyphs without Unicode, a page's text layer is too garbled to keep. */
    static final double UNMAPPED_SHARE = 0.05;
    private static final float OCR_DPI = 300f;
    private static final double MAX_OCR_PIXELS = 60e6;

    private final ReadLimits limits;
    private final String tesseractCommand;
    private final String ocrLanguage;
    private final boolean ocrEnabled;

    /** Default limits, OCR with {@code tesseract -l vie} when it is installed. */
    public PdfPlanReader() {
        this(ReadLimits.DEFAULT);
    }

    public PdfPlanReader(ReadLimits limits) {
        this(limits, "tesseract", "vie", true);
    }

    /**
     * @param limits           size, page and time limits
     * @param tesseractCommand the OCR program (a name looked up on PATH, or a path)
     * @param ocrLanguage      tesseract language code ("vie")
     * @param ocrEnabled       false never runs OCR (scanned plans are then rejected {@code needs_ocr})
     */
    public PdfPlanReader(ReadLimits limits, String tesseractCommand, String ocrLanguage, boolean ocrEnabled) {
        this.limits = limits;
        this.tesseractCommand = tesseractCommand;
        this.ocrLanguage = ocrLanguage;
        this.ocrEnabled = ocrEnabled;
    }

    public ReadLimits limits() {
        return limits;
    }

    @Override
    public Set<String> extensions() {
        return Set.of("pdf");
    }

    @Override
    public ReadText read(String sourcePath, byte[] bytes) throws RejectException {
        if (bytes == null || bytes.length == 0) throw new RejectException("empty", "no bytes");
        if (bytes.length > limits.maxBytes()) {
            throw new RejectException("too_large", bytes.length + " bytes, limit " + limits.maxBytes());
        }
        return Bounded.run(limits.timeout(), () -> readNow(bytes));
    }

    private ReadText readNow(byte[] bytes) throws RejectException, IOException, InterruptedException {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new RejectException("encrypted", "the PDF needs a password to open");
        } catch (IOException e) {
            throw new RejectException("corrupt", "PDF cannot be parsed: " + Bounded.describe(e));
        }
        try (doc) {
            int n = doc.getNumberOfPages();
            if (n > limits.maxPages()) {
                throw new RejectException("too_many_pages", n + " pages, limit " + limits.maxPages());
            }
            if (n == 0) throw new RejectException("empty", "the PDF has no pages");
            Collector collector = new Collector();
            collector.setSortByPosition(true);
            try {
                collector.getText(doc);
            } catch (IOException | RuntimeException e) {
                throw new RejectException("corrupt", "PDF text cannot be read: " + Bounded.describe(e));
            }
            Set<String> flags = new LinkedHashSet<>();
            if (collector.tcvn3) flags.add("legacy_font_tcvn3");
            if (collector.vni) flags.add("legacy_font_vni");
            List<List<PdfLayout.Line>> pages = new ArrayList<>(n);
            List<Integer> scanned = new ArrayList<>();
            int textChars = 0;
            for (int i = 0; i < n; i++) {
                List<PdfLayout.Atom> atoms = collector.atoms.getOrDefault(i + 1, List.of());
                int chars = letters(atoms);
                int drawn = collector.glyphs.getOrDefault(i + 1, 0);
                // no usable text layer: a scan, or glyphs whose fonts map to no Unicode text
                int lost = collector.unmapped.getOrDefault(i + 1, 0);
                boolean unusable = drawn >= UNMAPPED_GLYPHS && lost >= 10 && lost > UNMAPPED_SHARE * drawn;
                if (unusable || (chars < SCAN_TEXT_THRESHOLD && (drawn >= UNMAPPED_GLYPHS || hasImage(doc.getPage(i))))) {
                    scanned.add(i);
                    pages.add(new ArrayList<>());
                } else {
                    textChars += chars;
                    pages.add(PdfLayout.page(atoms));
                }
            }
            if (!scanned.isEmpty()) {
                if (ocrEnabled && Tesseract.available(tesseractCommand, ocrLanguage)) {
                    PDFRenderer renderer = new PDFRenderer(doc);
                    int ok = 0;
                    for (int i : scanned) {
                        String text = ocrPage(renderer, doc.getPage(i), i);
                        if (text == null) {
                            flags.add("ocr_failed");
                        } else {
                            ok++;
                            pages.set(i, PdfLayout.ocrPage(text));
                        }
                    }
                    if (ok > 0) flags.add("ocr");
                } else if (textChars < 200 || scanned.size() * 2 > n) {
                    throw new RejectException("needs_ocr", scanned.size() + " of " + n
                            + " pages have no usable text layer (scanned images, or fonts without a Unicode map); "
                            + Tesseract.INSTALL_HINT);
                } else {
                    flags.add("pages_need_ocr");
                }
            }
            String text = Normalizer.normalize(PdfLayout.document(pages), Normalizer.Form.NFC);
            if (text.isBlank()) {
                if (!scanned.isEmpty()) {
                    throw new RejectException("needs_ocr", "OCR found no text on " + scanned.size() + " scanned pages");
                }
                throw new RejectException("empty", "the PDF has no text");
            }
            if (text.length() > limits.maxTextChars()) {
                throw new RejectException("too_large", text.length() + " characters of text, limit " + limits.maxTextChars());
            }
            return new ReadText(text, "pdf", List.copyOf(flags));
        }
    }

    private String ocrPage(PDFRenderer renderer, PDPage page, int index) throws IOException, InterruptedException {
        PDRectangle box = page.getCropBox();
        double inches = Math.max(1e-3, (box.getWidth() / 72.0) * (box.getHeight() / 72.0));
        float dpi = (float) Math.min(OCR_DPI, Math.sqrt(MAX_OCR_PIXELS / inches));
        BufferedImage img = renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
        Path png = Files.createTempFile("planlens-page", ".png");
        try {
            ImageIO.write(img, "png", png.toFile());
            return Tesseract.ocr(tesseractCommand, ocrLanguage, png, limits.ocrPageTimeout());
        } finally {
            Files.deleteIfExists(png);
        }
    }

    private static int letters(List<PdfLayout.Atom> atoms) {
        int n = 0;
        for (PdfLayout.Atom a : atoms) {
            String t = a.text();
            for (int i = 0; i < t.length(); i++) if (Character.isLetterOrDigit(t.charAt(i))) n++;
        }
        return n;
    }

    private static boolean hasImage(PDPage page) {
        try {
            return hasImage(page.getResources(), 0);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean hasImage(PDResources res, int depth) throws IOException {
        if (res == null || depth > 3) return false;
        for (COSName name : res.getXObjectNames()) {
            if (res.isImageXObject(name)) return true;
            PDXObject x = res.getXObject(name);
            if (x instanceof PDFormXObject form && hasImage(form.getResources(), depth + 1)) return true;
        }
        return false;
    }

    /** Collects the positioned words of every page instead of writing text. */
    private static final class Collector extends PDFTextStripper {
        final Map<Integer, List<PdfLayout.Atom>> atoms = new HashMap<>();
        /** Glyphs drawn per page, mapped to text or not. */
        final Map<Integer, Integer> glyphs = new HashMap<>();
        /** Glyphs per page whose font gives no Unicode for them. */
        final Map<Integer, Integer> unmapped = new HashMap<>();
        private final Map<PDFont, Integer> fontKinds = new IdentityHashMap<>();
        boolean tcvn3;
        boolean vni;

        /** 0 Unicode font, 1 TCVN3, 2 TCVN3 capitals, 3 VNI. */
        private int kind(PDFont font) {
            if (font == null) return 0;
            return fontKinds.computeIfAbsent(font, f -> {
                String name = f.getName();
                if (LegacyFonts.isTcvn3(name)) return LegacyFonts.isTcvn3Capitals(name) ? 2 : 1;
                return LegacyFonts.isVni(name) ? 3 : 0;
            });
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            List<PdfLayout.Atom> page = atoms.computeIfAbsent(getCurrentPageNo(), k -> new ArrayList<>());
            StringBuilder sb = new StringBuilder();
            float x0 = 0, x1 = 0, y = 0, h = 0;
            for (TextPosition tp : positions) {
                String u = tp.getUnicode();
                int kind = kind(tp.getFont());
                if (u != null && (kind == 1 || kind == 2)) {
                    String v = LegacyFonts.fromTcvn3(u, kind == 2);
                    if (!v.equals(u)) tcvn3 = true;
                    u = v;
                } else if (kind == 3) {
                    vni = true;
                }
                float size = tp.getFontSizeInPt();
                if (size < 2) size = tp.getHeightDir();
                if (size < 2) size = 10;
                boolean blank = u == null || u.isBlank();
                float gx0 = tp.getXDirAdj(), gx1 = gx0 + tp.getWidthDirAdj();
                if (sb.length() > 0 && (blank || gx0 - x1 > 0.3f * size)) {
                    page.add(new PdfLayout.Atom(sb.toString(), x0, x1, y, h));
                    sb.setLength(0);
                }
                if (blank) continue;
                if (sb.length() == 0) {
                    x0 = gx0;
                    y = tp.getYDirAdj();
                    h = size;
                }
                sb.append(u);
                x1 = Math.max(gx1, x0);
                h = Math.max(h, size);
            }
            if (sb.length() > 0) page.add(new PdfLayout.Atom(sb.toString(), x0, x1, y, h));
        }

        @Override
        protected void showGlyph(Matrix m, PDFont font, int code, Vector displacement) throws IOException {
            glyphs.merge(getCurrentPageNo(), 1, Integer::sum);
            if (font != null && font.toUnicode(code) == null) unmapped.merge(getCurrentPageNo(), 1, Integer::sum);
            super.showGlyph(m, font, code, displacement);
        }

        @Override
        protected void writeString(String text) {
            // positions are collected above; nothing is written
        }

        @Override
        protected void writeWordSeparator() {
        }

        @Override
        protected void writeLineSeparator() {
        }
    }
}
