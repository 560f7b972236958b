package io.planlens.jobs.adoption;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The same_issuer_earlier rule of text_reuse, for the plans of one unit: each plan's most similar
 * plan of the unit from an earlier plan year.
 *
 * <p>Similarity is the exact Jaccard similarity of the two shingle sets ({@link Shingles#jaccard}),
 * rounded to 4 decimals (half up, as Spark's {@code round}); the rounded value is what is compared,
 * ordered and reported. A plan's match is the earlier plan with the highest Jaccard of at least
 * {@value #MIN_SIMILARITY}; ties go to the later plan year, then to the smaller doc_id. It is a near
 * copy when the Jaccard is at least {@value #NEAR_COPY} and the earlier plan is of the year before.
 * Plans without a plan year or without shingles take no part.
 *
 * <p>A unit of at most {@value #EXACT_UP_TO} plans compares every plan with every earlier plan, so
 * nothing is missed. A larger unit (a ward name shared by many plans, say) first picks candidates by
 * MinHash banding: every plan gets {@value #BANDS} MinHash values from fixed seeds, and two plans are
 * candidates when they share the value of one position; only candidates are compared, exactly. A pair
 * of Jaccard similarity J is a candidate with probability 1 − (1 − J)^{@value #BANDS}: about 94% at
 * 0.3, 99.6% at 0.5, all but certain at 0.8. A pair whose set sizes alone rule out the threshold is
 * never compared.
 */
public final class EarlierPlans {
    /** Less similar earlier plans are never reported. */
    public static final double MIN_SIMILARITY = 0.3;
    /** A plan at least this similar to the unit's plan of the year before is a near copy of it. */
    public static final double NEAR_COPY = 0.8;
    /** Units of at most this many plans compare all pairs; larger ones compare MinHash candidates. */
    public static final int EXACT_UP_TO = 300;
    /** MinHash values per plan in a large unit. */
    public static final int BANDS = 8;
    private static final long[] SEEDS = {
        0x9e3779b97f4a7c15L, 0xbf58476d1ce4e5b9L, 0x94d049bb133111ebL, 0x2545f4914f6cdd1dL,
        0xd6e8feb86659fd93L, 0xa0761d6478bd642fL, 0xe7037ed1a0b428dbL, 0x8ebc6af09c88c6e3L,
    };

    private EarlierPlans() {}

    /** One plan of a unit. {@code shingles} is sorted and distinct, as {@link Shingles#hashes} gives it. */
    public record Plan(String docId, String issuer, Integer year, int[] shingles) {}

    /** {@code plan}'s best earlier plan {@code earlier}. */
    public record Match(Plan plan, Plan earlier, double jaccard, boolean nearCopy) {}

    /** Each plan of the unit that has a match, with it; in doc_id order. */
    public static List<Match> best(List<Plan> unit) {
        return best(unit, EXACT_UP_TO);
    }

    static List<Match> best(List<Plan> unit, int exactUpTo) {
        // by year, then doc_id: the plans earlier than plans[i] are a prefix, and the order does not
        // depend on how the plans arrived
        Plan[] plans = unit.stream().filter(p -> p.year() != null && p.shingles().length > 0)
                .sorted(Comparator.comparing(Plan::year).thenComparing(Plan::docId))
                .toArray(Plan[]::new);
        int n = plans.length;
        int[] firstOfYear = new int[n];
        for (int i = 0; i < n; i++) {
            firstOfYear[i] = i > 0 && plans[i].year().equals(plans[i - 1].year()) ? firstOfYear[i - 1] : i;
        }
        List<Match> out = new ArrayList<>();
        if (n <= exactUpTo) {
            for (int i = 0; i < n; i++) {
                Best b = new Best();
                for (int j = 0; j < firstOfYear[i]; j++) b.consider(plans[i], plans[j]);
                b.addTo(out, plans[i]);
            }
        } else {
            long[][] sig = new long[n][];
            for (int i = 0; i < n; i++) sig[i] = minHashes(plans[i].shingles());
            List<Map<Long, List<Integer>>> buckets = new ArrayList<>();
            for (int band = 0; band < BANDS; band++) {
                Map<Long, List<Integer>> m = new HashMap<>();
                for (int i = 0; i < n; i++) m.computeIfAbsent(sig[i][band], v -> new ArrayList<>()).add(i);
                buckets.add(m);
            }
            int[] seen = new int[n];
            Arrays.fill(seen, -1);
            for (int i = 0; i < n; i++) {
                Best b = new Best();
                for (int band = 0; band < BANDS; band++) {
                    for (int j : buckets.get(band).get(sig[i][band])) {
                        // bucket lists are ascending, so the earlier plans come first
                        if (j >= firstOfYear[i]) break;
                        if (seen[j] == i) continue;
                        seen[j] = i;
                        b.consider(plans[i], plans[j]);
                    }
                }
                b.addTo(out, plans[i]);
            }
        }
        out.sort(Comparator.comparing(m -> m.plan().docId()));
        return out;
    }

    /** The {@value #BANDS} MinHash values of a shingle set, one per seed. */
    static long[] minHashes(int[] shingles) {
        long[] mins = new long[BANDS];
        Arrays.fill(mins, Long.MAX_VALUE);
        for (int s : shingles) {
            long x = s & 0xffffffffL;
            for (int band = 0; band < BANDS; band++) {
                long h = Shingles.fmix64(x ^ SEEDS[band]);
                if (h < mins[band]) mins[band] = h;
            }
        }
        return mins;
    }

    /** {@code x} rounded to 4 decimals, half up: Spark's {@code round(x, 4)} of a double. */
    public static double round4(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        return BigDecimal.valueOf(x).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    /** The best earlier plan seen so far for one plan. */
    private static final class Best {
        Plan plan;
        double jaccard;

        void consider(Plan a, Plan b) {
            int na = a.shingles().length, nb = b.shingles().length;
            // |A ∩ B| / |A ∪ B| <= min / max
            if (round4((double) Math.min(na, nb) / Math.max(na, nb)) < Math.max(MIN_SIMILARITY, jaccard)) return;
            double j = round4(Shingles.jaccard(a.shingles(), b.shingles()));
            if (j < MIN_SIMILARITY) return;
            if (plan == null || j > jaccard
                    || j == jaccard && (b.year() > plan.year()
                            || b.year().equals(plan.year()) && b.docId().compareTo(plan.docId()) < 0)) {
                plan = b;
                jaccard = j;
            }
        }

        void addTo(List<Match> out, Plan a) {
            if (plan == null) return;
            out.add(new Match(a, plan, jaccard,
                    jaccard >= NEAR_COPY && plan.year() == a.year() - 1));
        }
    }
}
