package io.planlens.generate;

import java.util.List;
import java.util.SplittableRandom;

/** A seeded random source plus stable hashing, so every choice is reproducible from the seed. */
final class Rnd {
    private final SplittableRandom r;

    Rnd(long seed) {
        this.r = new SplittableRandom(seed);
    }

    boolean chance(double p) {
        return r.nextDouble() < p;
    }

    /** Uniform integer in [a, b] inclusive. */
    int between(int a, int b) {
        return a + r.nextInt(b - a + 1);
    }

    double uniform(double a, double b) {
        return a + (b - a) * r.nextDouble();
    }

    <T> T pick(T[] a) {
        return a[r.nextInt(a.length)];
    }

    <T> T pick(List<T> a) {
        return a.get(r.nextInt(a.size()));
    }

    int nextInt(int bound) {
        return r.nextInt(bound);
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static long mix(long a, long b) {
        return mix(a * 0x9E3779B97F4A7C15L + mix(b + 0x632BE59BD9B4E019L));
    }

    static long mix(long a, long b, long c) {
        return mix(mix(a, b), c);
    }

    static long mix(long a, long b, long c, long d) {
        return mix(mix(a, b, c), d);
    }

    /** A stable 64-bit hash of a string (FNV-1a over UTF-16 units). */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** A stable 64-bit hash of bytes (FNV-1a). */
    static long hash(byte[] b) {
        long h = 0xcbf29ce484222325L;
        for (byte x : b) {
            h ^= (x & 0xff);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** A uniform double in [0, 1) derived from a hash. */
    static double unit(long h) {
        return (mix(h) >>> 11) * 0x1.0p-53;
    }
}
