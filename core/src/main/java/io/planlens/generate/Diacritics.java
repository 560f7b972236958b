package io.planlens.generate;

import java.text.Normalizer;

/** Drops Vietnamese diacritics character by character, keeping case and length (for "no-accent" documents). */
final class Diacritics {
    private static final char[] TABLE = new char[0x2000];

    static {
        for (int c = 0; c < TABLE.length; c++) {
            char ch = (char) c;
            if (ch == 'đ') TABLE[c] = 'd';
            else if (ch == 'Đ') TABLE[c] = 'D';
            else if (c < 0x80) TABLE[c] = ch;
            else {
                String d = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
                char base = d.charAt(0);
                TABLE[c] = base < 0x80 && Character.isLetter(base) ? base : ch;
            }
        }
    }

    private Diacritics() {}

    static String strip(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out[i] = c < TABLE.length ? TABLE[c] : c;
        }
        return new String(out);
    }
}
