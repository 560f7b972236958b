package io.planlens.reference;

import io.planlens.text.Vietnamese;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The 63 province-level units in force 2008 to mid-2025 ({@code provinces.csv}), and their district-level
 * units (huyện, quận, thị xã, thành phố thuộc tỉnh; {@code data/reference/districts.csv}).
 * Lookups are robust to diacritics, case, "tỉnh"/"thành phố"/"TP." prefixes, the catalogue's aliases and
 * small typos (only where the closest name is unambiguous). Immutable and thread-safe; build once with
 * {@link #shared()}.
 */
public final class ProvinceCatalog implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One province-level unit. {@code type} is "tỉnh" or "thành phố trực thuộc trung ương". */
    public record Province(String code, String name, String type, String region, String nameAscii,
                           String province2025) implements Serializable {}

    /** One district-level unit; {@code type} is "huyện", "quận", "thị xã" or "thành phố". */
    public record District(String code, String name, String type, String provinceCode) implements Serializable {}

    /** A province named in running text, with the span of the name and whether a "tỉnh"/"thành phố" prefix stood before it. */
    public record Mention(Province province, int start, int end, boolean prefixed) implements Serializable {}

    private static final Pattern NON_KEY = Pattern.compile("[^a-z0-9 ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String[] PREFIXES = {"uy ban nhan dan ", "ubnd ", "tinh ", "thanh pho ", "tp ", "t p "};

    private static volatile ProvinceCatalog shared;

    private final List<Province> provinces;
    private final Map<String, Province> byCode;
    /** folded, space-separated key -> province (ambiguous keys removed). */
    private final Map<String, Province> byKey;
    /** folded key without spaces -> province. */
    private final Map<String, Province> byCompactKey;
    /** first token -> keys (as token arrays) starting with it, longest first. */
    private final Map<String, List<String[]>> keysByFirstToken;
    /** Sorted hash codes of the keys of {@link #keysByFirstToken}: most words of a text are no province's first word. */
    private final int[] firstTokenHashes;
    /** exact (NFC, case-sensitive) written names per province: name and aliases, used for bare mentions. */
    private final Map<String, Province> writtenNames;
    private final List<District> districts;
    private final Map<String, List<District>> districtsByKey;

    private ProvinceCatalog(List<Map<String, String>> provinceRows, List<Map<String, String>> districtRows) {
        List<Province> list = new ArrayList<>();
        Map<String, Province> codes = new LinkedHashMap<>();
        Map<String, Set<Province>> keys = new HashMap<>();
        Map<String, Set<Province>> compact = new HashMap<>();
        Map<String, Province> written = new LinkedHashMap<>();
        for (Map<String, String> r : provinceRows) {
            Province p = new Province(r.get("code"), r.get("name"), r.get("type"), r.get("region"),
                    r.get("name_ascii"), r.get("province_2025"));
            list.add(p);
            codes.put(p.code(), p);
            List<String> names = new ArrayList<>();
            names.add(p.name());
            names.add(p.nameAscii());
            String aliases = r.getOrDefault("aliases", "");
            if (aliases != null && !aliases.isBlank()) {
                for (String a : aliases.split("\\|")) {
                    if (!a.isBlank()) names.add(a.strip());
                }
            }
            for (String n : names) {
                String k = key(n);
                String stripped = stripPrefixes(k);
                for (String kk : List.of(k, stripped)) {
                    if (kk.isEmpty()) continue;
                    keys.computeIfAbsent(kk, x -> new HashSet<>()).add(p);
                    compact.computeIfAbsent(kk.replace(" ", ""), x -> new HashSet<>()).add(p);
                }
                if (!n.equals(p.nameAscii())) written.putIfAbsent(n, p);
            }
        }
        this.provinces = List.copyOf(list);
        this.byCode = Collections.unmodifiableMap(codes);
        this.byKey = unique(keys);
        this.byCompactKey = unique(compact);
        this.writtenNames = Collections.unmodifiableMap(written);
        Map<String, List<String[]>> first = new HashMap<>();
        for (String k : byKey.keySet()) {
            if (!stripPrefixes(k).equals(k)) continue; // prefixes are matched in the text around the name
            String[] tokens = k.split(" ");
            first.computeIfAbsent(tokens[0], x -> new ArrayList<>()).add(tokens);
        }
        for (List<String[]> l : first.values()) {
            l.sort((a, b) -> Integer.compare(b.length, a.length));
        }
        this.keysByFirstToken = first;
        this.firstTokenHashes = first.keySet().stream().mapToInt(String::hashCode).sorted().distinct().toArray();
        List<District> ds = new ArrayList<>();
        Map<String, List<District>> dk = new HashMap<>();
        for (Map<String, String> r : districtRows) {
            District d = new District(r.get("code"), r.get("name"), r.get("type"), r.get("province_code"));
            ds.add(d);
            dk.computeIfAbsent(key(d.name()).replace(" ", ""), x -> new ArrayList<>()).add(d);
        }
        this.districts = List.copyOf(ds);
        this.districtsByKey = dk;
    }

    private static Map<String, Province> unique(Map<String, Set<Province>> m) {
        Map<String, Province> out = new HashMap<>();
        m.forEach((k, v) -> {
            if (v.size() == 1) out.put(k, v.iterator().next());
        });
        return Collections.unmodifiableMap(out);
    }

    /** The catalogue built from the reference files (built once, shared). */
    public static ProvinceCatalog shared() {
        ProvinceCatalog c = shared;
        if (c == null) {
            synchronized (ProvinceCatalog.class) {
                c = shared;
                if (c == null) {
                    c = new ProvinceCatalog(ReferenceFiles.rows("provinces.csv"), readDistricts());
                    shared = c;
                }
            }
        }
        return c;
    }

    private static List<Map<String, String>> readDistricts() {
        return ReferenceFiles.rows("districts.csv");
    }

    public List<Province> all() {
        return provinces;
    }

    public Optional<Province> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.strip()));
    }

    /** Folded, punctuation-free, single-spaced form used for every comparison. */
    static String key(String s) {
        String f = Vietnamese.fold(s);
        f = NON_KEY.matcher(f).replaceAll(" ");
        return SPACES.matcher(f).replaceAll(" ").trim();
    }

    private static String stripPrefixes(String k) {
        boolean again = true;
        while (again) {
            again = false;
            for (String p : PREFIXES) {
                if (k.startsWith(p) && k.length() > p.length()) {
                    k = k.substring(p.length());
                    again = true;
                }
            }
        }
        return k;
    }

    /**
     * The province a written name stands for: "Gia Lai", "tỉnh Gia Lai", "TP. Hồ Chí Minh", "thanh hoa",
     * "Thanh Hoá", "Bình Phươc" (one letter off). Empty when unknown or when a typo is equally close to two.
     */
    public Optional<Province> resolve(String name) {
        if (name == null) return Optional.empty();
        String k = key(name);
        if (k.isEmpty()) return Optional.empty();
        Province p = byKey.get(k);
        if (p == null) p = byKey.get(stripPrefixes(k));
        if (p == null) p = byCompactKey.get(k.replace(" ", ""));
        if (p == null) p = byCompactKey.get(stripPrefixes(k).replace(" ", ""));
        if (p != null) return Optional.of(p);
        return fuzzy(stripPrefixes(k));
    }

    private Optional<Province> fuzzy(String k) {
        String c = k.replace(" ", "");
        int allowed = c.length() <= 5 ? 0 : c.length() <= 9 ? 1 : 2;
        if (allowed == 0) return Optional.empty();
        int best = Integer.MAX_VALUE;
        Set<String> bestCodes = new HashSet<>();
        Province bestP = null;
        for (Map.Entry<String, Province> e : byCompactKey.entrySet()) {
            int d = levenshtein(c, e.getKey(), allowed);
            if (d < best) {
                best = d;
                bestCodes.clear();
                bestCodes.add(e.getValue().code());
                bestP = e.getValue();
            } else if (d == best) {
                bestCodes.add(e.getValue().code());
            }
        }
        return best <= allowed && bestCodes.size() == 1 ? Optional.of(bestP) : Optional.empty();
    }

    /** Edit distance, or {@code max + 1} as soon as it must exceed {@code max}. */
    static int levenshtein(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) return max + 1;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) return max + 1;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The province of an official mail domain: "gialai.gov.vn", "sub.gialai.gov.vn",
     * "iahla.chupuh@gialai.gov.vn", "hochiminhcity.gov.vn". Empty for any other domain.
     */
    public Optional<Province> byMailDomain(String domain) {
        if (domain == null) return Optional.empty();
        String d = domain.strip().toLowerCase(Locale.ROOT);
        int at = d.lastIndexOf('@');
        if (at >= 0) d = d.substring(at + 1);
        while (d.endsWith(".")) d = d.substring(0, d.length() - 1);
        String[] suffixes = {".gov.vn", ".edu.vn", ".org.vn", ".vn"};
        String rest = null;
        for (String s : suffixes) {
            if (d.endsWith(s)) {
                rest = d.substring(0, d.length() - s.length());
                break;
            }
        }
        if (rest == null || rest.isEmpty()) return Optional.empty();
        String label = rest.substring(rest.lastIndexOf('.') + 1).replace("-", "");
        if (label.equals("hochiminhcity") || label.equals("hcmcity")) label = "hochiminh";
        return Optional.ofNullable(byCompactKey.get(label));
    }

    /** The first province named in running text (a "tỉnh X"/"thành phố X" mention wins over a bare name). */
    public Optional<Province> findIn(String text) {
        List<Mention> all = findAllIn(text);
        for (Mention m : all) {
            if (m.prefixed()) return Optional.of(m.province());
        }
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).province());
    }

    /**
     * Every province named in the text, in order. Prefixed mentions ("tỉnh Hải Dương", "TP. Cần Thơ") match
     * with or without diacritics; bare names count only when written exactly as the catalogue spells them,
     * capitalised, and not right after a district or commune word ("huyện", "xã", ...).
     */
    public List<Mention> findAllIn(String text) {
        return text == null || text.isEmpty() ? new ArrayList<>() : findAllIn(text, foldKeepingLength(text));
    }

    /** {@link #findAllIn(String)} for a caller that has the text folded already ({@link #foldKeepingLength}). */
    public List<Mention> findAllIn(String text, String folded) {
        List<Mention> out = new ArrayList<>();
        if (text == null || text.isEmpty()) return out;
        List<int[]> tokens = tokens(folded);
        int i = 0;
        while (i < tokens.size()) {
            int[] t = tokens.get(i);
            int h = 0;
            for (int c = t[0]; c < t[1]; c++) h = 31 * h + folded.charAt(c); // String.hashCode of the token
            List<String[]> cands = java.util.Arrays.binarySearch(firstTokenHashes, h) < 0 ? null
                    : keysByFirstToken.get(folded.substring(t[0], t[1]));
            int matched = 0;
            Province found = null;
            if (cands != null) {
                for (String[] key : cands) {
                    if (matchesAt(folded, tokens, i, key)) {
                        found = byKey.get(String.join(" ", key));
                        matched = key.length;
                        break;
                    }
                }
            }
            if (found != null) {
                int start = t[0];
                int end = tokens.get(i + matched - 1)[1];
                String before = previousWords(folded, tokens, i, 2);
                boolean prefixed = before.endsWith("tinh") || before.endsWith("thanh pho") || before.endsWith("tp")
                        || before.endsWith("t p") || before.equals("tinh uy") || before.endsWith(" tinh uy")
                        || before.equals("thanh uy") || before.endsWith(" thanh uy");
                String written = text.substring(start, end);
                boolean exact = writtenNames.containsKey(written) || written.equals(found.name());
                boolean afterLowerUnit = before.endsWith("huyen") || before.endsWith("xa") || before.endsWith("phuong")
                        || before.endsWith("quan") || before.endsWith("thi tran") || before.endsWith("thon")
                        || before.endsWith("ban") || before.endsWith("lang") || before.endsWith("to");
                if (prefixed || (exact && !afterLowerUnit && Character.isUpperCase(written.codePointAt(0)))) {
                    out.add(new Mention(found, start, end, prefixed));
                }
                i += matched;
            } else {
                i++;
            }
        }
        return out;
    }

    static String foldKeepingLength(String s) {
        return Vietnamese.foldKeepingLength(s);
    }

    private static List<int[]> tokens(String folded) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = folded.length();
        while (i < n) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i;
                while (j < n && Character.isLetterOrDigit(folded.charAt(j))) j++;
                out.add(new int[] {i, j});
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Tokens of a key match at token index i when only spaces, hyphens, dashes or dots stand between them. */
    private static boolean matchesAt(String folded, List<int[]> tokens, int i, String[] key) {
        if (i + key.length > tokens.size()) return false;
        for (int k = 0; k < key.length; k++) {
            int[] t = tokens.get(i + k);
            if (!folded.regionMatches(t[0], key[k], 0, key[k].length()) || t[1] - t[0] != key[k].length()) return false;
            if (k > 0) {
                int gapStart = tokens.get(i + k - 1)[1];
                for (int g = gapStart; g < t[0]; g++) {
                    char c = folded.charAt(g);
                    if (!(c == ' ' || c == '-' || c == '–' || c == '.' || c == '\u00A0')) return false;
                }
                if (t[0] - gapStart > 4) return false;
            }
        }
        return true;
    }

    private static String previousWords(String folded, List<int[]> tokens, int i, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = Math.max(0, i - n); k < i; k++) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(folded, tokens.get(k)[0], tokens.get(k)[1]);
        }
        // a sentence or clause break between the prefix and the name cancels it
        if (i > 0) {
            int gapStart = tokens.get(i - 1)[1];
            for (int g = gapStart; g < tokens.get(i)[0]; g++) {
                char c = folded.charAt(g);
                if (c == ',' || c == ';' || c == '\n' || c == ':' || c == '(' || c == ')') return "";
            }
        }
        return sb.toString();
    }

    public List<District> districts() {
        return districts;
    }

    /**
     * The district-level units a written name may stand for ("Tứ Kỳ", "tu ky", "chupuh"), optionally
     * restricted to one province and one type ("huyện", "thị xã", ...; null for any).
     */
    public List<District> findDistricts(String name, String provinceCode, String type) {
        if (name == null) return List.of();
        String k = key(name).replace(" ", "");
        List<District> all = districtsByKey.getOrDefault(k, List.of());
        List<District> out = new ArrayList<>();
        for (District d : all) {
            if (provinceCode != null && !provinceCode.equals(d.provinceCode())) continue;
            if (type != null && !type.equals(d.type())) continue;
            out.add(d);
        }
        return out;
    }
}
