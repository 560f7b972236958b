package io.planlens.jobs.render;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SafeNamesTest {
    @Test
    void vietnameseBecomesReadableAscii() {
        String s = SafeNames.slug("Huyện Bảo Yên");
        assertTrue(s.matches("huyen-bao-yen-[0-9a-f]{8}"), s);
        assertTrue(SafeNames.slug("Đắk Lắk").startsWith("dak-lak-"));
    }

    @Test
    void namesStayInsideTheFolder() {
        Path dir = Path.of("/tmp/out/charts");
        for (String evil : new String[] {"../../x", "/etc/passwd", "..\\..\\win", "a/b", "C:\\x", "..", "", null,
                "<script>alert(1)</script>", "tên\u0000có\nký tự lạ"}) {
            String name = SafeNames.file("trend", evil, "NAP-01");
            assertTrue(name.matches("[a-z0-9_-]+"), name);
            Path p = dir.resolve(name + ".png").normalize();
            assertEquals(dir, p.getParent(), evil + " -> " + p);
        }
        assertTrue(SafeNames.slug("../../x").startsWith("x-"));
        assertTrue(SafeNames.slug(null).startsWith("none-"));
    }

    @Test
    void textsThatSlugAlikeStayApart() {
        assertNotEquals(SafeNames.slug("Sa Pa"), SafeNames.slug("Sa-Pa"));
        assertNotEquals(SafeNames.slug("Văn Bàn"), SafeNames.slug("Vân Bán"));
        assertEquals(SafeNames.slug("Văn Bàn"), SafeNames.slug("Văn Bàn"), "stable across runs");
    }

    @Test
    void longNamesAreCut() {
        String s = SafeNames.slug("Ủy ban nhân dân ".repeat(20));
        assertTrue(s.length() <= 40 + 9, s);
        assertFalse(s.contains("--"));
    }

    @Test
    void fixedKindsAreRestricted() {
        assertEquals("annual-summary", SafeNames.fixed("annual-summary"));
        assertEquals("a-b", SafeNames.fixed("../A/B"));
    }
}
