package io.planlens.jobs.adoption;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Word shingles of a text, for text-reuse similarity: the text is put in Unicode NFC, lower-cased
 * and cut into words (runs of letters and digits); every run of {@code k} consecutive words is one
 * shingle, kept as a 32-bit MurmurHash3 of its words so a plan's shingle set stays small.
 */
public final class Shingles {
    /** Words per shingle. */
    public static final int K = 5;
    private static final int SEED = 0x3c074a61;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Shingles() {}

    public static List<String> words(String text) {
        if (text == null) return List.of();
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.split(t)) {
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    /** The distinct shingle hashes of {@code text}, sorted; a text of fewer than k words is one shingle. */
    public static int[] hashes(String text, int k) {
        List<String> w = words(text);
        if (w.isEmpty()) return new int[0];
        int n = Math.max(1, w.size() - k + 1);
        int[] h = new int[n];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.setLength(0);
            for (int j = i; j < Math.min(i + k, w.size()); j++) {
                if (j > i) sb.append(' ');
                sb.append(w.get(j));
            }
            h[i] = scala.util.hashing.MurmurHash3$.MODULE$.stringHash(sb.toString(), SEED);
        }
        return Arrays.stream(h).sorted().distinct().toArray();
    }

    /** Jaccard similarity of two sorted distinct sets: |A ∩ B| / |A ∪ B| (0 when both are empty). */
    public static double jaccard(int[] a, int[] b) {
        int i = 0, j = 0, common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 0.0 : (double) common / union;
    }
}
