package io.planlens.jobs.adoption;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Shingle hashing details under {@link AdoptionRulesTest#shinglesAreFiveWordRunsOfTheNormalisedText}. */
class ShinglesTest {
    @Test
    void wordsAreRunsOfLettersAndDigitsWhateverSeparatesThem() {
        assertArrayEquals(Shingles.hashes("một hai ba bốn năm sáu", 5), Shingles.hashes("MỘT, hai; ba\n\tbốn (năm) — sáu!", 5));
        assertArrayEquals(Shingles.hashes("năm 2024 có 12 xã", 5), Shingles.hashes("Năm 2024: có 12 xã.", 5));
        assertFalse(Arrays.equals(Shingles.hashes("a b c d e", 5), Shingles.hashes("ab c d e", 5)), "words are not glued");
        assertFalse(Arrays.equals(Shingles.hashes("a b c d e", 5), Shingles.hashes("e d c b a", 5)), "order counts");
        assertEquals(1, Shingles.hashes("𝐀 b", 5).length, "a letter outside the BMP is a letter");
        assertArrayEquals(new int[0], Shingles.hashes(null, 5));
        assertArrayEquals(new int[0], Shingles.hashes("", 5));
    }

    @Test
    void repeatedShinglesCountOnce() {
        assertEquals(5, Shingles.hashes("a b c d e a b c d e", 5).length, "abcde, bcdea, cdeab, deabc, eabcd");
        assertEquals(1, Shingles.hashes("x x x x x x x x x", 5).length);
        assertEquals(4, Shingles.hashes("a b c d", 1).length);
    }

    @Test
    void hashesAreSortedAndDistinct() {
        StringBuilder sb = new StringBuilder();
        Random rnd = new Random(3);
        for (int i = 0; i < 20000; i++) sb.append("w").append(rnd.nextInt(3000)).append(' ');
        int[] h = Shingles.hashes(sb.toString(), 5);
        int[] expected = Arrays.stream(h).sorted().distinct().toArray();
        assertArrayEquals(expected, h);
        assertTrue(h.length > 19000, "20,000 random words give about as many distinct shingles: " + h.length);
        int[] r = rnd.ints(5000).toArray();
        int[] sorted = r.clone();
        Shingles.sort(sorted);
        Arrays.sort(r);
        assertArrayEquals(r, sorted);
    }
}
