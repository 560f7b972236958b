package io.planlens.text;

/**
 * Fast per-character folding with offsets kept: the same result as
 * {@link Vietnamese#foldKeepingLength(String)}, through a lookup table for the Latin ranges.
 * Patterns written in folded form ("ke hoach", "uy ban nhan dan") then match text with or without
 * diacritics, in any case, and their offsets point into the original.
 */
public final class Folding {
    private static final char[] TABLE = new char[0x2000];

    static {
        for (char c = 0; c < TABLE.length; c++) TABLE[c] = Vietnamese.foldChar(c);
    }

    private Folding() {}

    public static char fold(char c) {
        return c < TABLE.length ? TABLE[c] : Vietnamese.foldChar(c);
    }

    /** Index i of the result stands for index i of {@code s} (NFC input expected). */
    public static String foldKeepingLength(String s) {
        if (s == null) return "";
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) out[i] = fold(s.charAt(i));
        return new String(out);
    }

    /** True when the string has no letter outside ASCII (text typed without diacritics). */
    public static boolean isAscii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }
}
