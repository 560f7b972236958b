package io.planlens.generate;

import java.util.Map;

/**
 * What a generation run produced: documents by level, by year and by both, how many are
 * near-copies of the same unit's previous plan, files and bytes written, and the wall time.
 */
public record GenerationSummary(
        int plans,
        long seed,
        Map<String, Integer> byLevel,
        Map<Integer, Integer> byYear,
        Map<String, Map<Integer, Integer>> byLevelAndYear,
        int nearCopies,
        long filesWritten,
        long bytesWritten,
        long elapsedMillis) {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("generated ").append(plans).append(" plans (seed ").append(seed).append(") in ")
                .append(elapsedMillis).append(" ms: ").append(filesWritten).append(" files, ")
                .append(bytesWritten).append(" bytes\n");
        sb.append("  by level: ").append(byLevel).append('\n');
        sb.append("  by year:  ").append(byYear).append('\n');
        for (Map.Entry<String, Map<Integer, Integer>> e : byLevelAndYear.entrySet()) {
            sb.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        sb.append("  near-copies: ").append(nearCopies);
        return sb.toString();
    }
}
