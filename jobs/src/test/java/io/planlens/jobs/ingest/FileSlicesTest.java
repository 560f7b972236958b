package io.planlens.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FileSlicesTest {
    private static long total(List<Long> g) {
        return g.stream().mapToLong(Long::longValue).sum();
    }

    @Test
    void evenBytesWhenOneFileIsHuge() {
        List<Long> sizes = new ArrayList<>(List.of(900L));
        for (int i = 0; i < 90; i++) sizes.add(10L);
        List<List<Long>> groups = FileSlices.deal(sizes, 2, Long::longValue);
        assertEquals(2, groups.size());
        // the big file alone on one task, every small one on the other
        assertEquals(List.of(900L), groups.get(0));
        assertEquals(900L, total(groups.get(1)));
    }

    @Test
    void keepsEveryItemOnceAndInputOrderWithinAGroup() {
        Random r = new Random(3);
        List<Long> sizes = new ArrayList<>();
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            sizes.add((long) r.nextInt(100_000));
            items.add(i);
        }
        List<List<Integer>> groups = FileSlices.deal(items, 16, sizes::get);
        assertEquals(16, groups.size());
        assertEquals(1000, groups.stream().mapToInt(List::size).sum());
        assertEquals(1000, groups.stream().flatMap(List::stream).distinct().count());
        List<Long> totals = groups.stream().map(g -> total(g.stream().map(sizes::get).toList())).toList();
        long max = totals.stream().mapToLong(Long::longValue).max().orElseThrow();
        long min = totals.stream().mapToLong(Long::longValue).min().orElseThrow();
        assertTrue(max - min <= 100_000, "groups within one file of each other: " + min + ".." + max);
        for (List<Integer> g : groups) {
            assertEquals(g.stream().sorted().toList(), g, "input order kept within a group");
        }
        assertEquals(groups, FileSlices.deal(items, 16, sizes::get), "deterministic");
    }

    @Test
    void moreGroupsThanItemsLeavesNoEmptyGroup() {
        List<List<Long>> groups = FileSlices.deal(List.of(5L, 0L, 7L), 8, Long::longValue);
        assertEquals(3, groups.size());
        assertEquals(List.of(), FileSlices.deal(List.<Long>of(), 4, Long::longValue));
    }
}
