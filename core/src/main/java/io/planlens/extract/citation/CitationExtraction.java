package io.planlens.extract.citation;

import io.planlens.extract.Citation;
import java.util.List;
import java.util.Optional;

/**
 * Everything the citation extractor reads from one plan.
 *
 * @param citations   distinct cited documents, in text order
 * @param parentPlan  the plan this plan implements, when the opening paragraph names one, else null
 * @param ownNumber   the plan's own number from its header ("Số: 12 /KH-UBND" -> "12/KH-UBND";
 *                    "/KH-UBND" when the number is left blank), or null
 * @param flags       codes for what a reader should know, each {@code code:number/code}:
 *                    {@code citation_date_invalid} (an impossible date of issue, left empty),
 *                    {@code citation_type_unknown} (no type word and a code that names none, e.g. an
 *                    uncatalogued "…/QH14"), {@code citation_type_conflict} (the type word and the code
 *                    disagree; the code wins), {@code citation_code_from_catalogue} ("Chỉ thị 20 của Bộ
 *                    Chính trị": number without code, code taken from the catalogue)
 */
public record CitationExtraction(List<Citation> citations, ParentReference parentPlan, String ownNumber,
                                 List<String> flags) implements java.io.Serializable {
    public CitationExtraction {
        citations = List.copyOf(citations);
        flags = List.copyOf(flags);
    }

    public Optional<ParentReference> parent() {
        return Optional.ofNullable(parentPlan);
    }
}
