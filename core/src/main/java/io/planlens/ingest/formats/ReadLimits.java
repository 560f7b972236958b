package io.planlens.ingest.formats;

import java.time.Duration;

/**
 * Bounds that keep one hostile or broken file from taking the whole run down.
 *
 * @param maxBytes             largest file read at all (reject {@code too_large}); default 50 MiB
 * @param maxPages             most PDF pages (reject {@code too_many_pages}); default 500
 * @param maxUnzippedBytes     most bytes a DOCX may inflate to, all entries together (reject {@code zip_bomb}); default 256 MiB
 * @param maxInflateRatio      largest uncompressed/compressed ratio of one zip entry bigger than 100 KiB
 *                             (reject {@code zip_bomb}); default 100
 * @param maxTextChars         most characters of text kept from one file (reject {@code too_large}); default 5 million
 * @param timeout              wall time for reading one file, OCR included (reject {@code timeout}); default 5 minutes
 * @param ocrPageTimeout       wall time for OCR of one page (that page is then left out and flagged); default 90 seconds
 */
public record ReadLimits(long maxBytes, int maxPages, long maxUnzippedBytes, double maxInflateRatio,
                         int maxTextChars, Duration timeout, Duration ocrPageTimeout) implements java.io.Serializable {

    public static final ReadLimits DEFAULT = new ReadLimits(50L << 20, 500, 256L << 20, 100.0, 5_000_000,
            Duration.ofMinutes(5), Duration.ofSeconds(90));

    public ReadLimits {
        if (maxBytes <= 0 || maxPages <= 0 || maxUnzippedBytes <= 0 || maxInflateRatio <= 1 || maxTextChars <= 0) {
            throw new IllegalArgumentException("limits must be positive (inflate ratio > 1)");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()
                || ocrPageTimeout == null || ocrPageTimeout.isNegative() || ocrPageTimeout.isZero()) {
            throw new IllegalArgumentException("time limits must be positive");
        }
    }

    public ReadLimits withMaxBytes(long v) { return new ReadLimits(v, maxPages, maxUnzippedBytes, maxInflateRatio, maxTextChars, timeout, ocrPageTimeout); }
    public ReadLimits withMaxPages(int v) { return new ReadLimits(maxBytes, v, maxUnzippedBytes, maxInflateRatio, maxTextChars, timeout, ocrPageTimeout); }
    public ReadLimits withMaxUnzippedBytes(long v) { return new ReadLimits(maxBytes, maxPages, v, maxInflateRatio, maxTextChars, timeout, ocrPageTimeout); }
    public ReadLimits withMaxInflateRatio(double v) { return new ReadLimits(maxBytes, maxPages, maxUnzippedBytes, v, maxTextChars, timeout, ocrPageTimeout); }
    public ReadLimits withMaxTextChars(int v) { return new ReadLimits(maxBytes, maxPages, maxUnzippedBytes, maxInflateRatio, v, timeout, ocrPageTimeout); }
    public ReadLimits withTimeout(Duration v) { return new ReadLimits(maxBytes, maxPages, maxUnzippedBytes, maxInflateRatio, maxTextChars, v, ocrPageTimeout); }
    public ReadLimits withOcrPageTimeout(Duration v) { return new ReadLimits(maxBytes, maxPages, maxUnzippedBytes, maxInflateRatio, maxTextChars, timeout, v); }
}
