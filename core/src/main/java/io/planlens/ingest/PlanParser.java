package io.planlens.ingest;

import io.planlens.metadata.MetadataExtractor;
import io.planlens.metadata.PlanMetadata;
import io.planlens.text.TextNormaliser;
import io.planlens.text.Vietnamese;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the bytes of one input file into a {@link ParsedPlan} or a {@link Reject}: picks a {@link PlanReader}
 * by the file's ending, normalises the text, hashes it into a {@code docId}, extracts the metadata and turns
 * away files that have nothing to do with the genre. {@link #parse} never throws. Thread-safe.
 */
public final class PlanParser implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Files larger than this are rejected as {@code too_large} (a plan is tens of kilobytes). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private static volatile PlanParser standard;

    private final Map<String, PlanReader> readersByExtension;

    /** Words (folded) that show a text is about child welfare planning at all. */
    private static final Pattern GENRE_CHILD = Pattern.compile("\\b(?:tre em|thieu nhi|hoc sinh|tre so sinh|tre duoi|bao ve tre|quyen tre)\\b");
    private static final Pattern GENRE_PLAN = Pattern.compile("\\b(?:ke hoach|chuong trinh|de an)\\b");
    private static final Pattern GENRE_TARGET = Pattern.compile("\\b(?:chi tieu|muc tieu|nhiem vu|giai phap)\\b");

    public PlanParser(List<PlanReader> readers) {
        Map<String, PlanReader> m = new HashMap<>();
        for (PlanReader r : readers) {
            for (String ext : r.extensions()) m.put(ext.toLowerCase(Locale.ROOT), r);
        }
        this.readersByExtension = Map.copyOf(m);
    }

    /** The parser with every reader this build has: plain text, Markdown, PDF, DOCX and old DOC. */
    public static PlanParser standard() {
        PlanParser p = standard;
        if (p == null) {
            synchronized (PlanParser.class) {
                p = standard;
                if (p == null) {
                    List<PlanReader> readers = new java.util.ArrayList<>();
                    readers.add(new TextPlanReader());
                    readers.addAll(io.planlens.ingest.formats.Formats.readers());
                    p = new PlanParser(readers);
                    standard = p;
                }
            }
        }
        return p;
    }

    public Set<String> extensions() {
        return readersByExtension.keySet();
    }

    /** The first 16 hex characters of the SHA-256 of the text's UTF-8 bytes. */
    public static String docId(String normalisedText) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(normalisedText.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public ParseOutcome parse(String sourcePath, byte[] bytes) {
        try {
            return parseOrThrow(sourcePath, bytes);
        } catch (RejectException e) {
            return ParseOutcome.rejected(sourcePath, e.reason(), e.detail());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return ParseOutcome.rejected(sourcePath, "parse_error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private ParseOutcome parseOrThrow(String sourcePath, byte[] bytes) throws RejectException {
        String path = sourcePath == null ? "" : sourcePath;
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        PlanReader reader = readersByExtension.get(ext);
        if (reader == null) {
            throw new RejectException("unsupported_format",
                    "no reader for files ending in '" + (ext.isEmpty() ? "(none)" : "." + ext) + "'; readable: " + new java.util.TreeSet<>(readersByExtension.keySet()));
        }
        if (bytes == null || bytes.length == 0) throw new RejectException("empty", "the file has 0 bytes");
        if (bytes.length > MAX_BYTES) {
            throw new RejectException("too_large", bytes.length + " bytes (limit " + MAX_BYTES + ")");
        }
        ReadText read = reader.read(sourcePath, bytes);
        String text = TextNormaliser.shared().normalise(read.text());
        if (text.isBlank()) throw new RejectException("empty", "nothing is left after cleaning the text");
        String folded = Vietnamese.fold(text);
        boolean child = GENRE_CHILD.matcher(folded).find();
        boolean planLike = GENRE_PLAN.matcher(folded).find() && GENRE_TARGET.matcher(folded).find();
        if (!child && !planLike) {
            throw new RejectException("not_a_plan", "the text speaks neither of children nor of plans and targets");
        }
        PlanMetadata md = MetadataExtractor.shared().extract(text, read.text());
        Set<String> flags = new LinkedHashSet<>(md.qualityFlags());
        List<String> merged = new ArrayList<>(read.flags());
        for (String f : flags) if (!merged.contains(f)) merged.add(f);
        PlanMetadata withFlags = new PlanMetadata(md.planYear(), md.period(), md.kind(), md.issuer(), md.level(),
                md.province(), md.provinceCode(), md.province2025(), md.district(), md.commune(), md.docNumber(),
                md.issuedDate(), md.signer(), List.copyOf(merged));
        return ParseOutcome.of(new ParsedPlan(docId(text), sourcePath, read.encoding(), read.text(), text, withFlags));
    }
}
