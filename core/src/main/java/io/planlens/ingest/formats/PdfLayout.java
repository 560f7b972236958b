package io.planlens.ingest.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns positioned words of PDF pages into plain text in reading order: lines from baselines, cells
 * from wide gaps, two-column pages read column by column, tables as {@code cell | cell} rows, running
 * headers/footers and page numbers dropped, and wrapped lines joined back where the sentence goes on.
 * Works on plain data so it is tested without PDFs; the PDF specifics live in {@link PdfPlanReader}.
 */
final class PdfLayout {

    /** A run of non-blank glyphs: y is the baseline measured from the top of the page, h the font size. */
    record Atom(String text, float x0, float x1, float y, float h) {}

    /** One line in reading order, as text, with what the joining step needs to know about it. */
    record Line(String text, boolean table, boolean full) {}

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)[-–—.\\s]*(?:trang|page|tr\\.)?\\s*(\\d{1,4})(?:\\s*(?:/|trên|of)\\s*\\d{1,4})?[-–—.\\s]*");
    private static final Pattern LIST_START = Pattern.compile(
            "^(?:[-+*•·▪●○■□►✓–—]|\\(?\\d{1,3}[.)](?!\\d)|\\(?[a-zđ][)]|[a-zđ]\\.\\s|[IVXLC]{1,6}[.)]|\\(\\d{1,3}\\)|\\d{1,2}(?:\\.\\d{1,2}){1,3}\\.?\\s)");
    private static final Pattern LIST_LABEL = Pattern.compile(
            "\\(?(?:\\d{1,3}(?:\\.\\d{1,2}){0,3}|[a-zA-ZđĐ]|[IVXLC]{1,6})[.)]");
    private static final Pattern BULLET_LABEL = Pattern.compile("[-–—•+*·▪●○■□►✓❖➢\\p{Co}]");
    private static final Pattern TERMINAL = Pattern.compile("[.!?:;…]['\"”’)]*$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** "131/KH-" at a line end: a code or compound broken at its hyphen. */
    private static final Pattern HYPHEN_END = Pattern.compile("[\\p{L}\\p{N}]-$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PdfLayout() {}

    // ------------------------------------------------------------------ one page

    private static final class Seg {
        final StringBuilder text = new StringBuilder();
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;

        void add(Atom a) {
            if (text.length() > 0) text.append(' ');
            text.append(a.text());
            x0 = Math.min(x0, a.x0());
            x1 = Math.max(x1, a.x1());
        }

        float width() {
            return x1 - x0;
        }
    }

    private static final class Row {
        final List<Seg> segs = new ArrayList<>();
        float y;
        float h;
        float rightEdge;
        boolean table;
        boolean dropped;

        float x0() {
            return segs.get(0).x0;
        }

        float x1() {
            return segs.get(segs.size() - 1).x1;
        }
    }

    /** Lays out one page. */
    static List<Line> page(List<Atom> atoms) {
        if (atoms.isEmpty()) return List.of();
        List<Row> rows = rows(atoms);
        float px0 = Float.MAX_VALUE, px1 = -Float.MAX_VALUE;
        for (Row r : rows) {
            px0 = Math.min(px0, r.x0());
            px1 = Math.max(px1, r.x1());
        }
        for (Row r : rows) r.rightEdge = px1;
        rows = columns(rows, px0, px1);
        markTables(rows);
        mergeWrappedCells(rows);
        List<Line> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.dropped) continue;
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.segs.size(); i++) {
                if (i > 0) sb.append(r.table ? " | " : "   ");
                sb.append(r.segs.get(i).text);
            }
            float width = r.rightEdge - px0;
            // a line of several spread-out parts (a letterhead) does not run on into the next line
            boolean full = r.segs.size() == 1 && r.x1() >= r.rightEdge - Math.max(6 * r.h, 0.12f * width);
            out.add(new Line(sb.toString(), r.table, full));
        }
        return out;
    }

    /** Groups atoms into rows by baseline and splits each row into cells at gaps wider than about one em. */
    private static List<Row> rows(List<Atom> atoms) {
        List<Atom> sorted = new ArrayList<>(atoms);
        sorted.sort((a, b) -> a.y() != b.y() ? Float.compare(a.y(), b.y()) : Float.compare(a.x0(), b.x0()));
        List<List<Atom>> groups = new ArrayList<>();
        List<Atom> cur = null;
        float y = 0, h = 0;
        for (Atom a : sorted) {
            if (cur != null && Math.abs(a.y() - y) <= 0.45f * Math.max(a.h(), h)) {
                cur.add(a);
                h = Math.max(h, a.h());
            } else {
                cur = new ArrayList<>();
                cur.add(a);
                groups.add(cur);
                y = a.y();
                h = a.h();
            }
        }
        List<Row> rows = new ArrayList<>(groups.size());
        for (List<Atom> g : groups) {
            g.sort((a, b) -> Float.compare(a.x0(), b.x0()));
            Row r = new Row();
            r.y = g.get(0).y();
            Seg s = null;
            float prevX1 = 0;
            for (Atom a : g) {
                r.h = Math.max(r.h, a.h());
                float gap = a.x0() - prevX1;
                if (s == null || gap > Math.max(1.0f * a.h(), 6f)) {
                    s = new Seg();
                    r.segs.add(s);
                }
                s.add(a);
                prevX1 = Math.max(prevX1, a.x1());
            }
            attachListLabel(r);
            rows.add(r);
        }
        return rows;
    }

    /**
     * A list label set apart by a tab ("1.", "a)", a bullet glyph) belongs to the text after it, not to
     * a cell of its own. Bullet glyphs (symbol-font or private-use characters) become "-".
     */
    private static void attachListLabel(Row r) {
        if (r.segs.size() < 2) return;
        Seg first = r.segs.get(0), next = r.segs.get(1);
        String label = first.text.toString();
        if (next.x0 - first.x1 > 6 * r.h) return;
        String out;
        if (BULLET_LABEL.matcher(label).matches()) {
            out = "-";
        } else if (LIST_LABEL.matcher(label).matches()) {
            out = label;
        } else {
            return;
        }
        Seg merged = new Seg();
        merged.text.append(out).append(' ').append(next.text);
        merged.x0 = first.x0;
        merged.x1 = next.x1;
        r.segs.set(0, merged);
        r.segs.remove(1);
    }

    /**
     * Finds a vertical white band that no row crosses over a run of rows, with prose on both sides, and
     * reads such runs column by column. Runs of three or more cells per row are tables, not columns.
     */
    private static List<Row> columns(List<Row> rows, float px0, float px1) {
        if (rows.size() < 6) return rows;
        float w = px1 - px0;
        if (w <= 0) return rows;
        int best = Integer.MAX_VALUE;
        float bandStart = -1, bandEnd = -1, bestStart = -1, bestEnd = -1;
        for (float x = px0 + 0.3f * w; x <= px0 + 0.7f * w; x += 2f) {
            int cross = 0, left = 0, right = 0;
            for (Row r : rows) {
                boolean c = false, l = false, rt = false;
                for (Seg s : r.segs) {
                    if (s.x0 < x && s.x1 > x) c = true;
                    else if (s.x1 <= x) l = true;
                    else rt = true;
                }
                if (c) cross++;
                if (l) left++;
                if (rt) right++;
            }
            if (left < 3 || right < 3) {
                bandStart = -1;
                continue;
            }
            if (cross < best) {
                best = cross;
                bandStart = x;
                bestStart = x;
                bestEnd = x;
            } else if (cross == best) {
                if (bandStart < 0) bandStart = x;
                if (x - bandStart > bestEnd - bestStart) {
                    bestStart = bandStart;
                    bestEnd = x;
                }
            } else {
                bandStart = -1;
            }
        }
        if (best == Integer.MAX_VALUE) return rows;
        float gutter = (bestStart + bestEnd) / 2;
        List<Row> out = new ArrayList<>(rows.size());
        int i = 0;
        while (i < rows.size()) {
            if (crosses(rows.get(i), gutter)) {
                out.add(rows.get(i++));
                continue;
            }
            int j = i;
            while (j < rows.size() && !crosses(rows.get(j), gutter)) j++;
            List<Row> run = rows.subList(i, j);
            if (isColumnRun(run, gutter, px0, px1)) {
                List<Row> leftRows = new ArrayList<>();
                List<Row> rightRows = new ArrayList<>();
                float leftEdge = px0;
                for (Row r : run) {
                    Row l = new Row(), rt = new Row();
                    l.y = rt.y = r.y;
                    l.h = rt.h = r.h;
                    for (Seg s : r.segs) (s.x1 <= gutter ? l : rt).segs.add(s);
                    if (!l.segs.isEmpty()) {
                        leftRows.add(l);
                        leftEdge = Math.max(leftEdge, l.x1());
                    }
                    if (!rt.segs.isEmpty()) rightRows.add(rt);
                }
                for (Row l : leftRows) l.rightEdge = leftEdge;
                for (Row rt : rightRows) rt.rightEdge = px1;
                out.addAll(leftRows);
                out.addAll(rightRows);
            } else {
                out.addAll(run);
            }
            i = j;
        }
        return out;
    }

    private static boolean crosses(Row r, float x) {
        for (Seg s : r.segs) if (s.x0 < x && s.x1 > x) return true;
        return false;
    }

    private static boolean isColumnRun(List<Row> run, float gutter, float px0, float px1) {
        if (run.size() < 4) return false;
        List<Float> lw = new ArrayList<>(), rw = new ArrayList<>();
        int crowded = 0;
        for (Row r : run) {
            int nl = 0, nr = 0;
            for (Seg s : r.segs) {
                if (s.x1 <= gutter) {
                    nl++;
                    lw.add(s.width());
                } else {
                    nr++;
                    rw.add(s.width());
                }
            }
            if (nl > 1 || nr > 1) crowded++;
        }
        if (lw.size() < 3 || rw.size() < 3 || crowded > run.size() / 10) return false;
        return median(lw) >= 0.5f * (gutter - px0) && median(rw) >= 0.5f * (px1 - gutter);
    }

    private static float median(List<Float> v) {
        float[] a = new float[v.size()];
        for (int i = 0; i < a.length; i++) a[i] = v.get(i);
        Arrays.sort(a);
        return a[a.length / 2];
    }

    /** A row of two or more cells is a table row when a neighbouring multi-cell row shares a cell edge with it. */
    private static void markTables(List<Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.segs.size() < 2) continue;
            if (alignedNeighbour(rows, i, -1) || alignedNeighbour(rows, i, 1)) r.table = true;
        }
    }

    /** The nearest multi-cell row in direction {@code dir}, past at most three wrapped single lines, shares a cell edge. */
    private static boolean alignedNeighbour(List<Row> rows, int i, int dir) {
        Row r = rows.get(i);
        for (int k = 1, j = i + dir; k <= 4 && j >= 0 && j < rows.size(); k++, j += dir) {
            Row o = rows.get(j);
            if (o.segs.size() >= 2) return aligned(r, o);
        }
        return false;
    }

    private static boolean aligned(Row a, Row b) {
        if (b.segs.size() < 2 || Math.abs(a.y - b.y) > 6 * Math.max(a.h, b.h)) return false;
        for (int i = 1; i < a.segs.size(); i++) {
            for (int j = 1; j < b.segs.size(); j++) {
                Seg s = a.segs.get(i), t = b.segs.get(j);
                if (Math.abs(s.x0 - t.x0) <= 4 || Math.abs(s.x1 - t.x1) <= 4) return true;
            }
        }
        return false;
    }

    /**
     * A line right under a table row, with its first column empty and fewer cells, is the wrapped rest
     * of that row's cells: its text goes into the cells above it.
     */
    private static void mergeWrappedCells(List<Row> rows) {
        Row last = null;
        for (Row r : rows) {
            if (last != null && last.table && r.segs.size() < last.segs.size() && last.segs.size() >= 2
                    && r.y - last.y <= 2.2f * Math.max(r.h, last.h)
                    && r.x0() >= last.segs.get(0).x1 + 2) {
                boolean fits = true;
                int[] target = new int[r.segs.size()];
                for (int k = 0; k < r.segs.size() && fits; k++) {
                    target[k] = cellFor(last, r.segs.get(k));
                    if (target[k] <= 0) fits = false;
                }
                if (fits) {
                    for (int k = 0; k < r.segs.size(); k++) {
                        Seg cell = last.segs.get(target[k]);
                        cell.text.append(' ').append(r.segs.get(k).text);
                    }
                    r.dropped = true;
                    last.y = r.y;
                    continue;
                }
            }
            last = r;
        }
    }

    /** The index of the cell of {@code row} whose x-range holds the start of {@code s}, or -1. */
    private static int cellFor(Row row, Seg s) {
        int bestIdx = -1;
        float bestD = Float.MAX_VALUE;
        for (int i = 0; i < row.segs.size(); i++) {
            Seg c = row.segs.get(i);
            float nextStart = i + 1 < row.segs.size() ? row.segs.get(i + 1).x0 : Float.MAX_VALUE;
            if (s.x0 >= c.x0 - 4 && s.x0 < nextStart - 2) {
                float d = Math.abs(s.x0 - c.x0);
                if (d < bestD) {
                    bestD = d;
                    bestIdx = i;
                }
            }
        }
        return bestIdx;
    }

    // ------------------------------------------------------------------ whole document

    /**
     * Lines of OCR output for one page, in order; a line much shorter than the page's longest is taken to
     * end its paragraph.
     */
    static List<Line> ocrPage(String text) {
        String[] raw = text.split("\\R");
        int max = 0;
        for (String s : raw) max = Math.max(max, s.strip().length());
        List<Line> out = new ArrayList<>();
        for (String s : raw) {
            String t = SPACES.matcher(s.strip()).replaceAll(" ");
            if (t.isEmpty()) continue;
            out.add(new Line(t, false, t.length() >= 0.8 * max));
        }
        return out;
    }

    /**
     * Joins pages into one text: drops lines repeated at the top or bottom of most pages and page numbers,
     * then joins each line to the one before when the sentence goes on.
     */
    static String document(List<List<Line>> pages) {
        List<List<Line>> kept = dropRunningLines(pages);
        StringBuilder sb = new StringBuilder();
        Line prev = null;
        for (List<Line> page : kept) {
            for (Line l : page) {
                String t = l.text().strip();
                if (t.isEmpty()) continue;
                if (prev == null) {
                    sb.append(t);
                } else if (joins(prev, l)) {
                    int len = sb.length();
                    char before = len >= 2 ? sb.charAt(len - 2) : ' ';
                    if (sb.charAt(len - 1) == '-' && Character.isLetterOrDigit(before)) {
                        if (Character.isLowerCase(before) && Character.isLowerCase(t.charAt(0))) {
                            sb.setLength(len - 1);
                        }
                        sb.append(t);
                    } else {
                        sb.append(' ').append(t);
                    }
                } else {
                    sb.append('\n').append(t);
                }
                prev = l;
            }
        }
        return sb.toString();
    }

    static boolean joins(Line prev, Line cur) {
        if (prev.table() || cur.table()) return false;
        String p = prev.text().strip(), c = cur.text().strip();
        if (p.isEmpty() || c.isEmpty()) return false;
        if (TERMINAL.matcher(p).find()) return false;
        if (HYPHEN_END.matcher(p).find() && Character.isLetterOrDigit(c.codePointAt(0))) return true;
        if (LIST_START.matcher(c).find()) return false;
        int first = c.codePointAt(0);
        if (Character.isLowerCase(first)) return true;
        return prev.full() && !isHeading(c);
    }

    /** A whole line in capitals ("II. NHIỆM VỤ") starts a heading, not the rest of a sentence. */
    private static boolean isHeading(String s) {
        int letters = 0, upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isLetter(ch)) {
                letters++;
                if (Character.isUpperCase(ch)) upper++;
            }
        }
        return letters >= 4 && upper == letters;
    }

    private static List<List<Line>> dropRunningLines(List<List<Line>> pages) {
        int withText = 0;
        for (List<Line> p : pages) if (!p.isEmpty()) withText++;
        if (withText < 2) return pages;
        int edge = 2;
        Map<String, Integer> top = new HashMap<>(), bottom = new HashMap<>();
        for (List<Line> p : pages) {
            Set<String> seenTop = new HashSet<>(), seenBottom = new HashSet<>();
            for (int i = 0; i < Math.min(edge, p.size()); i++) seenTop.add(key(p.get(i)));
            for (int i = Math.max(0, p.size() - edge); i < p.size(); i++) seenBottom.add(key(p.get(i)));
            for (String k : seenTop) top.merge(k, 1, Integer::sum);
            for (String k : seenBottom) bottom.merge(k, 1, Integer::sum);
        }
        int need = Math.max(2, (withText + 1) / 2);
        Integer offset = pageNumberOffset(pages, edge);
        List<List<Line>> out = new ArrayList<>(pages.size());
        for (int pi = 0; pi < pages.size(); pi++) {
            List<Line> p = pages.get(pi);
            List<Line> q = new ArrayList<>(p.size());
            for (int i = 0; i < p.size(); i++) {
                Line l = p.get(i);
                boolean atTop = i < edge, atBottom = i >= p.size() - edge;
                if (atTop || atBottom) {
                    String k = key(l);
                    boolean repeated = !l.table() && !k.isEmpty() && p.size() > 1
                            && ((atTop && top.getOrDefault(k, 0) >= need) || (atBottom && bottom.getOrDefault(k, 0) >= need));
                    if (repeated || (offset != null && pageNumber(l) != null && pageNumber(l) - (pi + 1) == offset)) continue;
                }
                q.add(l);
            }
            out.add(q);
        }
        return out;
    }

    /** The number of a line that looks like a page number ("3", "- 3 -", "Trang 3/12"), else null. */
    private static Integer pageNumber(Line l) {
        if (l.table()) return null;
        var m = PAGE_NUMBER.matcher(l.text().strip());
        if (!m.matches()) return null;
        return Integer.valueOf(m.group(1));
    }

    /**
     * The difference between printed page numbers and page positions that most pages agree on (0 when
     * the first page is numbered 1), or null when fewer than two pages show one.
     */
    private static Integer pageNumberOffset(List<List<Line>> pages, int edge) {
        Map<Integer, Integer> votes = new HashMap<>();
        for (int pi = 0; pi < pages.size(); pi++) {
            List<Line> p = pages.get(pi);
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < p.size(); i++) {
                if (i >= edge && i < p.size() - edge) continue;
                Integer n = pageNumber(p.get(i));
                if (n != null) seen.add(n - (pi + 1));
            }
            for (int o : seen) votes.merge(o, 1, Integer::sum);
        }
        Integer best = null;
        int bestVotes = 1;
        for (var e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        return best;
    }

    private static String key(Line l) {
        String s = DIGITS.matcher(l.text().toLowerCase(Locale.ROOT)).replaceAll("#");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
