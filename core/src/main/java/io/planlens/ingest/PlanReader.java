package io.planlens.ingest;

import java.util.Set;

/**
 * Turns the bytes of one kind of file into text. {@code PlanParser} picks the reader by the file's
 * ending; a new format (PDF, DOCX) is a new implementation registered there, nothing else changes.
 */
public interface PlanReader {
    /** Lower-case file name endings this reader takes, without the dot ("txt", "md"). */
    Set<String> extensions();

    /**
     * The document's text, NFC, before cleaning.
     *
     * @throws RejectException when the file cannot become a plan (the reason goes to rejects.csv)
     */
    ReadText read(String sourcePath, byte[] bytes) throws RejectException;
}
