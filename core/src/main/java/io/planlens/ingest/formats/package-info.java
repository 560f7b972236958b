/**
 * Readers for plans as they are published: PDF (PDFBox, with OCR of scanned pages through tesseract),
 * DOCX (POI XWPF) and DOC (POI HWPF). Each returns text that reads like the plain-text export of the
 * same plan and rejects hostile or unreadable files with a reason; {@link io.planlens.ingest.formats.Formats#readers()}
 * lists them.
 */
package io.planlens.ingest.formats;
