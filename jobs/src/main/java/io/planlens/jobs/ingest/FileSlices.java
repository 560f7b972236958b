package io.planlens.jobs.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.ToLongFunction;

/**
 * Deals items into a fixed number of groups of about equal weight: largest first, each to the group
 * that weighs least so far (ties: the lower group). Deterministic for a given input order; empty groups
 * are dropped. Within a group the input order is kept.
 */
final class FileSlices {
    private FileSlices() {}

    static <T> List<List<T>> deal(List<T> items, int groups, ToLongFunction<T> weight) {
        int n = Math.max(1, groups);
        List<Integer> order = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) order.add(i);
        order.sort(Comparator.<Integer>comparingLong(i -> weight.applyAsLong(items.get(i))).reversed()
                .thenComparing(i -> i));
        // (weight so far, group index)
        PriorityQueue<long[]> lightest = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
                : Long.compare(a[1], b[1]));
        for (int g = 0; g < n; g++) lightest.add(new long[] {0, g});
        int[] groupOf = new int[items.size()];
        for (int i : order) {
            long[] g = lightest.poll();
            groupOf[i] = (int) g[1];
            // an empty file still costs a little (opening it)
            g[0] += Math.max(1, weight.applyAsLong(items.get(i)));
            lightest.add(g);
        }
        List<List<T>> out = new ArrayList<>(n);
        for (int g = 0; g < n; g++) out.add(new ArrayList<>());
        for (int i = 0; i < items.size(); i++) out.get(groupOf[i]).add(items.get(i));
        out.removeIf(List::isEmpty);
        return out;
    }
}
