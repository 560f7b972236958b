package io.planlens.ingest;

/** What reading one file gave: a plan or a reject, never both. */
public record ParseOutcome(ParsedPlan plan, Reject reject) implements java.io.Serializable {
    public static ParseOutcome of(ParsedPlan plan) {
        return new ParseOutcome(plan, null);
    }

    public static ParseOutcome rejected(String sourcePath, String reason, String detail) {
        return new ParseOutcome(null, new Reject(sourcePath, reason, detail));
    }

    public boolean isPlan() {
        return plan != null;
    }
}
