package io.planlens.extract;

import io.planlens.text.Vietnamese;

/**
 * Table-driven form of {@link Vietnamese#foldChar(char)} for speed: one lookup per character instead of
 * a Unicode decomposition. Same results, same length as the input.
 */
final class Fold {
    private static final int LIMIT = 0x2200;
    private static final char[] TABLE = new char[LIMIT];

    static {
        for (int c = 0; c < LIMIT; c++) TABLE[c] = Vietnamese.foldChar((char) c);
    }

    private Fold() {}

    static char fold(char c) {
        return c < LIMIT ? TABLE[c] : Vietnamese.foldChar(c);
    }

    /** Index i of the result stands for index i of the input. */
    static String keepingLength(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) out[i] = fold(s.charAt(i));
        return new String(out);
    }
}
