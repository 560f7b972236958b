package io.planlens.extract;

import io.planlens.reference.Indicator;
import io.planlens.reference.IndicatorCatalog;
import io.planlens.text.RegexScan;
import io.planlens.text.Vietnamese;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts every numeric target a plan states and ties it to the national indicator catalogue.
 *
 * <p>The text is cut into paragraphs and bullets (re-joined when a PDF export broke them over several
 * lines) and Markdown tables. In prose a target is a value with a unit (%, ‰, "/100.000 trẻ em"), a
 * "Không có tình trạng ..." statement (0 cases) or, in a list of targets, a yes/no statement such as
 * "Xã đạt tiêu chuẩn phù hợp với trẻ em". The subject is read before the value ("Tỷ lệ ... đạt 90%") or
 * after it ("100% trẻ em ... được ..."); a value that follows another one with only a year or "và"
 * between ("90% vào năm 2025 và 95% vào năm 2030") keeps the same subject. Ages, phone numbers, dates,
 * counts of villages, denominators, past results and values quoted from a cited document are not targets.
 *
 * <p>Beyond that: tables with or without the outer bars (as a normaliser leaves them), a unit column and
 * past-results columns; "giảm ít nhất 10%" is still a reduction and "giảm 10% số trẻ em ..." reads its subject
 * after the value; "giữ vững ... ở mức 100%" is at least that level; a sentence opened by a past year or a
 * report of results, or a value compared "so với cùng kỳ", is a result; the year of a target heading
 * ("a) Mục tiêu đến năm 2025", with or without colon) holds for the items under it by list level, and a year
 * opening a clause holds for every value in it; "A và B lần lượt ... X% và Y%" gives each value its own
 * subject; "có ít nhất 02 điểm vui chơi" is a count target when the counted things name an indicator;
 * "Không có ..." and yes/no items of a target list are kept without an indicator when none fits; numbers split
 * by a line break or OCR ("24, 5%", "9 8%", "9O%", "l00%") are read whole and flagged {@code number_rejoined}.
 *
 * <p>Pure and thread-safe; {@link #shared()} gives one instance per JVM built on the shared catalogue.
 */
public final class TargetExtractor implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static volatile TargetExtractor shared;

    private final IndicatorCatalog catalog;
    private final IndicatorMatcher matcher;

    public TargetExtractor(IndicatorCatalog catalog) {
        this.catalog = catalog;
        this.matcher = new IndicatorMatcher(catalog);
    }

    public static TargetExtractor shared() {
        TargetExtractor t = shared;
        if (t == null) {
            synchronized (TargetExtractor.class) {
                t = shared;
                if (t == null) {
                    t = new TargetExtractor(IndicatorCatalog.shared());
                    shared = t;
                }
            }
        }
        return t;
    }

    public IndicatorCatalog catalog() {
        return catalog;
    }

    /** The targets of a parsed plan: its normalised text and the plan year of its metadata. */
    public List<Target> extract(io.planlens.ingest.ParsedPlan plan) {
        return extract(plan.text(), plan.metadata() == null ? null : plan.metadata().planYear());
    }

    public IndicatorMatcher matcher() {
        return matcher;
    }

    // ---------------------------------------------------------------- patterns (on folded text)

    private static final String NUM = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d{1,3}, \\d{1,2}(?= ?(?:%|‰))|\\d \\d(?= ?(?:%|‰))|\\d+\\.\\d{1,2}(?![\\d.])|\\d+(?:,\\d+)?";
    private static final Pattern VALUE = Pattern.compile(
            "(?<![\\d.,/])(?<a>" + NUM + ")(?:\\s*(?:%|‰)?\\s*(?:-|–|den)\\s*(?<b>" + NUM + "))?\\s*"
                    + "(?<u>%o|%|‰|phan tram|phan nghin"
                    + "|(?:tre em|tre|ca|truong hop)?\\s*(?:/|tren)\\s*100[. ]?000(?!\\d)(?: tre em| tre)?"
                    + "|(?:tre |ca |truong hop )?(?:/\\s*1\\.?000(?![\\d.])|tren 1\\.?000 tre de song))");

    private static final String COMP_WORDS = "khong vuot qua|khong qua|toi da|khong cao hon|khong lon hon|khong duoi"
            + "|khong thap hon|toi thieu|it nhat|xuong con|xuong duoi|xuong muc|xuong|giam con|con duoi|chi con|con lai|con"
            + "|duoi muc|duoi|thap hon|it hon|dat tren|dat duoi|dat|tren|cao hon|nhieu hon|lon hon|la|bang|o muc|chiem"
            + "|tang len|nang len|len|giam|tang|duy tri|giu vung|phan dau dat|phan dau|dam bao|bao dam"
            + "|≥|>=|≤|<=|>|<|=";
    private static final Pattern COMP_BEFORE = Pattern.compile(
            "(?<![a-z0-9])(" + COMP_WORDS + ")[\\s*_]*(?:ty le|muc|khoang|tu)?[\\s*_]*:?[\\s*_]*$");
    private static final Map<String, String> COMP = Map.ofEntries(
            Map.entry("khong vuot qua", "<="), Map.entry("khong qua", "<="), Map.entry("toi da", "<="),
            Map.entry("khong cao hon", "<="), Map.entry("khong lon hon", "<="), Map.entry("xuong con", "<="),
            Map.entry("xuong muc", "<="), Map.entry("xuong", "<="), Map.entry("giam con", "<="),
            Map.entry("chi con", "<="), Map.entry("con lai", "<="), Map.entry("con", "<="), Map.entry("≤", "<="), Map.entry("<=", "<="),
            Map.entry("xuong duoi", "<"), Map.entry("con duoi", "<"), Map.entry("duoi muc", "<"),
            Map.entry("duoi", "<"), Map.entry("thap hon", "<"), Map.entry("it hon", "<"),
            Map.entry("dat duoi", "<"), Map.entry("<", "<"),
            Map.entry("dat tren", ">"), Map.entry("tren", ">"), Map.entry("cao hon", ">"), Map.entry("nhieu hon", ">"),
            Map.entry("lon hon", ">"),
            Map.entry(">", ">"),
            Map.entry("khong duoi", ">="), Map.entry("khong thap hon", ">="), Map.entry("toi thieu", ">="),
            Map.entry("it nhat", ">="), Map.entry("dat", ">="), Map.entry("tang len", ">="),
            Map.entry("nang len", ">="), Map.entry("len", ">="), Map.entry("duy tri", ">="),
            Map.entry("giu vung", ">="), Map.entry("phan dau dat", ">="), Map.entry("phan dau", ">="),
            Map.entry("dam bao", ">="), Map.entry("bao dam", ">="), Map.entry("≥", ">="),
            Map.entry(">=", ">="),
            Map.entry("la", "="), Map.entry("bang", "="), Map.entry("o muc", "="),
            Map.entry("=", "="),
            Map.entry("giam", "reduce_by"), Map.entry("tang", "increase_by"), Map.entry("chiem", "status"));

    private static final Pattern TAIL = Pattern.compile("^[\\s*_]*\\)?[\\s*_]*(tro len|tro xuong)?");
    private static final Pattern YEAR_AFTER = Pattern.compile(
            "^\\s*[,(]?\\s*(?:(?:vao|den|trong|toi|cho|tai)\\s+)?(?:(?:cuoi|het)\\s+)?nam\\s+(20\\d\\d)\\s*\\)?"
                    + "|^\\s*\\(\\s*(20\\d\\d)\\s*\\)");
    /**
     * What opens the next value's clause right after a year: "34%, đến năm 2030 đạt 39%" — that year
     * leads 39%, it is not 34%'s.
     */
    private static final Pattern NEXT_VALUE_LEAD = Pattern.compile(
            "^\\s*[:\\-–]?\\s*(?:(?:dat|duoi|tren|giam|tang|xuong|con|la|o muc|it nhat|toi thieu|khong qua|khong duoi"
                    + "|khong vuot qua|phan dau|tu)(?![a-z])|\\d)");
    /** "giảm ít nhất 10%", "tăng tối thiểu 5%": a change bounded from below. */
    private static final Pattern CHANGE_BEFORE = Pattern.compile("(?<![a-z])(giam|tang)\\s+$");
    private static final java.util.Set<String> CHANGE_BOUNDS = java.util.Set.of("it nhat", "toi thieu", "tren", "khong duoi");
    /** "giảm 10% số trẻ em tử vong ...": the changed quantity follows the value. */
    private static final Pattern CHANGE_OBJECT = Pattern.compile(
            "^[\\s*_]*(?:so(?! voi)|ty le|ty suat|ti le|ti suat|muc)(?![a-z])");
    /** "Duy trì / giữ vững ... ở mức 100%": keeping a level, not an equality. */
    private static final Pattern MAINTAIN = Pattern.compile("(?<![a-z])(?:duy tri|giu vung|giu muc|on dinh)(?![a-z])");
    /** Where the words after a value stop saying what it is about. */
    private static final Pattern COMPARISON_AFTER = Pattern.compile("(?<![a-z])so voi(?![a-z])");
    /** A comparison with the same period of the year before reports a result. */
    private static final Pattern SAME_PERIOD = Pattern.compile("^[\\s,]*(?:/\\s*nam\\s*)?so voi (?:cung ky|cung thoi diem)");
    /** A sentence opened by a past year or a report of results: its later clauses are results too. */
    private static final Pattern PAST_LEAD = Pattern.compile(
            "(?<![a-z])(?:(so voi|den|toi|tu|giai doan|truoc|sau|vao)\\s+)?nam\\s+(20\\d\\d)|(?<![a-z])(theo bao cao|ket qua|nam qua|trong nam qua)(?![a-z])");
    /** "có ít nhất 02 điểm vui chơi": a count that is clearly a target. */
    private static final Pattern COUNT_TARGET = Pattern.compile(
            "(?<![a-z0-9.,])(it nhat|toi thieu|khong duoi|phan dau co)\\s+(\\d{1,3}(?:\\.\\d{3})+|\\d{1,4})(?![\\d.,%‰/])\\s+(?!(?:lan|dot|buoi|cuoc|lop|nguoi|tre|em|hoc sinh|suat|trieu|ty|dong|nam|thang|ngay|tuan|tuoi|phan|luot|ca|vu|gio)(?![a-z]))(?=[a-z])");
    private static final Pattern PER_YEAR = Pattern.compile("^\\s*/\\s*nam");
    private static final Pattern YEAR_BEFORE = Pattern.compile(
            "(?<![a-z])(?<!so voi )(?:(den|toi|vao|trong|cuoi)\\s+)?(?:(?:het|cuoi)\\s+)?nam\\s+(20\\d\\d)\\s*[:,]?\\s*$");
    private static final Pattern CLAUSE_YEAR = Pattern.compile("(?<![a-z])(?:den|toi)\\s+(?:het\\s+|cuoi\\s+)?nam\\s+(20\\d\\d)");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<![a-z])(so voi|den|toi|giai doan|tu)?\\s*nam\\s+(20\\d\\d)");
    private static final Pattern PAST = Pattern.compile(
            "(?<![a-z])(ket qua|da dat|da co|da duoc|nam qua|nam truoc|cung ky|uoc dat|uoc thuc hien|uoc tinh"
                    + "|thuc hien duoc|hien nay|hien co|so lieu|thong ke|bao cao cho thay|tang so voi|giam so voi)(?![a-z])");
    private static final Pattern DOCNUM = Pattern.compile(
            "(?<!\\d)\\d+\\s*/\\s*(?:\\d{4}\\s*/\\s*)?[a-z]{1,8}\\s*-|(?<![a-z])(?:quyet dinh|nghi quyet|chi thi|thong tu|nghi dinh"
                    + "|cong van|ke hoach|luat)\\s+so\\s+\\d");
    private static final Pattern LABEL = Pattern.compile(
            "^[\\s\\-+–—•*#>_\\u2190-\\u21ff\\u25a0-\\u25ff\\u2700-\\u27bf\\ue000-\\uf8ff●○▪◦·∙]*(?:\\(?[a-z]\\)\\s+|[a-z]\\.\\s+|\\(?\\d{1,2}(?:\\.\\d{1,2}){0,3}[.)/](?:\\s+|(?=[a-z]))|[ivx]{1,5}[.)]\\s+)?[\\s*_]*"
                    + "(?:(?:chi tieu|muc tieu)\\s*(?:\\d+(?:\\.\\d+)*)?[a-z]?\\s*[:.)\\-–]?\\s*)?[\\s*_]*");
    private static final Pattern LABEL_BEFORE = Pattern.compile("chi tieu\\s*\\d+(?:\\.\\d+)*[a-z]?\\s*[:.)\\-–]?[\\s*_]*$");
    private static final Pattern LEAD_WORDS = Pattern.compile(
            "^[\\s:,]*(?:(?>phan dau|dam bao|bao dam|co|it nhat|toi thieu|khong duoi|tren|dat|va|muc tieu|chi tieu|nham|giup"
                    + "|(?:den|vao|trong|toi|cuoi|het)?\\s*nam\\s+20\\d\\d|den|so|\\d+[a-z]?)(?:[\\s:,]+|$))*$");
    private static final Pattern CONNECTOR_ONLY = Pattern.compile(
            "^[\\s,;()]*(?:(?>va|hoac|con|rieng|voi|cho|(?:vao|den|trong|toi|cuoi|het)?\\s*(?:nam\\s+)?20\\d\\d)(?:[\\s,;()]+|$))*$");
    private static final Pattern STOP_AFTER = Pattern.compile(
            ",\\s*(?:trong do|dac biet|nhat la|uu tien|chu trong|tap trung)|\\(");
    private static final Pattern SUBJECT_HEAD = Pattern.compile("(?<![a-z])(?:ty le|ty suat|ti le|ti suat|so luong)(?![a-z])");
    private static final Pattern ZERO = Pattern.compile(
            "^(?:(?:phan dau|dam bao|bao dam)\\s+)?(khong (?:co|con|de xay ra|xay ra|de|phat sinh))\\s+"
                    + "(?:(?:tinh trang|truong hop|vu viec|vu|hien tuong)\\s+)?(?=[a-z])");
    private static final Pattern BOOL = Pattern.compile(
            // "Xã đạt ...", and the same kept or striven for: "Duy trì xã đạt ...", "Phấn đấu xã được công nhận ..."
            "^(?:(?:duy tri|tiep tuc duy tri|giu vung|phan dau|phan dau de|phan dau cho)\\s+)?"
                    + "(?:xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho|tinh|truong|nha truong|don vi|tram y te|co so)\\s+"
                    + "(?:[a-z]+\\s+){0,3}?(?:dat|co|duoc cong nhan|duy tri|giu vung)\\s+(?=[a-z])");
    /** A table cell saying a yes/no target is met: "Đạt". */
    private static final Pattern YES_CELL = Pattern.compile("^\\s*dat\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("[\\-+–—•*]|\\d[.)]|(?<![a-z])[a-z]\\)");
    private static final Pattern HEAD_START = Pattern.compile("^[\\s*#_]*(?:[ivx]{1,5}|\\d{1,2}|[a-z])[.)]\\s");
    private static final Pattern SECTION_END = Pattern.compile(
            "nhiem vu|giai phap|to chuc thuc hien|kinh phi|trach nhiem|phan cong|che do bao cao|hoat dong trong tam");
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final Pattern COMP_AFTER_COLON = Pattern.compile(
            "(?:dat|duoi|tren|khong qua|khong duoi|la|tu|it nhat|toi thieu|toi da|giam|tang|≥|≤|<|>|=)[\\s*_]*\\d");
    /** Money, population and budget shares are not targets. */
    private static final Pattern NOT_TARGET_SUBJECT = Pattern.compile(
            "(?<![a-z])(kinh phi|ngan sach|nguon von|ke hoach von|giai ngan|trieu dong|ty dong|dan so|xa hoi hoa|doi ung"
                    + "|chi tieu duoc giao|nhiem vu duoc giao|ke hoach de ra|ke hoach duoc giao)(?![a-z])");
    /** How far before a value the words of its clause are searched for money words and years. */
    private static final int WINDOW = 600;
    private static final int RANK_PLAIN = 5;
    private static final Pattern RANK_ROMAN = Pattern.compile("^[\\s*#_]*[ivx]{1,5}[.)/]\\s");
    private static final Pattern RANK_NESTED = Pattern.compile("^[\\s*#_]*\\d{1,2}\\.\\d{1,2}");
    private static final Pattern RANK_DIGIT = Pattern.compile("^[\\s*#_]*(?:\\d{1,2}[.)/]|\\(\\d{1,2}\\))\\s|^[\\s*#_]*(?:chi tieu|muc tieu)\\s*\\d");
    private static final Pattern RANK_LETTER = Pattern.compile("^[\\s*#_]*\\(?[a-z][).]\\s");
    private static final Pattern RANK_BULLET = Pattern.compile("^[\\s_]*[-+–—•*\\u2190-\\u21ff\\u25a0-\\u25ff\\u2700-\\u27bf\\ue000-\\uf8ff●○▪◦·∙]");
    /** A heading about targets ("a) Mục tiêu đến năm 2025", "Chỉ tiêu năm 2030") sets the year of the items under it. */
    private static final Pattern TARGET_HEADING = Pattern.compile("(?<![a-z])(?:muc tieu|chi tieu|phan dau)(?![a-z])");
    private static final Pattern HEADING_YEAR = Pattern.compile(
            "(?<![a-z])(?:(?:den|toi|trong|vao)\\s+)?(?:(?:het|cuoi)\\s+)?nam\\s+(20\\d\\d)[\\s)*_.]*$");
    /** A year that opens a clause ("Năm 2024 phấn đấu 100% ..., 98% ...") holds for every value in it. */
    private static final Pattern CLAUSE_HEAD_YEAR = Pattern.compile(
            "^[\\s,]*(?:(?:den|toi|trong|vao)\\s+)?(?:(?:het|cuoi)\\s+)?nam\\s+(20\\d\\d)(?!\\d)");

    /** The level of a unit's list marker: 0 = "II.", 1 = "2.", 2 = "2.1", 3 = "a)", 4 = "-", 5 = none. */
    static int markerRank(String f) {
        if (RANK_ROMAN.matcher(f).lookingAt()) return 0;
        if (RANK_NESTED.matcher(f).lookingAt()) return 2;
        if (RANK_DIGIT.matcher(f).lookingAt()) return 1;
        if (RANK_LETTER.matcher(f).lookingAt()) return 3;
        if (RANK_BULLET.matcher(f).lookingAt()) return 4;
        return RANK_PLAIN;
    }

    /** A lead-in ending with a year and a colon sets the year of the values listed under it. */
    private static final Pattern CONTEXT_YEAR = Pattern.compile(
            "(?<![a-z])(?:den|toi|trong|vao)?\\s*(?:het|cuoi)?\\s*nam\\s+(20\\d\\d)\\s*[)*_]*\\s*:[\\s*_]*$");
    private static final Pattern PAST_SECTION = Pattern.compile(
            "(?<![a-z])(ket qua|danh gia|tinh hinh|thuc trang|kiem diem|han che|ton tai)(?![a-z])");
    private static final Pattern FORWARD_SECTION = Pattern.compile(
            "(?<![a-z])(phuong huong|nhiem vu|ke hoach nam|muc tieu nam|giai phap)(?![a-z])");
    /** A clause inside a past-results section that still states a target. */
    private static final Pattern FORWARD_CLAUSE = Pattern.compile("(?<![a-z])(phan dau|muc tieu|chi tieu|den nam)(?![a-z])");

    // table headers
    private static final Pattern H_SUBJECT = Pattern.compile("chi tieu|noi dung|ten |muc tieu|linh vuc|dien giai");
    private static final Pattern H_UNIT = Pattern.compile("don vi|dvt|don vi tinh");
    private static final Pattern H_YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");
    private static final Pattern H_VALUE = Pattern.compile("ke hoach|muc tieu|chi tieu|gia tri|phan dau|nam|so lieu|muc");
    private static final Pattern H_PAST = Pattern.compile("thuc hien|ket qua|uoc|thuc te|cung ky|nam truoc|hien trang|ghi chu|so sanh|tt$|stt");
    private static final Pattern CELL = Pattern.compile(
            "^[\\s*_]*(?:(" + COMP_WORDS + ")\\s*)?(?<a>" + NUM + ")\\s*(?<u>%|‰|/\\s*100[. ]?000|/\\s*1\\.?000)?\\s*(tro len|tro xuong)?");

    // ---------------------------------------------------------------- API

    /**
     * Every target value of a plan.
     *
     * @param text     the plan's normalised text (NFC); offsets of the result refer to it
     * @param planYear the plan's year, used when a value names none (may be null)
     */
    public List<Target> extract(String text, Integer planYear) {
        if (text == null || text.isEmpty()) return List.of();
        List<Raw> raws = new ArrayList<>();
        Section sec = Section.OTHER;
        Integer contextYear = null; // from a lead-in such as "Phấn đấu đến năm 2025:"
        int childRank = -1; // marker level of the items under that lead-in
        for (TextUnits.Block b : TextUnits.split(text)) {
            if (b.table() != null) {
                if (sec != Section.PAST) table(text, b.table(), planYear, raws);
                continue;
            }
            TextUnits.Unit u = b.unit();
            String f = Vietnamese.foldKeepingLength(u.text());
            Section before = sec;
            sec = section(u, f, sec);
            int rank = markerRank(f);
            if (contextYear != null) {
                // the year of a lead-in holds for the items under it: the run of units at the level of the first
                // one after it, and anything deeper; a unit of a higher level, or a new section, ends it
                if (childRank < 0) childRank = rank;
                else if (rank < childRank || (rank == RANK_PLAIN && childRank != RANK_PLAIN)) contextYear = null;
            }
            if (sec != before || u.heading()) contextYear = null;
            prose(u, f, planYear, contextYear != null ? contextYear : planYear, sec, raws);
            String tail = f.stripTrailing();
            Integer newYear = null;
            boolean setter = false;
            if (tail.endsWith(":") || tail.endsWith(":**")) {
                Matcher cy = CONTEXT_YEAR.matcher(tail);
                newYear = cy.find() ? Integer.valueOf(cy.group(1)) : null;
                setter = true;
            } else if (isHeadingLike(u, f) && tail.indexOf('%') < 0 && TARGET_HEADING.matcher(f).find()) {
                // "a) Mục tiêu đến năm 2025" with no colon
                Matcher hy = HEADING_YEAR.matcher(tail);
                if (hy.find()) newYear = Integer.valueOf(hy.group(1));
                setter = true;
            }
            if (setter) {
                contextYear = newYear != null && (planYear == null || newYear >= planYear) ? newYear : null;
                childRank = -1;
            }
        }
        List<Target> out = new ArrayList<>(raws.size());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Raw r : raws) {
            // the same target stated twice (a headline and its body, a summary and its list) is one target
            if (r.code != null && !seen.add(r.code + "|" + r.comparator + "|" + r.value + "|" + r.unit + "|" + r.year)) continue;
            String quote = text.substring(r.start, r.end);
            out.add(new Target(r.code, r.comparator, r.value, r.unit, r.year, quote, r.start, r.end,
                    r.subject, r.code == null ? r.reason : null, List.copyOf(r.flags)));
        }
        return TargetFlags.apply(out, catalog);
    }

    // ---------------------------------------------------------------- internals

    private static final class Raw {
        String comparator, unit, subject, code, reason;
        double value;
        Integer year;
        int start, end;
        List<String> flags = new ArrayList<>();
    }

    private static final class Anchor {
        int s, valueEnd, end; // value start, value end, end incl. tail and year
        int cs, ce;
        double value;
        Double value2;
        String unit, comparator;
        int compStart, leadEnd, leadStart;
        Integer yearBefore, yearAfter;
        boolean yearBeforeFuture;
        boolean valueFirst, bothSides, continuation, skip, perYear, maintain, rejoined;
        int preStart; // start of the words before the value when the subject is on both sides
        int subjStart, subjEnd;
        String subject;
        IndicatorMatcher.Match match;
    }

    /** What the current section of a plan is about, from its heading. */
    enum Section { OTHER, TARGETS, TASKS, PAST }

    private static boolean isHeadingLike(TextUnits.Unit u, String f) {
        return u.heading() || (f.length() < 110 && HEAD_START.matcher(f).find());
    }

    private static Section section(TextUnits.Unit u, String f, Section current) {
        if (!isHeadingLike(u, f)) return current;
        boolean targetWords = f.contains("muc tieu") || f.contains("chi tieu");
        Matcher pm = PAST_SECTION.matcher(f);
        if (pm.find() && !FORWARD_SECTION.matcher(f).find() && (!targetWords || !pm.group(1).equals("danh gia"))) {
            return Section.PAST;
        }
        if (f.contains("muc tieu") || f.contains("chi tieu")) return Section.TARGETS;
        if (SECTION_END.matcher(f).find()) return Section.TASKS;
        return current == Section.PAST ? Section.OTHER : current;
    }

    private static int[] clauseBounds(String f) {
        TextUnits.IntList b = new TextUnits.IntList();
        int n = f.length();
        for (int i = 0; i < n; i++) {
            char c = f.charAt(i);
            if (c == ';' || c == '!' || c == '?') {
                b.add(i);
            } else if (c == '.') {
                boolean digitBefore = i > 0 && Character.isDigit(f.charAt(i - 1));
                boolean digitAfter = i + 1 < n && Character.isDigit(f.charAt(i + 1));
                if (!(digitBefore && digitAfter)) b.add(i);
            } else if (c == ':') {
                int j = i + 1;
                while (j < n && (f.charAt(j) == ' ' || f.charAt(j) == '*' || f.charAt(j) == '_')) j++;
                if (j >= n || !(Character.isDigit(f.charAt(j)) || COMP_AFTER_COLON.matcher(f).region(j, n).lookingAt())) b.add(i);
            }
        }
        return b.toArray();
    }

    private static int clauseStart(int[] bounds, int pos) {
        int k = Arrays.binarySearch(bounds, pos);
        int idx = k >= 0 ? k - 1 : -k - 2;
        return idx >= 0 ? bounds[idx] + 1 : 0;
    }

    private static int clauseEnd(int[] bounds, int pos, int len) {
        int k = Arrays.binarySearch(bounds, pos);
        int idx = k >= 0 ? k : -k - 1;
        return idx < bounds.length ? bounds[idx] : len;
    }

    private void prose(TextUnits.Unit u, String f, Integer planYear, Integer defaultYear, Section sec, List<Raw> out) {
        boolean inTargets = sec == Section.TARGETS;
        String t = u.text();
        boolean values = mayHoldValue(f);
        if (values) f = ocrDigits(f);
        boolean listed = inTargets || f.contains("chi tieu") || f.contains("phan dau") || f.contains("muc tieu");
        if (!values && !listed) return; // most task paragraphs: nothing to read
        int[] bounds = clauseBounds(f);
        List<Anchor> anchors = new ArrayList<>();
        Matcher m = RegexScan.matcher(VALUE, f);
        int[] sentence = {-1, -1, -1}; // start, first past lead, forward words (1) or not (0) of the last sentence seen
        for (int from = 0; values && RegexScan.find(m, f, from, TargetExtractor::canStartValue); from = m.end()) {
            Double v = VietNumber.parse(f.substring(m.start("a"), m.end("a")));
            if (v == null) continue;
            Anchor a = new Anchor();
            a.s = m.start();
            a.valueEnd = m.end();
            a.value = v;
            a.value2 = m.group("b") == null ? null : VietNumber.parse(m.group("b"));
            // "24, 5%", "9 8%": digits a line break or OCR split apart, read as one number
            a.rejoined = f.indexOf(' ', m.start("a")) < m.end("a") && f.indexOf(' ', m.start("a")) >= 0;
            a.unit = unitOf(m.group("u"));
            a.cs = clauseStart(bounds, a.s);
            a.ce = clauseEnd(bounds, a.valueEnd, f.length());
            // results of past years are not targets, unless the clause looks forward
            if (sec == Section.PAST && !FORWARD_CLAUSE.matcher(f).region(a.cs, a.ce).find()) a.skip = true;
            if (!a.skip && !inTargets && pastSentence(f, bounds, a, planYear, sentence)) a.skip = true;
            anchors.add(a);
        }
        Anchor prev = null;
        List<Anchor> kept = new ArrayList<>(anchors.size());
        for (Anchor a : anchors) {
            if (prev != null && prev.cs != a.cs) prev = null;
            // a number inside the previous value's tail ("... /100.000 trẻ em") is not a value of its own
            if (prev != null && prev.end > a.s) continue;
            readAround(f, a, prev, planYear);
            kept.add(a);
            prev = a; // a skipped value still closes the previous subject
        }
        anchors = kept;
        // subjects (needs the classification of the following value)
        for (int i = 0; i < anchors.size(); i++) {
            Anchor a = anchors.get(i);
            Anchor next = i + 1 < anchors.size() && anchors.get(i + 1).cs == a.cs ? anchors.get(i + 1) : null;
            Anchor before = i > 0 && anchors.get(i - 1).cs == a.cs ? anchors.get(i - 1) : null;
            if (a.continuation) continue;
            if (a.valueFirst) {
                a.subjStart = a.end;
                int lim = a.ce;
                if (next != null) lim = Math.min(lim, next.valueFirst ? next.leadStart : headStart(f, a.end, next.leadEnd));
                Matcher st = STOP_AFTER.matcher(f).region(a.end, lim);
                if (st.find()) lim = st.start();
                a.subjEnd = lim;
                if (a.bothSides) {
                    int from = a.cs;
                    if (before != null) from = before.valueFirst ? headStart(f, before.end, a.leadEnd) : before.end;
                    Matcher lm = LABEL.matcher(f).region(from, a.leadEnd);
                    if (lm.lookingAt()) from = lm.end();
                    a.preStart = trimStart(f, from, a.leadEnd);
                    if (DOCNUM.matcher(f).region(a.preStart, a.s).find()) a.skip = true;
                    if (PAST.matcher(f).region(a.preStart, a.s).find()) a.skip = true;
                }
            } else {
                int from = a.cs;
                if (before != null) from = before.valueFirst ? headStart(f, before.end, a.leadEnd) : before.end;
                Matcher lm = LABEL.matcher(f).region(from, a.leadEnd);
                if (lm.lookingAt()) from = lm.end();
                a.subjStart = from;
                a.subjEnd = a.leadEnd;
            }
            a.subjStart = trimStart(f, a.subjStart, a.subjEnd);
            a.subjEnd = trimEnd(f, a.subjStart, a.subjEnd);
            if (!a.valueFirst && DOCNUM.matcher(f).region(a.subjStart, a.s).find()) a.skip = true; // quoted from a cited document
            if (!a.valueFirst && PAST.matcher(f).region(a.subjStart, a.s).find()) a.skip = true;
            // (looked for in a window: a long run of values in one clause stays linear)
            if (NOT_TARGET_SUBJECT.matcher(f).region(Math.max(a.cs, a.s - WINDOW), Math.max(a.s, a.valueFirst ? a.subjEnd : a.s)).find()) a.skip = true;
        }
        Anchor last = null;
        List<String> parts = null; // "A và B lần lượt là 10% và 18%": one subject per value
        int nth = 0;
        for (Anchor a : anchors) {
            if (a.continuation) {
                if (last == null || last.cs != a.cs) continue;
                a.subject = last.subject;
                a.match = last.match;
                nth++;
                if (parts != null && nth < parts.size()) {
                    a.subject = parts.get(nth);
                    a.match = matcher.match(a.subject, a.unit, a.value, a.comparator == null ? last.comparator : a.comparator);
                }
                if (a.comparator == null) a.comparator = last.comparator;
                if (a.skip) continue;
                emitValue(u, f, a, a.compStart < a.s ? Math.min(a.compStart, a.leadEnd) : a.s, a.end, planYear, defaultYear, out);
                continue;
            }
            last = a;
            nth = 0;
            a.subject = t.substring(a.subjStart, Math.max(a.subjStart, a.subjEnd));
            parts = a.valueFirst ? null : respectively(a.subject, anchors, a);
            if (parts != null) a.subject = parts.get(0);
            if (a.bothSides) a.subject = t.substring(a.preStart, Math.max(a.preStart, a.leadEnd)).trim() + " " + a.subject;
            if (a.comparator == null && (!a.valueFirst || a.bothSides)) {
                // "Giảm số cuộc tảo hôn 2-3%/năm": a change, not a level
                int hs = a.bothSides ? a.preStart : a.subjStart;
                String head = f.substring(hs, Math.min(f.length(), hs + 5));
                if (head.startsWith("giam ")) a.comparator = "reduce_by";
                else if (head.startsWith("tang ")) a.comparator = "increase_by";
            }
            boolean relative = "reduce_by".equals(a.comparator) || "increase_by".equals(a.comparator);
            // a relative change is a percent of whatever the indicator counts: the unit says nothing
            a.match = matcher.match(relative ? Vietnamese.foldKeepingLength(a.comparator).startsWith("r") ? "giảm " + a.subject
                    : "tăng " + a.subject : a.subject, relative ? null : a.unit, a.value, a.comparator);
            if (a.skip) continue;
            int qs = a.bothSides ? a.preStart : a.valueFirst ? a.leadStart : a.subjStart;
            int qe = a.valueFirst ? Math.max(a.end, a.subjEnd) : a.end;
            qs = trimStart(f, qs, qe);
            emitValue(u, f, a, qs, qe, planYear, defaultYear, out);
        }
        if (sec != Section.PAST && listed) {
            zeroAndYesNo(u, f, bounds, anchors, inTargets, defaultYear, out);
            counts(u, f, bounds, inTargets, defaultYear, out);
        }
    }

    /**
     * True when an earlier clause of the value's sentence opens it with a past year or a report of results
     * ("Năm 2022, toàn tỉnh có 98%...; tỷ lệ ... giảm còn 20,3%"), or the value is compared with the same
     * period of the year before, and nothing in the sentence looks forward.
     */
    private static boolean pastSentence(String f, int[] bounds, Anchor a, Integer planYear, int[] cache) {
        int tailEnd = Math.min(a.ce, a.valueEnd + 60);
        int p = a.valueEnd;
        while (p < tailEnd && (Character.isDigit(f.charAt(p)) || f.charAt(p) == '%' || f.charAt(p) == '‰')) p++;
        boolean samePeriod = SAME_PERIOD.matcher(f).region(p, tailEnd).lookingAt();
        int ss = 0;
        int k = Arrays.binarySearch(bounds, a.cs - 1);
        for (int i = (k >= 0 ? k : -k - 2); i >= 0; i--) {
            char c = f.charAt(bounds[i]);
            if (c == '.' || c == '!' || c == '?') {
                ss = bounds[i] + 1;
                break;
            }
        }
        if (!samePeriod && (ss >= a.cs || planYear == null)) return false;
        if (cache[0] != ss) {
            // once per sentence: where its first past lead is, and whether it looks forward anywhere
            int se = f.length();
            for (int i = (k >= 0 ? k + 1 : -k - 1); i < bounds.length; i++) {
                char c = f.charAt(bounds[i]);
                if (bounds[i] >= a.ce && (c == '.' || c == '!' || c == '?')) {
                    se = bounds[i];
                    break;
                }
            }
            cache[0] = ss;
            cache[2] = FORWARD_CLAUSE.matcher(f).region(ss, se).find() ? 1 : 0;
            cache[1] = Integer.MAX_VALUE;
            if (planYear != null) {
                Matcher m = PAST_LEAD.matcher(f).region(ss, se);
                while (m.find()) {
                    if (m.group(3) != null || (m.group(1) == null && Integer.parseInt(m.group(2)) < planYear)) {
                        cache[1] = m.start();
                        break;
                    }
                }
            }
        }
        if (cache[2] == 1) return false;
        return samePeriod || cache[1] < a.cs;
    }

    /**
     * Letters an OCR engine reads for digits inside a percentage ("9O%", "l00%", "1OO ‰") become the digits,
     * in place (the text keeps its length, so offsets stay right). Only a token of at most three characters
     * made of digits and o/l/i, with at least one real digit and not glued to a word, directly before the sign.
     */
    static String ocrDigits(String f) {
        char[] cs = null;
        for (int i = 0; i < f.length(); i++) {
            if (f.charAt(i) != '%' && f.charAt(i) != '‰') continue;
            int e = i;
            if (e > 0 && f.charAt(e - 1) == ' ') e--;
            int b = e;
            while (b > 0 && e - b < 4 && isOcrDigit(f.charAt(b - 1))) b--;
            if (b == e || e - b > 3 || (b > 0 && Character.isLetterOrDigit(f.charAt(b - 1)))) continue;
            boolean digit = false, letter = false;
            for (int k = b; k < e; k++) {
                if (Character.isDigit(f.charAt(k))) digit = true;
                else letter = true;
            }
            if (!digit || !letter) continue;
            if (cs == null) cs = f.toCharArray();
            for (int k = b; k < e; k++) {
                char c = cs[k];
                cs[k] = c == 'o' ? '0' : c == 'l' || c == 'i' ? '1' : c;
            }
        }
        return cs == null ? f : new String(cs);
    }

    private static boolean isOcrDigit(char c) {
        return (c >= '0' && c <= '9') || c == 'o' || c == 'l' || c == 'i';
    }

    private static final Pattern RESPECTIVELY = Pattern.compile("(?<![a-z])lan luot(?![a-z])");
    private static final Pattern PART_SEP = Pattern.compile("\\s*,\\s*|\\s+va\\s+");

    /**
     * "Tỷ lệ suy dinh dưỡng thể nhẹ cân và thể thấp còi lần lượt là 10% và 18%": the subjects of the values,
     * in order ("Tỷ lệ suy dinh dưỡng thể nhẹ cân", "Tỷ lệ suy dinh dưỡng thể thấp còi"), when there are as
     * many parts as values; null otherwise.
     */
    private static List<String> respectively(String subject, List<Anchor> anchors, Anchor first) {
        String sf = Vietnamese.foldKeepingLength(subject);
        Matcher r = RESPECTIVELY.matcher(sf);
        if (!r.find()) return null;
        int values = 0;
        boolean after = false;
        for (Anchor x : anchors) {
            if (x == first) after = true;
            else if (after && x.cs == first.cs && x.continuation) values++;
            else if (after) break;
        }
        if (values == 0) return null;
        String core = subject.substring(0, r.start());
        String cf = sf.substring(0, r.start());
        List<String> ps = new ArrayList<>();
        Matcher sep = PART_SEP.matcher(cf);
        int from = 0;
        while (sep.find()) {
            ps.add(core.substring(from, sep.start()).trim());
            from = sep.end();
        }
        ps.add(core.substring(from).trim());
        if (ps.size() != values + 1) return null;
        String p0 = ps.get(0), p0f = Vietnamese.foldKeepingLength(p0);
        for (int k = 1; k < ps.size(); k++) {
            String pk = ps.get(k);
            String pkf = Vietnamese.foldKeepingLength(pk);
            int sp = pkf.indexOf(' ');
            String w = sp < 0 ? pkf : pkf.substring(0, sp);
            // the shared head: the first part up to where it says what this part says instead
            int at = w.isEmpty() ? -1 : p0f.lastIndexOf(" " + w + " ");
            String head = at > 0 ? p0.substring(0, at) : p0;
            ps.set(k, head + " " + pk);
        }
        return ps;
    }

    /** Where {@link #VALUE} can start: a digit with no digit before it (its look-behind allows none). */
    private static boolean canStartValue(String f, int i) {
        return RegexScan.isAsciiDigit(f.charAt(i)) && (i == 0 || !RegexScan.isAsciiDigit(f.charAt(i - 1)));
    }

    /** Cheap test before the value pattern runs: a unit sign must be there. */
    private static boolean mayHoldValue(String f) {
        return f.indexOf('%') >= 0 || f.indexOf('‰') >= 0 || f.contains("000")
                || f.contains("phan tram") || f.contains("phan nghin");
    }

    /** Start of the subject of a value that follows a value-first target in the same clause. */
    private static int headStart(String f, int from, int to) {
        if (to <= from) return from;
        Matcher h = SUBJECT_HEAD.matcher(f).region(from, to);
        int pos = -1;
        while (h.find()) pos = h.start();
        if (pos >= 0) return pos;
        int c = f.lastIndexOf(',', to - 1);
        return c >= from ? c + 1 : from;
    }

    private void readAround(String f, Anchor a, Anchor prev, Integer planYear) {
        // the previous value may end past this one's start (overlapping anchors): never look before it, never past a.s
        int lo = Math.min(prev != null ? Math.max(a.cs, prev.end) : a.cs, a.s);
        // comparator right before the value
        int ws = Math.max(lo, a.s - 48);
        Matcher cm = COMP_BEFORE.matcher(f).region(ws, a.s);
        a.compStart = a.s;
        String compWord = null;
        if (cm.find()) {
            compWord = cm.group(1);
            a.comparator = COMP.get(cm.group(1));
            a.compStart = cm.start();
            if (CHANGE_BOUNDS.contains(compWord)) {
                // "giảm ít nhất 10%": still a reduction
                Matcher ch = CHANGE_BEFORE.matcher(f).region(Math.max(lo, a.compStart - 12), a.compStart);
                if (ch.find()) {
                    a.comparator = ch.group(1).equals("giam") ? "reduce_by" : "increase_by";
                    a.compStart = ch.start(1);
                }
            }
        }
        // a year right before the comparator: "năm 2025 đạt 90%", "đến năm 2030: 95%"
        a.leadEnd = a.compStart;
        Matcher yb = YEAR_BEFORE.matcher(f).region(Math.min(Math.max(lo, a.compStart - 30), a.compStart), a.compStart);
        if (yb.find()) {
            a.yearBefore = Integer.parseInt(yb.group(2));
            a.yearBeforeFuture = "den".equals(yb.group(1)) || "toi".equals(yb.group(1));
            a.leadEnd = yb.start();
        }
        // after the value: "trở lên", "vào năm 2030", "/năm"
        int p = a.valueEnd;
        Matcher tm = TAIL.matcher(f).region(p, f.length());
        if (tm.lookingAt() && tm.group(1) != null) {
            // "giảm 5% trở lên" is still a reduction
            if (!"reduce_by".equals(a.comparator) && !"increase_by".equals(a.comparator)) {
                a.comparator = tm.group(1).equals("tro len") ? ">=" : "<=";
            }
            p = tm.end();
        }
        Matcher ya = YEAR_AFTER.matcher(f).region(p, Math.min(f.length(), p + 40));
        if (ya.lookingAt() && !(f.substring(ya.start(), ya.end()).contains(",")
                && NEXT_VALUE_LEAD.matcher(f).region(ya.end(), f.length()).lookingAt())) {
            a.yearAfter = Integer.parseInt(ya.group(1) != null ? ya.group(1) : ya.group(2));
            p = ya.end();
        }
        Matcher py = PER_YEAR.matcher(f).region(p, f.length());
        if (py.lookingAt()) {
            a.perYear = true;
            p = py.end();
        }
        a.end = p;
        // continuation of the previous value: only a year or "và" between them
        if (prev != null && a.leadEnd - prev.end < 60 && CONNECTOR_ONLY.matcher(f.substring(prev.end, a.leadEnd)).matches()) {
            a.continuation = true;
        }
        // value first ("đảm bảo 100% trẻ em ...") or subject first ("Tỷ lệ ... đạt 90%")
        int leadStart = lo;
        for (int i = a.leadEnd - 1; i >= lo; i--) {
            char c = f.charAt(i);
            if (c == ',' || c == '(') {
                leadStart = i + 1;
                break;
            }
            // "... và 95% trẻ em ...": a second value-first target joined by "và"
            if (prev != null && prev.valueFirst && c == ' ' && i >= lo + 3 && f.startsWith(" va ", i - 3)) {
                leadStart = i + 1;
                break;
            }
        }
        Matcher lm = LABEL.matcher(f).region(leadStart, a.leadEnd);
        int ls = lm.lookingAt() ? lm.end() : leadStart;
        String lead = f.substring(ls, a.compStart).trim();
        a.leadStart = trimStart(f, ls, a.s);
        // the words after the value that can say what it is about stop at "so với ..."
        int wordsEnd = a.ce;
        Matcher cmp = COMPARISON_AFTER.matcher(f).region(a.end, Math.min(a.ce, a.end + 200));
        if (cmp.find()) wordsEnd = cmp.start();
        if (("o muc".equals(compWord) || "la".equals(compWord) || "bang".equals(compWord))
                && MAINTAIN.matcher(f).region(lo, a.compStart).find()) {
            a.maintain = true;
        }
        if (!a.continuation) {
            boolean commit = "dam bao".equals(compWord) || "bao dam".equals(compWord) || "phan dau".equals(compWord)
                    || "phan dau dat".equals(compWord);
            boolean leadWords = lead.length() < 60 && LEAD_WORDS.matcher(lead).matches();
            a.valueFirst = (leadWords || commit) && hasWords(f, a.end, wordsEnd, 2);
            if (!a.valueFirst && lead.isEmpty() && a.leadStart >= a.compStart) {
                // nothing before in this clause: the subject can only follow
                a.valueFirst = hasWords(f, a.end, wordsEnd, 2);
            }
            boolean changeObject = ("reduce_by".equals(a.comparator) || "increase_by".equals(a.comparator))
                    && CHANGE_OBJECT.matcher(f).region(a.end, a.ce).lookingAt() && hasWords(f, a.end, wordsEnd, 2);
            if (!a.valueFirst && !lead.isEmpty() && (changeObject || !SUBJECT_HEAD.matcher(f).region(lo, a.compStart).find()
                    && hasWords(f, a.end, wordsEnd, 3))) {
                // "Huy động 100% trẻ 6 tuổi vào lớp 1": a verb before, the people after
                a.valueFirst = true;
                a.bothSides = true;
            }
        }
        // not targets: status figures, past results, values inside a citation
        if ("status".equals(a.comparator)) a.skip = true;
        boolean leadOnly = a.valueFirst && !a.bothSides;
        String region = f.substring(leadOnly ? leadStart : lo, a.s);
        if (a.valueFirst && PAST.matcher(region).find()) a.skip = true;
        if (planYear != null) {
            if (a.yearAfter != null && a.yearAfter < planYear) a.skip = true;
            if (a.yearBefore != null && a.yearBefore < planYear && !a.yearBeforeFuture) a.skip = true;
            Matcher ay = ANY_YEAR.matcher(region);
            while (ay.find()) {
                int y = Integer.parseInt(ay.group(2));
                if (y < planYear && ay.group(1) == null && !leadOnly) a.skip = true;
            }
        }
        if (insideCitation(f, a)) a.skip = true;
        if (a.value2 != null) {
            // a range: keep its lower bound and say so
            a.value = Math.min(a.value, a.value2);
        }
    }

    private static boolean insideCitation(String f, Anchor a) {
        int open = f.lastIndexOf('(', a.s);
        if (open < a.cs) return false;
        int close = f.indexOf(')', open);
        if (close >= 0 && close < a.s) return false;
        int end = close < 0 ? Math.min(f.length(), a.s + 80) : close;
        // in the parenthesis, or the parenthesis comments a document cited just before it
        return DOCNUM.matcher(f).region(open, end).find()
                || DOCNUM.matcher(f).region(Math.max(a.cs, open - 100), open).find();
    }

    private static boolean hasWords(String f, int from, int to, int min) {
        // words that far after a value are not about it; the bound also keeps long runs of values linear
        Matcher w = WORD.matcher(f).region(from, Math.max(from, Math.min(to, from + 300)));
        int n = 0;
        while (w.find()) {
            if (++n >= min) return true;
        }
        return false;
    }

    private void emitValue(TextUnits.Unit u, String f, Anchor a, int qs, int qe, Integer planYear, Integer defaultYear,
                           List<Raw> out) {
        Raw r = new Raw();
        r.value = a.value;
        r.unit = a.unit;
        r.subject = a.subject == null ? null : a.subject.trim();
        r.code = a.match == null ? null : a.match.code();
        r.reason = a.match == null ? "no indicator phrase near the value" : a.match.reason();
        String comp = a.comparator;
        if (comp == null || comp.equals("status")) {
            if (a.valueFirst) {
                comp = ">=";
            } else {
                Indicator ind = catalog.get(r.code);
                comp = ind == null || ind.higherIsBetter() ? ">=" : "zero".equals(ind.direction()) ? "=" : "<=";
                r.flags.add("comparator_implied");
            }
        }
        if (a.maintain && comp.equals("=") && a.value > 0) {
            // "giữ vững ... ở mức 100%": at least that level (at most, where lower is better)
            Indicator ind = catalog.get(r.code);
            comp = ind != null && ind.lowerIsBetter() ? "<=" : ">=";
        }
        if (a.value2 != null) {
            if (!comp.equals("reduce_by") && !comp.equals("increase_by")) comp = ">=";
            r.flags.add("range_lower_bound");
        }
        if (a.perYear) r.flags.add("per_year");
        if (a.rejoined) r.flags.add("number_rejoined");
        r.comparator = comp;
        Integer year = a.yearAfter;
        if (year == null && a.yearBefore != null && (planYear == null || a.yearBefore >= planYear || a.yearBeforeFuture)) {
            year = a.yearBefore;
        }
        if (year == null) {
            Matcher cy = CLAUSE_YEAR.matcher(f).region(Math.max(a.cs, a.s - WINDOW), a.s);
            Integer found = null;
            while (cy.find()) found = Integer.parseInt(cy.group(1));
            year = found;
        }
        if (year == null) {
            Matcher lm = LABEL.matcher(f).region(a.cs, a.s);
            Matcher hy = CLAUSE_HEAD_YEAR.matcher(f).region(lm.lookingAt() ? lm.end() : a.cs, a.s);
            if (hy.lookingAt()) {
                int y = Integer.parseInt(hy.group(1));
                if (planYear == null || y >= planYear) year = y;
            }
        }
        r.year = year != null ? year : defaultYear;
        qe = trimEnd(f, qs, qe);
        r.start = u.origStart(qs);
        r.end = u.origEnd(qe);
        out.add(r);
    }

    /**
     * Counts that are clearly targets: "có ít nhất 02 điểm vui chơi", "tối thiểu 15 xã đạt tiêu chuẩn Cộng đồng
     * an toàn", in a list of targets or a clause that looks forward, when the counted things name an indicator.
     * Counts of sessions, people, money or time ("ít nhất 01 lần/năm", "trên 1.000 trẻ") are not.
     */
    private void counts(TextUnits.Unit u, String f, int[] bounds, boolean inTargets, Integer year, List<Raw> out) {
        if (!f.contains("it nhat") && !f.contains("toi thieu") && !f.contains("khong duoi") && !f.contains("phan dau co")) return;
        Matcher m = COUNT_TARGET.matcher(f);
        while (m.find()) {
            int cs = clauseStart(bounds, m.start()), ce = clauseEnd(bounds, m.end(), f.length());
            if (!inTargets && !FORWARD_CLAUSE.matcher(f).region(cs, ce).find()) continue;
            Double v = VietNumber.parse(m.group(2));
            if (v == null) continue;
            int lim = ce;
            Matcher st = STOP_AFTER.matcher(f).region(m.end(), ce);
            if (st.find()) lim = st.start();
            int se = trimEnd(f, m.end(), lim);
            if (se <= m.end()) continue;
            String subject = u.text().substring(m.end(), se);
            // the unit of a count says nothing about the indicator (a count of play venues, of safe communes)
            IndicatorMatcher.Match mt = matcher.match(subject, null, v);
            if (mt.code() == null) continue;
            Raw r = new Raw();
            r.value = v;
            r.unit = "count";
            r.comparator = ">=";
            r.subject = subject.trim();
            r.code = mt.code();
            Matcher cy = CLAUSE_YEAR.matcher(f).region(cs, ce);
            r.year = cy.find() ? Integer.valueOf(cy.group(1)) : year;
            Matcher lm = LABEL.matcher(f).region(cs, m.start());
            int qs = trimStart(f, lm.lookingAt() ? lm.end() : cs, m.start());
            r.start = u.origStart(qs);
            r.end = u.origEnd(se);
            out.add(r);
        }
    }

    /** "Không có tình trạng tảo hôn" (0 cases) and "Xã đạt tiêu chuẩn ..." (yes) in a list of targets. */
    private void zeroAndYesNo(TextUnits.Unit u, String f, int[] bounds, List<Anchor> anchors, boolean inTargets,
                              Integer planYear, List<Raw> out) {
        // a numbered or bulleted unit: its first clause is a list item ("7. Không có ...")
        Matcher ul = LABEL.matcher(f);
        int unitLabelEnd = ul.lookingAt() && LIST_ITEM.matcher(f).region(0, ul.end()).find() ? ul.end() : -1;
        int cs = 0;
        for (int bi = 0; bi <= bounds.length; bi++) {
            int ce = bi < bounds.length ? bounds[bi] : f.length();
            int start = cs;
            cs = ce + 1;
            if (ce <= start) continue;
            boolean hasAnchor = false;
            for (Anchor a : anchors) {
                if (a.s >= start && a.s < ce) hasAnchor = true;
            }
            if (hasAnchor) continue;
            Matcher lm = LABEL.matcher(f).region(start, ce);
            int p = lm.lookingAt() ? lm.end() : start;
            boolean labelled = f.substring(start, p).contains("chi tieu")
                    || LABEL_BEFORE.matcher(f).region(Math.max(0, start - 24), start).find();
            if (!labelled && !inTargets && !FORWARD_CLAUSE.matcher(f).region(start, ce).find()) continue;
            String rest = f.substring(p, ce);
            Matcher z = ZERO.matcher(rest);
            Matcher y = BOOL.matcher(rest);
            String comp = "=", unit;
            double value;
            int subjFrom;
            if (z.lookingAt()) {
                unit = "count";
                value = 0;
                subjFrom = p;
            } else if (y.lookingAt()) {
                unit = "boolean";
                value = 1;
                subjFrom = p;
            } else {
                continue;
            }
            int se = trimEnd(f, subjFrom, ce);
            String subject = u.text().substring(subjFrom, se);
            IndicatorMatcher.Match mt = matcher.match(subject, unit, value);
            // an item of a list of targets is a target even when no indicator fits it
            boolean listItem = inTargets && (LIST_ITEM.matcher(f).region(start, p).find() || start <= unitLabelEnd);
            if (mt.code() == null && !labelled && !listItem) continue;
            Raw r = new Raw();
            r.value = value;
            r.unit = unit;
            r.comparator = comp;
            r.subject = subject.trim();
            r.code = mt.code();
            r.reason = mt.reason();
            Matcher cy = CLAUSE_YEAR.matcher(f).region(p, ce);
            r.year = cy.find() ? Integer.valueOf(cy.group(1)) : planYear;
            int qs = start;
            if (!f.substring(start, p).contains("chi tieu")) {
                Matcher lb = LABEL_BEFORE.matcher(f).region(Math.max(0, start - 24), start);
                if (lb.find()) qs = lb.start();
                else qs = p;
            }
            qs = trimStart(f, qs, se);
            r.start = u.origStart(qs);
            r.end = u.origEnd(se);
            out.add(r);
        }
    }

    private static int trimStart(String f, int s, int e) {
        while (s < e) {
            char c = f.charAt(s);
            if (c == ' ' || c == '*' || c == '_' || c == '-' || c == '+' || c == '–' || c == '—' || c == '•'
                    || c == ':' || c == ',' || c == ';' || c == '.' || c == '#' || c == '>' || c == ')' || c == '"' || c == '“' || c == '”'
                    || isBulletSymbol(c)) {
                s++;
            } else {
                break;
            }
        }
        return s;
    }

    /** Bullet glyphs of word processors and PDF exports: arrows, shapes, dingbats, private-use symbol-font bullets. */
    static boolean isBulletSymbol(char c) {
        return (c >= '\u2190' && c <= '\u21ff') || (c >= '\u25a0' && c <= '\u25ff') || (c >= '\u2700' && c <= '\u27bf')
                || (c >= '\ue000' && c <= '\uf8ff') || c == '●' || c == '○' || c == '▪' || c == '◦' || c == '·' || c == '∙';
    }

    private static int trimEnd(String f, int s, int e) {
        e = trimEndPunct(f, s, e);
        // a dangling conjunction before the next target: "... thẻ BHYT và | 95% ..."
        if (e - s > 4 && (f.startsWith(" va", e - 3) || f.startsWith(" hoac", e - 5))) {
            e = trimEndPunct(f, s, f.startsWith(" va", e - 3) ? e - 3 : e - 5);
        }
        return e;
    }

    private static int trimEndPunct(String f, int s, int e) {
        while (e > s) {
            char c = f.charAt(e - 1);
            if (c == ' ' || c == '*' || c == '_' || c == ',' || c == ';' || c == ':' || c == '(' || c == '-' || c == '–'
                    || c == '.' || c == '"' || c == '“' || c == '”') {
                e--;
            } else {
                break;
            }
        }
        return e;
    }

    private static String unitOf(String u) {
        if (u == null) return "percent";
        if (u.contains("100.000") || u.contains("100000") || u.contains("100 000")) return "per_100k";
        if (u.equals("%") || u.equals("phan tram")) return "percent";
        return "per_mille";
    }

    // ---------------------------------------------------------------- tables

    private void table(String text, List<TextUnits.Row> rows, Integer planYear, List<Raw> out) {
        if (rows.isEmpty()) return;
        TextUnits.Row header = rows.get(0);
        int nc = header.cells().size();
        String[] hf = new String[nc];
        for (int i = 0; i < nc; i++) hf[i] = Vietnamese.fold(header.cells().get(i).text());
        int subjectCol = -1, unitCol = -1;
        for (int i = 0; i < nc; i++) {
            if (subjectCol < 0 && H_SUBJECT.matcher(hf[i]).find() && !H_YEAR.matcher(hf[i]).find()) subjectCol = i;
            else if (unitCol < 0 && H_UNIT.matcher(hf[i]).find()) unitCol = i;
        }
        if (subjectCol < 0) {
            double bestLen = 0;
            for (int i = 0; i < nc; i++) {
                double len = 0;
                for (int r = 1; r < rows.size(); r++) {
                    if (i < rows.get(r).cells().size()) len += rows.get(r).cells().get(i).text().length();
                }
                if (len > bestLen) {
                    bestLen = len;
                    subjectCol = i;
                }
            }
        }
        List<Integer> valueCols = new ArrayList<>();
        List<Integer> colYears = new ArrayList<>();
        for (int i = 0; i < nc; i++) {
            if (i == subjectCol || i == unitCol) continue;
            String h = hf[i];
            Matcher ym = H_YEAR.matcher(h);
            Integer y = ym.find() ? Integer.valueOf(ym.group(1)) : null;
            boolean past = H_PAST.matcher(h).find() && !h.contains("ke hoach");
            if (past) continue;
            if (y != null && planYear != null && y < planYear) continue;
            if (y == null && !H_VALUE.matcher(h).find()) continue;
            valueCols.add(i);
            colYears.add(y);
        }
        if (valueCols.isEmpty() || subjectCol < 0) {
            // no value columns: read each row as prose
            for (TextUnits.Row row : rows) {
                int[] map = new int[row.end() - row.start()];
                StringBuilder sb = new StringBuilder();
                for (int i = row.start(); i < row.end(); i++) {
                    char c = text.charAt(i);
                    sb.append(c == '|' ? ';' : c);
                    map[i - row.start()] = i;
                }
                TextUnits.Unit u = new TextUnits.Unit(sb.toString(), map, false);
                prose(u, Vietnamese.foldKeepingLength(u.text()), planYear, planYear, Section.TARGETS, out);
            }
            return;
        }
        for (int r = 1; r < rows.size(); r++) {
            TextUnits.Row row = rows.get(r);
            if (subjectCol >= row.cells().size()) continue;
            TextUnits.Cell subj = row.cells().get(subjectCol);
            String sf = Vietnamese.fold(subj.text());
            if (sf.isEmpty() || !WORD.matcher(sf).find()) continue;
            String unitCell = unitCol >= 0 && unitCol < row.cells().size() ? Vietnamese.fold(row.cells().get(unitCol).text()) : "";
            for (int k = 0; k < valueCols.size(); k++) {
                int col = valueCols.get(k);
                if (col >= row.cells().size()) continue;
                TextUnits.Cell cell = row.cells().get(col);
                String cf = Vietnamese.foldKeepingLength(cell.text());
                Matcher cm = CELL.matcher(cf);
                // "Xã có điểm vui chơi ... | Xã | Đạt": a yes/no target met
                boolean yes = !cm.lookingAt() && YES_CELL.matcher(cf).matches();
                if (!yes && !cm.lookingAt()) continue;
                Double v = yes ? Double.valueOf(1) : VietNumber.parse(cm.group("a"));
                if (v == null) continue;
                String unit = yes ? "boolean" : tableUnit(cm.group("u"), unitCell, sf);
                if (unit == null) continue;
                Raw raw = new Raw();
                raw.value = v;
                raw.unit = unit;
                raw.subject = subj.text();
                String comp = yes ? "=" : cm.group(1) == null ? null : COMP.get(cm.group(1));
                if (!yes && cm.group(4) != null) comp = cm.group(4).equals("tro len") ? ">=" : "<=";
                // "Không có tình trạng ... | vụ | 0": none at all, not "at most none"
                if (comp == null && v == 0 && ZERO.matcher(sf).lookingAt()) comp = "=";
                // "Số cuộc tảo hôn | Giảm 3%": a change of what the row counts, whatever its unit
                boolean relative = "reduce_by".equals(comp) || "increase_by".equals(comp);
                IndicatorMatcher.Match mt = relative
                        ? matcher.match(("reduce_by".equals(comp) ? "giảm " : "tăng ") + subj.text(), null, v, comp)
                        : matcher.match(subj.text(), unit, v);
                raw.code = mt.code();
                raw.reason = mt.reason();
                if (comp == null || comp.equals("status")) {
                    Indicator ind = catalog.get(raw.code);
                    comp = ind == null || ind.higherIsBetter() ? ">=" : "zero".equals(ind.direction()) ? "=" : "<=";
                    raw.flags.add("comparator_implied");
                }
                raw.comparator = comp;
                raw.year = colYears.get(k) != null ? colYears.get(k) : planYear;
                raw.start = subj.start();
                raw.end = Math.max(cell.end(), subj.end());
                if (cell.start() < subj.start()) {
                    raw.start = cell.start();
                    raw.end = subj.end();
                }
                out.add(raw);
            }
        }
    }

    private static String tableUnit(String inCell, String unitCell, String subject) {
        if (inCell != null) {
            if (inCell.contains("100")) return "per_100k";
            if (inCell.contains("1") || inCell.equals("‰")) return "per_mille";
            return "percent";
        }
        if (unitCell.contains("%") || unitCell.contains("phan tram")) return "percent";
        if (unitCell.contains("‰") || unitCell.contains("phan nghin") || unitCell.contains("1.000")) return "per_mille";
        if (unitCell.contains("100.000")) return "per_100k";
        if (!unitCell.isBlank() && WORD.matcher(unitCell).find()) return "count";
        if (subject.contains("100.000")) return "per_100k";
        if (subject.contains("ty suat") || subject.contains("ti suat")) return "per_mille";
        if (subject.contains("ty le") || subject.contains("ti le")) return "percent";
        if (subject.startsWith("so ")) return "count";
        return null;
    }
}
