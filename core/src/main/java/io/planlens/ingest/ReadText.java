package io.planlens.ingest;

import java.util.List;

/**
 * Text as a {@link PlanReader} got it out of a file.
 *
 * @param text     decoded text, NFC
 * @param encoding what it was read as ("UTF-8", "UTF-16LE", "windows-1258", "pdf", "docx")
 * @param flags    quality flags found while reading (e.g. {@code invalid_bytes}, {@code ocr})
 */
public record ReadText(String text, String encoding, List<String> flags) implements java.io.Serializable {}
