package io.planlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planlens.eval.EvaluationReport;
import io.planlens.eval.Evaluator;
import io.planlens.eval.ExtractedPlan;
import io.planlens.eval.GoldDocument;
import io.planlens.ingest.ParseOutcome;
import io.planlens.ingest.ParsedPlan;
import io.planlens.ingest.PlanParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Citations and plan metadata scored on hand-written plans in styles the five samples do not have:
 * a long "Căn cứ" preamble, district / commune / city / quận plans, merged 2025 units, a school, a news
 * report, OCR without diacritics, broken lines and duplicated words, a Markdown table, blank number and
 * date, a header date that contradicts the title year. Each {@code NAME.txt} has its gold {@code NAME.json}.
 */
class UnseenCitationsTest {
    static final double CITATION_F1 = 0.93;
    static final double METADATA_ACCURACY = 0.9;

    static Path dir() throws URISyntaxException {
        return Path.of(UnseenCitationsTest.class.getResource("/unseen-citations").toURI());
    }

    static EvaluationReport score() throws IOException, URISyntaxException {
        List<GoldDocument> gold = GoldDocument.readAll(dir());
        List<ExtractedPlan> plans = new ArrayList<>();
        for (GoldDocument g : gold) {
            byte[] bytes = Files.readAllBytes(dir().resolve(g.file()));
            ParseOutcome o = PlanParser.standard().parse(g.file(), bytes);
            assertTrue(o.isPlan(), g.file() + ": " + o.reject());
            ParsedPlan p = o.plan();
            List<Citation> cs = CitationExtractor.shared().extract(p.text());
            for (Citation c : cs) assertEquals(c.quote(), p.text().substring(c.start(), c.end()), "quote is the exact span");
            plans.add(ExtractedPlan.of(p.docId(), g.file(), p.metadata(), List.of(), cs));
        }
        return new Evaluator().evaluate(gold, plans);
    }

    @Test
    void citationsAndMetadataHoldOnUnseenStyles() throws Exception {
        try (Stream<Path> s = Files.list(dir())) {
            assertTrue(s.filter(p -> p.toString().endsWith(".json")).count() >= 12, "at least twelve documents");
        }
        EvaluationReport r = score();
        r.print(System.out);
        assertTrue(r.missingDocuments().isEmpty(), r.missingDocuments().toString());
        assertTrue(r.citationF1() >= CITATION_F1, "citation F1 " + r.citationF1());
        for (Map.Entry<String, Double> e : r.metadataAccuracy().entrySet()) {
            assertTrue(e.getValue() >= METADATA_ACCURACY, e.getKey() + " accuracy " + e.getValue());
        }
        assertEquals(Evaluator.METADATA_FIELDS.size(), r.metadataAccuracy().size());
    }

    @Test
    void everyGoldFileHasItsText() throws Exception {
        for (GoldDocument g : GoldDocument.readAll(dir())) {
            try (InputStream in = UnseenCitationsTest.class.getResourceAsStream("/unseen-citations/" + g.file())) {
                assertTrue(in != null, g.file());
            }
            assertTrue(!g.citations().isEmpty(), g.file() + " cites something");
        }
    }
}
