package io.planlens.ingest.formats;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds PDF and DOCX test files and compares extracted text with its source. */
public final class TestDocs {
    static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern WS = Pattern.compile("\\s+");

    private TestDocs() {}

    static Path root() {
        return Path.of(System.getProperty("planlens.root", ".."));
    }

    static List<Path> samples() throws IOException {
        try (var s = Files.list(root().resolve("data/samples"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** The sample's non-blank lines, white space collapsed. */
    public static List<String> lines(Path sample) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(sample, StandardCharsets.UTF_8)) {
            String t = WS.matcher(l.replace('\u00a0', ' ')).replaceAll(" ").strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    static List<String> numbers(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    static List<String> words(String s) {
        String t = WS.matcher(s).replaceAll(" ").strip();
        return t.isEmpty() ? List.of() : List.of(t.split(" "));
    }

    /** 2·LCS / (|a| + |b|) over word sequences: 1.0 when identical. */
    static double similarity(String expected, String actual) {
        List<String> a = words(expected), b = words(actual);
        if (a.isEmpty() && b.isEmpty()) return 1;
        int[] prev = new int[b.size() + 1], cur = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = a.get(i - 1).equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 2.0 * prev[b.size()] / (a.size() + b.size());
    }

    /** Writes text pages with an embedded DejaVu Sans, word-wrapped, with optional running header and page footer. */
    static final class Pdf implements AutoCloseable {
        final PDDocument doc = new PDDocument();
        final PDType0Font font;
        final Map<Integer, Boolean> encodable = new HashMap<>();
        float size = 11, leading = 14, left = 60, right = 535, top = 770, bottom = 70;
        String header;
        String footer; // "%d" is the page number
        PDPage page;
        PDPageContentStream cs;
        float y;
        int pageNo;

        Pdf() throws IOException {
            font = PDType0Font.load(doc, new java.io.ByteArrayInputStream(fontBytes()));
        }

        /** The text with every character the font cannot draw left out. */
        String drawable(String s) {
            StringBuilder sb = new StringBuilder();
            s.codePoints().forEach(cp -> {
                boolean ok = encodable.computeIfAbsent(cp, c -> {
                    try {
                        font.encode(new String(Character.toChars(c)));
                        return true;
                    } catch (IOException | IllegalArgumentException e) {
                        return false;
                    }
                });
                if (ok) sb.appendCodePoint(cp);
            });
            return sb.toString();
        }

        void newPage() throws IOException {
            if (cs != null) cs.close();
            page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            pageNo++;
            cs = new PDPageContentStream(doc, page);
            if (header != null) text(header, left, 805, 9);
            if (footer != null) text(String.format(footer, pageNo), 280, 35, 9);
            y = top;
        }

        void text(String s, float x, float yy, float sz) throws IOException {
            cs.beginText();
            cs.setFont(font, sz);
            cs.newLineAtOffset(x, yy);
            cs.showText(s);
            cs.endText();
        }

        float width(String s, float sz) throws IOException {
            return font.getStringWidth(s) / 1000f * sz;
        }

        /** Word-wrapped lines of {@code s} no wider than {@code w}. */
        List<String> wrap(String s, float w, float sz) throws IOException {
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : s.split(" ")) {
                if (word.isEmpty()) continue;
                String cand = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && width(cand, sz) > w) {
                    out.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(cand);
                }
            }
            if (line.length() > 0) out.add(line.toString());
            return out;
        }

        /** One paragraph over the full width, continuing on new pages as needed. */
        void paragraph(String s) throws IOException {
            for (String l : wrap(drawable(s), right - left, size)) {
                if (cs == null || y < bottom) newPage();
                text(l, left, y, size);
                y -= leading;
            }
            y -= 4;
        }

        byte[] bytes() throws IOException {
            if (cs != null) {
                cs.close();
                cs = null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }

        @Override
        public void close() throws IOException {
            if (cs != null) cs.close();
            doc.close();
        }
    }

    /** A multi-page PDF of the sample's lines (one paragraph each) with a running header and "Trang N" footers. */
    public static byte[] samplePdf(List<String> lines, String header, StringBuilder drawn) throws IOException {
        try (Pdf pdf = new Pdf()) {
            pdf.header = header;
            pdf.footer = "Trang %d";
            for (String l : lines) {
                String d = pdf.drawable(l);
                drawn.append(d).append('\n');
                pdf.paragraph(d);
            }
            return pdf.bytes();
        }
    }

    public static byte[] sampleDocx(List<String> lines) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String l : lines) doc.createParagraph().createRun().setText(l);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] fontCache;

    /** DejaVu Sans (Vietnamese glyphs): the copy bundled with the tests, else the system's fonts-dejavu-core. */
    static synchronized byte[] fontBytes() throws IOException {
        if (fontCache == null) {
            try (var in = TestDocs.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
                fontCache = in != null ? in.readAllBytes() : Files.readAllBytes(DEJAVU);
            }
        }
        return fontCache;
    }

    static java.awt.Font awtFont(float px) throws IOException {
        try {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(fontBytes())).deriveFont(px);
        } catch (java.awt.FontFormatException e) {
            throw new IOException(e);
        }
    }
}
