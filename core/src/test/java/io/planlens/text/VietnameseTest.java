package io.planlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class VietnameseTest {
    @Test
    void foldsVietnameseToPlainLowerCase() {
        assertEquals("uy ban nhan dan tinh dak lak", Vietnamese.fold("  Ủy ban nhân dân\tTỉnh  Đắk Lắk \n"));
        assertEquals("tre em duoi 5 tuoi", Vietnamese.fold(Normalizer.normalize("Trẻ em dưới 5 tuổi", Normalizer.Form.NFD)));
        assertEquals("", Vietnamese.fold(" \u0301 "));
        assertEquals("", Vietnamese.fold(null));
    }

    /** The one-pass fold gives what decomposing, dropping marks, lower-casing and collapsing spaces gives. */
    @Test
    void onePassFoldEqualsTheDecompositionOnRandomText() {
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
                + "ùúủũụừứửữựỳýỷỹỵÀÁẢÃẠỀẾỂỄỆỲÝỶỸỴ0123456789 .,;:%‰/-–—…“”•\t\n\r\u000B\f\u0001\u00A0\u200B"
                + "\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031B İΣσςΑΩΆ≠≮√✓\uF0B7한국ǄǅﬁÅ";
        Random r = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(40);
            for (int i = 0; i < len; i++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            b.append(r.nextInt(10) == 0 ? "\uD835\uDC00" : "");
            String s = b.toString();
            assertEquals(Vietnamese.foldByDecomposition(s), Vietnamese.fold(s), () -> "for " + escape(s));
        }
    }

    @Test
    void onePassFoldEqualsTheDecompositionOnEverySampleLine() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("..", "data", "samples"))) {
            for (Path f : files.toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    assertEquals(Vietnamese.foldByDecomposition(line), Vietnamese.fold(line), line);
                }
            }
        }
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(c < 0x80 && c >= ' ' ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        return b.toString();
    }
}
