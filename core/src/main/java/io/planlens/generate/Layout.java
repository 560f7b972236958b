package io.planlens.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * A document as logical blocks (headings, paragraphs, raw lines) and its rendering in one of the
 * layouts the real files come in: a PDF export with hard line breaks (often with blank lines
 * between every line), plain text with one paragraph per line, or Markdown.
 * Hard breaks are only put at spaces with no digit, '%' or '‰' on either side, so a number is never
 * split and joining the lines back gives the logical paragraph again.
 */
final class Layout {

    enum Style { PDF, PLAIN, MARKDOWN }

    private enum Kind { HEAD, PARA, RAW, BLANK }

    private static final class Block {
        final Kind kind;
        final String text;
        final int level;

        Block(Kind kind, String text, int level) {
            this.kind = kind;
            this.text = text;
            this.level = level;
        }
    }

    private final List<Block> blocks = new ArrayList<>();

    void head(String text, int level) {
        blocks.add(new Block(Kind.HEAD, text, level));
    }

    void para(String text) {
        blocks.add(new Block(Kind.PARA, text, 0));
    }

    /** A line kept as it is (header, table row, signature). */
    void raw(String text) {
        blocks.add(new Block(Kind.RAW, text, 0));
    }

    void blank() {
        blocks.add(new Block(Kind.BLANK, "", 0));
    }

    /** Every logical text of the document, joined by newlines (for scanning what it mentions). */
    String logicalText() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) sb.append(b.text).append('\n');
        return sb.toString();
    }

    String render(Style style, Rnd r) {
        StringBuilder out = new StringBuilder(24_000);
        switch (style) {
            case PDF: {
                int width = r.between(66, 88);
                String[] seps = {" \n\n", "\n\n", " \n \n", "\n", " \n"};
                String sep = seps[r.nextInt(seps.length)];
                boolean indent = r.chance(0.5);
                for (Block b : blocks) {
                    switch (b.kind) {
                        case BLANK: out.append('\n'); break;
                        case RAW: out.append(b.text).append('\n'); break;
                        case HEAD:
                            if (indent) out.append(' ');
                            wrap(out, b.text, width, sep);
                            out.append(sep.startsWith(" ") ? " \n" : "\n");
                            if (sep.length() > 2) out.append('\n');
                            break;
                        default:
                            if (indent) out.append(' ');
                            wrap(out, b.text, width, sep);
                            out.append(sep.startsWith(" ") ? " \n" : "\n");
                            if (sep.length() > 2) out.append('\n');
                    }
                }
                break;
            }
            case PLAIN: {
                for (Block b : blocks) {
                    out.append(b.text).append('\n');
                    if (b.kind != Kind.RAW && b.kind != Kind.BLANK) out.append('\n');
                }
                break;
            }
            default: {
                boolean hashes = r.chance(0.5);
                for (Block b : blocks) {
                    switch (b.kind) {
                        case HEAD:
                            if (hashes && b.level >= 2) out.append(b.level == 2 ? "## " : "### ");
                            out.append("**").append(b.text).append("**\n\n");
                            break;
                        case RAW: out.append(b.text).append('\n'); break;
                        case BLANK: out.append('\n'); break;
                        default: out.append(b.text).append("\n\n");
                    }
                }
            }
        }
        return out.toString();
    }

    /** Greedy wrap at allowed spaces. */
    static void wrap(StringBuilder out, String t, int width, String sep) {
        int start = 0;
        int n = t.length();
        while (n - start > width) {
            int brk = -1;
            for (int i = Math.min(n - 2, start + width); i > start; i--) {
                if (t.charAt(i) == ' ' && breakable(t, i)) {
                    brk = i;
                    break;
                }
            }
            if (brk < 0) {
                for (int i = start + width + 1; i < n - 1; i++) {
                    if (t.charAt(i) == ' ' && breakable(t, i)) {
                        brk = i;
                        break;
                    }
                }
            }
            if (brk < 0) break;
            out.append(t, start, brk).append(sep);
            start = brk + 1;
        }
        out.append(t, start, n);
    }

    private static boolean breakable(String t, int i) {
        char a = t.charAt(i - 1);
        char b = t.charAt(i + 1);
        return !glued(a) && !glued(b) && b != ' ' && a != ' ';
    }

    private static boolean glued(char c) {
        return Character.isDigit(c) || c == '%' || c == '‰' || c == '|';
    }

    /**
     * The text with its hard line breaks joined: every run of white space that contains a line
     * break becomes one space. Quotes in the gold are found verbatim in this form.
     */
    static String joinLines(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                int j = i;
                boolean newline = false;
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    char d = text.charAt(j);
                    if (d == '\n' || d == '\r') newline = true;
                    j++;
                }
                if (newline) sb.append(' ');
                else sb.append(text, i, j);
                i = j;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }
}
