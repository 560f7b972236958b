package io.planlens.extract;

/** Parses numbers written the Vietnamese way: "11,5", "1.000", "100.000", "05"; also "0.12" (dot decimal). */
final class VietNumber {
    private static final java.util.regex.Pattern THOUSANDS = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final java.util.regex.Pattern DOT_DECIMAL = java.util.regex.Pattern.compile("\\d+\\.\\d{1,2}");
    private static final java.util.regex.Pattern COMMA_DECIMAL = java.util.regex.Pattern.compile("\\d+(,\\d+)?");
    private static final java.util.regex.Pattern COMMA_THOUSANDS = java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private VietNumber() {}

    /** The value, or null when the text is not a number. */
    static Double parse(String s) {
        if (s == null) return null;
        s = SPACES.matcher(s).replaceAll("");
        if (s.isEmpty()) return null;
        String norm;
        if (THOUSANDS.matcher(s).matches()) {
            norm = s.replace(".", "").replace(',', '.');
        } else if (DOT_DECIMAL.matcher(s).matches()) {
            norm = s;
        } else if (COMMA_DECIMAL.matcher(s).matches()) {
            norm = s.replace(',', '.');
        } else if (COMMA_THOUSANDS.matcher(s).matches()) {
            norm = s.replace(",", "");
        } else {
            return null;
        }
        try {
            return Double.valueOf(norm);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
