package io.planlens.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class IndicatorCatalogTest {

    @Test
    void loadsTheCatalogue() {
        IndicatorCatalog c = IndicatorCatalog.shared();
        assertSame(c, IndicatorCatalog.shared());
        assertTrue(c.size() >= 60, "indicators: " + c.size());
        Indicator stunting = c.get("NAP-04b");
        assertEquals("percent", stunting.unit());
        assertEquals("max", stunting.direction());
        assertEquals(17.0, stunting.national2025());
        assertEquals(15.0, stunting.national2030());
        assertTrue(stunting.keyPhrases().contains("thấp còi"));
        assertTrue(stunting.lowerIsBetter());
        assertNull(c.get("NAP-99"));
        assertNull(c.get("NAP-05b").national2025());
        assertEquals("zero", c.get("NAP-13a").direction());
        assertFalse(c.get("NAP-08a").excludePhrases().isEmpty());
    }

    @Test
    void everyRowIsUsable() {
        Set<String> units = Set.of("percent", "per_mille", "per_100k", "count", "boolean");
        Set<String> directions = Set.of("min", "max", "zero");
        for (Indicator i : IndicatorCatalog.shared().all()) {
            assertTrue(units.contains(i.unit()), i.code() + " unit " + i.unit());
            assertTrue(directions.contains(i.direction()), i.code() + " direction " + i.direction());
            assertFalse(i.keyPhrases().isEmpty(), i.code() + " has no key phrase");
            assertTrue(i.labelVi() != null && !i.labelVi().isBlank(), i.code());
        }
    }
}
