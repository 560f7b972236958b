package io.planlens.extract.citation;

import io.planlens.text.Vietnamese;

/**
 * A folded, compacted view of a text for finding references: lower case, no diacritics, đ/Ð -> d,
 * every dash -> '-', every run of white space (line breaks included) -> one space, combining marks
 * and invisible characters dropped. {@link #orig(int)} maps each index back to the original text so
 * that quotes are exact spans of the input.
 */
public final class CitationText {
    private static final char[] FOLD = new char[0x2000];

    static {
        for (char c = 0; c < FOLD.length; c++) {
            FOLD[c] = Vietnamese.foldChar(c);
        }
        FOLD['Ð'] = 'd';
        FOLD['ð'] = 'd';
    }

    /** What each character below {@link #FOLD}'s limit is, looked up once: a text is read a character at a time. */
    private static final byte OTHER = 0, SPACE = 1, INVISIBLE = 2;
    private static final byte[] KIND = new byte[FOLD.length];

    static {
        for (char c = 0; c < KIND.length; c++) KIND[c] = kindOf(c);
    }

    private static byte kindOf(char c) {
        if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') return SPACE;
        return isInvisible(c) ? INVISIBLE : OTHER;
    }

    private final String source;
    private final String folded;
    private final int[] map;

    public CitationText(String source) {
        this.source = source;
        StringBuilder sb = new StringBuilder(source.length());
        int[] m = new int[source.length() + 1];
        int n = 0;
        int pendingSpace = -1;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            byte kind = c < KIND.length ? KIND[c] : kindOf(c);
            if (kind == SPACE) {
                if (pendingSpace < 0) pendingSpace = i;
                continue;
            }
            if (kind == INVISIBLE) continue;
            if (pendingSpace >= 0) {
                if (n > 0) {
                    sb.append(' ');
                    m[n++] = pendingSpace;
                }
                pendingSpace = -1;
            }
            sb.append(fold(c));
            m[n++] = i;
        }
        m[n] = source.length();
        this.folded = sb.toString();
        this.map = m;
    }

    private static boolean isInvisible(char c) {
        if (c == '*' || c == '_' || c == '`') return true; // Markdown emphasis
        if (c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u2060') return true;
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    static char fold(char c) {
        switch (c) {
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
                return '-';
            default:
                return c < FOLD.length ? FOLD[c] : Character.toLowerCase(c);
        }
    }

    public String source() {
        return source;
    }

    /** The folded, compacted text. */
    public String folded() {
        return folded;
    }

    public int length() {
        return folded.length();
    }

    /** Original index of folded index i (i == length() maps to the source length). */
    public int orig(int i) {
        return map[i];
    }

    /** Original start of a folded span. */
    public int origStart(int start) {
        return map[start];
    }

    /** Original end (exclusive) of a folded span ending at end (exclusive). */
    public int origEnd(int end) {
        if (end == 0) return 0;
        int e = map[end - 1] + 1;
        while (e < source.length() && isMark(source.charAt(e))) e++;
        return e;
    }

    /** The original text of a folded span. */
    public String original(int start, int end) {
        if (end <= start) return "";
        return source.substring(origStart(start), origEnd(end));
    }

    /** The original character at a folded index. */
    public char originalChar(int i) {
        return source.charAt(map[i]);
    }
}
