package io.planlens.eval;

import io.planlens.extract.Citation;
import io.planlens.extract.Target;
import io.planlens.metadata.PlanMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the pipeline produced for one document, in the shape the evaluator scores: from the export CSVs or
 * straight from the extractors.
 *
 * @param docId     the plan's id (may be null in memory)
 * @param file      the input file name; gold files are matched to plans by it
 * @param metadata  plan fields by export column name ({@code plan_year, level, province, doc_number,
 *                  issued_date}); null when metadata is not being scored
 * @param targets   the extracted targets
 * @param citations the extracted citations, or null when citations are not being scored
 */
public record ExtractedPlan(String docId, String file, Map<String, String> metadata, List<ExtractedTarget> targets,
                            List<ExtractedCitation> citations) {

    public ExtractedPlan {
        targets = targets == null ? List.of() : List.copyOf(targets);
        citations = citations == null ? null : List.copyOf(citations);
    }

    /** One target row. */
    public record ExtractedTarget(String indicatorCode, String comparator, double value, String unit,
                                  Integer targetYear, String quote) {
        public static ExtractedTarget of(Target t) {
            return new ExtractedTarget(t.indicatorCode(), t.comparator(), t.value(), t.unit(), t.targetYear(), t.quote());
        }
    }

    /** One citation row. */
    public record ExtractedCitation(String type, String number, Integer year, String code, String quote) {
        public static ExtractedCitation of(Citation c) {
            return new ExtractedCitation(c.type(), c.number(), c.year(), c.code(), c.quote());
        }
    }

    /** A plan built from extractor output; {@code metadata} may be null. */
    public static ExtractedPlan of(String docId, String file, PlanMetadata metadata, List<Target> targets,
                                   List<Citation> citations) {
        List<ExtractedTarget> ts = new ArrayList<>();
        if (targets != null) targets.forEach(t -> ts.add(ExtractedTarget.of(t)));
        List<ExtractedCitation> cs = citations == null ? null : new ArrayList<>();
        if (citations != null) citations.forEach(c -> cs.add(ExtractedCitation.of(c)));
        return new ExtractedPlan(docId, file, metadata == null ? null : metadataMap(metadata), ts, cs);
    }

    static Map<String, String> metadataMap(PlanMetadata m) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("plan_year", m.planYear() == null ? null : m.planYear().toString());
        out.put("level", m.level());
        out.put("province", m.province());
        out.put("doc_number", m.docNumber());
        out.put("issued_date", m.issuedDate() == null ? null : m.issuedDate().toString());
        return out;
    }
}
