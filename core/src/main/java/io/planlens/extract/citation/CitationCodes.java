package io.planlens.extract.citation;

import io.planlens.text.Vietnamese;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Spelling rules for Vietnamese document references: the type words ("Quyết định", "Chỉ thị"), the
 * type abbreviations inside a code ("QĐ", "CT"), and the issuer tokens of a code ("TTg", "BLĐTBXH",
 * "TW"), so that "20-CT/TW", "20/CT-TƯ" and "20/ct-tw" all give the code {@code CT-TW}.
 */
public final class CitationCodes {
    /** Contract types. */
    public static final String LUAT = "Luật", NQ = "NQ", ND = "NĐ", QD = "QĐ", CT = "CT", TT = "TT",
            KH = "KH", CV = "CV", OTHER = "other";

    /** Folded type words with spaces removed -> type. "văn bản" is weak: the code decides. */
    private static final Map<String, String> TYPE_WORDS = Map.ofEntries(
            Map.entry("luat", LUAT), Map.entry("boluat", LUAT), Map.entry("hienphap", LUAT),
            Map.entry("nghiquyet", NQ), Map.entry("nq", NQ),
            Map.entry("nghidinh", ND), Map.entry("nd", ND),
            Map.entry("quyetdinh", QD), Map.entry("qd", QD),
            Map.entry("chithi", CT), Map.entry("ct", CT),
            Map.entry("thongtu", TT), Map.entry("thongtulientich", TT), Map.entry("tt", TT),
            Map.entry("kehoach", KH), Map.entry("kehoachlientich", KH), Map.entry("kh", KH),
            Map.entry("congvan", CV), Map.entry("cv", CV), Map.entry("vanban", ""),
            Map.entry("huongdan", OTHER), Map.entry("thongbao", OTHER), Map.entry("ketluan", OTHER),
            Map.entry("congdien", OTHER), Map.entry("chuongtrinh", OTHER), Map.entry("dean", OTHER),
            Map.entry("baocao", OTHER), Map.entry("totrinh", OTHER), Map.entry("thongtri", OTHER),
            Map.entry("quydinh", OTHER), Map.entry("phapleh", OTHER), Map.entry("phaplenh", OTHER));

    /** Type abbreviations as the first token of a code (folded, upper case, '&' dropped). */
    private static final Map<String, String> CODE_TYPES = Map.ofEntries(
            Map.entry("QD", QD), Map.entry("NQ", NQ), Map.entry("ND", ND), Map.entry("CT", CT),
            Map.entry("TT", TT), Map.entry("TTLT", TT), Map.entry("KH", KH), Map.entry("KHLT", KH), Map.entry("CV", CV),
            Map.entry("HD", OTHER), Map.entry("TB", OTHER), Map.entry("BC", OTHER), Map.entry("KL", OTHER),
            Map.entry("TTR", OTHER), Map.entry("CTR", OTHER), Map.entry("DA", OTHER), Map.entry("QC", OTHER),
            Map.entry("CD", OTHER), Map.entry("QYD", OTHER), Map.entry("HDLT", OTHER), Map.entry("QCPH", OTHER));

    /** Canonical spelling of common code tokens, keyed by their folded upper-case form. */
    private static final Map<String, String> TOKENS = Map.ofEntries(
            Map.entry("QD", "QĐ"), Map.entry("ND", "NĐ"), Map.entry("HDND", "HĐND"), Map.entry("TTG", "TTg"),
            Map.entry("LDTBXH", "LĐTBXH"), Map.entry("BLDTBXH", "BLĐTBXH"), Map.entry("GDDT", "GDĐT"),
            Map.entry("BGDDT", "BGDĐT"), Map.entry("SGDDT", "SGDĐT"), Map.entry("PGDDT", "PGDĐT"),
            Map.entry("BCD", "BCĐ"), Map.entry("DU", "ĐU"), Map.entry("BKHDT", "BKHĐT"), Map.entry("DA", "ĐA"),
            Map.entry("CD", "CĐ"), Map.entry("QYD", "QyĐ"), Map.entry("HD", "HD"), Map.entry("TTR", "TTr"),
            Map.entry("CTR", "CTr"), Map.entry("TW", "TW"), Map.entry("DTN", "ĐTN"), Map.entry("DTNCS", "ĐTNCS"),
            Map.entry("TWDTN", "TWĐTN"), Map.entry("BTGTW", "BTGTW"), Map.entry("HDHD", "HĐHD"));

