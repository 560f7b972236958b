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

    /** Starts of words (no a-z letter before) whose first letter is one of {@code letters}. */
    public static StartTest wordStartingWith(String letters) {
        return (s, i) -> letters.indexOf(s.charAt(i)) >= 0 && (i == 0 || !isAsciiLower(s.charAt(i - 1)));
    }

    public static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
