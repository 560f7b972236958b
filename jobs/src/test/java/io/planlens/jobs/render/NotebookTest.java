package io.planlens.jobs.render;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Notebooks are valid nbformat 4 with their outputs stored, and plan text stays text. */
class NotebookTest {
    static final String XSS = "<script>document.title='X'+'SS-RAN';document.body.setAttribute('data-xss','ran'+'42')</script>";

    private static JsonSchema schema;

    /** Jupyter's own nbformat v4 schema (kept in test resources), draft 4. */
    static synchronized JsonSchema schema() throws IOException {
        if (schema == null) {
            try (InputStream in = NotebookTest.class.getResourceAsStream("/nbformat.v4.schema.json")) {
                assertNotNull(in, "nbformat.v4.schema.json in test resources");
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
            }
        }
        return schema;
    }

    static Set<ValidationMessage> validate(JsonNode nb) throws IOException {
        return schema().validate(nb);
    }

    /** Every output of every code cell. */
    static List<JsonNode> outputs(JsonNode nb) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode c : nb.get("cells")) {
            if ("code".equals(c.get("cell_type").asText())) {
                c.get("outputs").forEach(out::add);
            }
        }
        return out;
    }

    static String joined(JsonNode multiline) {
        if (multiline.isTextual()) {
            return multiline.asText();
        }
        StringBuilder b = new StringBuilder();
        multiline.forEach(n -> b.append(n.asText()));
        return b.toString();
    }

    static Notebook sample() {
        byte[] png = ChartStyle.png(Charts.trend(new ChartData.Trend("NAP-14", "percent", List.of(
                new ChartData.Line(XSS, 1, new java.util.TreeMap<>(java.util.Map.of(2023, 97.0, 2024, 98.0)))), 1),
                ChartDataTest.BIRTH, "Lào Cai"), 900, 520);
        Notebook nb = new Notebook("Sổ thử / test <b>notebook</b>");
        nb.markdown(Notebook.h(1, "Lào Cai — " + XSS), Notebook.p("Đoạn văn *không* in nghiêng [link](http://x)"),
                Notebook.li("một"), Notebook.li("hai"));
        nb.code("import pandas as pd\nt = pd.read_csv(\"data/x.csv\")\nt",
                new Notebook.TableOutput(new Notebook.Table(List.of("issuer", "value", "quote"),
                        List.of(List.of(XSS, 96.5, "đăng ký khai sinh đạt 96,5% <img src=x onerror=alert(1)>"),
                                java.util.Arrays.asList("UBND huyện Bảo Yên", 98L, null)))));
        nb.code("Image(filename=\"../charts/x.png\")", new Notebook.ImageOutput(png, "biểu đồ " + XSS));
        nb.code("print(1)", new Notebook.TextOutput("1 plan"));
        return nb;
    }

    @Test
    void ipynbValidatesAndCarriesItsOutputs() throws IOException {
        JsonNode nb = new ObjectMapper().readTree(sample().ipynb());
        Set<ValidationMessage> errors = validate(nb);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(4, nb.get("nbformat").asInt());
        assertEquals(5, nb.get("nbformat_minor").asInt());
        List<JsonNode> outs = outputs(nb);
        assertEquals(3, outs.size());
        JsonNode table = outs.get(0);
        assertEquals("execute_result", table.get("output_type").asText());
        String html = joined(table.get("data").get("text/html"));
        assertTrue(html.contains("&lt;script&gt;document.title="), html);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        String plain = joined(table.get("data").get("text/plain"));
        assertTrue(plain.startsWith("issuer"), plain);
        assertTrue(plain.contains("96.5"), plain);
        JsonNode image = outs.get(1);
        assertEquals("display_data", image.get("output_type").asText());
        byte[] png = Base64.getDecoder().decode(image.get("data").get("image/png").asText());
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        // markdown: plan text is escaped, so it shows literally instead of becoming HTML or formatting
        String md = joined(nb.get("cells").get(0).get("source"));
        assertTrue(md.startsWith("# Lào Cai "), md);
        assertFalse(md.contains("<script"), md);
        assertTrue(md.contains("&lt;script&gt;"), md);
        assertTrue(md.contains("\\*không\\*"), md);
        assertTrue(md.contains("\n\n- một\n- hai"), md);
    }

    @Test
    void theValidatorRejectsABrokenNotebook() throws IOException {
        ObjectNode nb = (ObjectNode) new ObjectMapper().readTree(sample().ipynb());
        ((ObjectNode) nb.get("cells").get(1)).remove("outputs");
        assertFalse(validate(nb).isEmpty(), "a code cell without outputs is not nbformat 4");
        ObjectNode nb2 = (ObjectNode) new ObjectMapper().readTree(sample().ipynb());
        nb2.put("nbformat", 3);
        assertFalse(validate(nb2).isEmpty());
    }

    @Test
    void htmlIsSelfContainedAndEscaped() {
        String html = new String(sample().html(), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.toLowerCase().contains("<script"), "no script at all in the page");
        assertFalse(html.contains("<img src=x"), html);
        assertTrue(html.contains("&lt;script&gt;document.title="));
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(html.contains("<img src=\"data:image/png;base64,iVBOR"));
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing fetched from elsewhere");
        assertFalse(html.contains("<link"));
        assertTrue(html.contains("<title>Sổ thử / test &lt;b&gt;notebook&lt;/b&gt;</title>"));
        assertTrue(html.contains("<ul>\n<li>một</li>\n<li>hai</li>\n</ul>"));
        assertTrue(html.contains("<td class=\"num\">96.5</td>"));
    }
}
