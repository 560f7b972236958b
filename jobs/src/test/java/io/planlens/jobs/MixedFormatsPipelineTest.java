package io.planlens.jobs;

import static org.junit.jupiter.api.Assertions.*;

import io.planlens.ingest.formats.TestDocs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder mixing .txt, .md, .pdf and .docx versions of the samples, through the whole pipeline:
 * every version gives the same targets and citations as the text version, and a copy is reported
 * as a duplicate only where its normalised text is identical.
 */
class MixedFormatsPipelineTest {
    @TempDir
    Path tmp;

    static List<CSVRecord> csv(Path out, String name) throws IOException {
        try (Reader r = Files.newBufferedReader(out.resolve("exports").resolve(name), StandardCharsets.UTF_8)) {
            r.read();
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    /** The plan a file became, or the plan it duplicates. */
    static String docIdOf(String path, Map<String, String> docOf, Map<String, CSVRecord> rejects) {
        if (docOf.containsKey(path)) return docOf.get(path);
        CSVRecord r = rejects.get(path);
        return r != null && "duplicate".equals(r.get("reason")) ? r.get("detail") : null;
    }

    @Test
    void everyVersionOfASampleGivesTheSameTargetsAndCitations() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        List<Path> samples = TestSpark.sampleTexts();
        for (Path p : samples) {
            String base = p.getFileName().toString().replace(".txt", "");
            Files.copy(p, in.resolve(base + ".txt"));
            Files.copy(p, in.resolve(base + ".md"));
            List<String> lines = TestDocs.lines(p);
            Files.write(in.resolve(base + ".pdf"), TestDocs.samplePdf(lines, "ỦY BAN NHÂN DÂN – BẢN ĐIỆN TỬ", new StringBuilder()));
            Files.write(in.resolve(base + ".docx"), TestDocs.sampleDocx(lines));
        }
        Pipeline.run(TestSpark.get(), new Pipeline.Options(in.toString(), out.toString(), 64L << 20, false),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        Map<String, String> docOf = new HashMap<>();
        for (CSVRecord r : csv(out, "plans.csv")) docOf.put(r.get("source_path"), r.get("doc_id"));
        Map<String, CSVRecord> rejects = new HashMap<>();
        for (CSVRecord r : csv(out, "rejects.csv")) rejects.put(r.get("source_path"), r);
        Map<String, Set<String>> targets = new HashMap<>();
        for (CSVRecord r : csv(out, "targets.csv")) {
            targets.computeIfAbsent(r.get("doc_id"), k -> new TreeSet<>())
                    .add(r.get("comparator") + " " + r.get("value") + " " + r.get("unit") + " " + r.get("target_year"));
        }
        Map<String, Set<String>> citations = new HashMap<>();
        for (CSVRecord r : csv(out, "citations.csv")) {
            citations.computeIfAbsent(r.get("doc_id"), k -> new TreeSet<>())
                    .add(r.get("type") + " " + r.get("number") + " " + r.get("code"));
        }
        int compared = 0;
        for (Path p : samples) {
            String base = p.getFileName().toString().replace(".txt", "");
            String txtDoc = docIdOf(base + ".txt", docOf, rejects);
            assertNotNull(txtDoc, base + ".txt is a plan or a duplicate of one");
            assertEquals(txtDoc, docIdOf(base + ".md", docOf, rejects), "the .md copy has the identical text: one plan");
            assertEquals(1, Stream.of(".txt", ".md", ".pdf", ".docx").filter(e -> txtDoc.equals(docOf.get(base + e))).count(),
                    "exactly one of the versions with the text's normalised text is kept");
            for (String ext : List.of(".pdf", ".docx")) {
                // a plan of its own, or a duplicate of a version whose normalised text is identical
                String doc = docIdOf(base + ext, docOf, rejects);
                assertNotNull(doc, base + ext + " is a plan or a duplicate");
                if (doc.equals(txtDoc)) continue;
                assertEquals(targets.getOrDefault(txtDoc, Set.of()), targets.getOrDefault(doc, Set.of()), base + ext + " targets");
                assertEquals(citations.getOrDefault(txtDoc, Set.of()), citations.getOrDefault(doc, Set.of()), base + ext + " citations");
                compared++;
            }
        }
        System.out.println("mixed formats: " + compared + " PDF/DOCX versions are plans of their own (texts differ from the .txt), "
                + "the others are duplicates of an identical normalised text");
        assertTrue(compared >= 1, "some PDF versions differ in text and were compared as plans of their own: " + compared);
    }
}
