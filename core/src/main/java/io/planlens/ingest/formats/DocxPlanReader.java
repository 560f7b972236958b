package io.planlens.ingest.formats;

import io.planlens.ingest.PlanReader;
import io.planlens.ingest.ReadText;
import io.planlens.ingest.RejectException;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Word 2007+ plans (.docx) with Apache POI XWPF: paragraphs in order with their list labels
 * rendered ("1.", "a)", "-" for bullets), tables as one line per row with cells joined by {@code " | "},
 * content controls read through. Page headers and footers are kept out of the body: by default they
 * follow it after the line {@value #HEADER_FOOTER_MARKER} (each distinct text once, page numbers left
 * out), or are dropped.
 *
 * <p>The zip is inflated once under {@link ReadLimits} before POI parses it ({@code zip_bomb}). A file
 * that is really an old binary Word file (or a password-protected OOXML file, which is stored the same
 * way) is handed to {@link DocPlanReader}. Rejects: {@code too_large}, {@code zip_bomb}, {@code corrupt},
 * {@code encrypted}, {@code empty}, {@code timeout}.
 */
public final class DocxPlanReader implements PlanReader, Serializable {
    private static final long serialVersionUID = 1L;

    /** The line after which header and footer texts follow the body. */
    public static final String HEADER_FOOTER_MARKER = "--- header/footer ---";

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)[-–—.\\s]*(?:trang|page)?\\s*\\d{0,4}(?:\\s*(?:/|trên|of)\\s*\\d{1,4})?[-–—.\\s]*");
    private static final Pattern LINE_BREAKS = Pattern.compile("[ \\t]*\\R[ \\t]*");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]+");

    private final ReadLimits limits;
    private final boolean keepHeadersFooters;

    public DocxPlanReader() {
        this(ReadLimits.DEFAULT, true);
    }

    public DocxPlanReader(ReadLimits limits) {
        this(limits, true);
    }

    /**
     * @param limits             size, zip and time limits
     * @param keepHeadersFooters true appends header/footer texts after {@link #HEADER_FOOTER_MARKER}; false drops them
     */
    public DocxPlanReader(ReadLimits limits, boolean keepHeadersFooters) {
        this.limits = limits;
        this.keepHeadersFooters = keepHeadersFooters;
    }

    @Override
    public Set<String> extensions() {
        return Set.of("docx", "docm");
    }

    @Override
    public ReadText read(String sourcePath, byte[] bytes) throws RejectException {
        if (bytes == null || bytes.length == 0) throw new RejectException("empty", "no bytes");
        if (bytes.length > limits.maxBytes()) {
            throw new RejectException("too_large", bytes.length + " bytes, limit " + limits.maxBytes());
        }
        if (DocPlanReader.isOle2(bytes)) {
            return new DocPlanReader(limits).read(sourcePath, bytes);
        }
        return Bounded.run(limits.timeout(), () -> readNow(bytes));
    }

    private ReadText readNow(byte[] bytes) throws RejectException {
        ZipGuard.check(bytes, limits);
        XWPFDocument doc;
        try {
            doc = new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new RejectException("corrupt", "DOCX cannot be parsed: " + Bounded.describe(e));
        }
        try (doc) {
            Labeler labeler = new Labeler(doc);
            StringBuilder sb = new StringBuilder();
            body(doc, labeler, sb);
            if (keepHeadersFooters) {
                Set<String> extra = new LinkedHashSet<>();
                List<XWPFHeaderFooter> hf = new ArrayList<>(doc.getHeaderList());
                hf.addAll(doc.getFooterList());
                for (XWPFHeaderFooter h : hf) {
                    StringBuilder part = new StringBuilder();
                    body(h, labeler, part);
                    for (String line : part.toString().split("\n")) {
                        String t = line.strip();
                        if (!t.isEmpty() && !PAGE_NUMBER.matcher(t).matches()) extra.add(t);
                    }
                }
                if (!extra.isEmpty() && sb.length() > 0) {
                    sb.append(HEADER_FOOTER_MARKER).append('\n');
                    sb.append(String.join("\n", extra)).append('\n');
                }
            }
            String text = Normalizer.normalize(sb.toString(), Normalizer.Form.NFC).strip();
            if (text.isEmpty()) throw new RejectException("empty", "the document has no text");
            if (text.length() > limits.maxTextChars()) {
                throw new RejectException("too_large", text.length() + " characters of text, limit " + limits.maxTextChars());
            }
            List<String> flags = new ArrayList<>();
            if (labeler.legacy.tcvn3) flags.add("legacy_font_tcvn3");
            if (labeler.legacy.vni) flags.add("legacy_font_vni");
            return new ReadText(text, "docx", List.copyOf(flags));
        } catch (java.io.IOException e) {
            throw new RejectException("corrupt", Bounded.describe(e));
        }
    }

    private static void body(IBody body, Labeler labeler, StringBuilder sb) throws RejectException {
        for (IBodyElement e : body.getBodyElements()) element(e, labeler, sb);
    }

    private static void element(IBodyElement e, Labeler labeler, StringBuilder sb) throws RejectException {
        if (e instanceof XWPFParagraph p) {
            String t = paragraph(p, labeler);
            if (!t.isEmpty()) sb.append(t).append('\n');
        } else if (e instanceof XWPFTable t) {
            table(t, labeler, sb, 0);
        } else if (e instanceof XWPFSDT sdt) {
            String t = sdt.getContent().getText();
            if (t != null && !t.isBlank()) sb.append(t.strip()).append('\n');
        }
    }

    private static String paragraph(XWPFParagraph p, Labeler labeler) {
        String t = LINE_BREAKS.matcher(labeler.legacy.text(p)).replaceAll("\n");
        t = SPACES.matcher(t).replaceAll(" ").strip();
        StringBuilder boxes = new StringBuilder();
        for (String line : textBoxLines(p)) {
            if (!t.contains(line)) boxes.append('\n').append(line);
        }
        if (t.isEmpty()) return boxes.toString().strip();
        String label = labeler.label(p);
        return (label == null || label.isEmpty() ? t : label + " " + t) + boxes;
    }

    private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /**
     * Lines of the text boxes anchored in a paragraph (letterheads often put "Số: 12/KH-UBND" and the
     * date in one). The fallback copy Word stores for old readers is skipped so each box counts once.
     */
    static List<String> textBoxLines(XWPFParagraph p) {
        List<String> out = new ArrayList<>();
        try {
            collectBoxes(p.getCTP().getDomNode(), out, 0);
        } catch (RuntimeException e) {
            return List.of();
        }
        return out;
    }

    private static void collectBoxes(org.w3c.dom.Node n, List<String> out, int depth) {
        if (depth > 60) return;
        for (org.w3c.dom.Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() != org.w3c.dom.Node.ELEMENT_NODE) continue;
            String ns = c.getNamespaceURI(), local = c.getLocalName();
            if (MC_NS.equals(ns) && "Fallback".equals(local)) continue;
            if (W_NS.equals(ns) && "txbxContent".equals(local)) {
                for (org.w3c.dom.Node q = c.getFirstChild(); q != null; q = q.getNextSibling()) {
                    if (q.getNodeType() != org.w3c.dom.Node.ELEMENT_NODE) continue;
                    StringBuilder sb = new StringBuilder();
                    runText(q, sb, depth + 1);
                    String line = SPACES.matcher(sb.toString()).replaceAll(" ").strip();
                    if (!line.isEmpty()) out.add(line);
                }
                continue;
            }
            collectBoxes(c, out, depth + 1);
        }
    }

    /** Visible text under a node: w:t, tabs and breaks; deleted text and field codes left out. */
    private static void runText(org.w3c.dom.Node n, StringBuilder sb, int depth) {
        if (depth > 60) return;
        for (org.w3c.dom.Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() != org.w3c.dom.Node.ELEMENT_NODE) continue;
            String ns = c.getNamespaceURI(), local = c.getLocalName();
            if (MC_NS.equals(ns) && "Fallback".equals(local)) continue;
            if (W_NS.equals(ns)) {
                switch (local) {
                    case "t" -> {
                        for (org.w3c.dom.Node x = c.getFirstChild(); x != null; x = x.getNextSibling()) {
                            if (x.getNodeType() == org.w3c.dom.Node.TEXT_NODE) sb.append(x.getNodeValue());
                        }
                        continue;
                    }
                    case "tab" -> { sb.append(' '); continue; }
                    case "br", "cr" -> { sb.append(' '); continue; }
                    case "delText", "instrText", "del" -> { continue; }
                    case "tbl", "tr", "tc", "p" -> { if (sb.length() > 0) sb.append(' '); }
                    default -> { }
                }
            }
            runText(c, sb, depth + 1);
        }
    }

    private static void table(XWPFTable t, Labeler labeler, StringBuilder sb, int depth) throws RejectException {
        if (depth > 5) return;
        for (XWPFTableRow row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            boolean any = false;
            for (XWPFTableCell cell : row.getTableCells()) {
                StringBuilder c = new StringBuilder();
                for (IBodyElement e : cell.getBodyElements()) {
                    if (e instanceof XWPFParagraph p) {
                        String s = paragraph(p, labeler);
                        if (!s.isEmpty()) c.append(c.length() > 0 ? " " : "").append(s.replace('\n', ' '));
                    } else if (e instanceof XWPFTable inner) {
                        StringBuilder n = new StringBuilder();
                        table(inner, labeler, n, depth + 1);
                        String s = n.toString().strip().replace("\n", "; ");
                        if (!s.isEmpty()) c.append(c.length() > 0 ? " " : "").append(s);
                    }
                }
                String s = c.toString().strip();
                any |= !s.isEmpty();
                cells.add(s);
            }
            if (any) sb.append(String.join(" | ", cells).strip()).append('\n');
        }
    }

    /**
     * Paragraph text with runs set in TCVN3 fonts (".VnTime", named on the run, its paragraph style or the
     * document defaults) converted to Unicode.
     */
    static final class LegacyText {
        private final XWPFStyles styles;
        private final Map<String, String> styleFonts = new HashMap<>();
        private final String defaultFont;
        boolean tcvn3;
        boolean vni;

        LegacyText(XWPFStyles styles) {
            this.styles = styles;
            String d = null;
            try {
                if (styles != null) {
                    var defaults = styles.getCtStyles().getDocDefaults();
                    if (defaults != null && defaults.getRPrDefault() != null && defaults.getRPrDefault().getRPr() != null) {
                        d = ascii(defaults.getRPrDefault().getRPr());
                    }
                }
            } catch (RuntimeException e) {
                d = null;
            }
            this.defaultFont = d;
        }

        String text(XWPFParagraph p) {
            String plain = p.getText();
            String pStyleFont = styleFont(p.getStyleID());
            boolean any = false;
            List<org.apache.poi.xwpf.usermodel.XWPFRun> runs = p.getRuns();
            String[] fonts = new String[runs.size()];
            for (int i = 0; i < runs.size(); i++) {
                String f = runs.get(i).getFontFamily();
                if (f == null) f = pStyleFont != null ? pStyleFont : defaultFont;
                fonts[i] = f;
                if (LegacyFonts.isTcvn3(f)) any = true;
                if (LegacyFonts.isVni(f)) vni = true;
            }
            if (!any) return plain;
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < runs.size(); i++) {
                String t = runs.get(i).text();
                if (LegacyFonts.isTcvn3(fonts[i])) {
                    String v = LegacyFonts.fromTcvn3(t, LegacyFonts.isTcvn3Capitals(fonts[i]));
                    tcvn3 |= !v.equals(t);
                    t = v;
                }
                sb.append(t);
            }
            return sb.toString();
        }

        private String styleFont(String styleId) {
            if (styles == null || styleId == null) return null;
            return styleFonts.computeIfAbsent(styleId, id -> {
                String cur = id;
                for (int depth = 0; depth < 6 && cur != null; depth++) {
                    XWPFStyle s = styles.getStyle(cur);
                    if (s == null) return null;
                    CTStyle ct = s.getCTStyle();
                    if (ct.getRPr() != null) {
                        String f = ascii(ct.getRPr());
                        if (f != null) return f;
                    }
                    cur = ct.getBasedOn() == null ? null : ct.getBasedOn().getVal();
                }
                return null;
            });
        }

        private static String ascii(CTRPr rPr) {
            for (CTFonts f : rPr.getRFontsArray()) {
                if (f.getAscii() != null) return f.getAscii();
            }
            return null;
        }
    }

    /** Renders Word list labels, counting per abstract list the way Word does, restarts included. */
    static final class Labeler {
        private final XWPFNumbering numbering;
        private final XWPFStyles styles;
        private final Map<BigInteger, int[]> counters = new HashMap<>();
        private final Set<BigInteger> seenNums = new HashSet<>();
        final LegacyText legacy;

        Labeler(XWPFDocument doc) {
            this.numbering = doc.getNumbering();
            this.styles = doc.getStyles();
            this.legacy = new LegacyText(styles);
        }

        String label(XWPFParagraph p) {
            try {
                return labelOrThrow(p);
            } catch (RuntimeException e) {
                return null;
            }
        }

        private String labelOrThrow(XWPFParagraph p) {
            if (numbering == null) return null;
            BigInteger numId = p.getNumID();
            BigInteger ilvlB = p.getNumIlvl();
            if (numId == null) {
                CTNumPr fromStyle = styleNumPr(p.getStyleID());
                if (fromStyle == null || fromStyle.getNumId() == null) return null;
                numId = fromStyle.getNumId().getVal();
                if (ilvlB == null && fromStyle.getIlvl() != null) ilvlB = fromStyle.getIlvl().getVal();
            }
            if (numId == null || BigInteger.ZERO.equals(numId)) return null;
            int ilvl = ilvlB == null ? 0 : Math.max(0, Math.min(8, ilvlB.intValue()));
            XWPFNum num = numbering.getNum(numId);
            if (num == null || num.getCTNum().getAbstractNumId() == null) return null;
            BigInteger absId = num.getCTNum().getAbstractNumId().getVal();
            XWPFAbstractNum abs = numbering.getAbstractNum(absId);
            if (abs == null) return null;
            CTLvl[] lvls = new CTLvl[9];
            for (CTLvl l : abs.getCTAbstractNum().getLvlArray()) {
                int i = l.getIlvl() == null ? 0 : l.getIlvl().intValue();
                if (i >= 0 && i < 9) lvls[i] = l;
            }
            int[] c = counters.computeIfAbsent(absId, k -> {
                int[] a = new int[9];
                java.util.Arrays.fill(a, Integer.MIN_VALUE);
                return a;
            });
            if (seenNums.add(numId)) {
                for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
                    if (o.isSetStartOverride() && o.getIlvl() != null) {
                        int i = o.getIlvl().intValue();
                        if (i >= 0 && i < 9) c[i] = o.getStartOverride().getVal().intValue() - 1;
                    }
                }
            }
            if (c[ilvl] == Integer.MIN_VALUE) c[ilvl] = start(lvls[ilvl]) - 1;
            c[ilvl]++;
            for (int i = ilvl + 1; i < 9; i++) c[i] = Integer.MIN_VALUE;
            CTLvl lvl = lvls[ilvl];
            if (lvl == null) return null;
            String fmt = format(lvl);
            if ("bullet".equals(fmt)) return "-";
            if ("none".equals(fmt)) return null;
            String text = lvl.getLvlText() == null ? null : lvl.getLvlText().getVal();
            if (text == null) return null;
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                    int level = text.charAt(++i) - '1';
                    int v = c[level] == Integer.MIN_VALUE ? start(lvls[level]) : c[level];
                    out.append(number(v, level == ilvl ? fmt : format(lvls[level])));
                } else {
                    out.append(ch);
                }
            }
            return out.toString().strip();
        }

        private CTNumPr styleNumPr(String styleId) {
            if (styles == null || styleId == null) return null;
            String id = styleId;
            for (int depth = 0; depth < 6 && id != null; depth++) {
                XWPFStyle s = styles.getStyle(id);
                if (s == null) return null;
                CTStyle ct = s.getCTStyle();
                CTPPrGeneral ppr = ct.getPPr();
                if (ppr != null && ppr.getNumPr() != null) return ppr.getNumPr();
                id = ct.getBasedOn() == null ? null : ct.getBasedOn().getVal();
            }
            return null;
        }

        private static int start(CTLvl lvl) {
            return lvl == null || lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
        }

        private static String format(CTLvl lvl) {
            return lvl == null || lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
        }

        static String number(int v, String fmt) {
            return switch (fmt) {
                case "lowerLetter" -> letters(v, 'a');
                case "upperLetter" -> letters(v, 'A');
                case "lowerRoman" -> roman(v).toLowerCase(java.util.Locale.ROOT);
                case "upperRoman" -> roman(v);
                case "decimalZero" -> v < 10 && v >= 0 ? "0" + v : Integer.toString(v);
                case "bullet" -> "-";
                case "none" -> "";
                default -> Integer.toString(v);
            };
        }

        /** a..z, then aa..zz as Word writes them. */
        private static String letters(int v, char base) {
            if (v <= 0) return Integer.toString(v);
            int rep = (v - 1) / 26 + 1;
            return String.valueOf((char) (base + (v - 1) % 26)).repeat(Math.min(rep, 10));
        }

        private static String roman(int v) {
            if (v <= 0 || v >= 4000) return Integer.toString(v);
            int[] n = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n.length; i++) {
                while (v >= n[i]) {
                    v -= n[i];
                    sb.append(s[i]);
                }
            }
            return sb.toString();
        }
    }
}
