package io.planlens.extract;

import io.planlens.text.Vietnamese;
import io.planlens.reference.Indicator;
import io.planlens.reference.IndicatorCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the catalogue indicator a subject phrase names. Scores each indicator by how much of its key
 * phrases and label the phrase contains (token overlap after folding, tolerant to word order and one-letter
 * typos, exact on numbers such as the age in "dưới 5 tuổi"), weighs in unit compatibility, and refuses to
 * choose when the best two are too close or the best is too weak. Immutable and thread-safe.
 */
public final class IndicatorMatcher implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Minimum score for a match. */
    static final double MIN_SCORE = 2.0;
    /** Runner-up within this share of the best score makes the match ambiguous. */
    static final double AMBIGUOUS_RATIO = 0.9;

    private final IndicatorCatalog catalog;
    private final List<Entry> entries;
    /** Entries by the tokens of their phrases and label (only an entry sharing a token can score). */
    private final java.util.Map<String, List<Integer>> index;

    /** The outcome: a code, or null and the reason. */
    public record Match(String code, double score, String reason) implements java.io.Serializable {}

    private record Phrase(List<String> tokens, double[] weights, double weight) implements java.io.Serializable {}

    private record Entry(Indicator indicator, List<Phrase> phrases, List<Phrase> excludes, Phrase label)
            implements java.io.Serializable {}

    public IndicatorMatcher(IndicatorCatalog catalog) {
        this.catalog = catalog;
        List<Entry> es = new ArrayList<>();
        for (Indicator ind : catalog.all()) {
            List<Phrase> ps = new ArrayList<>();
            for (String k : ind.keyPhrases()) {
                Phrase p = phrase(k);
                if (!p.tokens().isEmpty()) ps.add(p);
            }
            List<Phrase> xs = new ArrayList<>();
            for (String k : ind.excludePhrases()) {
                Phrase p = phrase(k);
                if (!p.tokens().isEmpty()) xs.add(p);
            }
            es.add(new Entry(ind, List.copyOf(ps), List.copyOf(xs), phrase(ind.labelVi() == null ? "" : ind.labelVi())));
        }
        this.entries = List.copyOf(es);
        java.util.Map<String, List<Integer>> idx = new java.util.HashMap<>();
        for (int i = 0; i < es.size(); i++) {
            java.util.Set<String> toks = new java.util.HashSet<>(es.get(i).label().tokens());
            for (Phrase p : es.get(i).phrases()) toks.addAll(p.tokens());
            for (String t : toks) {
                List<Integer> l = idx.computeIfAbsent(t, k -> new ArrayList<>());
                l.add(i);
            }
        }
        this.index = idx;
    }

    /** Entries sharing at least one specific token with the subject. */
    private List<Entry> candidates(List<String> s) {
        java.util.BitSet bits = new java.util.BitSet(entries.size());
        for (String t : s) {
            if (MatchText.weight(t) < 1) continue;
            List<Integer> l = index.get(t);
            if (l != null) for (int i : l) bits.set(i);
        }
        List<Entry> out = new ArrayList<>(bits.cardinality());
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) out.add(entries.get(i));
        return out;
    }

    public IndicatorCatalog catalog() {
        return catalog;
    }

    private static Phrase phrase(String text) {
        List<String> t = MatchText.tokens(text);
        double[] ws = new double[t.size()];
        double w = 0;
        for (int i = 0; i < ws.length; i++) {
            ws[i] = MatchText.weight(t.get(i));
            w += ws[i];
        }
        return new Phrase(List.copyOf(t), ws, w);
    }

    /**
     * @param subject the words around the value that say what it is about
     * @param unit    the unit of the value ({@code percent}, {@code per_mille}, ...), or null
     * @param value   the value (a 0 count fits indicators whose goal is none)
     */
    public Match match(String subject, String unit, double value) {
        return match(subject, unit, value, null);
    }

    /**
     * @param comparator the target's comparator, or null; a value far on the wrong side of an indicator's
     *                   national values ("100%" for the share of abused children) makes that indicator less likely
     */
    public Match match(String subject, String unit, double value, String comparator) {
        // Plans restate the same targets in the same words (communes copy their district's plan), so the
        // same question comes back thousands of times in a corpus: answer it once.
        MatchKey key = new MatchKey(subject, unit, value, comparator);
        java.util.concurrent.ConcurrentHashMap<MatchKey, Match> memo = memo();
        Match known = memo.get(key);
        if (known != null) return known;
        Match m = compute(subject, unit, value, comparator);
        if (memo.size() >= MEMO_LIMIT) memo.clear();
        memo.put(key, m);
        return m;
    }

    /** Answers kept at most; past it the memo starts again (a bound on memory, whatever the corpus size). */
    static final int MEMO_LIMIT = 50_000;

    private record MatchKey(String subject, String unit, double value, String comparator) {}

    private transient volatile java.util.concurrent.ConcurrentHashMap<MatchKey, Match> memo;

    private java.util.concurrent.ConcurrentHashMap<MatchKey, Match> memo() {
        java.util.concurrent.ConcurrentHashMap<MatchKey, Match> m = memo;
        if (m == null) {
            synchronized (this) {
                if (memo == null) memo = new java.util.concurrent.ConcurrentHashMap<>();
                m = memo;
            }
        }
        return m;
    }

    private Match compute(String subject, String unit, double value, String comparator) {
        List<String> s = new SubjectTokens(MatchText.tokens(subject));
        if (s.isEmpty()) return new Match(null, 0, "no indicator phrase near the value");
        double best = 0, second = 0;
        Indicator bestInd = null, secondInd = null;
        for (Entry e : candidates(s)) {
            if (excluded(e, s)) continue;
            double sc = score(e, s);
            if (sc <= 0) continue;
            sc *= unitFactor(e.indicator(), unit, value) * plausibility(e.indicator(), unit, value, comparator);
            if (sc > best) {
                second = best;
                secondInd = bestInd;
                best = sc;
                bestInd = e.indicator();
            } else if (sc > second) {
                second = sc;
                secondInd = e.indicator();
            }
        }
        if (bestInd == null || best < MIN_SCORE) {
            return new Match(null, best, "no indicator phrase near the value");
        }
        if (secondInd != null && second >= AMBIGUOUS_RATIO * best) {
            return new Match(null, best, "ambiguous: " + bestInd.code() + " vs " + secondInd.code());
        }
        return new Match(bestInd.code(), best, null);
    }

    /** Every indicator's score for a subject, best first (for explaining a match). */
    public List<Match> ranking(String subject, String unit, double value) {
        List<String> s = new SubjectTokens(MatchText.tokens(subject));
        List<Match> out = new ArrayList<>();
        for (Entry e : candidates(s)) {
            if (excluded(e, s)) continue;
            double sc = score(e, s) * unitFactor(e.indicator(), unit, value);
            if (sc > 0) out.add(new Match(e.indicator().code(), sc, null));
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    private static boolean excluded(Entry e, List<String> s) {
        for (Phrase x : e.excludes()) {
            if (indexOf(s, x.tokens()) >= 0) return true;
        }
        return false;
    }

    /** Best key phrase, half of every other key phrase found, plus label coverage. */
    private static double score(Entry e, List<String> s) {
        double best = 0, others = 0;
        List<List<String>> seen = new ArrayList<>();
        for (Phrase p : e.phrases()) {
            double sc = phraseScore(p, s);
            if (sc <= 0) continue;
            boolean sub = false;
            for (List<String> q : seen) {
                if (indexOf(q, p.tokens()) >= 0 || indexOf(p.tokens(), q) >= 0) sub = true;
            }
            seen.add(p.tokens());
            if (sc > best) {
                if (best > 0 && !sub) others += best;
                best = sc;
            } else if (!sub) {
                others += sc;
            }
        }
        double label = coverage(e.label(), s, false) * 2.0;
        if (best == 0 && label < 1.4) return 0;
        return best + 0.5 * others + label;
    }

    private static double phraseScore(Phrase p, List<String> s) {
        int at = indexOf(s, p.tokens());
        // a phrase near the start of the subject says more than one at the end of a long sentence
        if (at >= 0) return (p.weight() + 0.5) * decay(at);
        // any number in the phrase must be there exactly ("dưới 1 tuổi" is not "dưới 5 tuổi")
        for (String t : p.tokens()) {
            if (Character.isDigit(t.charAt(0)) && !s.contains(t)) return 0;
        }
        double cov = coverage(p, s, true);
        if (cov >= 0.75 && p.tokens().size() >= 3) return p.weight() * cov * 0.7 * decay(firstFound(p, s));
        return 0;
    }

    private static double decay(int position) {
        return Math.max(0.4, 1.0 - 0.03 * position);
    }

    private static int firstFound(Phrase p, List<String> s) {
        for (int i = 0; i < s.size(); i++) {
            if (MatchText.weight(s.get(i)) < 1) continue;
            if (p.tokens().contains(s.get(i))) return i;
        }
        return 0;
    }

    /**
     * Weighted share of the phrase's tokens present in s. With {@code typos}, a token one letter off
     * counts half (Vietnamese syllables often differ by one letter, so it cannot count fully).
     */
    private static double coverage(Phrase p, List<String> s, boolean typos) {
        if (p.weight() <= 0) return 0;
        java.util.Set<String> set = s instanceof SubjectTokens st ? st.set : new java.util.HashSet<>(s);
        double exact = 0, rest = 0;
        List<String> missing = null;
        List<String> toks = p.tokens();
        for (int i = 0; i < toks.size(); i++) {
            String t = toks.get(i);
            if (set.contains(t)) {
                exact += p.weights()[i];
            } else {
                rest += p.weights()[i];
                if (typos && t.length() >= 4) {
                    if (missing == null) missing = new ArrayList<>(4);
                    missing.add(t);
                }
            }
        }
        if (!typos || missing == null) return exact / p.weight();
        // a one-letter typo counts half; give up early when even that cannot reach the threshold
        if ((exact + 0.5 * rest) / p.weight() < 0.75) return exact / p.weight();
        double got = exact;
        for (String t : missing) {
            for (String x : s) {
                if (MatchText.near(t, x)) {
                    got += 0.5 * MatchText.weight(t);
                    break;
                }
            }
        }
        return got / p.weight();
    }

    /** The subject's tokens with a set for membership tests. */
    private static final class SubjectTokens extends java.util.AbstractList<String> {
        final List<String> list;
        final java.util.Set<String> set;

        SubjectTokens(List<String> list) {
            this.list = list;
            this.set = new java.util.HashSet<>(list);
        }

        @Override
        public String get(int i) {
            return list.get(i);
        }

        @Override
        public int size() {
            return list.size();
        }

        @Override
        public boolean contains(Object o) {
            return set.contains(o);
        }
    }

    static int indexOf(List<String> hay, List<String> needle) {
        int n = needle.size();
        if (n == 0) return -1;
        outer:
        for (int i = 0; i + n <= hay.size(); i++) {
            for (int j = 0; j < n; j++) {
                if (!hay.get(i + j).equals(needle.get(j))) continue outer;
            }
            return i;
        }
        return -1;
    }

    /**
     * Lower for a value the indicator cannot mean: a high share "at least" on an indicator whose national
     * values are small and should fall (100% of children abused), a low ceiling on one that should rise,
     * or a relative change on an indicator whose goal is none.
     */
    private static double plausibility(Indicator ind, String unit, double value, String comparator) {
        if (comparator == null) return 1.0;
        boolean relative = comparator.equals("reduce_by") || comparator.equals("increase_by");
        if (relative) return "zero".equals(ind.direction()) ? 0.5 : 1.0;
        if (unit == null || !unit.equals(ind.unit())) return 1.0;
        double nat = Math.max(ind.national2025() == null ? 0 : ind.national2025(), ind.national2030() == null ? 0 : ind.national2030());
        if (nat <= 0) return 1.0;
        boolean atLeast = comparator.equals(">=") || comparator.equals(">") || comparator.equals("=");
        boolean atMost = comparator.equals("<=") || comparator.equals("<");
        if ("max".equals(ind.direction()) && atLeast && value > 3 * nat && value >= 20) return 0.5;
        if ("min".equals(ind.direction()) && atMost && value < nat / 3) return 0.5;
        return 1.0;
    }

    /** An indicator measured as a reduction of harmful events ("Mức giảm số trẻ em tử vong do đuối nước"). */
    private static boolean isReduction(Indicator ind) {
        String l = ind.labelVi();
        return l != null && Vietnamese.foldKeepingLength(l.toLowerCase(java.util.Locale.ROOT)).startsWith("muc giam");
    }

    private static double unitFactor(Indicator ind, String unit, double value) {
        String iu = ind.unit();
        if (unit == null || iu == null || unit.equals(iu)) return 1.0;
        switch (unit) {
            case "count":
                // "Không có tình trạng ..." (0) fits a rate whose goal is low, or a reduction of such events
                return value == 0 && (ind.lowerIsBetter() || isReduction(ind)) ? 1.0 : 0.3;
            case "boolean":
                // a commune that "meets the standard" is the commune-level form of a share of communes
                // ... and a school that meets a standard counts towards the number of such schools
                return "percent".equals(iu) || "count".equals(iu) ? 0.9 : 0.3;
            case "percent":
                return "count".equals(iu) && "zero".equals(ind.direction()) ? 0.8 : 0.3;
            default:
                return 0.3;
        }
    }
}
