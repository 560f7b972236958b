package io.planlens.ingest;

import io.planlens.text.TextDecoder;
import java.util.Set;

/** Reads plain-text and Markdown plans ({@code .txt}, {@code .md}) with {@link TextDecoder}. */
public final class TextPlanReader implements PlanReader, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public Set<String> extensions() {
        return Set.of("txt", "md", "markdown", "text");
    }

    @Override
    public ReadText read(String sourcePath, byte[] bytes) throws RejectException {
        return TextDecoder.shared().decode(bytes);
    }
}
