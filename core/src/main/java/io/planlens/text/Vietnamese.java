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

    static {
        for (int c = 0; c < TABLE_LIMIT; c++) TABLE[c] = decomposeFold((char) c);
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
