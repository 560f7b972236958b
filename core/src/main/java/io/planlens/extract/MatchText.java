package io.planlens.extract;

import io.planlens.text.Vietnamese;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a Vietnamese phrase into comparable tokens: diacritics folded, punctuation dropped, leading
 * zeros of numbers dropped ("08" -> "8"), common abbreviations expanded ("THCS", "BHYT", "TNTT", "SDD", "TCMR") and
 * spelling variants unified ("tỉ lệ" / "tỷ lệ", "vắc-xin" / "vắcxin").
 */
final class MatchText {
    private MatchText() {}

    private static final Map<String, String[]> EXPAND = Map.ofEntries(
            Map.entry("thcs", new String[] {"trung", "hoc", "co", "so"}),
            Map.entry("thpt", new String[] {"trung", "hoc", "pho", "thong"}),
            Map.entry("bhyt", new String[] {"bao", "hiem", "y", "te"}),
            Map.entry("tntt", new String[] {"tai", "nan", "thuong", "tich"}),
            Map.entry("hcdb", new String[] {"hoan", "canh", "dac", "biet"}),
            Map.entry("sdd", new String[] {"suy", "dinh", "duong"}),
            Map.entry("tcmr", new String[] {"tiem", "chung", "mo", "rong"}),
            Map.entry("vacxin", new String[] {"vac", "xin"}),
            Map.entry("vaccine", new String[] {"vac", "xin"}),
            Map.entry("atgt", new String[] {"an", "toan", "giao", "thong"}),
            Map.entry("hiv/aids", new String[] {"hiv"}));

    /** Tokens that say little about which indicator a phrase names. */
    static final Set<String> GENERIC = Set.of("tre", "em", "ty", "le", "suat", "cua", "duoc", "va", "cac", "co",
            "cho", "voi", "tren", "tong", "so", "nam", "trong", "o", "la", "dat", "nhung", "mot", "nguoi", "ve",
            "tai", "hoac", "tu", "den", "khi", "da", "se", "phai", "theo", "nhu", "cu", "the", "vao", "ra", "dia",
            "ban", "xa", "phuong", "thi", "tran", "huyen", "tinh", "muc", "can",
            "bi", "hang", "ho", "tro");

    static List<String> tokens(String s) {
        String f = Vietnamese.foldKeepingLength(s);
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= f.length(); i++) {
            char c = i < f.length() ? f.charAt(i) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                // a letter glued to a number ("8tuoi") starts a new token
                if (cur.length() > 0 && Character.isDigit(c) != Character.isDigit(cur.charAt(cur.length() - 1))) {
                    add(out, cur.toString());
                    cur.setLength(0);
                }
                cur.append(c);
            } else {
                if (cur.length() > 0) add(out, cur.toString());
                cur.setLength(0);
            }
        }
        // "ti le" -> "ty le", "lop mot" -> "lop 1"
        for (int i = 0; i + 1 < out.size(); i++) {
            if (out.get(i).equals("ti") && (out.get(i + 1).equals("le") || out.get(i + 1).equals("suat"))) {
                out.set(i, "ty");
            }
            if (out.get(i).equals("lop") && out.get(i + 1).equals("mot")) {
                out.set(i + 1, "1");
            }
        }
        return out;
    }

    private static void add(List<String> out, String t) {
        if (Character.isDigit(t.charAt(0))) {
            int k = 0;
            while (k < t.length() - 1 && t.charAt(k) == '0') k++;
            out.add(t.substring(k));
            return;
        }
        String[] e = EXPAND.get(t);
        if (e != null) {
            for (String x : e) out.add(x);
        } else {
            out.add(t);
        }
    }

    static double weight(String token) {
        if (Character.isDigit(token.charAt(0))) return 1.0;
        return GENERIC.contains(token) ? 0.25 : 1.0;
    }

    /** True when two tokens are the same word up to one typo (only for tokens of four letters or more). */
    static boolean near(String a, String b) {
        if (a.equals(b)) return true;
        if (a.length() < 4 || b.length() < 4) return false;
        if (Character.isDigit(a.charAt(0)) || Character.isDigit(b.charAt(0))) return false;
        int la = a.length(), lb = b.length();
        if (Math.abs(la - lb) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < la && j < lb) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) return false;
            if (la > lb) i++;
            else if (lb > la) j++;
            else {
                // substitution or adjacent transposition
                if (i + 1 < la && a.charAt(i) == b.charAt(j + 1) && a.charAt(i + 1) == b.charAt(j)) {
                    i += 2;
                    j += 2;
                } else {
                    i++;
                    j++;
                }
            }
        }
        edits += (la - i) + (lb - j);
        return edits <= 1;
    }
}
