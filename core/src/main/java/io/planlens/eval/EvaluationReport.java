package io.planlens.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores of a run against the gold files: targets (precision, recall, F1, indicator accuracy on the
 * matched ones), citations (precision, recall, F1), metadata field accuracy, traps extracted, and for every
 * document what was missed and what was extracted wrongly.
 */
public record EvaluationReport(
        int goldTargets, int extractedTargets, int matchedTargets, int indicatorCorrect,
        double targetPrecision, double targetRecall, double targetF1, double indicatorAccuracy,
        int goldCitations, int extractedCitations, int matchedCitations,
        double citationPrecision, double citationRecall, double citationF1,
        Map<String, Double> metadataAccuracy, int trapsExtracted,
        List<String> missingDocuments, List<DocumentScore> documents) {

    /** The scores of one document. */
    public record DocumentScore(
            String file, String docId,
            int goldTargets, int extractedTargets, int matchedTargets, int indicatorCorrect,
            int goldCitations, int extractedCitations, int matchedCitations,
            Map<String, Boolean> metadata,
            List<String> targetMisses, List<String> targetFalsePositives, List<String> indicatorErrors,
            List<String> citationMisses, List<String> citationFalsePositives, List<String> trapHits,
            List<String> metadataMismatches) {}

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "Targets:   P %.3f  R %.3f  F1 %.3f  (gold %d, extracted %d, matched %d)%n",
                targetPrecision, targetRecall, targetF1, goldTargets, extractedTargets, matchedTargets);
        out.printf(Locale.ROOT, "Indicator: %.3f of matched targets have the right code (%d/%d)%n",
                indicatorAccuracy, indicatorCorrect, matchedTargets);
        if (goldCitations + extractedCitations > 0) {
            out.printf(Locale.ROOT, "Citations: P %.3f  R %.3f  F1 %.3f  (gold %d, extracted %d, matched %d)%n",
                    citationPrecision, citationRecall, citationF1, goldCitations, extractedCitations, matchedCitations);
        }
        if (!metadataAccuracy.isEmpty()) {
            StringBuilder sb = new StringBuilder("Metadata: ");
            metadataAccuracy.forEach((k, v) -> sb.append(String.format(Locale.ROOT, " %s %.2f", k, v)));
            out.println(sb);
        }
        out.println("Traps extracted: " + trapsExtracted);
        for (String m : missingDocuments) out.println("  no plan for gold file " + m);
        for (DocumentScore d : documents) {
            out.printf(Locale.ROOT, "- %s: targets %d/%d matched (%d extracted), codes %d/%d, citations %d/%d (%d extracted)%n",
                    d.file(), d.matchedTargets(), d.goldTargets(), d.extractedTargets(), d.indicatorCorrect(),
                    d.matchedTargets(), d.matchedCitations(), d.goldCitations(), d.extractedCitations());
            d.targetMisses().forEach(s -> out.println("    missed target: " + s));
            d.targetFalsePositives().forEach(s -> out.println("    false target:  " + s));
            d.indicatorErrors().forEach(s -> out.println("    wrong code:    " + s));
            d.trapHits().forEach(s -> out.println("    TRAP:          " + s));
            d.citationMisses().forEach(s -> out.println("    missed citation: " + s));
            d.citationFalsePositives().forEach(s -> out.println("    false citation:  " + s));
            d.metadataMismatches().forEach(s -> out.println("    metadata: " + s));
        }
    }
}
