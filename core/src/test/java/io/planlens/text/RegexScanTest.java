package io.planlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexScanTest {
    private static List<String> all(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.start() + ":" + m.group());
        return out;
    }

    private static List<String> scanned(Pattern p, String s, RegexScan.StartTest test) {
        List<String> out = new ArrayList<>();
        Matcher m = RegexScan.matcher(p, s);
        for (int from = 0; RegexScan.find(m, s, from, test); from = m.end()) out.add(m.start() + ":" + m.group());
        return out;
    }

    /** Trying a pattern only at the starts of its words finds what find() finds, look-behinds included. */
    @Test
    void wordStartScanFindsWhatFindFinds() {
        Pattern p = Pattern.compile("(?<![a-z])(huyen|quan|thi xa|thanh pho)\\s+(?=\\S)");
        RegexScan.StartTest starts = RegexScan.wordStartingWithAny("huyen", "quan", "thi xa", "thanh pho");
        String alphabet = "huyenquathixanhpo  \n.,0123";
        Random r = new Random(7);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(80);
            for (int i = 0; i < len; i++) {
                if (r.nextInt(6) == 0) b.append(List.of("huyen ", "quan ", "thi xa ", "thanh pho ", "chuyen ", "thi ", "quanh ", "huye").get(r.nextInt(8)));
                else b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(all(p.matcher(s)), scanned(p, s, starts), s);
        }
        assertEquals(List.of("0:huyen ", "15:quan "), scanned(p, "huyen chuyen a quan b", starts));
        assertEquals(List.of(), scanned(p, "thi xahuyen", starts));
    }

    @Test
    void emptyPrefixIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> RegexScan.wordStartingWithAny("a", ""));
    }

    /** A start test that rules out no position the pattern could start at changes nothing; one that does, drops the match. */
    @Test
    void onlyTheTestedPositionsAreTried() {
        Pattern digits = Pattern.compile("(?<!\\d)\\d{2,}");
        String s = "a12 b345 6 78";
        assertEquals(all(digits.matcher(s)), scanned(digits, s, (t, i) -> RegexScan.isAsciiDigit(t.charAt(i))));
        assertEquals(List.of("1:12", "11:78"), scanned(digits, s, (t, i) -> i != 5));
    }
}
