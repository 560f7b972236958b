package io.planlens.ingest.formats;

import io.planlens.extract.CitationExtractor;
import io.planlens.extract.TargetExtractor;
import io.planlens.ingest.ParseOutcome;
import io.planlens.ingest.PlanParser;
import io.planlens.ingest.PlanReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same plan published as PDF or DOCX gives the same targets and citations as its plain-text
 * version, once the reader's text goes through the project's normal cleaning.
 */
class FormatsEquivalenceTest {

    private record Facts(Set<String> targets, Set<String> citations) {}

    private static Facts facts(String text, Integer year) {
        ParseOutcome o = PlanParser.standard().parse("plan.txt", text.getBytes(StandardCharsets.UTF_8));
        assertTrue(o.isPlan(), () -> "not a plan: " + o.reject());
        String normalised = o.plan().text();
        Set<String> targets = TargetExtractor.shared().extract(normalised, year).stream()
                .map(t -> t.comparator() + " " + t.value() + " " + t.unit() + " " + t.targetYear())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> citations = CitationExtractor.shared().extract(normalised).stream()
                .map(c -> c.type() + " " + c.number() + " " + c.code())
                .collect(Collectors.toCollection(TreeSet::new));
        return new Facts(targets, citations);
    }

    @Test
    void pdfAndDocxGiveTheSameTargetsAndCitationsAsText() throws Exception {
        PlanReader pdf = Formats.readers().stream().filter(r -> r.extensions().contains("pdf")).findFirst().orElseThrow();
        PlanReader docx = Formats.readers().stream().filter(r -> r.extensions().contains("docx")).findFirst().orElseThrow();
        int withTargets = 0;
        for (Path sample : TestDocs.samples()) {
            String txt = Files.readString(sample, StandardCharsets.UTF_8);
            ParseOutcome plain = PlanParser.standard().parse(sample.getFileName().toString(), txt.getBytes(StandardCharsets.UTF_8));
            Integer year = plain.plan().metadata().planYear();
            Facts expected = facts(txt, year);
            withTargets += expected.targets().isEmpty() ? 0 : 1;

            List<String> lines = TestDocs.lines(sample);
            String fromPdf = pdf.read("plan.pdf", TestDocs.samplePdf(lines, "VĂN PHÒNG ỦY BAN – BẢN ĐIỆN TỬ", new StringBuilder())).text();
            String fromDocx = docx.read("plan.docx", TestDocs.sampleDocx(lines)).text();
            assertEquals(expected, facts(fromPdf, year), sample + " as PDF");
            assertEquals(expected, facts(fromDocx, year), sample + " as DOCX");
        }
        assertTrue(withTargets > 0, "the comparison saw targets in the text versions");
    }

    @Test
    void readersCoverThePublishedFormats() {
        Set<String> ext = Formats.readers().stream().flatMap(r -> r.extensions().stream()).collect(Collectors.toSet());
        assertTrue(ext.containsAll(Set.of("pdf", "docx", "doc")), ext.toString());
        assertEquals(3, Formats.readers().size());
    }
}
