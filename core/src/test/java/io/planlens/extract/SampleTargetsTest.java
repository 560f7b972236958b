package io.planlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planlens.eval.EvaluationReport;
import io.planlens.eval.Evaluator;
import io.planlens.eval.ExtractedPlan;
import io.planlens.eval.GoldDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The five sample plans against their gold files, as raw PDF-export text and in cleaner forms. */
class SampleTargetsTest {
    private final TargetExtractor extractor = TargetExtractor.shared();

    private EvaluationReport score(String label, UnaryOperator<String> form) {
        List<GoldDocument> gold = TestData.gold();
        assertEquals(5, gold.size(), "five gold files");
        List<ExtractedPlan> plans = new ArrayList<>();
        for (GoldDocument g : gold) {
            String text = form.apply(TestData.read(TestData.samplesDir().resolve(g.file())));
            List<Target> ts = extractor.extract(text, g.planYear());
            for (Target t : ts) {
                assertEquals(t.quote(), text.substring(t.start(), t.end()), "quote is the span at its offsets");
            }
            plans.add(ExtractedPlan.of(g.id(), g.file(), null, ts, null));
        }
        EvaluationReport r = new Evaluator().evaluate(gold, plans);
        System.out.println("=== Sample targets (" + label + ")");
        r.print(System.out);
        return r;
    }

    private static void assertGood(EvaluationReport r) {
        assertTrue(r.targetF1() >= 0.95, "target F1 " + r.targetF1());
        assertTrue(r.indicatorAccuracy() >= 0.90, "indicator accuracy " + r.indicatorAccuracy());
        assertEquals(0, r.trapsExtracted(), "no trap extracted");
    }

    @Test
    void rawSamples() {
        assertGood(score("raw text", s -> s));
    }

    @Test
    void samplesWithoutBlankLines() {
        assertGood(score("blank lines removed", s -> s.replace("\r\n", "\n").replaceAll("\n[ \t]*(?=\n)", "")));
    }

    @Test
    void samplesWithWindowsLineEnds() {
        assertGood(score("CRLF", s -> s.replace("\r\n", "\n").replace("\n", "\r\n")));
    }

    @Test
    void samplesAsOneLinePerParagraph() {
        // what a cleaner would give: wrapped lines joined, one line per paragraph or bullet
        assertGood(score("one line per paragraph", SampleTargetsTest::joinWrapped));
    }

    /** Joins a line to the previous one unless the previous ends a sentence or this one starts a bullet. */
    static String joinWrapped(String s) {
        String[] lines = s.replace("\r\n", "\n").split("\n");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            boolean bullet = l.matches("^([-+–•*#|]|\\d{1,2}[.)] |[IVX]+\\. |[a-zđ]\\) |Chỉ tiêu).*");
            int n = out.length();
            char last = n == 0 ? '.' : out.charAt(n - 1);
            if (n > 0 && !bullet && ".;:!?".indexOf(last) < 0 && !l.equals(l.toUpperCase())) {
                out.append(' ').append(l);
            } else {
                if (n > 0) out.append('\n');
                out.append(l);
            }
        }
        return out.toString();
    }
}
