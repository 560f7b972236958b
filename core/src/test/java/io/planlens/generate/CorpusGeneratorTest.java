package io.planlens.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planlens.reference.ReferenceFiles;
import io.planlens.text.Vietnamese;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> COMPARATORS = Set.of(">=", "<=", ">", "<", "=", "reduce_by", "increase_by");
    private static final Set<String> UNITS = Set.of("percent", "per_mille", "per_100k", "count", "boolean");
    private static final Set<String> LEVELS = Set.of("province", "district", "commune", "school");
    private static final Set<String> CITATION_TYPES = Set.of("Luật", "NQ", "NĐ", "QĐ", "CT", "TT", "KH", "CV", "other");
    private static final Pattern KH_NUMBER = Pattern.compile("ke hoach so (\\d+)/kh-ubnd");

    private static CorpusGenerator generator;
    private static List<CorpusGenerator.Generated> corpus;
    private static Set<String> indicatorCodes;

    @BeforeAll
    static void setUp() {
        generator = new CorpusGenerator();
        corpus = generator.generateInMemory(2000, 7L);
        indicatorCodes = new HashSet<>();
        for (Map<String, String> row : ReferenceFiles.rows("indicators.csv")) indicatorCodes.add(row.get("code"));
    }

    @Test
    void sameSeedGivesIdenticalBytesAndAnotherSeedDiffers(@TempDir Path tmp) throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path c = tmp.resolve("c");
        GenerationSummary sa = generator.generate(300, 42L, a);
        GenerationSummary sb = generator.generate(300, 42L, b);
        generator.generate(300, 43L, c);
        assertEquals(300, sa.plans());
        assertEquals(sa.bytesWritten(), sb.bytesWritten());
        Map<String, byte[]> fa = files(a);
        Map<String, byte[]> fb = files(b);
        Map<String, byte[]> fc = files(c);
        assertEquals(2 * 300 + 1, fa.size());
        assertEquals(fa.keySet(), fb.keySet());
        for (Map.Entry<String, byte[]> e : fa.entrySet()) {
            assertArrayEquals(e.getValue(), fb.get(e.getKey()), "differs: " + e.getKey());
        }
        assertFalse(fa.keySet().equals(fc.keySet()), "another seed must give other documents");
        long bytes = 0;
        for (byte[] x : fa.values()) bytes += x.length;
        assertEquals(bytes, sa.bytesWritten());
    }

    @Test
    void writtenGoldParsesInTheGoldFormatAndNamesItsFile(@TempDir Path tmp) throws IOException {
        generator.generate(150, 11L, tmp);
        List<Path> gold;
        try (Stream<Path> s = Files.list(tmp.resolve("gold"))) {
            gold = s.sorted().toList();
        }
        assertEquals(150, gold.size());
        Map<String, Path> docsByName = new HashMap<>();
        try (Stream<Path> s = Files.walk(tmp.resolve("docs"))) {
            s.filter(Files::isRegularFile).forEach(p -> docsByName.put(p.getFileName().toString(), p));
        }
        List<String> keys = List.of("id", "file", "kind", "plan_year", "period", "issuer", "level", "province", "district",
                "commune", "doc_number", "issued_date", "quality_notes", "targets", "qualitative", "traps", "citations");
        for (Path g : gold) {
            JsonNode n = MAPPER.readTree(g.toFile());
            for (String k : keys) assertTrue(n.has(k), g + " lacks " + k);
            assertEquals(n.get("id").asText() + ".json", g.getFileName().toString());
            Path doc = docsByName.get(n.get("file").asText());
            assertNotNull(doc, "no document " + n.get("file").asText());
            String joined = CorpusGenerator.joinLines(Files.readString(doc));
            for (JsonNode t : n.get("targets")) {
                for (String k : List.of("quote", "subject", "comparator", "value", "unit", "target_year", "indicator", "indicator_alt")) {
                    assertTrue(t.has(k), g + " target lacks " + k);
                }
                assertTrue(joined.contains(t.get("quote").asText()), g + ": " + t.get("quote").asText());
            }
            for (JsonNode t : n.get("citations")) {
                for (String k : List.of("quote", "type", "number", "year", "code", "issued_date", "named")) {
                    assertTrue(t.has(k), g + " citation lacks " + k);
                }
            }
        }
        // the manifest lists every document
        List<String> manifest = Files.readAllLines(tmp.resolve("manifest.csv"));
        assertEquals(151, manifest.size());
    }

    @Test
    void goldHasTheKeysAndTypesOfTheHandWrittenGold() throws IOException {
        JsonNode sample = MAPPER.readTree(CorpusGeneratorTest.class.getResourceAsStream("/gold/001_af98d75339ed8083.json"));
        JsonNode sampleWithCitations = MAPPER.readTree(CorpusGeneratorTest.class.getResourceAsStream("/gold/002_01721c729f36f5c0.json"));
        CorpusGenerator.Generated g = corpus.stream().filter(x -> x.gold.targets.size() > 3 && x.gold.citations.size() > 1)
                .findFirst().orElseThrow();
        JsonNode mine = MAPPER.readTree(MAPPER.writeValueAsString(g.gold));
        assertEquals(fieldNames(sample), fieldNames(mine));
        assertEquals(fieldNames(sample.get("targets").get(0)), fieldNames(mine.get("targets").get(0)));
        assertEquals(fieldNames(sampleWithCitations.get("citations").get(0)), fieldNames(mine.get("citations").get(0)));
        assertTrue(mine.get("plan_year").isInt());
        assertTrue(mine.get("targets").get(0).get("value").isNumber());
        assertTrue(mine.get("citations").get(0).get("named").isBoolean());
    }

    private static Set<String> fieldNames(JsonNode n) {
        Set<String> out = new HashSet<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void everyQuoteIsFoundVerbatimOnceTheLinesAreJoined() {
        int targets = 0;
        int citations = 0;
        for (CorpusGenerator.Generated g : corpus) {
            String joined = CorpusGenerator.joinLines(g.text);
            for (Gold.GoldTarget t : g.gold.targets) {
                assertTrue(joined.contains(t.quote), g.id + " target quote not in text: " + t.quote);
                targets++;
            }
            for (Gold.GoldCitation c : g.gold.citations) {
                assertTrue(joined.contains(c.quote), g.id + " citation quote not in text: " + c.quote);
                citations++;
            }
            for (String trap : g.gold.traps) assertTrue(joined.contains(trap), g.id + " trap not in text: " + trap);
            for (String q : g.gold.qualitative) assertTrue(joined.contains(q), g.id + " qualitative not in text: " + q);
        }
        System.out.println("checked " + targets + " target quotes and " + citations + " citation quotes in " + corpus.size() + " documents");
        assertTrue(targets > corpus.size() * 5, "too few targets: " + targets);
        assertTrue(citations > corpus.size(), "too few citations: " + citations);
    }

    @Test
    void targetsFollowTheContractConventions() {
        Map<String, Integer> byComparator = new HashMap<>();
        Map<String, Integer> byUnit = new HashMap<>();
        int twoYear = 0;
        for (CorpusGenerator.Generated g : corpus) {
            for (Gold.GoldTarget t : g.gold.targets) {
                assertTrue(COMPARATORS.contains(t.comparator), t.comparator);
                assertTrue(UNITS.contains(t.unit), t.unit);
                assertTrue(indicatorCodes.contains(t.indicator), t.indicator);
                for (String alt : t.indicatorAlt) assertTrue(indicatorCodes.contains(alt), alt);
                double v = t.value.doubleValue();
                assertTrue(v >= 0, t.quote);
                if (t.unit.equals("percent")) assertTrue(v <= 100, t.quote);
                if (t.unit.equals("boolean")) assertEquals(1.0, v, t.quote);
                if (t.targetYear != null) {
                    assertTrue(t.targetYear >= g.gold.planYear, t.quote);
                    // a table row takes its year from the column header
                    if (!t.quote.contains("|")) assertTrue(t.quote.contains(Integer.toString(t.targetYear)), t.quote);
                    twoYear++;
                }
                // the number of a plain target is written in its quote (decimal comma or dot)
                if (!t.unit.equals("boolean") && v != 0 && !t.quote.contains("|")) {
                    String whole = Long.toString((long) Math.floor(v));
                    assertTrue(t.quote.contains(whole) || t.quote.replace(".", "").contains(whole), t.quote + " / " + v);
                }
                byComparator.merge(t.comparator, 1, Integer::sum);
                byUnit.merge(t.unit, 1, Integer::sum);
            }
        }
        System.out.println("comparators " + byComparator + " units " + byUnit + " with explicit years " + twoYear);
        for (String c : List.of(">=", "<=", "<", "=", "reduce_by")) assertTrue(byComparator.getOrDefault(c, 0) > 0, c);
        for (String u : UNITS) assertTrue(byUnit.getOrDefault(u, 0) > 0, u);
        assertTrue(twoYear > 0);
    }

    @Test
    void citationsUseNormalisedCodesAndParentPlansCarryTheirRealNumbers() {
        Map<String, CorpusGenerator.Generated> byUnitYear = new HashMap<>();
        for (CorpusGenerator.Generated g : corpus) {
            if (!g.nearCopy) byUnitYear.put(g.unit.id + ":" + g.year, g);
        }
        int checked = 0;
        for (CorpusGenerator.Generated g : corpus) {
            for (Gold.GoldCitation c : g.gold.citations) {
                assertTrue(CITATION_TYPES.contains(c.type), c.type);
                assertFalse(c.code.contains("QD") || c.code.contains("BLDTBXH") || c.code.contains("/"), c.code);
                assertTrue(c.number.chars().allMatch(Character::isDigit), c.number);
                if (c.named) assertEquals("Luật", c.type);
            }
            // a commune's citation of its district plan gives the number in the district plan's own header
            if (g.nearCopy || g.unit.level != World.Level.COMMUNE || g.year > World.LAST_DISTRICT_YEAR) continue;
            CorpusGenerator.Generated parent = byUnitYear.get(g.unit.parent.id + ":" + g.year);
            if (parent == null || parent.gold.docNumber == null) continue;
            Matcher m = KH_NUMBER.matcher(Vietnamese.fold(CorpusGenerator.joinLines(g.text)));
            assertTrue(m.find(), g.id);
            assertEquals(parent.gold.docNumber, m.group(1) + "/KH-UBND", g.id + " cites its district plan");
            checked++;
        }
        assertTrue(checked > 10, "too few parent plans in the corpus: " + checked);
    }

    @Test
    void levelsAndYearsArePlausible(@TempDir Path tmp) {
        GenerationSummary s = generator.generate(1000, 5L, tmp);
        System.out.println(s);
        Map<String, Integer> lv = s.byLevel();
        assertEquals(1000, lv.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(lv.get("commune") > 550 && lv.get("commune") < 800, lv.toString());
        assertTrue(lv.get("district") > 100 && lv.get("district") < 220, lv.toString());
        assertTrue(lv.get("province") >= 10 && lv.get("province") < 60, lv.toString());
        assertTrue(lv.get("school") > 60 && lv.get("school") < 200, lv.toString());
        assertTrue(s.byLevelAndYear().get("district").keySet().stream().allMatch(y -> y <= 2025), "no district plans after 2025");
        assertTrue(s.byYear().keySet().containsAll(List.of(2021, 2022, 2023, 2024, 2025)));
        assertTrue(s.nearCopies() > 0);
        for (CorpusGenerator.Generated g : corpus) {
            assertTrue(LEVELS.contains(g.gold.level));
            if (g.year > 2025) assertEquals(null, g.gold.district, g.id);
        }
    }

    @Test
    void documentsLookLikeTheRealOnes() {
        List<Integer> sizes = new ArrayList<>();
        int pdfLike = 0;
        int markdown = 0;
        int blankNumber = 0;
        int hotline = 0;
        for (CorpusGenerator.Generated g : corpus) {
            sizes.add(g.text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            if (g.text.contains(" \n\n") || g.text.contains("\n \n")) pdfLike++;
            if (g.text.contains("**")) markdown++;
            if (g.gold.docNumber == null) blankNumber++;
            if (g.text.contains("111")) hotline++;
            assertTrue(g.text.contains("KẾ HOẠCH") || g.text.contains("KE HOACH"), g.id);
            assertTrue(g.text.contains(Integer.toString(g.year)), g.id);
        }
        sizes.sort(Integer::compare);
        int median = sizes.get(sizes.size() / 2);
        System.out.println("sizes: min " + sizes.get(0) + " median " + median + " max " + sizes.get(sizes.size() - 1)
                + "; pdf-like " + pdfLike + ", markdown " + markdown + ", blank numbers " + blankNumber);
        assertTrue(median >= 10_000 && median <= 30_000, "median size " + median);
        assertTrue(pdfLike > corpus.size() / 10);
        assertTrue(markdown > corpus.size() / 10);
        assertTrue(blankNumber > 0);
        assertTrue(hotline > corpus.size() / 2);
    }

    @Test
    void nearCopiesRepeatTheirOriginalUnderTheNextYear() {
        Map<String, CorpusGenerator.Generated> byUnitYear = new HashMap<>();
        for (CorpusGenerator.Generated g : corpus) if (!g.nearCopy) byUnitYear.put(g.unit.id + ":" + g.year, g);
        int seen = 0;
        for (CorpusGenerator.Generated g : corpus) {
            if (!g.nearCopy) continue;
            CorpusGenerator.Generated orig = byUnitYear.get(g.unit.id + ":" + (g.year - 1));
            assertNotNull(orig, g.id);
            assertEquals(g.year, g.gold.planYear);
            assertEquals(orig.gold.targets.size(), g.gold.targets.size());
            Set<String> a = new HashSet<>(foldedLines(orig.text));
            List<String> b = foldedLines(g.text);
            long shared = b.stream().filter(a::contains).count();
            assertTrue(shared > b.size() * 0.6, g.id + " shares " + shared + " of " + b.size() + " lines");
            assertTrue(g.gold.qualityNotes.stream().anyMatch(n -> n.startsWith("near-copy")));
            seen++;
        }
        assertTrue(seen > 0);
    }

    @Test
    void thousandPlansGenerateQuickly(@TempDir Path tmp) {
        long t0 = System.nanoTime();
        GenerationSummary s = generator.generate(1000, 99L, tmp);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("1000 plans: " + ms + " ms wall, " + s.bytesWritten() / 1024 + " KiB");
        assertEquals(1000, s.plans());
    }

    private static List<String> foldedLines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.replace("\r", "").split("\n")) out.add(Vietnamese.fold(line));
        return out;
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            Iterator<Path> it = s.filter(Files::isRegularFile).iterator();
            while (it.hasNext()) {
                Path p = it.next();
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
