package io.planlens.ingest;

import io.planlens.metadata.PlanMetadata;

/**
 * One plan read from a file.
 *
 * @param docId        stable id: a hash of {@code text}, so the same content always gets the same id
 * @param sourcePath   the input file, relative to the input root
 * @param encoding     what the bytes were decoded as (e.g. {@code UTF-8}, {@code UTF-16LE}, {@code windows-1258})
 * @param originalText the decoded text, NFC, before cleaning (kept so a reader can check a quote)
 * @param text         the normalised text every later stage reads (offsets refer to it)
 * @param metadata     what the text says about itself
 */
public record ParsedPlan(String docId, String sourcePath, String encoding, String originalText, String text,
                         PlanMetadata metadata) implements java.io.Serializable {}
