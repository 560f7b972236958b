package io.planlens.text;

import java.util.regex.Matcher;

/**
 * {@link Matcher#find()} for patterns that can only start at a few kinds of position (a digit, the first
 * letter of a word): the pattern is tried there alone. Java's regex engine otherwise tries every position
 * of a long text, and on a plan most of them cannot start a match.
 */
public final class RegexScan {
    /** Whether a match of the pattern could start at {@code i} of {@code s}: false only where none can. */
    @FunctionalInterface
    public interface StartTest {
        boolean canStart(String s, int i);
    }

    private RegexScan() {}

    /**
     * The next match starting at or after {@code from}, as {@code m.find()} would find it. {@code m} must be
     * a matcher over {@code s} with transparent bounds, so look-behinds see the text before each try.
     */
    public static boolean find(Matcher m, String s, int from, StartTest test) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            if (test.canStart(s, i) && m.region(i, n).lookingAt()) return true;
        }
        return false;
    }

    /** A matcher over {@code s} ready for {@link #find}. */
    public static Matcher matcher(java.util.regex.Pattern p, String s) {
        return p.matcher(s).useTransparentBounds(true);
    }

    /**
     * Starts of words (no a-z letter before) that begin with one of {@code prefixes}: for a pattern that is a
     * choice of literal words, so it is tried only where one of them stands, not at every word sharing a letter.
     */
    public static StartTest wordStartingWithAny(String... prefixes) {
        String[] ps = prefixes.clone();
        StringBuilder firsts = new StringBuilder();
        for (String p : ps) {
            if (p.isEmpty()) throw new IllegalArgumentException("empty prefix");
            if (firsts.indexOf(p.substring(0, 1)) < 0) firsts.append(p.charAt(0));
        }
        String letters = firsts.toString();
        return (s, i) -> {
            if (letters.indexOf(s.charAt(i)) < 0 || (i > 0 && isAsciiLower(s.charAt(i - 1)))) return false;
            for (String p : ps) if (s.startsWith(p, i)) return true;
            return false;
        };
    }

    public static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