    private static final java.util.regex.Pattern YEAR_PREFIX = java.util.regex.Pattern.compile("^((?:19|20)\\d{2})/");
    private static final java.util.regex.Pattern QH = java.util.regex.Pattern.compile("QH\\d{1,2}");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern LEADING_ZEROS = java.util.regex.Pattern.compile("^0+(?=\\d)");

    private static final java.util.regex.Pattern TOKEN_SPLIT = java.util.regex.Pattern.compile("[-/]");

    private CitationCodes() {}

    /** The type of a type word given folded with spaces removed ("quyetdinh"), or null; "" = weak word. */
    public static String typeOfWord(String foldedNoSpaces) {
        return TYPE_WORDS.get(foldedNoSpaces);
    }

    /** The longest type word, in syllables. */
    public static final int MAX_TYPE_WORD_SYLLABLES = 4;

    /** The document type a code's first token names ("QĐ" -> QĐ), or null when it names none. */
    public static String typeOfCodeToken(String token) {
        return CODE_TYPES.get(key(token));
    }

    /** Folded, upper case, '&' and dots dropped: "BLĐTB&XH" -> "BLDTBXH". */
    public static String key(String token) {
        StringBuilder sb = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '&' || c == '.' || Character.getType(c) == Character.NON_SPACING_MARK) continue;
            char f = (c == 'Ð' || c == 'ð') ? 'd' : Vietnamese.foldChar(c);
            sb.append(Character.toUpperCase(f));
        }
        return sb.toString();
    }

    /**
     * One code token in its canonical spelling: "QD" and "Qđ" -> "QĐ", "TTG" -> "TTg", "TƯ" -> "TW",
     * any "BLĐT..." (the Ministry of Labour, often mistyped) -> "BLĐTBXH".
     */
    public static String canonicalToken(String token) {
        String k = key(token);
        if (k.equals("TU") && (token.indexOf('Ư') >= 0 || token.indexOf('ư') >= 0)) return "TW";
        String known = TOKENS.get(k);
        if (known != null) return known;
        if (k.startsWith("BLDT") && k.length() >= 5) return "BLĐTBXH";
        int ld = k.indexOf("LDTB");
        if (ld >= 0) return k.substring(0, ld) + "LĐTBXH";
        if (QH.matcher(k).matches()) return k;
        // Unknown token: keep the letters as written (with Đ), upper case.
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.' || Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c == 'Ð' || c == 'ð' || c == 'đ') c = 'Đ';
            sb.append(Character.toUpperCase(c));
        }
        return sb.toString().replace("&", "");
    }

    /** Tokens joined with '-' in canonical spelling: [CT, TW] -> "CT-TW". */
    public static String canonicalCode(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            if (sb.length() > 0) sb.append('-');
            sb.append(canonicalToken(t));
        }
        return sb.toString();
    }

    /** A parsed reference "102/2016/QH13": number, year inside the number (or null), code tokens. */
    public record Reference(String number, Integer year, List<String> tokens) {
        public String code() {
            return canonicalCode(tokens);
        }
    }

    /**
     * Parses a reference as written in a catalogue or a document header: "23/QĐ-TTg",
     * "13/2021/TT-BLĐTBXH", "20-CT/TW", "121/2020/QH14". Returns null when it is not one.
     */
    public static Reference parse(String ref) {
        if (ref == null) return null;
        String s = ref.strip().replace('–', '-').replace('—', '-');
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        if (i == 0 || i >= s.length()) return null;
        String number = s.substring(0, i);
        String rest = SPACES.matcher(s.substring(i)).replaceAll("");
        if (rest.isEmpty() || (rest.charAt(0) != '/' && rest.charAt(0) != '-')) return null;
        rest = rest.substring(1);
        Integer year = null;
        java.util.regex.Matcher y = YEAR_PREFIX.matcher(rest);
        if (y.find()) {
            year = Integer.valueOf(y.group(1));
            rest = rest.substring(y.end());
        }
        List<String> tokens = new ArrayList<>();
        for (String t : TOKEN_SPLIT.split(rest)) {
            if (!t.isEmpty()) tokens.add(t);
        }
        if (tokens.isEmpty()) return null;
        return new Reference(number, year, tokens);
    }

    /** Number with leading zeros dropped, for comparing "06" with "6". */
    public static String numberKey(String number) {
        if (number == null) return "";
        String n = LEADING_ZEROS.matcher(number).replaceFirst("");
        return n.toLowerCase(Locale.ROOT);
    }
}
