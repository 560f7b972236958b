package io.planlens.eval;

import io.planlens.eval.ExtractedPlan.ExtractedCitation;
import io.planlens.eval.ExtractedPlan.ExtractedTarget;
import io.planlens.eval.GoldDocument.GoldCitation;
import io.planlens.eval.GoldDocument.GoldTarget;
import io.planlens.text.Vietnamese;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores extracted targets, citations and plan metadata against the gold files (rules in CONTRACT.md):
 * a target matches a gold target of the same document when value, unit, comparator and target year
 * agree (a gold year of null means the plan year); on the matched ones the indicator code is right when
 * it is the gold {@code indicator} or one of {@code indicator_alt}. A citation matches when type, number
 * and code agree. An extracted target "hits a trap" when it takes a number of a gold trap span as its value
 * and its quote overlaps that span.
 */
public final class Evaluator {
    public static final List<String> METADATA_FIELDS = List.of("plan_year", "level", "province", "doc_number", "issued_date");

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern ENGLISH_NOTE = Pattern.compile("\\([^()0-9]*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Scores many documents; plans are matched to gold files by file name. */
    public EvaluationReport evaluate(List<GoldDocument> gold, List<ExtractedPlan> plans) {
        Map<String, ExtractedPlan> byFile = new HashMap<>();
        for (ExtractedPlan p : plans) {
            if (p.file() != null) byFile.putIfAbsent(fileName(p.file()), p);
        }
        // a gold document without a plan scores as an empty plan on whatever the run scores
        boolean anyMeta = plans.stream().anyMatch(p -> p.metadata() != null);
        boolean anyCitations = plans.stream().anyMatch(p -> p.citations() != null);
        List<EvaluationReport.DocumentScore> docs = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (GoldDocument g : gold) {
            ExtractedPlan p = byFile.get(fileName(g.file()));
            if (p == null) {
                missing.add(g.file());
                p = new ExtractedPlan(null, g.file(), anyMeta ? Map.of() : null, List.of(), anyCitations ? List.of() : null);
            }
            docs.add(scoreDocument(g, p));
        }
        return summarise(docs, missing);
    }

    /** Scores one document. */
    public EvaluationReport.DocumentScore scoreDocument(GoldDocument g, ExtractedPlan p) {
        // targets: first pair those whose code is also right, then the rest
        List<GoldTarget> gts = g.targets();
        List<ExtractedTarget> ets = p.targets();
        int[] pairOfGold = new int[gts.size()];
        java.util.Arrays.fill(pairOfGold, -1);
        boolean[] used = new boolean[ets.size()];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < gts.size(); i++) {
                if (pairOfGold[i] >= 0) continue;
                GoldTarget gt = gts.get(i);
                for (int j = 0; j < ets.size(); j++) {
                    if (used[j] || !sameTarget(gt, g.planYear(), ets.get(j))) continue;
                    if (pass == 0 && !gt.acceptsCode(ets.get(j).indicatorCode())) continue;
                    pairOfGold[i] = j;
                    used[j] = true;
                    break;
                }
            }
        }
        int matched = 0, codes = 0;
        List<String> misses = new ArrayList<>(), fps = new ArrayList<>(), codeErrors = new ArrayList<>();
        for (int i = 0; i < gts.size(); i++) {
            GoldTarget gt = gts.get(i);
            if (pairOfGold[i] < 0) {
                misses.add(describe(gt, g.planYear()));
                continue;
            }
            matched++;
            ExtractedTarget et = ets.get(pairOfGold[i]);
            if (gt.acceptsCode(et.indicatorCode())) codes++;
            else codeErrors.add(gt.quote() + " -> " + et.indicatorCode() + " (gold " + gt.indicator()
                    + (gt.indicatorAlt().isEmpty() ? "" : ", alt " + gt.indicatorAlt()) + ")");
        }
        for (int j = 0; j < ets.size(); j++) {
            if (!used[j]) fps.add(describe(ets.get(j)));
        }
        // traps
        List<String> trapHits = new ArrayList<>();
        for (ExtractedTarget et : ets) {
            for (String trap : g.traps()) {
                if (hitsTrap(et, trap)) trapHits.add(trap + " <- " + describe(et));
            }
        }
        // citations
        // citations (not scored when the plan carries none: null)
        List<GoldCitation> gcs = p.citations() == null ? List.of() : g.citations();
        List<ExtractedCitation> ecs = p.citations() == null ? List.of() : p.citations();
        boolean[] cused = new boolean[ecs.size()];
        int cmatched = 0;
        List<String> cmiss = new ArrayList<>(), cfp = new ArrayList<>();
        for (GoldCitation gc : gcs) {
            boolean found = false;
            for (int j = 0; j < ecs.size(); j++) {
                if (!cused[j] && sameCitation(gc, ecs.get(j))) {
                    cused[j] = true;
                    found = true;
                    break;
                }
            }
            if (found) cmatched++;
            else cmiss.add(gc.type() + " " + gc.number() + " " + gc.code() + " | " + gc.quote());
        }
        for (int j = 0; j < ecs.size(); j++) {
            if (!cused[j]) {
                ExtractedCitation c = ecs.get(j);
                cfp.add(c.type() + " " + c.number() + " " + c.code() + " | " + c.quote());
            }
        }
        // metadata
        Map<String, Boolean> meta = new LinkedHashMap<>();
        List<String> metaMiss = new ArrayList<>();
        if (p.metadata() != null) {
            Map<String, String> goldMeta = new LinkedHashMap<>();
            goldMeta.put("plan_year", g.planYear() == null ? null : g.planYear().toString());
            goldMeta.put("level", g.level());
            goldMeta.put("province", g.province());
            goldMeta.put("doc_number", g.docNumber());
            goldMeta.put("issued_date", g.issuedDate());
            for (String f : METADATA_FIELDS) {
                String want = goldMeta.get(f), got = p.metadata().get(f);
                boolean ok = sameText(want, got);
                meta.put(f, ok);
                if (!ok) metaMiss.add(f + ": got " + got + ", gold " + want);
            }
        }
        return new EvaluationReport.DocumentScore(g.file(), p.docId(), gts.size(), ets.size(), matched, codes,
                gcs.size(), ecs.size(), cmatched, meta, misses, fps, codeErrors, cmiss, cfp, trapHits, metaMiss);
    }

    private static EvaluationReport summarise(List<EvaluationReport.DocumentScore> docs, List<String> missing) {
        int gt = 0, et = 0, mt = 0, ic = 0, gc = 0, ec = 0, mc = 0, traps = 0;
        Map<String, int[]> meta = new LinkedHashMap<>();
        for (EvaluationReport.DocumentScore d : docs) {
            gt += d.goldTargets();
            et += d.extractedTargets();
            mt += d.matchedTargets();
            ic += d.indicatorCorrect();
            gc += d.goldCitations();
            ec += d.extractedCitations();
            mc += d.matchedCitations();
            traps += d.trapHits().size();
            d.metadata().forEach((k, v) -> {
                int[] c = meta.computeIfAbsent(k, x -> new int[2]);
                c[1]++;
                if (v) c[0]++;
            });
        }
        Map<String, Double> metaAcc = new LinkedHashMap<>();
        meta.forEach((k, c) -> metaAcc.put(k, c[1] == 0 ? 0 : (double) c[0] / c[1]));
        double tp = ratio(mt, et, gt == 0), tr = ratio(mt, gt, true);
        double cp = ratio(mc, ec, gc == 0), cr = ratio(mc, gc, true);
        return new EvaluationReport(gt, et, mt, ic, tp, tr, f1(tp, tr), ratio(ic, mt, true),
                gc, ec, mc, cp, cr, f1(cp, cr), metaAcc, traps, List.copyOf(missing), List.copyOf(docs));
    }

    private static double ratio(int a, int b, boolean emptyIsPerfect) {
        if (b == 0) return emptyIsPerfect ? 1.0 : 0.0;
        return (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static boolean sameTarget(GoldTarget g, Integer planYear, ExtractedTarget e) {
        if (g.value() == null || Math.abs(g.value() - e.value()) > 1e-6) return false;
        if (!Objects.equals(g.unit(), e.unit())) return false;
        if (!Objects.equals(g.comparator(), e.comparator())) return false;
        return Objects.equals(g.yearOr(planYear), e.targetYear());
    }

    static boolean sameCitation(GoldCitation g, ExtractedCitation e) {
        return sameText(g.type(), e.type()) && Objects.equals(blankToNull(g.number()), blankToNull(e.number()))
                && sameText(g.code(), e.code());
    }

    /** Equal after folding case, diacritics and white space; null and blank are equal. */
    static boolean sameText(String a, String b) {
        a = blankToNull(a);
        b = blankToNull(b);
        if (a == null || b == null) return a == null && b == null;
        return SPACES.matcher(Vietnamese.fold(a)).replaceAll("").equals(SPACES.matcher(Vietnamese.fold(b)).replaceAll(""));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * True when the target takes one of the trap's numbers as its value and its quote overlaps the trap
     * span (one contains the other, or they share the number with a neighbouring word).
     */
    static boolean hitsTrap(ExtractedTarget t, String trap) {
        if (trap == null || t.quote() == null) return false;
        String q = SPACES.matcher(Vietnamese.fold(t.quote())).replaceAll(" ");
        String cleaned = ENGLISH_NOTE.matcher(trap).replaceAll(" ");
        for (String fragment : cleaned.split("\\.\\.\\.|…")) {
            String fr = SPACES.matcher(Vietnamese.fold(fragment)).replaceAll(" ").trim();
            if (fr.isEmpty()) continue;
            Matcher m = NUMBER.matcher(fr);
            while (m.find()) {
                if (!valueMatches(m.group(), t.value())) continue;
                if (q.contains(fr) || fr.contains(q.trim())) return true;
                String before = fr.substring(0, m.start()).trim();
                String after = fr.substring(m.end()).trim();
                String prevWord = before.isEmpty() ? null : before.substring(before.lastIndexOf(' ') + 1);
                String nextWord = after.isEmpty() ? null : after.split(" ")[0];
                if (prevWord != null && q.contains(prevWord + " " + m.group())) return true;
                if (nextWord != null && q.contains(m.group() + " " + nextWord)) return true;
            }
        }
        return false;
    }

    private static boolean valueMatches(String written, double value) {
        List<Double> readings = new ArrayList<>();
        String w = written;
        try {
            readings.add(Double.parseDouble(w.replace(".", "").replace(',', '.')));
        } catch (NumberFormatException ignored) {
            // not a number
        }
        try {
            readings.add(Double.parseDouble(w.replace(",", ".")));
        } catch (NumberFormatException ignored) {
            // not a number
        }
        for (double r : readings) {
            if (Math.abs(r - value) < 1e-6) return true;
        }
        return false;
    }

    private static String describe(GoldTarget g, Integer planYear) {
        return String.format(Locale.ROOT, "%s %s %s %s [%s] %s", g.comparator(), num(g.value() == null ? Double.NaN : g.value()),
                g.unit(), g.yearOr(planYear), g.indicator(), g.quote());
    }

    private static String describe(ExtractedTarget e) {
        return String.format(Locale.ROOT, "%s %s %s %s [%s] %s", e.comparator(), num(e.value()), e.unit(),
                e.targetYear(), e.indicatorCode(), e.quote() == null ? "" : SPACES.matcher(e.quote()).replaceAll(" "));
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String fileName(String path) {
        if (path == null) return null;
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    // ---------------------------------------------------------------- exports

    /**
     * Scores a pipeline run from its export files: {@code exportsDir/plans.csv}, {@code targets.csv} and
     * {@code citations.csv} (UTF-8, a byte-order mark allowed). A gold file is matched to the plan whose
     * {@code source_path} has the same file name.
     */
    public EvaluationReport evaluateExports(Path goldDir, Path exportsDir) {
        List<GoldDocument> gold = GoldDocument.readAll(goldDir);
        Map<String, Map<String, String>> plans = new LinkedHashMap<>();
        for (Map<String, String> r : readCsv(exportsDir.resolve("plans.csv"))) {
            plans.putIfAbsent(r.get("doc_id"), r);
        }
        Map<String, List<ExtractedTarget>> targets = new HashMap<>();
        Path tf = exportsDir.resolve("targets.csv");
        if (Files.exists(tf)) {
            for (Map<String, String> r : readCsv(tf)) {
                Double v = parseDouble(r.get("value"));
                if (v == null) continue;
                targets.computeIfAbsent(r.get("doc_id"), k -> new ArrayList<>()).add(new ExtractedTarget(
                        blankToNull(r.get("indicator_code")), blankToNull(r.get("comparator")), v,
                        blankToNull(r.get("unit")), parseInt(r.get("target_year")), r.get("quote")));
            }
        }
        Map<String, List<ExtractedCitation>> citations = new HashMap<>();
        Path cf = exportsDir.resolve("citations.csv");
        if (Files.exists(cf)) {
            for (Map<String, String> r : readCsv(cf)) {
                citations.computeIfAbsent(r.get("doc_id"), k -> new ArrayList<>()).add(new ExtractedCitation(
                        blankToNull(r.get("type")), blankToNull(r.get("number")), parseInt(r.get("year")),
                        blankToNull(r.get("code")), r.get("quote")));
            }
        }
        List<ExtractedPlan> out = new ArrayList<>();
        for (Map<String, String> r : plans.values()) {
            String id = r.get("doc_id");
            Map<String, String> meta = new LinkedHashMap<>();
            for (String f : METADATA_FIELDS) {
                String v = blankToNull(r.get(f));
                if ("plan_year".equals(f) && v != null && v.endsWith(".0")) v = v.substring(0, v.length() - 2);
                meta.put(f, v);
            }
            out.add(new ExtractedPlan(id, r.get("source_path"), meta, targets.getOrDefault(id, List.of()),
                    citations.getOrDefault(id, List.of())));
        }
        return evaluate(gold, out);
    }

    static List<Map<String, String>> readCsv(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8);
            if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
            try (Reader r = new StringReader(s);
                 CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                List<Map<String, String>> out = new ArrayList<>();
                for (CSVRecord rec : p) {
                    Map<String, String> m = new HashMap<>();
                    for (String h : p.getHeaderNames()) {
                        m.put(h.trim(), rec.isSet(h) ? rec.get(h) : null);
                    }
                    out.add(m);
                }
                return out;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Double parseDouble(String s) {
        s = blankToNull(s);
        if (s == null) return null;
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer parseInt(String s) {
        Double d = parseDouble(s);
        return d == null ? null : (int) Math.round(d);
    }
}
