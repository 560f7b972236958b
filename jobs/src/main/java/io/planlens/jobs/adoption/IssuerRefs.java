package io.planlens.jobs.adoption;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading who issued a cited local plan ("... của UBND huyện", "của Ủy ban nhân dân tỉnh Hải
 * Dương") and comparing document numbers ("111" + "KH-UBND" against "111/KH-UBND").
 */
public final class IssuerRefs {
    private IssuerRefs() {}

    /** Cities run by the central government: "thành phố X" is then province-level, otherwise district-level. */
    private static final Set<String> CENTRAL_CITIES =
            Set.of("hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế");

    /**
     * An administrative word ("xã" but not "xã hội"; "huyện ủy" is the district) followed by an
     * optional place name, up to a comma, a bracket, a word such as "ngày", "về", "số", or the end.
     */
    private static final Pattern UNIT = Pattern.compile(
            "(?<![\\p{L}])(tỉnh|thành phố|tp\\.?|huyện|thị xã|quận|thị trấn|xã(?!\\s+hội)|phường)(?![\\p{L}])"
                    + "(?:\\s+(?:ủy|uỷ)(?![\\p{L}]))?\\s*"
                    + "([\\p{L}\\p{N} .'-]*?)\\s*(?=$|[,;:()]|\\s(?:ngày|về|số|năm|tại|do|và)(?![\\p{L}]))");

    private static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    /** The part of a citation that names its issuer: the issuing body, else what follows the last "của" in the quote. */
    static String issuerPhrase(String issuingBody, String quote) {
        if (issuingBody != null && !issuingBody.isBlank()) return norm(issuingBody);
        if (quote == null) return null;
        String q = norm(quote);
        int i = q.lastIndexOf("của ");
        return i < 0 ? null : q.substring(i + 4);
    }

    private static Matcher unit(String phrase) {
        if (phrase == null) return null;
        Matcher m = UNIT.matcher(phrase);
        return m.find() ? m : null;
    }

    /** The administrative level the issuer phrase names: province | district | commune, or null. */
    public static String level(String issuingBody, String quote) {
        Matcher m = unit(issuerPhrase(issuingBody, quote));
        if (m == null) return null;
        String word = m.group(1);
        String place = m.group(2).trim();
        return switch (word) {
            case "tỉnh" -> "province";
            case "thành phố", "tp", "tp." -> CENTRAL_CITIES.contains(place) ? "province" : "district";
            case "huyện", "thị xã", "quận" -> "district";
            default -> "commune";
        };
    }

    /** The place name after the level word ("Hải Dương" in "UBND tỉnh Hải Dương"), lower-cased, or null. */
    public static String place(String issuingBody, String quote) {
        Matcher m = unit(issuerPhrase(issuingBody, quote));
        if (m == null) return null;
        String p = m.group(2).trim();
        return p.isEmpty() ? null : p;
    }

    /** Comparable key of a number and code: "06" + "KH-UBND" and "6/KH-UBND" both give "6/KH-UBND". */
    public static String key(String number, String code) {
        if (number == null || code == null) return null;
        String n = number.trim().replaceFirst("^0+(?=\\d)", "");
        String c = Normalizer.normalize(code, Normalizer.Form.NFC).toUpperCase(Locale.ROOT)
                .replace('Đ', 'D').replaceAll("\\s+", "");
        if (n.isEmpty() || c.isEmpty()) return null;
        return n + "/" + c;
    }

    /** The key of a plan's own number "111/KH-UBND" (or "111/2021/KH-UBND"): first part + last part. */
    public static String docNumberKey(String docNumber) {
        if (docNumber == null) return null;
        String[] parts = docNumber.trim().split("\\s*/\\s*");
        if (parts.length < 2) return null;
        return key(parts[0], parts[parts.length - 1]);
    }

    /** Whether a cited place name names this unit (its commune, district or province, or appears in its issuer). */
    public static boolean placeMatches(String place, String issuer, String province, String district, String commune) {
        if (place == null) return false;
        String p = norm(place);
        for (String s : new String[] {commune, district, province}) {
            if (s != null && norm(s).equals(p)) return true;
        }
        return issuer != null && norm(issuer).endsWith(" " + p);
    }
}
