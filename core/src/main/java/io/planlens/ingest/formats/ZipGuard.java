package io.planlens.ingest.formats;

import io.planlens.ingest.RejectException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates every entry of a zip (a DOCX) once, counting real bytes rather than trusting the sizes the
 * archive claims, and stops as soon as the archive inflates past the limits. Runs before POI sees the file.
 */
final class ZipGuard {
    /** Entries smaller than this are never called bombs, whatever their ratio (XML compresses well). */
    static final long RATIO_FLOOR = 100 * 1024;
    private static final int MAX_ENTRIES = 10_000;

    private ZipGuard() {}

    static void check(byte[] bytes, ReadLimits limits) throws RejectException {
        long total = 0;
        int entries = 0;
        byte[] buf = new byte[64 * 1024];
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new RejectException("zip_bomb", "more than " + MAX_ENTRIES + " zip entries");
                }
                long declared = e.getCompressedSize();
                long inflated = 0;
                int n;
                while ((n = zin.read(buf)) > 0) {
                    inflated += n;
                    total += n;
                    if (total > limits.maxUnzippedBytes()) {
                        throw new RejectException("zip_bomb", "inflates to more than " + limits.maxUnzippedBytes()
                                + " bytes (limit maxUnzippedBytes), at entry " + e.getName());
                    }
                    if (declared > 0) checkRatio(e.getName(), inflated, declared, limits);
                }
                long compressed = e.getCompressedSize();
                if (compressed > 0) checkRatio(e.getName(), inflated, compressed, limits);
            }
        } catch (IOException ex) {
            throw new RejectException("corrupt", "broken zip: " + Bounded.describe(ex));
        }
        if (entries == 0) throw new RejectException("corrupt", "broken zip: no entries");
    }

    private static void checkRatio(String name, long inflated, long compressed, ReadLimits limits) throws RejectException {
        if (inflated > RATIO_FLOOR && inflated > compressed * limits.maxInflateRatio()) {
            throw new RejectException("zip_bomb", "entry " + name + " inflates more than "
                    + (long) limits.maxInflateRatio() + " times (" + compressed + " bytes -> over " + inflated + ")");
        }
    }
}
