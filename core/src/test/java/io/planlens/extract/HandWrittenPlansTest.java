package io.planlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planlens.eval.EvaluationReport;
import io.planlens.eval.Evaluator;
import io.planlens.eval.ExtractedPlan;
import io.planlens.eval.GoldDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Plans written for the tests in other styles than the samples (a province plan with a Markdown table, a
 * district plan with "a)" and "+" bullets, a news report, OCR text without diacritics, numbers broken over
 * lines, "Chỉ tiêu N" lists with 2025/2030 values); each has its expected targets in the gold format.
 */
class HandWrittenPlansTest {

    @Test
    void everyExpectedTargetAndNothingElse() throws IOException {
        Path dir = TestData.handwrittenDir();
        List<GoldDocument> gold = GoldDocument.readAll(dir);
        assertTrue(gold.size() >= 6, "hand-written plans present");
        List<ExtractedPlan> plans = new ArrayList<>();
        for (GoldDocument g : gold) {
            String text = TestData.read(dir.resolve(g.file()));
            List<Target> ts = TargetExtractor.shared().extract(text, g.planYear());
            for (Target t : ts) assertEquals(t.quote(), text.substring(t.start(), t.end()));
            plans.add(ExtractedPlan.of(g.id(), g.file(), null, ts, null));
        }
        EvaluationReport r = new Evaluator().evaluate(gold, plans);
        System.out.println("=== Hand-written plans");
        r.print(System.out);
        for (EvaluationReport.DocumentScore d : r.documents()) {
            assertEquals(List.of(), d.targetMisses(), d.file() + " misses");
            assertEquals(List.of(), d.targetFalsePositives(), d.file() + " false targets");
            assertEquals(List.of(), d.trapHits(), d.file() + " traps");
        }
        assertTrue(r.indicatorAccuracy() >= 0.95, "indicator accuracy " + r.indicatorAccuracy());
    }
}
