package io.planlens.jobs.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** How one value is written into an export cell (contract: dot decimals, ISO dates, empty = unknown). */
public final class CsvCells {
    private CsvCells() {}

    /** A text cell a spreadsheet would run as a formula gets a leading apostrophe. */
    public static String neutralise(String s) {
        if (s == null || s.isEmpty()) return s;
        // a lone sign (the comparator "=") is no formula a spreadsheet could run
        if (s.length() == 1 && (s.equals("=") || s.equals("-") || s.equals("+"))) return s;
        char c = s.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return "'" + s;
        }
        return s;
    }

    public static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return "";
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    public static String cell(Object v) {
        if (v == null) return "";
        if (v instanceof String s) return neutralise(s);
        if (v instanceof Double d) return number(d);
        if (v instanceof Float f) return number(f.doubleValue());
        if (v instanceof BigDecimal b) return b.stripTrailingZeros().toPlainString();
        if (v instanceof Number n) return n.toString();
        if (v instanceof Boolean b) return b.toString();
        if (v instanceof java.sql.Date d) return d.toLocalDate().toString();
        if (v instanceof java.time.LocalDate d) return d.toString();
        if (v instanceof java.sql.Timestamp t) return t.toInstant().toString();
        if (v instanceof List<?> l) {
            return neutralise(l.stream().map(String::valueOf).collect(Collectors.joining(";")));
        }
        if (v instanceof scala.collection.Seq<?> seq) {
            return cell(scala.jdk.javaapi.CollectionConverters.asJava(seq));
        }
        return neutralise(v.toString());
    }
}
