package io.planlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planlens.extract.citation.CitationExtraction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Citations read from the five sample plans, scored against the hand-written gold files. */
class CitationExtractorSampleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Gold(String file, JsonNode node) {}

    static List<Gold> golds() throws IOException {
        List<Gold> out = new ArrayList<>();
        Path dir = Path.of(System.getProperty("planlens.root", ".")).resolve("data/samples");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                String name = p.getFileName().toString().replace(".txt", ".json");
                try (InputStream in = CitationExtractorSampleTest.class.getResourceAsStream("/gold/" + name)) {
                    if (in == null) continue;
                    out.add(new Gold(p.toString(), JSON.readTree(in)));
                }
            }
        }
        return out;
    }

    static String read(String file) throws IOException {
        String raw = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        return Normalizer.normalize(raw.replace("\r\n", "\n"), Normalizer.Form.NFC);
    }

    static String key(String type, String number, String code) {
        return type + "|" + number + "|" + code;
    }

    @Test
    void citationF1OnSamples() throws IOException {
        List<Gold> golds = golds();
        assertEquals(5, golds.size(), "five samples with gold");
        int tp = 0, fp = 0, fn = 0, fieldChecks = 0, fieldOk = 0;
        List<String> problems = new ArrayList<>();
        for (Gold g : golds) {
            String text = read(g.file());
            List<Citation> got = CitationExtractor.shared().extract(text);
            List<String> gotKeys = new ArrayList<>();
            for (Citation c : got) {
                assertEquals(c.quote(), text.substring(c.start(), c.end()), "quote is the exact span");
                gotKeys.add(key(c.type(), c.number(), c.code()));
            }
            List<String> unmatched = new ArrayList<>(gotKeys);
            for (JsonNode gc : g.node().get("citations")) {
                String k = key(gc.get("type").asText(), gc.get("number").asText(), gc.get("code").asText());
                int i = unmatched.indexOf(k);
                if (i < 0) {
                    fn++;
                    problems.add(g.file() + " missed " + k + "  «" + gc.get("quote").asText() + "»");
                    continue;
                }
                unmatched.remove(i);
                tp++;
                Citation c = got.get(gotKeys.indexOf(k));
                Integer year = gc.get("year").isNull() ? null : gc.get("year").asInt();
                LocalDate date = gc.get("issued_date").isNull() ? null : LocalDate.parse(gc.get("issued_date").asText());
                fieldChecks += 3;
                if (Objects.equals(year, c.year())) fieldOk++;
                else problems.add(g.file() + " year " + c.year() + " != " + year + " for " + k);
                if (Objects.equals(date, c.issuedDate())) fieldOk++;
                else problems.add(g.file() + " date " + c.issuedDate() + " != " + date + " for " + k);
                if (gc.get("named").asBoolean() == c.named()) fieldOk++;
                else problems.add(g.file() + " named flag differs for " + k);
            }
            for (String k : unmatched) {
                fp++;
                Citation c = got.get(gotKeys.indexOf(k));
                problems.add(g.file() + " extra " + k + "  «" + c.quote().replace('\n', ' ') + "»");
            }
        }
        double p = tp / (double) Math.max(1, tp + fp), r = tp / (double) Math.max(1, tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf("Citation F1 on samples: %.3f (P %.3f, R %.3f; tp %d fp %d fn %d); year/date/named agree %d/%d%n",
                f1, p, r, tp, fp, fn, fieldOk, fieldChecks);
        problems.forEach(x -> System.out.println("  " + x));
        assertTrue(f1 >= 0.95, "citation F1 " + f1);
        assertTrue(fieldOk >= fieldChecks * 0.95, "year/date/named agreement " + fieldOk + "/" + fieldChecks);
    }

    @Test
    void parentPlansOfSamples() throws IOException {
        int checked = 0;
        for (Gold g : golds()) {
            CitationExtraction x = CitationExtractor.shared().extractAll(read(g.file()));
            // In every sample the first KH cited (in the opening paragraph) is the plan implemented.
            JsonNode first = null;
            for (JsonNode c : g.node().get("citations")) {
                if ("KH".equals(c.get("type").asText())) { first = c; break; }
            }
            if (first == null) continue;
            assertTrue(x.parent().isPresent(), g.file() + " has a parent plan");
            assertEquals(first.get("number").asText(), x.parent().get().number(), g.file());
            assertEquals("KH-UBND", x.parent().get().code());
            checked++;
        }
        assertEquals(5, checked);
    }

    @Test
    void ownHeaderNumberIsNotACitation() throws IOException {
        for (Gold g : golds()) {
            String text = read(g.file());
            CitationExtraction x = CitationExtractor.shared().extractAll(text);
            JsonNode own = g.node().get("doc_number");
            if (own != null && !own.isNull()) {
                assertEquals(own.asText(), x.ownNumber(), g.file());
                String[] parts = own.asText().split("/", 2);
                assertTrue(x.citations().stream().noneMatch(c -> c.number().equals(parts[0]) && c.code().equals(parts[1])),
                        "own number cited in " + g.file());
            }
        }
    }

    @Test
    void fastOnTheLargestSample() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Gold g : golds()) texts.add(read(g.file()));
        CitationExtractor x = CitationExtractor.shared();
        for (int i = 0; i < 20; i++) texts.forEach(x::extract);
        long t0 = System.nanoTime();
        int n = 0;
        for (int i = 0; i < 50; i++) for (String t : texts) { x.extract(t); n++; }
        double ms = (System.nanoTime() - t0) / 1e6 / n;
        System.out.printf("Citation extraction: %.2f ms per plan%n", ms);
        assertTrue(ms < 20, "ms per plan " + ms);
    }
}
