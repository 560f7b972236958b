package io.planlens.ingest.formats;

import io.planlens.ingest.PlanReader;
import io.planlens.ingest.ReadText;
import io.planlens.ingest.RejectException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.converter.NumberFormatter;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Word 97-2003 plans (.doc) with Apache POI HWPF: paragraphs in order with list labels ("1.",
 * "a)", "-" for bullets), tables as one line per row with cells joined by {@code " | "}. Headers and
 * footers live in their own story in this format and are left out.
 *
 * <p>A file named .doc that is really a zip (a DOCX) is handed to {@link DocxPlanReader}. Rejects:
 * {@code encrypted} (password-protected Word or OOXML file), {@code unsupported_format} (Word 6/95, or an
 * OLE2 file without a Word document), {@code corrupt}, {@code too_large}, {@code empty}, {@code timeout}.
 */
public final class DocPlanReader implements PlanReader, Serializable {
    private static final long serialVersionUID = 1L;
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final Pattern CONTROL = Pattern.compile("[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u0007]");
    private static final Pattern FIELD_CODE = Pattern.compile("\\u0013[^\\u0013\\u0014\\u0015]{0,400}\\u0014");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]+");
    private static final int BULLET = 23;
    private static final int NONE = 255;

    private final ReadLimits limits;

    public DocPlanReader() {
        this(ReadLimits.DEFAULT);
    }

    public DocPlanReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public Set<String> extensions() {
        return Set.of("doc");
    }

    static boolean isOle2(byte[] b) {
        if (b.length < OLE2.length) return false;
        for (int i = 0; i < OLE2.length; i++) if (b[i] != OLE2[i]) return false;
        return true;
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    @Override
    public ReadText read(String sourcePath, byte[] bytes) throws RejectException {
        if (bytes == null || bytes.length == 0) throw new RejectException("empty", "no bytes");
        if (bytes.length > limits.maxBytes()) {
            throw new RejectException("too_large", bytes.length + " bytes, limit " + limits.maxBytes());
        }
        if (isZip(bytes)) return new DocxPlanReader(limits).read(sourcePath, bytes);
        if (!isOle2(bytes)) {
            throw new RejectException("corrupt", "not a Word 97-2003 file (no OLE2 header)");
        }
        return Bounded.run(limits.timeout(), () -> readNow(bytes));
    }

    private ReadText readNow(byte[] bytes) throws RejectException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                throw new RejectException("encrypted", "password-protected Word file");
            }
            if (!root.hasEntry("WordDocument")) {
                throw new RejectException("unsupported_format", "OLE2 file without a Word document (Excel, PowerPoint or other)");
            }
            HWPFDocument doc = new HWPFDocument(root);
            boolean[] legacy = new boolean[2];
            String text = Normalizer.normalize(text(doc, legacy), Normalizer.Form.NFC).strip();
            if (text.isEmpty()) throw new RejectException("empty", "the document has no text");
            if (text.length() > limits.maxTextChars()) {
                throw new RejectException("too_large", text.length() + " characters of text, limit " + limits.maxTextChars());
            }
            List<String> flags = new ArrayList<>();
            if (legacy[0]) flags.add("legacy_font_tcvn3");
            if (legacy[1]) flags.add("legacy_font_vni");
            return new ReadText(text, "doc", List.copyOf(flags));
        } catch (OldWordFileFormatException e) {
            throw new RejectException("unsupported_format", "Word 6/95 file; save it as .docx or PDF");
        } catch (EncryptedDocumentException e) {
            throw new RejectException("encrypted", Bounded.describe(e));
        } catch (IOException | RuntimeException e) {
            throw new RejectException("corrupt", "Word file cannot be parsed: " + Bounded.describe(e));
        }
    }

    private static String text(HWPFDocument doc, boolean[] legacy) {
        Range range = doc.getRange();
        Map<Integer, int[]> counters = new HashMap<>();
        StringBuilder sb = new StringBuilder();
        int n = range.numParagraphs();
        for (int i = 0; i < n; i++) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table t;
                try {
                    t = range.getTable(p);
                } catch (RuntimeException e) {
                    line(sb, clean(runs(p, legacy)));
                    continue;
                }
                for (int r = 0; r < t.numRows(); r++) {
                    TableRow row = t.getRow(r);
                    List<String> cells = new ArrayList<>();
                    boolean any = false;
                    for (int c = 0; c < row.numCells(); c++) {
                        TableCell cell = row.getCell(c);
                        StringBuilder cs = new StringBuilder();
                        for (int k = 0; k < cell.numParagraphs(); k++) {
                            String s = clean(runs(cell.getParagraph(k), legacy));
                            if (!s.isEmpty()) cs.append(cs.length() > 0 ? " " : "").append(s);
                        }
                        any |= cs.length() > 0;
                        cells.add(cs.toString());
                    }
                    if (any) line(sb, String.join(" | ", cells).strip());
                }
                i += Math.max(0, t.numParagraphs() - 1);
                continue;
            }
            String s = clean(runs(p, legacy));
            if (s.isEmpty()) continue;
            String label = label(p, counters);
            line(sb, label == null || label.isEmpty() ? s : label + " " + s);
        }
        return sb.toString();
    }

    /** The paragraph's text with runs set in TCVN3 fonts (".VnTime") converted to Unicode. */
    private static String runs(Paragraph p, boolean[] legacy) {
        int n = p.numCharacterRuns();
        boolean any = false;
        for (int i = 0; i < n && !any; i++) {
            String f = p.getCharacterRun(i).getFontName();
            any = LegacyFonts.isTcvn3(f);
            legacy[1] |= LegacyFonts.isVni(f);
        }
        if (!any) return p.text();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            var run = p.getCharacterRun(i);
            String t = run.text();
            String f = run.getFontName();
            if (LegacyFonts.isTcvn3(f)) {
                String v = LegacyFonts.fromTcvn3(t, LegacyFonts.isTcvn3Capitals(f));
                legacy[0] |= !v.equals(t);
                t = v;
            }
            sb.append(t);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String s) {
        if (!s.isEmpty()) sb.append(s).append('\n');
    }

    private static String clean(String s) {
        if (s == null) return "";
        s = FIELD_CODE.matcher(s).replaceAll("");
        s = s.replace('\r', '\n').replace('\u000b', '\n').replace("\u0015", "");
        s = CONTROL.matcher(s).replaceAll("");
        StringBuilder out = new StringBuilder();
        for (String part : s.split("\n")) {
            String t = SPACES.matcher(part).replaceAll(" ").strip();
            if (!t.isEmpty()) out.append(out.length() > 0 ? "\n" : "").append(t);
        }
        return out.toString();
    }

    private static String label(Paragraph p, Map<Integer, int[]> counters) {
        try {
            if (!p.isInList()) return null;
            HWPFList list = p.getList();
            int ilvl = Math.max(0, Math.min(8, p.getIlvl()));
            char lvl = (char) ilvl;
            int[] c = counters.computeIfAbsent(list.getLsid(), k -> {
                int[] a = new int[9];
                java.util.Arrays.fill(a, Integer.MIN_VALUE);
                return a;
            });
            if (c[ilvl] == Integer.MIN_VALUE) c[ilvl] = list.getStartAt(lvl) - 1;
            c[ilvl]++;
            for (int i = ilvl + 1; i < 9; i++) c[i] = Integer.MIN_VALUE;
            int fmt = list.getNumberFormat(lvl);
            if (fmt == BULLET) return "-";
            if (fmt == NONE) return null;
            String template = list.getNumberText(lvl);
            if (template == null) return null;
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < template.length(); i++) {
                char ch = template.charAt(i);
                if (ch < 9) {
                    int v = c[ch] == Integer.MIN_VALUE ? list.getStartAt(ch) : c[ch];
                    out.append(NumberFormatter.getNumber(v, list.getNumberFormat(ch)));
                } else {
                    out.append(ch);
                }
            }
            String s = out.toString().strip();
            return s.length() == 1 && !Character.isLetterOrDigit(s.charAt(0)) ? "-" : s;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
