package io.planlens.jobs.adoption;

import static org.junit.jupiter.api.Assertions.*;

import io.planlens.jobs.adoption.EarlierPlans.Match;
import io.planlens.jobs.adoption.EarlierPlans.Plan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** same_issuer_earlier within one unit, without Spark. */
class EarlierPlansTest {
    /** The sorted set {from, ..., to - 1}. */
    private static int[] range(int from, int to) {
        return IntStream.range(from, to).toArray();
    }

    private static Plan plan(String id, Integer year, int[] shingles) {
        return new Plan(id, "UBND huyện A", year, shingles);
    }

    private static Match matchOf(List<Match> matches, String docId) {
        return matches.stream().filter(m -> m.plan().docId().equals(docId)).findFirst().orElse(null);
    }

    @Test
    void eachPlanGetsItsMostSimilarPlanOfAnEarlierYear() {
        Plan p21 = plan("p21", 2021, range(0, 100));
        Plan q21 = plan("q21", 2021, range(40, 140)); // 60 / 140 with p21, but the same year
        Plan p22 = plan("p22", 2022, range(10, 100)); // 90 / 100 with p21, 90 / 130 with q21
        Plan p23 = plan("p23", 2023, range(10, 100)); // 1.0 with p22
        Plan p25 = plan("p25", 2025, range(500, 600)); // like nothing
        List<Match> m = EarlierPlans.best(List.of(p25, p23, p22, q21, p21));

        assertEquals(List.of("p22", "p23"), m.stream().map(x -> x.plan().docId()).toList(),
                "plans of the first year and unlike plans have no match; in doc_id order");
        Match m22 = matchOf(m, "p22");
        assertEquals("p21", m22.earlier().docId());
        assertEquals(0.9, m22.jaccard());
        assertTrue(m22.nearCopy(), "0.9 with the plan of the year before");
        Match m23 = matchOf(m, "p23");
        assertEquals("p22", m23.earlier().docId());
        assertEquals(1.0, m23.jaccard());
        assertTrue(m23.nearCopy());
    }

    @Test
    void aNearCopyIsOfTheYearBeforeOnly() {
        Plan p21 = plan("p21", 2021, range(0, 100));
        Plan p23 = plan("p23", 2023, range(0, 95));
        Match m = matchOf(EarlierPlans.best(List.of(p21, p23)), "p23");
        assertEquals(0.95, m.jaccard());
        assertFalse(m.nearCopy(), "two years apart");

        Plan p22 = plan("p22", 2022, range(0, 70)); // 0.7
        assertFalse(matchOf(EarlierPlans.best(List.of(p21, p22)), "p22").nearCopy(), "not similar enough");
    }

    @Test
    void tiesGoToTheLaterYearThenTheSmallerDocId() {
        int[] s = range(0, 100);
        Plan b20 = plan("b20", 2020, s);
        Plan a21 = plan("a21", 2021, s);
        Plan c21 = plan("c21", 2021, s);
        Plan x23 = plan("x23", 2023, s);
        assertEquals("a21", matchOf(EarlierPlans.best(List.of(x23, c21, b20, a21)), "x23").earlier().docId());
        assertEquals("b20", matchOf(EarlierPlans.best(List.of(b20, c21)), "c21").earlier().docId());
    }

    @Test
    void theThresholdAppliesToTheRoundedJaccard() {
        // 2999 / 10000 = 0.2999 is below 0.3; 29995 / 100000 = 0.29995 rounds half up to 0.3
        Plan old = plan("old", 2020, range(0, 10000));
        Plan below = plan("below", 2021, range(0, 2999));
        assertNull(matchOf(EarlierPlans.best(List.of(old, below)), "below"));
        Plan old2 = plan("old2", 2020, range(0, 100000));
        Plan at = plan("at", 2021, range(0, 29995));
        Match m = matchOf(EarlierPlans.best(List.of(old2, at)), "at");
        assertEquals(0.3, m.jaccard());
    }

    @Test
    void plansWithoutAYearOrShinglesTakeNoPart() {
        Plan noYear = plan("n", null, range(0, 100));
        Plan empty = plan("e", 2020, new int[0]);
        Plan p = plan("p", 2022, range(0, 100));
        assertEquals(List.of(), EarlierPlans.best(List.of(noYear, empty, p)));
        assertEquals(List.of(), EarlierPlans.best(List.of(p, plan("p0", null, range(0, 100)))));
    }

    @Test
    void roundingIsSparksHalfUp() {
        assertEquals(0.1235, EarlierPlans.round4(0.12345));
        assertEquals(0.3333, EarlierPlans.round4(1.0 / 3.0));
        assertEquals(0.6667, EarlierPlans.round4(2.0 / 3.0));
        assertEquals(1.0, EarlierPlans.round4(1.0));
    }

    /** A large unit: 400 unrelated plans over ten years, and copies of some of them in later years. */
    private static List<Plan> largeUnit() {
        Random rnd = new Random(7);
        List<Plan> plans = new ArrayList<>();
        List<int[]> texts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int[] s = rnd.ints(300).sorted().distinct().toArray();
            texts.add(s);
            plans.add(plan(String.format("u%03d", i), 2015 + i % 10, s));
        }
        for (int i = 0; i < 60; i++) {
            int from = i * 5;
            int[] s = texts.get(from).clone();
            // change a share of the shingles: Jaccard from about 0.35 to 0.95
            double keep = 0.5 + 0.45 * (i % 10) / 9.0;
            for (int k = 0; k < s.length; k++) if (rnd.nextDouble() > keep) s[k] = rnd.nextInt();
            s = IntStream.of(s).sorted().distinct().toArray();
            plans.add(plan(String.format("c%03d", i), 2026 + i % 3, s));
        }
        Collections.shuffle(plans, rnd);
        return plans;
    }

    @Test
    void aLargeUnitComparesMinHashCandidatesAndFindsTheCopies() {
        List<Plan> unit = largeUnit();
        List<Match> banded = EarlierPlans.best(unit);
        List<Match> exact = EarlierPlans.best(unit, Integer.MAX_VALUE);
        assertTrue(unit.size() > EarlierPlans.EXACT_UP_TO);
        assertEquals(60, exact.size(), "each copy, and nothing else");
        for (Match e : exact) {
            Match b = matchOf(banded, e.plan().docId());
            if (e.jaccard() >= 0.5) {
                assertNotNull(b, "a pair of Jaccard " + e.jaccard() + " is all but certainly a candidate");
            }
            if (b != null) {
                assertEquals(e.earlier().docId(), b.earlier().docId());
                assertEquals(e.jaccard(), b.jaccard());
                assertEquals(e.nearCopy(), b.nearCopy());
            }
        }
        assertTrue(banded.stream().allMatch(b -> matchOf(exact, b.plan().docId()) != null), "candidates are checked exactly");
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfThePlans() {
        List<Plan> unit = largeUnit();
        List<Match> a = EarlierPlans.best(unit);
        List<Plan> reversed = new ArrayList<>(unit);
        Collections.reverse(reversed);
        List<Match> b = EarlierPlans.best(reversed);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).plan().docId(), b.get(i).plan().docId());
            assertEquals(a.get(i).earlier().docId(), b.get(i).earlier().docId());
            assertEquals(a.get(i).jaccard(), b.get(i).jaccard());
        }
    }
}
