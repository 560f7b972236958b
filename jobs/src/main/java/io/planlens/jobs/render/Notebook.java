package io.planlens.jobs.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * An exported notebook: markdown and code cells whose outputs (tables, chart images) are stored
 * with them, written both as a Jupyter notebook (nbformat 4.5) that opens with its results without
 * running anything, and as one self-contained HTML page. Text from plans only ever enters as
 * plain text: escaped for HTML in tables and pages, escaped for Markdown in markdown cells.
 */
public final class Notebook {
    /** A block of a markdown cell: heading (level 1-3), paragraph (0) or bullet item (-1), plain text. */
    public record Block(int kind, String text) {}

    /** A small table: typed cell values (Number, String, null). */
    public record Table(List<String> columns, List<List<Object>> rows) {
        public String html() {
            StringBuilder b = new StringBuilder("<table class=\"dataframe\">\n<thead><tr>");
            for (String c : columns) {
                b.append("<th>").append(Html.escape(c)).append("</th>");
            }
            b.append("</tr></thead>\n<tbody>\n");
            for (List<Object> r : rows) {
                b.append("<tr>");
                for (Object v : r) {
                    b.append(v instanceof Number ? "<td class=\"num\">" : "<td>").append(Html.escape(cell(v))).append("</td>");
                }
                b.append("</tr>\n");
            }
            return b.append("</tbody>\n</table>").toString();
        }

