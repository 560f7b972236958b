package io.planlens.ingest;

/**
 * An input file that produced no new plan, and why. {@code reason} is a short code
 * ({@code empty}, {@code binary}, {@code undecodable}, {@code not_a_plan}, {@code too_large},
 * {@code unreadable}, {@code unsupported_format}, {@code duplicate}, {@code needs_ocr}, ...);
 * {@code detail} says what a person needs to act on it.
 */
public record Reject(String sourcePath, String reason, String detail) implements java.io.Serializable {}
