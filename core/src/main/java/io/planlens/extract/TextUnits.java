package io.planlens.extract;

import io.planlens.text.Vietnamese;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a plan's text into prose units (a paragraph or bullet, re-joined when a PDF export broke it
 * across lines, with or without blank lines between) and Markdown tables. Every unit keeps a map from
 * its characters back to offsets in the original text, so quotes are exact spans of it.
 */
final class TextUnits {
    private TextUnits() {}

    /** A paragraph or bullet: {@code text.charAt(i)} comes from {@code original.charAt(map[i])}. */
    record Unit(String text, int[] map, boolean heading) {
        int origStart(int i) {
            return map[Math.min(i, map.length - 1)];
        }

        int origEnd(int iExclusive) {
            return map[Math.max(0, iExclusive - 1)] + 1;
        }
    }

    record Cell(String text, int start, int end) {}

    record Row(List<Cell> cells, int start, int end) {}

    /** Either a prose unit or a table (rows of cells). */
    record Block(Unit unit, List<Row> table) {}

    private static final Pattern MARKER = Pattern.compile(
            "^(?:[-+–—•●○▪◦·∙\u2022\\u2190-\\u21ff\\u25a0-\\u25ff\\u2700-\\u27bf\\ue000-\\uf8ff●○▪◦·∙]|\\*\\s|\\(?[a-zđ]\\)\\s|[a-zđ]\\.\\s|\\(?\\d{1,2}(?:\\.\\d{1,2}){0,3}[.)/]\\s|[ivx]{1,5}[.)]\\s"
                    + "|chi tieu\\s*\\d|muc tieu\\s*\\d|buoc\\s*\\d)");
    private static final Pattern SEP_ROW = Pattern.compile("^\\|?[\\s:|\\-–—]+\\|?$");
    private static final Pattern THOUSANDS_TAIL = Pattern.compile("^\\d{3}(?!\\d)");
    private static final Pattern DECIMAL_TAIL = Pattern.compile("^\\d{1,2}(?!\\d)");

    static List<Block> split(String t) {
        List<Block> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        IntList map = new IntList();
        boolean unitHeading = false;
        String prevLine = null; // content of the previous non-blank prose line
        boolean prevHeading = false;
        List<Row> table = null;
        int n = t.length();
        int ls = 0;
        while (ls <= n) {
            int le = t.indexOf('\n', ls);
            if (le < 0) le = n;
            int a = ls, b = le;
            while (a < b && isSpace(t.charAt(a))) a++;
            while (b > a && isSpace(t.charAt(b - 1))) b--;
            if (a < b) {
                String line = t.substring(a, b);
                boolean isTable = isTableRow(line, table != null, t, le);
                if (isTable) {
                    if (sb.length() > 0) {
                        out.add(new Block(new Unit(sb.toString(), map.toArray(), unitHeading), null));
                        sb.setLength(0);
                        map.clear();
                    }
                    prevLine = null;
                    if (table == null) table = new ArrayList<>();
                    if (!SEP_ROW.matcher(line).matches()) table.add(row(t, a, b));
                } else {
                    if (table != null) {
                        if (!table.isEmpty()) out.add(new Block(null, table));
                        table = null;
                    }
                    boolean heading = isHeading(line);
                    String lead = stripDecor(line);
                    String leadFold = Vietnamese.foldKeepingLength(lead.length() > 24 ? lead.substring(0, 24) : lead);
                    boolean marker = MARKER.matcher(leadFold).find();
                    boolean glueNumber = false;
                    boolean newUnit;
                    if (prevLine == null || sb.length() == 0) {
                        newUnit = true;
                    } else {
                        String pl = stripTrailingDecor(prevLine);
                        char last = pl.isEmpty() ? ' ' : pl.charAt(pl.length() - 1);
                        char beforeLast = pl.length() < 2 ? ' ' : pl.charAt(pl.length() - 2);
                        if ((last == '.' || last == ',') && Character.isDigit(beforeLast)) {
                            Pattern tail = last == '.' ? THOUSANDS_TAIL : DECIMAL_TAIL;
                            glueNumber = tail.matcher(line).find() && !marker;
                        }
                        newUnit = !glueNumber && (heading || prevHeading || marker || ".;:!?".indexOf(last) >= 0);
                    }
                    if (newUnit && sb.length() > 0) {
                        out.add(new Block(new Unit(sb.toString(), map.toArray(), unitHeading), null));
                        sb.setLength(0);
                        map.clear();
                    }
                    if (sb.length() == 0) {
                        unitHeading = heading;
                    } else if (!glueNumber) {
                        sb.append(' ');
                        map.add(ls - 1); // the line break
                    }
                    for (int i = a; i < b; i++) {
                        char c = t.charAt(i);
                        sb.append(isSpace(c) ? ' ' : c);
                    }
                    map.addRange(a, b);
                    prevLine = line;
                    prevHeading = heading;
                }
            }
            ls = le + 1;
        }
        if (sb.length() > 0) out.add(new Block(new Unit(sb.toString(), map.toArray(), unitHeading), null));
        if (table != null && !table.isEmpty()) out.add(new Block(null, table));
        return out;
    }

