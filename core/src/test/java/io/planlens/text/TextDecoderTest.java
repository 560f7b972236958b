package io.planlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planlens.ingest.ReadText;
import io.planlens.ingest.RejectException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private final TextDecoder d = TextDecoder.shared();
    private static final String VI = "Kế hoạch thực hiện công tác trẻ em năm 2023\r\nỦy ban nhân dân xã Đắk Ơ\r\n";

    @Test
    void utf8WithAndWithoutBomAndLineEnds() throws Exception {
        ReadText plain = d.decode(VI.getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", plain.encoding());
        assertEquals("Kế hoạch thực hiện công tác trẻ em năm 2023\nỦy ban nhân dân xã Đắk Ơ\n", plain.text());
        byte[] bom = ("\uFEFF" + VI).getBytes(StandardCharsets.UTF_8);
        assertEquals(plain.text(), d.decode(bom).text());
        assertEquals(plain.text(), d.decode(VI.replace("\r\n", "\r").getBytes(StandardCharsets.UTF_8)).text());
        assertEquals(plain.text(), d.decode(Normalizer.normalize(VI, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8)).text());
        assertTrue(plain.flags().isEmpty());
    }

    @Test
    void utf16WithBomAndByNulPattern() throws Exception {
        String expected = d.decode(VI.getBytes(StandardCharsets.UTF_8)).text();
        ReadText le = d.decode(("\uFEFF" + VI).getBytes(StandardCharsets.UTF_16LE));
        assertEquals("UTF-16LE", le.encoding());
        assertEquals(expected, le.text());
        ReadText be = d.decode(VI.getBytes(StandardCharsets.UTF_16)); // Java writes a big-endian BOM
        assertEquals("UTF-16BE", be.encoding());
        assertEquals(expected, be.text());
        assertEquals("UTF-16LE", d.decode(VI.getBytes(StandardCharsets.UTF_16LE)).encoding());
        assertEquals("UTF-16BE", d.decode(VI.getBytes(StandardCharsets.UTF_16BE)).encoding());
    }

    @Test
    void legacyWindows1258IsDetectedAndComposed() throws Exception {
        // "Kế hoạch trẻ em" as a cp1258 file writes it: ê + combining acute, a + combining dot below, ...
        String decomposed = "Kê\u0301 hoa\u0323ch tre\u0309 em năm 2023, \u0111a\u0309m ba\u0309o quyê\u0300n tre\u0309 em";
        byte[] bytes = decomposed.getBytes(Charset.forName("windows-1258"));
        ReadText r = d.decode(bytes);
        assertEquals("windows-1258", r.encoding());
        assertEquals("Kế hoạch trẻ em năm 2023, đảm bảo quyền trẻ em", r.text());
    }

    @Test
    void invalidBytesInsideUtf8AreReplacedAndFlagged() throws Exception {
        byte[] good = "Tỷ lệ trẻ em được tiêm chủng đạt 95% trở lên".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 1];
        System.arraycopy(good, 0, bad, 0, 10);
        bad[10] = (byte) 0x9F;
        System.arraycopy(good, 10, bad, 11, good.length - 10);
        ReadText r = d.decode(bad);
        assertEquals("UTF-8", r.encoding());
        assertTrue(r.flags().contains("invalid_bytes"));
        assertTrue(r.text().contains("\uFFFD"));
        assertTrue(r.text().endsWith("đạt 95% trở lên"));
    }

    @Test
    void rejects() {
        assertEquals("empty", assertThrows(RejectException.class, () -> d.decode(new byte[0])).reason());
        assertEquals("empty", assertThrows(RejectException.class, () -> d.decode("  \r\n\t".getBytes(StandardCharsets.UTF_8))).reason());
        assertEquals("binary", assertThrows(RejectException.class,
                () -> d.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})).reason());
        assertEquals("binary", assertThrows(RejectException.class,
                () -> d.decode(new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7'})).reason());
        assertEquals("binary", assertThrows(RejectException.class,
                () -> d.decode(new byte[] {'a', 'b', 0, 0, 0, 'c', 'd', 'e', 'f', 0, 1, 2, 3})).reason());
        assertEquals("undecodable", assertThrows(RejectException.class,
                () -> d.decode("où est l'élève? très bien, à bientôt, garçon".getBytes(StandardCharsets.ISO_8859_1))).reason());
    }
}
