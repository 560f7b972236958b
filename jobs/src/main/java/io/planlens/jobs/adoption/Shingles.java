package io.planlens.jobs.adoption;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Word shingles of a text, for text-reuse similarity. A word is a maximal run of letters and digits
 * ({@link Character#isLetterOrDigit(int)}), lower-cased, of the text in Unicode NFC (a text that is not
 * NFC yet is normalised first); every run of {@code k} consecutive words is one shingle. The text is read
 * in one pass: each word is hashed once, from its characters, into 64 bits, and a shingle's 32-bit hash
 * is mixed from the hashes of its k words (MurmurHash3's block mixing and 64-bit finaliser), so no
 * string is built per word or shingle and a plan's shingle set stays a small sorted int array.
 */
public final class Shingles {
    /** Words per shingle. */
    public static final int K = 5;
    private static final long SEED = 0x3c074a61L;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private Shingles() {}

    /** The distinct shingle hashes of {@code text}, sorted; a text of fewer than k words is one shingle. */
    public static int[] hashes(String text, int k) {
        if (k < 1) throw new IllegalArgumentException("k must be at least 1: " + k);
        if (text == null || text.isEmpty()) return new int[0];
        String t = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        long[] words = new long[Math.max(16, t.length() / 6)];
        int n = 0;
        long h = FNV_OFFSET;
        int len = 0;
        for (int i = 0, end = t.length(); i < end; ) {
            char c = t.charAt(i);
            int cp = Character.isHighSurrogate(c) ? t.codePointAt(i) : c;
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                h = (h ^ Character.toLowerCase(cp)) * FNV_PRIME;
                len++;
            } else if (len > 0) {
                if (n == words.length) words = Arrays.copyOf(words, n * 2);
                words[n++] = fmix64(h ^ len);
                h = FNV_OFFSET;
                len = 0;
            }
        }
        if (len > 0) {
            if (n == words.length) words = Arrays.copyOf(words, n + 1);
            words[n++] = fmix64(h ^ len);
        }
        if (n == 0) return new int[0];

        int shingles = Math.max(1, n - k + 1);
        int[] out = new int[shingles];
        for (int i = 0; i < shingles; i++) {
            int last = Math.min(i + k, n);
            long s = SEED;
            for (int j = i; j < last; j++) {
                long w = words[j] * C1;
                w = Long.rotateLeft(w, 31) * C2;
                s ^= w;
                s = Long.rotateLeft(s, 27) * 5 + 0x52dce729;
            }
            s = fmix64(s ^ (last - i));
            out[i] = (int) (s ^ (s >>> 32));
        }
        sort(out);
        int d = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[d - 1]) out[d++] = out[i];
        }
        return d == out.length ? out : Arrays.copyOf(out, d);
    }

    /**
     * Sorts ascending (as signed ints) by four byte-wise counting passes: a plan has thousands of shingles,
     * and this is about twice as fast as {@link Arrays#sort(int[])} on them.
     */
    static void sort(int[] a) {
        int[] src = a, dst = new int[a.length];
        int[] count = new int[257];
        for (int shift = 0; shift < 32; shift += 8) {
            Arrays.fill(count, 0);
            int flip = shift == 24 ? 0x80 : 0; // the sign bit puts negative values first
            for (int v : src) count[(((v >>> shift) & 0xff) ^ flip) + 1]++;
            for (int i = 0; i < 256; i++) count[i + 1] += count[i];
            for (int v : src) dst[count[((v >>> shift) & 0xff) ^ flip]++] = v;
            int[] t = src;
            src = dst;
            dst = t;
        }
        // four passes: the sorted values are back in a
    }

    /** MurmurHash3's 64-bit finaliser: every input bit affects every output bit. */
    static long fmix64(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
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
