package io.planlens.text;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns decoded text into the normalised text every later stage reads: one line per heading,
 * paragraph, bullet or table row, LF line ends, no blank lines.
 *
 * <p>Steps, in order: NFC; invisible and non-breaking characters cleaned; header/signature columns
 * split; Markdown markup removed (tables kept as {@code a | b} rows); digital-signature trailers, page
 * numbers, running headers and OCR stamp residue dropped; PDF hard line breaks joined. The result depends
 * only on the text's content, so the same plan in any encoding, Unicode form or line-ending style gives
 * the identical string. Stateless and thread-safe.
 */
public final class TextNormaliser implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final TextNormaliser SHARED = new TextNormaliser();

    /** A wide gap in a two-column header or signature block, followed by what starts the right column. */
    private static final Pattern COLUMN_GAP = Pattern.compile(
            "(?<! ) {4,}+(?=(?:CỘNG HÒA|CỘNG HOÀ|Độc lập|ĐỘC LẬP|TM\\.|KT\\.|TL\\.|TUQ\\.|Q\\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|HIỆU TRƯỞNG"
                    + "|PHÓ HIỆU TRƯỞNG|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|TRƯỞNG PHÒNG|Nơi nhận|[\\p{Lu}][\\p{L}.]*(?: [\\p{Lu}\\d][\\p{L}\\d.]*){0,4}, ngày )"
                    + "|Số ?:|[\\p{Lu}][\\p{Ll}]+(?: [\\p{Lu}][\\p{Ll}]+){1,4} *$)");

    /** Marks (internally) a line that a wide column gap split off; never part of the text. */
    private static final String COLUMN_MARK = "\u0000";
    private static final Pattern NATIONAL_MOTTO = Pattern.compile("^(?:CỘNG HÒA|CỘNG HOÀ|CONG HOA|Độc lập|ĐỘC LẬP|Doc lap|DOC LAP)");
    private static final Pattern MD_BLOCK_MARKER = Pattern.compile("^\\s{0,3}(?:#{1,6}\\s|>|\\*\\s|(?:[-*_]\\s*){3,}$)");

    // Markdown
    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern MD_QUOTE = Pattern.compile("^(?:>\\s?)+");
    private static final Pattern MD_RULE = Pattern.compile("^(?:[-*_=]\\s*){3,}$");
    private static final Pattern MD_TABLE_SEPARATOR = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(?:\\|\\s*:?-{2,}:?\\s*)*\\|?$");
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[([^\\[\\]\\n]{0,300})\\]\\([^()\\n]{0,500}\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\[\\]\\n]{1,300})\\]\\((?:[^()\\s]{1,500})(?:\\s+\"[^\"\\n]{0,200}\")?\\)");
    private static final Pattern MD_STRONG = Pattern.compile("\\*\\*+|__+(?=\\S|$)|(?<=\\S)__+");
    private static final Pattern MD_EM_STAR = Pattern.compile("(?<![\\p{L}\\p{N}*\\\\])\\*(?=[^\\s*])([^*\\n]*?[^\\s*\\\\])\\*(?![\\p{L}\\p{N}*])");
    private static final Pattern MD_EM_UNDERSCORE = Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])_(?=[^\\s_])([^_\\n]*?[^\\s_\\\\])_(?![\\p{L}\\p{N}_])");
    private static final Pattern MD_CODE = Pattern.compile("(?<!`)`++([^`\\n]{1,500})`+");
    private static final Pattern MD_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
    private static final Pattern MD_STAR_BULLET = Pattern.compile("^\\*\\s+");
    private static final Pattern HTML_BREAK = Pattern.compile("(?i)<br\\s*/?>");

    // Artefacts
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:(?:Trang|TRANG|Page|page)\\s*\\d{1,4}(?:\\s*(?:/|của|trên|of)\\s*\\d{1,4})?|[-–]?\\s*\\d{1,3}\\s*[-–]?|\\d{1,3}\\s*/\\s*\\d{1,3})$");
    private static final Pattern SIGNATURE_LINE = Pattern.compile(
            "^(?:(?:Người ký|Ký bởi|Được ký bởi|Email|E-mail|Cơ quan|Thời gian ký|Ngày ký|Chức vụ|Signed by|Signature valid|"
                    + "Signature Valid|Ký số bởi|Serial|Số serial)\\s*:.*"
                    + "|.*đã ký lên văn bản này.*"
                    + "|\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?\\s*(?:Z|[+-]\\d{2}:?\\d{2})?"
                    + "|[^\\s@<>]+@[^\\s@<>]+\\.[a-z]{2,}|.*<[^\\s@<>]+@[^\\s@<>]+>.*)$");
    private static final Pattern SIGNATURE_COMPANION = Pattern.compile("^(?:Việt Nam|Viet Nam|VN)$");

    // Line joining
    private static final Pattern BLOCK_START = Pattern.compile(
            "^(?:[-+–—•●▪◦·*>]\\s*\\S"
                    + "|\\d{1,2}(?:\\.\\d{1,2}){0,3}[.)]\\s"
                    + "|\\d{1,2}(?:\\.\\d{1,2}){1,3}\\s"
                    + "|\\(?[a-zđ][).]\\s"
                    + "|\\(\\d{1,2}\\)\\s"
                    + "|[IVXLC]{1,6}[.)/]\\s"
                    + "|[IVXLC]{1,6}\\s*[-–]\\s"
                    + "|(?:Chỉ tiêu|CHỈ TIÊU|Mục tiêu|MỤC TIÊU|Nhiệm vụ|NHIỆM VỤ|Điều|ĐIỀU|Chương|CHƯƠNG|Phần|PHẦN|Mục|MỤC|Bước|Giải pháp|Dự án|Hoạt động)\\s+\\d{1,3}\\s*[.:)]"
                    + "|(?:Phần|PHẦN|Chương|CHƯƠNG)\\s+[IVXLC]{1,6}\\b"
                    + "|(?:Số|SỐ)\\s*:|Nơi nhận|NƠI NHẬN|Kính gửi|Căn cứ|CĂN CỨ|(?:TM|KT|TL|TUQ|Q)\\s?\\.|Trên đây"
                    + "|[\\p{Lu}][\\p{L}.]*(?: [\\p{Lu}\\d][\\p{L}\\d.]*){0,4}, ngày\\s)");
    private static final Pattern TITLE_WORD = Pattern.compile(
            "^(?:KẾ HOẠCH|BÁO CÁO|CHƯƠNG TRÌNH|QUYẾT ĐỊNH|THÔNG BÁO|CÔNG VĂN|TỜ TRÌNH|HƯỚNG DẪN|Kế hoạch|KẾ HOẠCH:)$");
    /** A document-type title (folded): "KẾ HOẠCH", "Ke hoach", "BÁO CÁO:" alone, or starting a caps title line. */
    private static final Pattern TITLE_FOLDED = Pattern.compile(
            "^(?:ke hoach|bao cao|chuong trinh|quyet dinh|thong bao|cong van|to trinh|huong dan)(?:\\s*:?$|\\s)");
    private static final Pattern THUONG_BINH_CONTINUATION = Pattern.compile("^[-–]\\s*(?:Thương binh|TB)\\b");
    private static final Pattern ENDS_LAO_DONG = Pattern.compile("(?:Lao động|LAO ĐỘNG)\\s*$");

    public static TextNormaliser shared() {
        return SHARED;
    }

    /** The normalised text of {@code decoded} (any Unicode form, any line ends). */
    public String normalise(String decoded) {
        if (decoded == null || decoded.isEmpty()) return "";
        String text = cleanCharacters(Normalizer.normalize(decoded, Normalizer.Form.NFC));
        List<String> lines = new ArrayList<>();
        List<String> rawLines = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            if (raw.indexOf('<') >= 0) {
                // a break inside a table cell joins the cell's lines; elsewhere it ends the line
                String r = HTML_BREAK.matcher(raw).replaceAll(raw.strip().startsWith("|") ? " " : "\n");
                rawLines.addAll(List.of(r.split("\n", -1)));
            } else {
                rawLines.add(raw);
            }
        }
        for (String raw : rawLines) {
            String stripped = raw.strip();
            if (stripped.isEmpty()) {
                lines.add("");
                continue;
            }
            boolean first = true;
            // a column gap is four spaces or more: most lines have none
            for (String part : stripped.contains("    ") ? COLUMN_GAP.split(stripped) : new String[] {stripped}) {
                lines.add(first ? part : COLUMN_MARK + part);
                first = false;
            }
        }
        List<String> cleaned = new ArrayList<>(lines.size());
        List<Boolean> table = new ArrayList<>(lines.size());
        List<Boolean> hard = new ArrayList<>(lines.size());
        boolean breakNext = false;
        for (String line : lines) {
            boolean hardStart = breakNext;
            breakNext = false;
            if (line.startsWith(COLUMN_MARK)) {
                line = line.substring(1);
                hardStart = true;
            }
            if (MD_BLOCK_MARKER.matcher(line).find()) {
                hardStart = true;
                if (MD_RULE.matcher(line.strip()).matches()) breakNext = true;
            }
            String md = stripMarkdown(line);
            String collapsed = collapseSpaces(md).strip();
            boolean isTable = md.startsWith("|") || (md.indexOf('|') >= 0 && md.endsWith("|"))
                    || md.indexOf('|') != md.lastIndexOf('|');
            if (isTable) {
                collapsed = tableRow(md);
                if (collapsed.isEmpty()) continue;
            }
            cleaned.add(collapsed);
            table.add(isTable);
            hard.add(hardStart);
        }
        boolean[] drop = new boolean[cleaned.size()];
        markSignatureTrailer(cleaned, drop);
        markPageArtefacts(cleaned, drop);
        markOcrResidue(cleaned, drop);
        return join(cleaned, table, hard, drop);
    }

    /**
     * True when the text holds residue of an OCR'd stamp or signature: a run of three or more very short
     * upper-case fragments on their own lines (e.g. "0 ĐC / RÚC / TÙ / BÀT").
     */
    public static boolean hasOcrResidue(String text) {
        if (text == null || text.isEmpty()) return false;
        List<String> lines = new ArrayList<>();
        for (String l : Normalizer.normalize(text, Normalizer.Form.NFC).split("\n")) {
            lines.add(l.strip());
        }
        boolean[] drop = new boolean[lines.size()];
        markOcrResidue(lines, drop);
        for (boolean d : drop) {
            if (d) return true;
        }
        return false;
    }

    /** NBSP and exotic spaces to a space; zero-width characters, BOM and soft hyphens removed; controls dropped. */
    static String cleanCharacters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean changed = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u00A0', '\u2007', '\u202F', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
                        '\u2006', '\u2008', '\u2009', '\u200A', '\u205F', '\u3000', '\t' -> {
                    out.append(' ');
                    changed = true;
                }
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F' -> changed = true;
                case '\r' -> {
                    if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') out.append('\n');
                    changed = true;
                }
                case '\u2028', '\u2029', '\u000B', '\f', '\u0085' -> {
                    out.append('\n');
                    changed = true;
                }
                default -> {
                    if (c < 0x20 && c != '\n') {
                        changed = true;
                    } else if (c == '\uFFFD') {
                        out.append(c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return changed ? Normalizer.normalize(out.toString(), Normalizer.Form.NFC) : s;
    }

    private static String stripMarkdown(String line) {
        String s = line;
        // each pattern is tried only where its first character stands (this runs on every line of a plan)
        if (s.startsWith("#")) s = MD_HEADING.matcher(s).replaceFirst("");
        if (s.startsWith(">")) s = MD_QUOTE.matcher(s).replaceFirst("");
        String stripped = s.strip();
        char first = stripped.isEmpty() ? ' ' : stripped.charAt(0);
        if ("-*_=".indexOf(first) >= 0 && MD_RULE.matcher(stripped).matches()) return "";
        if ("|:-".indexOf(first) >= 0 && MD_TABLE_SEPARATOR.matcher(stripped).matches() && s.contains("-")) return "";
        if (s.indexOf('[') >= 0) {
            s = MD_IMAGE.matcher(s).replaceAll("$1");
            s = MD_LINK.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('`') >= 0) s = MD_CODE.matcher(s).replaceAll("$1");
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
            s = MD_STRONG.matcher(s).replaceAll("");
            s = MD_EM_STAR.matcher(s).replaceAll("$1");
            s = MD_EM_UNDERSCORE.matcher(s).replaceAll("$1");
            s = MD_STAR_BULLET.matcher(s.strip()).replaceFirst("- ");
        }
        if (s.indexOf('\\') >= 0) s = MD_ESCAPE.matcher(s).replaceAll("$1");
        s = s.strip();
        return s.startsWith("#") ? MD_HEADING.matcher(s).replaceFirst("") : s;
    }

    /** A table row as "cell | cell" with empty edge cells dropped. */
    private static String tableRow(String md) {
        String s = md.strip();
        if (s.startsWith("|")) s = s.substring(1);
        if (s.endsWith("|")) s = s.substring(0, s.length() - 1);
        String[] cells = s.split("\\|", -1);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        for (int i = 0; i < cells.length; i++) {
            String cell = collapseSpaces(cells[i]).strip();
            if (!cell.isEmpty()) any = true;
            if (i > 0) out.append(" | ");
            out.append(cell);
        }
        return any ? out.toString().strip() : "";
    }

    /** Runs of spaces and tabs as one space (what {@code [ \t]+ -> " "} does, without a regex per line). */
    static String collapseSpaces(String s) {
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\t' || (c == ' ' && i + 1 < n && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t'))) break;
            i++;
        }
        if (i == n) return s;
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        boolean inRun = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                if (!inRun) b.append(' ');
                inRun = true;
            } else {
                b.append(c);
                inRun = false;
            }
        }
        return b.toString();
    }

    /** Digital-signature trailer lines (signer, mailbox, timestamp) and the "Việt Nam" lines among them. */
    private static void markSignatureTrailer(List<String> lines, boolean[] drop) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            // every kind of signature line has a colon, a mailbox or the signing sentence: test those first
            boolean candidate = l.indexOf(':') >= 0 || l.indexOf('@') >= 0 || l.contains("đã ký lên văn bản này");
            if (candidate && SIGNATURE_LINE.matcher(l).matches()) drop[i] = true;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!drop[i] && SIGNATURE_COMPANION.matcher(lines.get(i)).matches()
                    && (nearDropped(drop, lines, i, -1) || nearDropped(drop, lines, i, 1))) {
                drop[i] = true;
            }
        }
    }

    private static boolean nearDropped(boolean[] drop, List<String> lines, int i, int dir) {
        for (int j = i + dir, seen = 0; j >= 0 && j < lines.size() && seen < 2; j += dir) {
            if (lines.get(j).isEmpty()) continue;
            seen++;
            if (drop[j]) return true;
        }
        return false;
    }

    /** Lone page numbers, "Trang 2/5", and short lines repeated three or more times (running headers). */
    private static void markPageArtefacts(List<String> lines, boolean[] drop) {
        Map<String, Integer> counts = new HashMap<>();
        for (String l : lines) {
            if (l.length() >= 8 && l.length() <= 100) counts.merge(l, 1, Integer::sum);
        }
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isEmpty()) continue;
            if (PAGE_NUMBER.matcher(l).matches()) {
                drop[i] = true;
            } else if (counts.getOrDefault(l, 0) >= 3 && !BLOCK_START.matcher(l).find() && !l.contains("|")) {
                drop[i] = true;
            }
        }
    }

    private static boolean isOcrFragment(String l) {
        if (l.isEmpty() || l.length() > 6 || l.contains("|")) return false;
        boolean letter = false;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letter = true;
        }
        return letter && !TITLE_WORD.matcher(l).matches();
    }

    private static void markOcrResidue(List<String> lines, boolean[] drop) {
        int i = 0;
        while (i < lines.size()) {
            if (!isOcrFragment(lines.get(i))) {
                i++;
                continue;
            }
            int j = i;
            int count = 0;
            while (j < lines.size() && (lines.get(j).isEmpty() || isOcrFragment(lines.get(j)))) {
                if (!lines.get(j).isEmpty()) count++;
                j++;
            }
            if (count >= 3) {
                Arrays.fill(drop, i, j, true);
            }
            i = Math.max(j, i + 1);
        }
    }

    private static boolean isAllCaps(String l) {
        int letters = 0;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 2;
    }

    private static boolean endsSentence(String l) {
        char c = l.charAt(l.length() - 1);
        if (c == '.' || c == ':' || c == '!' || c == '?') return true;
        if ((c == '"' || c == '”' || c == ')') && l.length() > 1) {
            return ".!?".indexOf(l.charAt(l.length() - 2)) >= 0;
        }
        return false;
    }

    private static boolean startsLower(String l) {
        int cp = l.codePointAt(0);
        return Character.isLowerCase(cp) || Character.isDigit(cp) || "(,;.%‰)".indexOf(cp) >= 0;
    }

    /** Joins hard-wrapped lines back into paragraphs; keeps headings, bullets and rows on their own lines. */
    private static String join(List<String> lines, List<Boolean> table, List<Boolean> hard, boolean[] drop) {
        int wrapWidth = wrapWidth(lines, drop);
        StringBuilder out = new StringBuilder();
        String prev = null;
        boolean prevTable = false;
        int titleLines = 0; // > 0 while inside a title and its subtitle lines
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (drop[i] || l.isEmpty()) continue;
            boolean isTable = table.get(i);
            boolean cont = prev != null && !isTable && !prevTable && !hard.get(i) && continues(prev, l, wrapWidth)
                    && !(titleLines > 0 && !startsLower(l));
            if (cont) {
                if (prev.endsWith("-") && prev.length() > 1 && !Character.isWhitespace(prev.charAt(prev.length() - 2))
                        && Character.isLetter(l.codePointAt(0))) {
                    out.append(l);
                } else {
                    out.append(' ').append(l);
                }
            } else {
                if (prev != null) out.append('\n');
                out.append(l);
            }
            prev = l;
            prevTable = isTable;
            if (isTitleLine(l)) {
                titleLines = 2;
            } else if (titleLines > 0 && !cont) {
                titleLines--;
            }
        }
        return out.toString();
    }

    /** "KẾ HOẠCH", "Kế hoạch", "KE HOACH THUC HIEN..." (a caps line opening with a document type). */
    private static boolean isTitleLine(String l) {
        if (l.length() > 200) return false;
        String f = Vietnamese.foldKeepingLength(l.length() > 40 ? l.substring(0, 40) : l);
        Matcher m = TITLE_FOLDED.matcher(f);
        if (!m.find()) return false;
        String word = l.substring(0, Math.min(l.length(), m.end()));
        return m.end() >= f.length() || word.equals(word.toUpperCase(java.util.Locale.ROOT));
    }

    private static boolean continues(String prev, String l, int wrapWidth) {
        if (NATIONAL_MOTTO.matcher(prev).find() || NATIONAL_MOTTO.matcher(l).find()) return false;
        if (THUONG_BINH_CONTINUATION.matcher(l).find() && ENDS_LAO_DONG.matcher(prev).find()) return true;
        if (endsSentence(prev)) return false;
        if (BLOCK_START.matcher(l).find()) return false;
        if (TITLE_WORD.matcher(prev).matches() || TITLE_WORD.matcher(l).matches()) return false;
        boolean prevCaps = isAllCaps(prev);
        boolean lineCaps = isAllCaps(l);
        if (prevCaps != lineCaps) {
            return false;
        }
        if (prevCaps) return true;
        if (startsLower(l)) return true;
        if (prev.endsWith(",") || prev.endsWith("-") || prev.endsWith("–") || prev.endsWith("(")) return true;
        // An upper-case start continues only a line that ran to the wrap width (not a short heading).
        return prev.length() >= wrapWidth * 0.8 && wrapWidth < 200;
    }

    /** The typical width of hard-wrapped lines: the 80th percentile of line lengths. */
    private static int wrapWidth(List<String> lines, boolean[] drop) {
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!drop[i] && !lines.get(i).isEmpty()) lengths.add(lines.get(i).length());
        }
        if (lengths.isEmpty()) return 80;
        lengths.sort(null);
        return Math.max(20, lengths.get((int) Math.floor((lengths.size() - 1) * 0.8)));
    }
}
