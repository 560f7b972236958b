package io.planlens.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Helpers for matching Vietnamese text robustly: with or without diacritics, any case. */
public final class Vietnamese {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Vietnamese() {}

    /**
     * Lower case, diacritics removed, đ folded to d, white space collapsed:
     * "Ủy ban nhân dân Tỉnh Đắk Lắk" and "uy ban nhan dan tinh dak lak" fold alike.
     * The result has the same length as the input only when the input has no marks to drop;
     * use {@link #foldKeepingLength(String)} where offsets must line up.
     */
    public static String fold(String s) {
        if (s == null) return "";
        // One pass with the precomputed table: the same result as decomposing, dropping marks, lower-casing
        // and collapsing white space, without three intermediate strings (fold runs on every line of a plan).
        StringBuilder b = new StringBuilder(s.length());
        boolean afterSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!afterSpace) b.append(' ');
                afterSpace = true;
                continue;
            }
            if (c < TABLE_LIMIT ? MARK[c] : isMark(c)) continue;
            if (c >= TABLE_LIMIT || c == 'Σ') {
                // outside the table (Hangul, symbols with decompositions, surrogates) or lower-cased by context
                if (!plainBeyondTable(c)) return foldByDecomposition(s);
                b.append(c);
            } else {
                b.append(TABLE[c]);
            }
            afterSpace = false;
        }
        return b.toString().trim();
    }

    private static boolean plainBeyondTable(char c) {
        if (c == 'Σ' || Character.isLetter(c) || Character.isSurrogate(c)) return false;
        return Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFD) && Character.toLowerCase(c) == c;
    }

    private static boolean isMark(char c) {
        if (c < 0x300) return false;
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /** What {@code fold} computes, spelled out with the JDK's normaliser; kept as the definition the fast path is tested against. */
    static String foldByDecomposition(String s) {
        if (s == null) return "";
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        d = MARKS.matcher(d).replaceAll("");
        d = d.replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(d.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").trim();
    }

    /**
     * Folds every character on its own so that index i of the result stands for index i of the
     * (NFC) input. Use it to search a folded pattern and quote the original span.
     */
    public static String foldKeepingLength(String s) {
        if (s == null) return "";
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) out[i] = foldChar(s.charAt(i));
        return new String(out);
    }

    /** True when the string has no character outside ASCII (text typed without diacritics). */
    public static boolean isAscii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    /** Folded forms of the Latin ranges (Vietnamese letters end at U+1EF9): one lookup instead of a decomposition. */
    private static final int TABLE_LIMIT = 0x2200;
    private static final char[] TABLE = new char[TABLE_LIMIT];

    /** {@link #isMark} of every character below the limit, looked up once: fold reads every character of a plan. */
    private static final boolean[] MARK = new boolean[TABLE_LIMIT];

    static {
        for (int c = 0; c < TABLE_LIMIT; c++) {
            TABLE[c] = decomposeFold((char) c);
            MARK[c] = isMark((char) c);
        }
    }

    /** The base letter of one character, lower case: 'Ấ' -> 'a', 'Đ' -> 'd'. */
    public static char foldChar(char c) {
        return c < TABLE_LIMIT ? TABLE[c] : decomposeFold(c);
    }

    private static char decomposeFold(char c) {
        if (c < 0x80) return Character.toLowerCase(c);
        if (c == 'đ' || c == 'Đ') return 'd';
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = d.charAt(0);
        return Character.toLowerCase(base);
    }
}
