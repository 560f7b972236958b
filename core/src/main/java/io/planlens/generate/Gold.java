package io.planlens.generate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/** The gold record of one generated document, in the format of the hand-written gold files. */
@JsonPropertyOrder({"id", "file", "kind", "plan_year", "period", "issuer", "level", "province", "district", "commune",
        "doc_number", "issued_date", "quality_notes", "targets", "qualitative", "traps", "citations"})
public final class Gold {
    @JsonProperty("id") public String id;
    @JsonProperty("file") public String file;
    @JsonProperty("kind") public String kind = "plan";
    @JsonProperty("plan_year") public Integer planYear;
    @JsonProperty("period") public String period;
    @JsonProperty("issuer") public String issuer;
    @JsonProperty("level") public String level;
    @JsonProperty("province") public String province;
    @JsonProperty("district") public String district;
    @JsonProperty("commune") public String commune;
    @JsonProperty("doc_number") public String docNumber;
    @JsonProperty("issued_date") public String issuedDate;
    @JsonProperty("quality_notes") public List<String> qualityNotes = new ArrayList<>();
    @JsonProperty("targets") public List<GoldTarget> targets = new ArrayList<>();
    @JsonProperty("qualitative") public List<String> qualitative = new ArrayList<>();
    @JsonProperty("traps") public List<String> traps = new ArrayList<>();
    @JsonProperty("citations") public List<GoldCitation> citations = new ArrayList<>();

    /** One numeric target. */
    @JsonPropertyOrder({"quote", "subject", "comparator", "value", "unit", "target_year", "indicator", "indicator_alt"})
    public static final class GoldTarget {
        @JsonProperty("quote") public String quote;
        @JsonProperty("subject") public String subject;
        @JsonProperty("comparator") public String comparator;
        @JsonProperty("value") public Number value;
        @JsonProperty("unit") public String unit;
        @JsonProperty("target_year") public Integer targetYear;
        @JsonProperty("indicator") public String indicator;
        @JsonProperty("indicator_alt") public List<String> indicatorAlt = new ArrayList<>();

        public GoldTarget() {}

        GoldTarget(String quote, String subject, String comparator, double value, String unit, Integer targetYear,
                   String indicator, List<String> alt) {
            this.quote = quote;
            this.subject = subject;
            this.comparator = comparator;
            this.value = value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : (Number) value;
            this.unit = unit;
            this.targetYear = targetYear;
            this.indicator = indicator;
            this.indicatorAlt = new ArrayList<>(alt);
        }
    }

    /** One cited document. */
    @JsonPropertyOrder({"quote", "type", "number", "year", "code", "issued_date", "named"})
    public static final class GoldCitation {
        @JsonProperty("quote") public String quote;
        @JsonProperty("type") public String type;
        @JsonProperty("number") public String number;
        @JsonProperty("year") public Integer year;
        @JsonProperty("code") public String code;
        @JsonProperty("issued_date") public String issuedDate;
        @JsonProperty("named") public boolean named;

        public GoldCitation() {}

        GoldCitation(String quote, String type, String number, Integer year, String code, String issuedDate, boolean named) {
            this.quote = quote;
            this.type = type;
            this.number = number;
            this.year = year;
            this.code = code;
            this.issuedDate = issuedDate;
            this.named = named;
        }
    }
}
