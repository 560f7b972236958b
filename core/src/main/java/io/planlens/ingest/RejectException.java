package io.planlens.ingest;

/** A file that cannot become a plan; {@link #reason()} is the code written to rejects.csv. */
public class RejectException extends Exception {
    private final String reason;

    public RejectException(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    public String detail() {
        return getMessage();
    }
}