        /** Aligned plain text, as pandas prints a frame (long cells shortened). */
        public String text() {
            int n = columns.size();
            int[] w = new int[n];
            List<String[]> cells = new ArrayList<>();
            String[] head = columns.toArray(new String[0]);
            cells.add(head);
            for (List<Object> r : rows) {
                String[] c = new String[n];
                for (int i = 0; i < n; i++) {
                    String s = cell(i < r.size() ? r.get(i) : null).replaceAll("\\s+", " ");
                    c[i] = s.length() > 60 ? s.substring(0, 59) + "…" : s;
                }
                cells.add(c);
            }
            for (String[] c : cells) {
                for (int i = 0; i < n; i++) {
                    w[i] = Math.max(w[i], c[i].length());
                }
            }
            StringBuilder b = new StringBuilder();
            for (String[] c : cells) {
                for (int i = 0; i < n; i++) {
                    b.append(i == 0 ? "" : "  ").append(String.format("%-" + Math.max(1, w[i]) + "s", c[i]));
                }
                b.append('\n');
            }
            if (rows.isEmpty()) {
                b.append("(không có dòng nào / no rows)\n");
            }
            return b.toString().stripTrailing();
        }
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return Charts.fmt(d);
        }
        if (v instanceof Float f) {
            return Charts.fmt(f);
        }
        return v.toString();
    }

    /** An output stored with a code cell. */
    public sealed interface Output permits TableOutput, ImageOutput, TextOutput {}

    public record TableOutput(Table table) implements Output {}

    public record ImageOutput(byte[] png, String alt) implements Output {}

    public record TextOutput(String text) implements Output {}

    /** A cell: markdown blocks, or code with its outputs. */
    public record Cell(List<Block> markdown, String code, List<Output> outputs) {}

    private final String title;
    private final List<Cell> cells = new ArrayList<>();

    public Notebook(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public List<Cell> cells() {
        return List.copyOf(cells);
    }

    public Notebook markdown(Block... blocks) {
        cells.add(new Cell(List.of(blocks), null, List.of()));
        return this;
    }

    public Notebook code(String source, Output... outputs) {
        cells.add(new Cell(null, source, List.of(outputs)));
        return this;
    }

    public static Block h(int level, String text) {
        return new Block(Math.max(1, Math.min(3, level)), text);
    }

    public static Block p(String text) {
        return new Block(0, text);
    }

    public static Block li(String text) {
        return new Block(-1, text);
    }

    // ---------------------------------------------------------------- Jupyter

    /** Markdown that shows {@code s} literally: HTML and Markdown syntax characters escaped. */
    static String markdownText(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : String.valueOf(s).replaceAll("[\\r\\n]+", " ").toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '{', '}', '(', ')', '#', '+', '-', '!', '|', '~', '$' ->
                        b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String markdownSource(List<Block> blocks) {
        StringBuilder b = new StringBuilder();
        Block prev = null;
        for (Block k : blocks) {
            if (prev != null) {
                b.append(prev.kind() == -1 && k.kind() == -1 ? "\n" : "\n\n");
            }
            if (k.kind() > 0) {
                b.append("#".repeat(k.kind())).append(' ');
            } else if (k.kind() == -1) {
                b.append("- ");
            }
            b.append(markdownText(k.text()));
            prev = k;
        }
        return b.toString();
    }

    /** Jupyter's multi-line string: a list of lines, each but the last ending with "\n". */
    private static ArrayNode lines(ObjectMapper om, String text) {
        ArrayNode a = om.createArrayNode();
        String[] parts = text.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            String line = i < parts.length - 1 ? parts[i] + "\n" : parts[i];
            if (!line.isEmpty()) {
                a.add(line);
            }
        }
        return a;
    }

    public byte[] ipynb() {
        ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode nb = om.createObjectNode();
        ObjectNode meta = nb.putObject("metadata");
        ObjectNode ks = meta.putObject("kernelspec");
        ks.put("name", "python3");
        ks.put("display_name", "Python 3");
        ks.put("language", "python");
        ObjectNode li = meta.putObject("language_info");
        li.put("name", "python");
        li.put("file_extension", ".py");
        li.put("mimetype", "text/x-python");
        meta.put("title", title);
        nb.put("nbformat", 4);
        nb.put("nbformat_minor", 5);
        ArrayNode cs = nb.putArray("cells");
        int count = 0;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            ObjectNode cell = cs.addObject();
            cell.put("id", String.format(Locale.ROOT, "cell-%03d", i + 1));
            if (c.markdown() != null) {
                cell.put("cell_type", "markdown");
                cell.putObject("metadata");
                cell.set("source", lines(om, markdownSource(c.markdown())));
                continue;
            }
            count++;
            cell.put("cell_type", "code");
            cell.put("execution_count", count);
            cell.putObject("metadata");
            cell.set("source", lines(om, c.code()));
            ArrayNode outs = cell.putArray("outputs");
            for (Output o : c.outputs()) {
                ObjectNode out = outs.addObject();
                if (o instanceof TableOutput t) {
                    out.put("output_type", "execute_result");
                    out.put("execution_count", count);
                    ObjectNode data = out.putObject("data");
                    data.set("text/html", lines(om, t.table().html()));
                    data.set("text/plain", lines(om, t.table().text()));
                    out.putObject("metadata");
                } else if (o instanceof ImageOutput img) {
                    out.put("output_type", "display_data");
                    ObjectNode data = out.putObject("data");
                    data.put("image/png", Base64.getEncoder().encodeToString(img.png()));
                    data.set("text/plain", lines(om, "<Image: " + img.alt() + ">"));
                    out.putObject("metadata");
                } else if (o instanceof TextOutput txt) {
                    out.put("output_type", "stream");
                    out.put("name", "stdout");
                    out.set("text", lines(om, txt.text().endsWith("\n") ? txt.text() : txt.text() + "\n"));
                }
            }
        }
        try {
            return om.writeValueAsBytes(nb);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- HTML

    private static final String CSS = """
            body{font-family:'DejaVu Sans','Noto Sans',Arial,sans-serif;max-width:1100px;margin:24px auto;padding:0 18px;color:#111;background:#fff;line-height:1.45}
            h1{font-size:1.7em;border-bottom:2px solid #0072B2;padding-bottom:6px}h2{font-size:1.3em;margin-top:1.6em}h3{font-size:1.1em}
            pre.code{background:#f5f7fa;border-left:3px solid #0072B2;padding:8px 12px;overflow-x:auto;font-size:.9em}
            pre.out{background:#fff;border-left:3px solid #ccc;padding:6px 12px;font-size:.9em}
            table.dataframe{border-collapse:collapse;font-size:.88em;margin:8px 0 18px}
            table.dataframe th,table.dataframe td{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}
            table.dataframe th{background:#eef3f8}td.num{text-align:right;font-variant-numeric:tabular-nums}
            img{max-width:100%;height:auto;border:1px solid #eee;margin:6px 0}
            .prompt{color:#888;font-size:.8em;font-family:monospace}
            @media print{pre.code{display:none}.prompt{display:none}}
            """;

    /** One self-contained page: CSS inline, images as data: URIs, no script, nothing fetched. */
    public byte[] html() {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        int count = 0;
        for (Cell c : cells) {
            if (c.markdown() != null) {
                boolean inList = false;
                for (Block k : c.markdown()) {
                    if (k.kind() == -1 && !inList) {
                        b.append("<ul>\n");
                        inList = true;
                    } else if (k.kind() != -1 && inList) {
                        b.append("</ul>\n");
                        inList = false;
                    }
                    String text = Html.escape(k.text());
                    switch (k.kind()) {
                        case -1 -> b.append("<li>").append(text).append("</li>\n");
                        case 0 -> b.append("<p>").append(text).append("</p>\n");
                        default -> b.append("<h").append(k.kind()).append('>').append(text).append("</h").append(k.kind()).append(">\n");
                    }
                }
                if (inList) {
                    b.append("</ul>\n");
                }
                continue;
            }
            count++;
            b.append("<div class=\"prompt\">In [").append(count).append("]:</div>\n<pre class=\"code\">")
                    .append(Html.escape(c.code())).append("</pre>\n");
            for (Output o : c.outputs()) {
                if (o instanceof TableOutput t) {
                    b.append(t.table().html()).append('\n');
                } else if (o instanceof ImageOutput img) {
                    b.append("<img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(img.png()))
                            .append("\" alt=\"").append(Html.escape(img.alt())).append("\">\n");
                } else if (o instanceof TextOutput txt) {
                    b.append("<pre class=\"out\">").append(Html.escape(txt.text())).append("</pre>\n");
                }
            }
        }
        b.append("</body>\n</html>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** HTML escaping for text and attribute values. */
    public static final class Html {
        private Html() {}

        public static String escape(String s) {
            if (s == null) {
                return "";
            }
            StringBuilder b = new StringBuilder(s.length() + 16);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '<' -> b.append("&lt;");
                    case '>' -> b.append("&gt;");
                    case '&' -> b.append("&amp;");
                    case '"' -> b.append("&quot;");
                    case '\'' -> b.append("&#39;");
                    default -> {
                        if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                            b.append(' ');
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            return b.toString();
        }
    }
}
