package io.planlens.jobs.compare;

import io.planlens.reference.ReferenceFiles;
import io.planlens.text.Vietnamese;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The province reference ({@code provinces.csv}: 63 provinces with their region and 2025 successor)
 * and the pure rules that place a plan in it: resolving a written province name, reading the unit
 * out of an issuing body ("UBND huyện Chư Pưh, tỉnh Gia Lai"), and the key that identifies one issuing unit.
 */
public final class Regions implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One province-level unit as it was until the 2025 reorganisation. */
    public record Province(String code, String name, String type, String region, String province2025)
            implements Serializable {}

    /** Level order: a plan's parent is a plan of a higher rank. */
    public static int rank(String level) {
        if (level == null) return 0;
        return switch (level) {
            case "national" -> 4;
            case "province" -> 3;
            case "district" -> 2;
            case "commune" -> 1;
            default -> 0;
        };
    }

    private static final Pattern BODY = Pattern.compile(
            "^(?:(?:ủy|uỷ|uy) ban nhân dân|ubnd|ub)?\\s*(tỉnh|thành phố|tp\\.?|huyện|quận|thị xã)(?:\\s+|(?<=\\.))(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Where a unit's name stops: punctuation, or the name of the unit above it. */
    private static final Pattern NAME_END = Pattern.compile(
            "\\s*(?:[,;()]|\\s(?:tỉnh|thành phố|tp\\.?)\\s).*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PROVINCE_AFTER = Pattern.compile(
            "(?:^|[\\s,;(])(?:tỉnh|thành phố|tp\\.?)\\s+([^,;()]+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern UNIT_WORDS = Pattern.compile(
            "^(?:tinh|thanh pho|tp\\.?|huyen|quan|thi xa|thi tran|xa|phuong)\\s+");

    private final List<Province> provinces;
    private final Map<String, Province> byName;

    private Regions(List<Province> provinces, Map<String, Province> byName) {
        this.provinces = List.copyOf(provinces);
        this.byName = byName;
    }

    /** The packed (or overridden) {@code provinces.csv}. */
    public static Regions fromReference() {
        List<Province> ps = new ArrayList<>();
        Map<String, Province> names = new HashMap<>();
        for (Map<String, String> r : ReferenceFiles.rows("provinces.csv")) {
            Province p = new Province(r.get("code"), r.get("name"), r.get("type"), r.get("region"),
                    r.get("province_2025"));
            ps.add(p);
            List<String> spellings = new ArrayList<>(List.of(p.name(), r.getOrDefault("name_ascii", "")));
            String aliases = r.getOrDefault("aliases", "");
            if (!aliases.isBlank()) spellings.addAll(List.of(aliases.split("\\|")));
            for (String s : spellings) {
                String k = key(s);
                if (!k.isEmpty()) names.putIfAbsent(k, p);
            }
        }
        return new Regions(ps, names);
    }

    public List<Province> provinces() {
        return provinces;
    }

    /**
     * A name for comparing: diacritics, case, spacing and a leading unit word dropped, so
     * "Huyện Chư Pưh", "chư pưh" and "Chu Puh" are one name.
     */
    public static String key(String name) {
        if (name == null) return "";
        String k = Vietnamese.fold(name).replace('–', '-');
        k = UNIT_WORDS.matcher(k).replaceFirst("");
        k = k.replaceAll("\\s*-\\s*", " - ").trim();
        return k;
    }

    /** The province a written name stands for ("TP.HCM", "tỉnh Gia Lai", "Hoà Bình"), or null. */
    public Province resolve(String name) {
        if (name == null || name.isBlank()) return null;
        Province p = byName.get(key(name));
        if (p == null) p = byName.get(key(name.replaceFirst("(?iu)^\\s*(?:thành phố|tp\\.?)\\s*", "")));
        return p;
    }

    /** The province code of a written name, or null. */
    public String code(String name) {
        Province p = resolve(name);
        return p == null ? null : p.code();
    }

    /**
     * The district an issuing body names: "UBND huyện Chư Pưh" -> "Chư Pưh"; "UBND thị xã Phước Long,
     * tỉnh Bình Phước" -> "Phước Long"; a "thành phố" that is a province ("UBND thành phố Hà Nội"),
     * a province body or a body without a name ("UBND huyện") -> null.
     */
    public String districtOfBody(String body) {
        Matcher m = match(body);
        if (m == null) return null;
        String unit = Vietnamese.fold(m.group(1));
        String name = name(m.group(2));
        if (name == null || unit.equals("tinh")) return null;
        if ((unit.startsWith("thanh pho") || unit.startsWith("tp")) && resolve(name) != null) return null;
        return name;
    }

    /**
     * The province an issuing body names, as its reference name: "UBND tỉnh Bình Phước" -> "Bình Phước";
     * "UBND huyện Chư Pưh, tỉnh Gia Lai" -> "Gia Lai"; "UBND thành phố Hồ Chí Minh" -> "Hồ Chí Minh"; else null.
     */
    public String provinceOfBody(String body) {
        Matcher m = match(body);
        if (m == null) return null;
        String unit = Vietnamese.fold(m.group(1));
        String rest = m.group(2);
        if (unit.equals("tinh") || unit.startsWith("thanh pho") || unit.startsWith("tp")) {
            Province p = resolve(name(rest));
            if (p != null) return p.name();
        }
        Matcher after = PROVINCE_AFTER.matcher(rest);
        while (after.find()) {
            Province p = resolve(name(after.group(1)));
            if (p != null) return p.name();
        }
        return null;
    }

    private static Matcher match(String body) {
        if (body == null || body.isBlank()) return null;
        String s = Normalizer.normalize(body, Normalizer.Form.NFC).replaceAll("\\s+", " ").trim();
        Matcher m = BODY.matcher(s);
        return m.matches() ? m : null;
    }

    private static String name(String raw) {
        if (raw == null) return null;
        String n = NAME_END.matcher(" " + raw.trim()).replaceFirst("").trim();
        n = n.replaceAll("[.:]+$", "").trim();
        if (n.isEmpty() || !Character.isUpperCase(n.codePointAt(0)) && !Character.isDigit(n.codePointAt(0))) {
            return null;
        }
        return n;
    }

    /**
     * The key of one issuing unit: its level with the names that place it, folded. Schools, other
     * bodies, national issuers and units whose own name is unknown are told apart by the issuer's name.
     */
    public static String unitKey(String level, String province, String district, String commune, String issuer) {
        String lv = level == null ? "" : level;
        String own = switch (lv) {
            case "province" -> province;
            case "district" -> district;
            case "commune" -> commune;
            default -> null;
        };
        boolean byIssuer = own == null || own.isBlank();
        return String.join("|", lv, key(province),
                lv.equals("province") ? "" : key(district),
                lv.equals("commune") ? key(commune) : "",
                byIssuer ? Vietnamese.fold(issuer) : "").toLowerCase(Locale.ROOT);
    }
}