    /**
     * A table row: a Markdown row ("| a | b |"), or a row as a normaliser leaves it ("1 | a | b"): two bars or
     * more, or one bar between spaces when the row before or after is also one.
     */
    private static boolean isTableRow(String line, boolean inTable, String t, int lineEnd) {
        int bars = 0;
        for (int i = 0; i < line.length() && bars < 2; i++) {
            if (line.charAt(i) == '|') bars++;
        }
        if (bars >= 2) return true;
        if (bars == 0 || line.length() < 3) return false;
        if (line.charAt(0) == '|') return false;
        if (!line.contains(" | ")) return false;
        if (inTable) return true;
        // the next non-blank line
        int ls = lineEnd + 1, n = t.length();
        while (ls < n) {
            int le = t.indexOf('\n', ls);
            if (le < 0) le = n;
            int a = ls;
            while (a < le && isSpace(t.charAt(a))) a++;
            if (a < le) return t.substring(a, le).contains(" | ");
            ls = le + 1;
        }
        return false;
    }

    private static Row row(String t, int a, int b) {
        List<Cell> cells = new ArrayList<>();
        int i = a;
        if (t.charAt(i) == '|') i++;
        while (i < b) {
            int j = t.indexOf('|', i);
            if (j < 0 || j > b) j = b;
            int cs = i, ce = j;
            while (cs < ce && isSpace(t.charAt(cs))) cs++;
            while (ce > cs && isSpace(t.charAt(ce - 1))) ce--;
            cells.add(new Cell(t.substring(cs, ce), cs, ce));
            i = j + 1;
        }
        // a trailing empty cell after the closing bar is not a column
        if (!cells.isEmpty() && cells.get(cells.size() - 1).text().isEmpty() && t.charAt(b - 1) == '|') {
            cells.remove(cells.size() - 1);
        }
        return new Row(cells, a, b);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00A0' || c == '\uFEFF' || c == '\u200B'
                || c == '\f' || c == '\u2007' || c == '\u202F';
    }

    static String stripDecor(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == '*' || line.charAt(i) == '#' || line.charAt(i) == '>'
                || line.charAt(i) == '_' || isSpace(line.charAt(i)))) {
            // keep a "* " bullet
            if (line.charAt(i) == '*' && i + 1 < line.length() && line.charAt(i + 1) == ' '
                    && (i + 2 >= line.length() || line.charAt(i + 2) != '*')) break;
            i++;
        }
        return line.substring(i);
    }

    private static String stripTrailingDecor(String line) {
        int j = line.length();
        while (j > 0 && (line.charAt(j - 1) == '*' || line.charAt(j - 1) == '_' || isSpace(line.charAt(j - 1)))) j--;
        return line.substring(0, j);
    }

    /** A title or section heading: Markdown heading, a fully bold line, or upper case. */
    static boolean isHeading(String line) {
        String s = line.trim();
        if (s.startsWith("#")) return true;
        if (s.startsWith("**") && s.endsWith("**") && s.length() > 4 && s.indexOf("**", 2) == s.length() - 2) return true;
        int letters = 0, upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters++;
            } else if (c >= 'A' && c <= 'Z') {
                letters++;
                upper++;
            } else if (c > 0x7f && Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            } else {
                continue;
            }
            // give up as soon as too many lower-case letters are seen
            if (letters - upper > 0.15 * Math.max(letters, 40)) return false;
        }
        return letters >= 6 && upper >= 0.85 * letters;
    }

    /** A growable int array. */
    static final class IntList {
        private int[] a = new int[256];
        private int n;

        void add(int v) {
            if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        void addRange(int from, int to) {
            int k = to - from;
            if (n + k > a.length) a = java.util.Arrays.copyOf(a, Math.max(a.length * 2, n + k));
            for (int i = 0; i < k; i++) a[n + i] = from + i;
            n += k;
        }

        void clear() {
            n = 0;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
