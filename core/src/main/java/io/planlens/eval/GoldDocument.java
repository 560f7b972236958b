package io.planlens.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** One hand-written ground-truth file ({@code gold/*.json}), as described in CONTRACT.md. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldDocument(
        String id,
        String file,
        String kind,
        @JsonProperty("plan_year") Integer planYear,
        String period,
        String issuer,
        String level,
        String province,
        String district,
        String commune,
        @JsonProperty("doc_number") String docNumber,
        @JsonProperty("issued_date") String issuedDate,
        List<GoldTarget> targets,
        List<String> qualitative,
        List<String> traps,
        List<GoldCitation> citations,
        @JsonProperty("quality_notes") List<String> qualityNotes) {

    public GoldDocument {
        targets = targets == null ? List.of() : List.copyOf(targets);
        qualitative = qualitative == null ? List.of() : List.copyOf(qualitative);
        traps = traps == null ? List.of() : List.copyOf(traps);
        citations = citations == null ? List.of() : List.copyOf(citations);
        qualityNotes = qualityNotes == null ? List.of() : List.copyOf(qualityNotes);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldTarget(String quote, String subject, String comparator, Double value, String unit,
                             @JsonProperty("target_year") Integer targetYear, String indicator,
                             @JsonProperty("indicator_alt") List<String> indicatorAlt) {
        public GoldTarget {
            indicatorAlt = indicatorAlt == null ? List.of() : List.copyOf(indicatorAlt);
        }

        /** The year the value is for: its own, else the plan's. */
        public Integer yearOr(Integer planYear) {
            return targetYear != null ? targetYear : planYear;
        }

        /** True when the code is the gold indicator or one of its defensible alternatives. */
        public boolean acceptsCode(String code) {
            if (indicator == null && (indicatorAlt.isEmpty())) return code == null || code.isBlank();
            if (code == null) return false;
            return code.equals(indicator) || indicatorAlt.contains(code);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldCitation(String quote, String type, String number, Integer year, String code,
                               @JsonProperty("issued_date") String issuedDate, Boolean named) {}

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public static GoldDocument read(Path file) {
        try {
            return JSON.readValue(Files.readString(file), GoldDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        }
    }

    /** Every {@code *.json} in a directory, by file name. */
    public static List<GoldDocument> readAll(Path dir) {
        List<GoldDocument> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(p -> out.add(read(p)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list gold directory " + dir, e);
        }
        return out;
    }
}
