package io.planlens.ingest.formats;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text set in pre-Unicode fonts. TCVN3 (ABC) fonts such as {@code .VnTime} draw Vietnamese
 * letters at Latin-1 code points, so their text comes out as "KÕ ho¹ch" instead of "Kế hoạch"; the
 * {@code ...H} variants ({@code .VnTimeH}) draw capitals at the lower-case positions. VNI fonts
 * ({@code VNI-Times}) are recognised (and flagged by the readers) but not converted.
 */
final class LegacyFonts {
    private static final Pattern SUBSET = Pattern.compile("^[A-Z]{6}\\+");
    private static final Pattern STYLE = Pattern.compile("(?i)[,-](bold|italic|bolditalic|regular|oblique)$");
    private static final Pattern TCVN3 = Pattern.compile("(?i)^\\.?vn(?!i[-_ ])[a-z].*");
    private static final Pattern VNI = Pattern.compile("(?i)^vni[-_ ].*");

    /** TCVN3 code point (0xA1..0xFE) to Unicode, '\0' where TCVN3 has no letter. */
    private static final char[] TABLE = new char[0x100];

    static {
        String pairs = "a1Ă a2Â a3Ê a4Ô a5Ơ a6Ư a7Đ a8ă a9â aaê abô acơ adư aeđ "
                + "b5à b6ả b7ã b8á b9ạ bbằ bcẳ bdẵ beắ c6ặ c7ầ c8ẩ c9ẫ caấ cbậ "
                + "ccè ceẻ cfẽ d0é d1ẹ d2ề d3ể d4ễ d5ế d6ệ "
                + "d7ì d8ỉ dcĩ ddí deị "
                + "dfò e1ỏ e2õ e3ó e4ọ e5ồ e6ổ e7ỗ e8ố e9ộ eaờ ebở ecỡ edớ eeợ "
                + "efù f1ủ f2ũ f3ú f4ụ f5ừ f6ử f7ữ f8ứ f9ự "
                + "faỳ fbỷ fcỹ fdý feỵ";
        for (String p : pairs.split(" ")) {
            TABLE[Integer.parseInt(p.substring(0, 2), 16)] = p.charAt(2);
        }
    }

    private LegacyFonts() {}

    static String baseName(String fontName) {
        if (fontName == null) return "";
        String n = SUBSET.matcher(fontName.strip()).replaceFirst("");
        return STYLE.matcher(n).replaceFirst("");
    }

    static boolean isTcvn3(String fontName) {
        return TCVN3.matcher(baseName(fontName)).matches();
    }

    /** The capitals variant of a TCVN3 font (".VnTimeH", ".VnArialH"). */
    static boolean isTcvn3Capitals(String fontName) {
        String n = baseName(fontName);
        return isTcvn3(fontName) && n.length() > 1 && n.charAt(n.length() - 1) == 'H';
    }

    static boolean isVni(String fontName) {
        return VNI.matcher(baseName(fontName)).matches();
    }

    /** Text drawn with a TCVN3 font, in Unicode. */
    static String fromTcvn3(String s, boolean capitals) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char m = c < 0x100 ? TABLE[c] : 0;
            sb.append(m != 0 ? m : c);
        }
        String out = sb.toString();
        return capitals ? out.toUpperCase(new Locale("vi")) : out;
    }
}
