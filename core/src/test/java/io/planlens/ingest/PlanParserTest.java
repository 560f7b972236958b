package io.planlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanParserTest {
    private final PlanParser parser = PlanParser.standard();

    /** Encodes NFC text as Windows-1258 the way legacy Vietnamese files are: base letter + combining tone mark. */
    static byte[] cp1258(String text) {
        Charset cs = Charset.forName("windows-1258");
        CharsetEncoder enc = cs.newEncoder();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (enc.canEncode(c)) {
                sb.append(c);
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            // keep â, ê, ô, ơ, ư, ă precomposed (the code page has them) and the tone mark combining
            StringBuilder letter = new StringBuilder().append(d.charAt(0));
            StringBuilder tones = new StringBuilder();
            for (int k = 1; k < d.length(); k++) {
                char m = d.charAt(k);
                if (m == '\u0302' || m == '\u0306' || m == '\u031B') letter.append(m);
                else tones.append(m);
            }
            String composed = Normalizer.normalize(letter, Normalizer.Form.NFC) + tones;
            if (!enc.canEncode(composed)) throw new IllegalArgumentException("cannot encode " + c + " in windows-1258");
            sb.append(composed);
        }
        try {
            ByteBuffer b = enc.reset().encode(CharBuffer.wrap(sb));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes(a);
        o.writeBytes(b);
        return o.toByteArray();
    }

    @Test
    void variantsOfEverySampleGiveTheSameDocId() throws Exception {
        for (String id : SampleGoldTest.goldIds()) {
            byte[] bytes = Files.readAllBytes(SampleGoldTest.samplesDir().resolve(id + ".txt"));
            ParseOutcome base = parser.parse(id + ".txt", bytes);
            assertTrue(base.isPlan());
            String docId = base.plan().docId();
            String text = new String(bytes, StandardCharsets.UTF_8);
            String crlf = text.replace("\n", "\r\n");
            List<Object[]> variants = List.of(
                    new Object[] {"nfd", Normalizer.normalize(text, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8), "UTF-8"},
                    new Object[] {"bom+crlf", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                            crlf.getBytes(StandardCharsets.UTF_8)), "UTF-8"},
                    new Object[] {"cr", text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8), "UTF-8"},
                    new Object[] {"utf16le", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)), "UTF-16LE"},
                    new Object[] {"utf16be", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)), "UTF-16BE"},
                    new Object[] {"utf16le-nobom", text.getBytes(StandardCharsets.UTF_16LE), "UTF-16LE"},
                    new Object[] {"cp1258", cp1258(text), "windows-1258"},
                    new Object[] {"cp1258+crlf", cp1258(crlf), "windows-1258"},
                    new Object[] {"nbsp+zwsp", text.replace("trẻ em", "trẻ\u00A0em").replace("KẾ HOẠCH", "KẾ\u200B HOẠCH\u00AD")
                            .getBytes(StandardCharsets.UTF_8), "UTF-8"},
                    new Object[] {"copy", bytes.clone(), "UTF-8"});
            for (Object[] v : variants) {
                ParseOutcome o = parser.parse("copy/" + v[0] + "/" + id + ".md", (byte[]) v[1]);
                assertTrue(o.isPlan(), id + " " + v[0] + ": " + o.reject());
                assertEquals(v[2], o.plan().encoding(), id + " " + v[0]);
                assertEquals(docId, o.plan().docId(), id + " " + v[0] + " should have the same docId");
                assertEquals(base.plan().metadata().planYear(), o.plan().metadata().planYear());
            }
        }
    }

    @Test
    void docIdIsTheFirst16HexOfSha256() throws Exception {
        ParsedPlan p = SampleGoldTest.parse("002_01721c729f36f5c0");
        byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(p.text().getBytes(StandardCharsets.UTF_8));
        assertEquals(String.format("%016x", ByteBuffer.wrap(h).getLong()), p.docId());
        assertEquals(16, p.docId().length());
    }

    @Test
    void emptyAndBinaryFilesAreRejected() {
        assertReject("empty", "a.txt", new byte[0]);
        assertReject("empty", "a.txt", " \n\r\n\t  \n".getBytes(StandardCharsets.UTF_8));
        assertReject("empty", "a.txt", "\uFEFF \u00A0\u200B\n".getBytes(StandardCharsets.UTF_8));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertReject("binary", "image.txt", png);
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'a', 'b', 'c'};
        assertReject("binary", "plan.md", zip);
        Random r = new Random(42);
        for (int n : new int[] {64, 1000, 50_000}) {
            byte[] random = new byte[n];
            r.nextBytes(random);
            assertReject("binary", "noise.txt", random);
        }
        byte[] nulInText = "Kế hoạch công tác trẻ em\u0000\u0000 năm 2023".getBytes(StandardCharsets.UTF_8);
        assertReject("binary", "x.txt", nulInText);
    }

    @Test
    void undecodableLatin1IsRejected() {
        byte[] latin1 = "Ceci n'est pas un plan: élève, été, où, garçon, français, déjà, près, très".getBytes(StandardCharsets.ISO_8859_1);
        assertReject("undecodable", "fr.txt", latin1);
    }

    @Test
    void unknownEndingsAreUnsupported() {
        assertReject("unsupported_format", "plan.xlsx", "Kế hoạch".getBytes(StandardCharsets.UTF_8));
        assertReject("corrupt", "plan.pdf", "Kế hoạch".getBytes(StandardCharsets.UTF_8));
        assertReject("unsupported_format", "README", "Kế hoạch".getBytes(StandardCharsets.UTF_8));
        assertTrue(parser.extensions().containsAll(Set.of("txt", "md", "pdf", "docx", "doc")));
    }

    @Test
    void textOutsideTheGenreIsNotAPlan() {
        assertReject("not_a_plan", "lorem.txt",
                "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore."
                        .getBytes(StandardCharsets.UTF_8));
        assertReject("not_a_plan", "pho.md", ("# Cách nấu phở bò\n\nNguyên liệu: 1 kg xương bò, 500 g thịt bò, bánh phở, hành, gừng.\n"
                + "Bước 1: Rửa sạch xương, chần qua nước sôi.\nBước 2: Hầm xương trong 6 giờ.\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void newsAboutChildWorkIsKept() {
        String news = """
                Huyện Krông Pắc triển khai công tác trẻ em năm 2023
                (Báo Đắk Lắk) - UBND huyện Krông Pắc vừa ban hành Kế hoạch thực hiện công tác trẻ em năm 2023 với mục tiêu
                95% trẻ em có hoàn cảnh đặc biệt được trợ giúp. Theo Phòng Lao động - Thương binh và Xã hội huyện, năm qua
                toàn huyện không để xảy ra tình trạng tảo hôn.
                """;
        ParseOutcome o = parser.parse("news/krongpac.txt", news.getBytes(StandardCharsets.UTF_8));
        assertTrue(o.isPlan(), String.valueOf(o.reject()));
        assertEquals("news", o.plan().metadata().kind());
        assertEquals(2023, o.plan().metadata().planYear());
        assertEquals("Đắk Lắk", o.plan().metadata().province());
    }

    @Test
    void mostlyUtf8WithSomeInvalidBytesIsKeptAndFlagged() {
        byte[] good = "KẾ HOẠCH\nThực hiện công tác trẻ em năm 2023\nUBND xã Tân Lập ban hành kế hoạch như sau: 100% trẻ em được khai sinh."
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 2];
        System.arraycopy(good, 0, bad, 0, 30);
        bad[30] = (byte) 0xFF;
        bad[31] = (byte) 0xC0;
        System.arraycopy(good, 30, bad, 32, good.length - 30);
        ParseOutcome o = parser.parse("bad.txt", bad);
        assertTrue(o.isPlan(), String.valueOf(o.reject()));
        assertTrue(o.plan().metadata().qualityFlags().contains("invalid_bytes"));
        assertTrue(o.plan().text().contains("100% trẻ em được khai sinh"));
        assertEquals(2023, o.plan().metadata().planYear());
    }

    @Test
    void neverThrowsOnAnyInput() {
        Random r = new Random(7);
        String[] pieces = {"KẾ HOẠCH", "\n", "\r\n", " ", "Số: /KH-UBND", "ngày  tháng  năm", "**", "|", "# ", "- ", "năm 2023",
                "UBND xã", "@gialai.gov.vn", "\u0301", "\uFEFF", "trẻ em", "2021-2025", "huyện", "\t", "Trang 1/2", "[a](b)", "_", "*"};
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(60);
            for (int k = 0; k < n; k++) sb.append(pieces[r.nextInt(pieces.length)]);
            ParseOutcome o = parser.parse(i % 2 == 0 ? "f.txt" : "f.md", sb.toString().getBytes(StandardCharsets.UTF_8));
            assertNotNull(o);
            assertTrue(o.isPlan() ^ (o.reject() != null));
            if (o.reject() != null) assertFalse("parse_error".equals(o.reject().reason()), sb + " -> " + o.reject());
        }
        assertNotNull(parser.parse(null, null).reject());
    }

    @Test
    void readerFailuresBecomeParseErrors() {
        PlanReader broken = new PlanReader() {
            @Override
            public Set<String> extensions() {
                return Set.of("txt");
            }

            @Override
            public ReadText read(String sourcePath, byte[] bytes) {
                throw new IllegalStateException("boom");
            }
        };
        ParseOutcome o = new PlanParser(List.of(broken)).parse("x.txt", new byte[] {1});
        assertEquals("parse_error", o.reject().reason());
        assertTrue(o.reject().detail().contains("boom"));
    }

    @Test
    void parsingIsFast() throws Exception {
        byte[] bytes = Files.readAllBytes(SampleGoldTest.samplesDir().resolve("002_01721c729f36f5c0.txt"));
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 100; i++) parser.parse("w.txt", bytes);
        int n = 100;
        long t = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) parser.parse("w.txt", bytes);
        double ms = (mx.getCurrentThreadCpuTime() - t) / 1e6 / n;
        System.out.printf("parse of a %d-byte plan: %.2f ms CPU%n", bytes.length, ms);
        // CPU time, not wall time, so a busy machine does not make it flaky; the bound guards against regressions
        assertTrue(ms < 40, "took " + ms + " ms");
    }

    @Test
    void pathologicalInputsStayFast() {
        String[] units = {"*", "_", "a ", "trẻ em ", "|", "- ", "**x", "Số: ", "ngày ", "1.", "UBND xã ", "\n", "[", "  "};
        for (String u : units) {
            String text = "KẾ HOẠCH trẻ em năm 2023\n" + u.repeat(200_000 / u.length());
            long t = System.nanoTime();
            ParseOutcome o = parser.parse("p.txt", text.getBytes(StandardCharsets.UTF_8));
            double ms = (System.nanoTime() - t) / 1e6;
            assertNotNull(o);
            assertTrue(ms < 3000, "'" + u + "' took " + ms + " ms");
        }
    }

    private void assertReject(String reason, String path, byte[] bytes) {
        ParseOutcome o = parser.parse(path, bytes);
        assertFalse(o.isPlan(), path + " should be rejected");
        assertEquals(reason, o.reject().reason(), path + ": " + o.reject().detail());
        assertEquals(path, o.reject().sourcePath());
    }

    @Test
    void sharedInstancesAreSerializableAndThreadSafe() throws Exception {
        java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(new ByteArrayOutputStream());
        out.writeObject(parser);
        out.writeObject(io.planlens.metadata.MetadataExtractor.shared());
        out.writeObject(io.planlens.text.TextNormaliser.shared());
        out.close();
        List<String> ids = SampleGoldTest.goldIds();
        java.util.Map<String, String> sequential = new java.util.HashMap<>();
        for (String id : ids) sequential.put(id, SampleGoldTest.parse(id).metadata().toString());
        ids.parallelStream().flatMap(id -> java.util.stream.Stream.of(id, id, id, id)).forEach(id -> {
            try {
                assertEquals(sequential.get(id), SampleGoldTest.parse(id).metadata().toString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
