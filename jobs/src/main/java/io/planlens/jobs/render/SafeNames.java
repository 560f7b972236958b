package io.planlens.jobs.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * File names built from data (issuer, province, indicator code): an ASCII slug that says what it is
 * plus a short hash of the exact original text, so two names that slug alike stay apart and nothing
 * (a "/", "..", a drive letter, a control character) can step outside the output folder.
 */
public final class SafeNames {
    private static final int MAX_SLUG = 40;

    private SafeNames() {}

    /** "Huyện Bảo Yên" -> "huyen-bao-yen-1a2b3c4d"; null or empty -> "none-" + hash. */
    public static String slug(String text) {
        String s = text == null ? "" : text;
        String ascii = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.length() > MAX_SLUG) {
            ascii = ascii.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        if (ascii.isEmpty()) {
            ascii = "none";
        }
        return ascii + "-" + hash(s);
    }

    /** A base name (no extension): a fixed ASCII kind followed by the slugs of the data parts. */
    public static String file(String kind, String... parts) {
        StringBuilder b = new StringBuilder(fixed(kind));
        for (String p : parts) {
            b.append('_').append(slug(p));
        }
        return b.toString();
    }

    /** A name part the program chose itself (kept readable, still restricted to [a-z0-9-]). */
    public static String fixed(String kind) {
        String k = kind.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        return k.isEmpty() ? "chart" : k;
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
