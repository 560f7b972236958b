package io.planlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planlens.eval.EvaluationReport;
import io.planlens.eval.Evaluator;
import io.planlens.eval.ExtractedPlan;
import io.planlens.eval.GoldDocument;
import io.planlens.ingest.ParseOutcome;
import io.planlens.ingest.PlanParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A held-out set of plans in styles the samples do not have (a provincial 2021-2030 programme plan with
 * 2025 and 2030 values, "Chỉ tiêu N:" lists with "+" sub-bullets, a district table with a unit column and a
 * past-results column, a ward plan with "a)" and "–" bullets, a news report mixing past results and goals,
 * text without diacritics, a PDF export with numbers and phrases broken across lines, typos, a school plan,
 * a plan full of traps, per-mille and per-100,000 rates, "Không có ..." and yes/no standards, an injury
 * programme with counts and ranges, and many comparator phrasings). Each has its expected targets in the
 * gold format; the set is scored with the evaluator as raw text and as the parser's normalised text.
 */
class UnseenPlansTest {
    static final double MIN_F1 = 0.9;
    static final double MIN_INDICATOR = 0.85;

    private static EvaluationReport score(String label, boolean normalise) {
        Path dir = TestData.resource("unseen");
        List<GoldDocument> gold = GoldDocument.readAll(dir);
        assertTrue(gold.size() >= 12, "at least twelve unseen plans");
        List<ExtractedPlan> plans = new ArrayList<>();
        for (GoldDocument g : gold) {
            String text = TestData.read(dir.resolve(g.file()));
            if (normalise) {
                ParseOutcome o = PlanParser.standard().parse(g.file(), text.getBytes(StandardCharsets.UTF_8));
                if (o.isPlan()) text = o.plan().text();
            }
            List<Target> ts = TargetExtractor.shared().extract(text, g.planYear());
            for (Target t : ts) assertEquals(t.quote(), text.substring(t.start(), t.end()), "quote is the span at its offsets");
            plans.add(ExtractedPlan.of(g.id(), g.file(), null, ts, null));
        }
        EvaluationReport r = new Evaluator().evaluate(gold, plans);
        System.out.println("=== Unseen plans (" + label + ")");
        r.print(System.out);
        System.out.printf(java.util.Locale.ROOT, "UNSEEN %s: P %.3f R %.3f F1 %.3f indicator %.3f traps %d%n", label,
                r.targetPrecision(), r.targetRecall(), r.targetF1(), r.indicatorAccuracy(), r.trapsExtracted());
        return r;
    }

    private static void assertThresholds(EvaluationReport r) {
        assertTrue(r.targetF1() >= MIN_F1, "target F1 " + r.targetF1());
        assertTrue(r.indicatorAccuracy() >= MIN_INDICATOR, "indicator accuracy " + r.indicatorAccuracy());
        assertEquals(0, r.trapsExtracted(), "no trap extracted");
    }

    @Test
    void rawText() {
        assertThresholds(score("raw text", false));
    }

    @Test
    void normalisedText() {
        assertThresholds(score("normalised by the parser", true));
    }
}
