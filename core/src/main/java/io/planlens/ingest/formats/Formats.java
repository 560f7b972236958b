package io.planlens.ingest.formats;

import io.planlens.ingest.PlanReader;

import java.util.List;

/** The readers for published document formats (PDF, DOCX, DOC), for {@code PlanParser} to register. */
public final class Formats {
    private Formats() {}

    /** PDF, DOCX and DOC readers with the default {@link ReadLimits} and OCR when tesseract is installed. */
    public static List<PlanReader> readers() {
        return readers(ReadLimits.DEFAULT);
    }

    public static List<PlanReader> readers(ReadLimits limits) {
        return List.of(new PdfPlanReader(limits), new DocxPlanReader(limits), new DocPlanReader(limits));
    }
}
