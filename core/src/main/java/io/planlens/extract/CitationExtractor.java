package io.planlens.extract;

import io.planlens.extract.citation.CitationCodes;
import io.planlens.extract.citation.CitationExtraction;
import io.planlens.extract.citation.CitationText;
import io.planlens.extract.citation.ParentReference;
import io.planlens.reference.DocumentCatalog;
import io.planlens.reference.NationalDocument;
import io.planlens.text.RegexScan;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every legal or planning document a plan cites ("Quyết định số 23/QĐ-TTg ngày 07/01/2021
 * của Thủ tướng Chính phủ", "Chỉ thị số 20-CT/TW", "Luật Trẻ em") and normalises it: type, number,
 * year inside the number, code in canonical spelling, date of issue, issuing body, catalogue id.
 *
 * <p>Works on a folded, compacted view of the text (no diacritics, one space for any white space),
 * so references broken across lines, OCR without diacritics and stray spaces around slashes are
 * read alike; quotes and offsets are exact spans of the input. The plan's own header number
 * ("Số: 12/KH-UBND") is not a citation. Pure, stateless after construction and thread-safe.
 */
public final class CitationExtractor implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** number [/-] [year/] code-token ([-/] code-token){0,3}, on the folded text. */
    private static final Pattern REF = Pattern.compile(
            "(?=\\d|[li]\\d)(?:(?<=(?<![a-z])so)|(?<![a-z0-9.,/\\-]))([li]?\\d{1,5}) ?([/-]) ?(?:((?:19|20)\\d{2}) ?/ ?)?"
                    + "([a-z&]{1,12}\\d{0,2}(?: ?[-/] ?[a-z&]{1,14}\\d{0,2}){0,3})(?![a-z0-9&])");
    /** Where {@link #BARE} can start: its look-ahead and look-behind. */
    private static final RegexScan.StartTest BARE_START = RegexScan.wordStartingWithAny(
            "luat ", "nghi quyet ", "nghi dinh ", "quyet dinh ", "chi thi ", "thong tu ");
    private static final Pattern CODE_TOKEN = Pattern.compile("[a-z&]+\\d*");
    private static final Pattern QH = Pattern.compile("qh\\d{1,2}");
    private static final Pattern DOT_TOKEN = Pattern.compile("\\.([a-z&]{1,14}\\d{0,2})(?![a-z0-9&])");
    /** The term of a legislature split from "QH" by a space: "QH 14". */
    private static final Pattern QH_TERM = Pattern.compile(" (1\\d)(?![0-9a-z/-])");
    private static final Pattern DATE = Pattern.compile(
            " ?,? ?\\(? ?(?:(?:duoc )?(?:ban hanh|ky) )?ngay ?:? ?(\\d{1,2}) ?(?:[/.-]|thang) ?(\\d{1,2}) ?(?:[/.-]|nam) ?((?:19|20)\\d{2})(?![0-9])\\)?");
    private static final Pattern CENTRAL_PARTY = Pattern.compile(
            "(?:bo chinh tri|ban bi thu|ban chap hanh trung uong|trung uong dang)(?![a-z])");
    private static final Pattern DATE_CELL = Pattern.compile(
            " ?\\| ?(\\d{1,2}) ?[/.-] ?(\\d{1,2}) ?[/.-] ?((?:19|20)\\d{2})(?![0-9])");
    private static final Pattern OF = Pattern.compile(" ?,? ?cua ");
    private static final Pattern FIXED_BODY = Pattern.compile(
            "(?:thu tuong chinh phu|thu tuong|chinh phu|uy ban thuong vu quoc hoi|quoc hoi|bo chinh tri"
                    + "|ban bi thu(?: trung uong dang)?|ban chap hanh trung uong(?: dang)?|trung uong dang"
                    + "|chu tich nuoc|uy ban quoc gia vi tre em)(?![a-z])");
    private static final Pattern LOCAL_BODY = Pattern.compile(
            "(?:(?:chu tich |thuong truc )?(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)"
                    + "|ban thuong vu (?:tinh|huyen|thanh|thi|quan|dang) uy|tinh uy|huyen uy|thanh uy|thi uy|quan uy|dang uy"
                    + "|uy ban mat tran to quoc(?: viet nam)?|ubmttq(?:vn)?|mttq)(?![a-z])");
    private static final Pattern LEVEL = Pattern.compile(
            " ?(thanh pho|thi xa|thi tran|tinh|huyen|quan|xa|phuong|tp\\.?)(?![a-z])");
    private static final Pattern ORG_BODY = Pattern.compile(
            "(?:bo truong|bo|so|phong|ban|tong cuc|cuc|vien|van phong|trung tam|hoi|doan|lien doan|giam doc|toa an|hieu truong|truong|cong an|uy ban)(?![a-z])");
    private static final Set<String> BODY_STOP = Set.of("ve", "v/v", "phe", "quy", "trien", "huong", "thuc",
            "tang", "ngay", "tai", "theo", "nham", "de", "trong", "tren", "cho", "sua", "dinh", "giai", "nam", "so",
            "voi", "la", "da", "duoc", "keo", "ky");
    private static final Pattern BARE = Pattern.compile(
            "(?=[lnqct])(?<![a-z])(luat|nghi quyet|nghi dinh|quyet dinh|chi thi|thong tu) (?:so ?:? ?)?(\\d{1,4})(?![0-9]| ?[/-] ?[a-z0-9]|[.,][0-9])");
    /** The vowel of "số" as written, with or without its marks ("sơ" of "hồ sơ" is another word). */
    private static final String SO_VOWELS = "oOôÔốỐồỒổỔỗỖộỘóÓòÒỏỎõÕọỌ";
    private static final String[] GLUED = {"ngay", "cua"};
    /** Words before "số" that number a part of a document or a form, not a document. */
    private static final Set<String> NOT_DOCUMENT = Set.of("mau", "bieu", "luc", "muc", "dieu", "khoan", "diem",
            "chuong", "phan", "bang", "hinh", "phieu", "trang", "to", "tap", "quyen", "dong", "cot", "hang", "ban", "ma");
    private static final Set<String> PLACE_STOP = Set.of("ve", "ngay", "so", "theo", "tai", "trien", "thuc", "phe",
            "ban", "v/v", "va");
    private static final Pattern HEADER_BLANK = Pattern.compile("(?=s)(?<![a-z])so ?[:.]? ?/ ?([a-z&]{1,12}(?: ?- ?[a-z&]{1,12}){1,2})(?![a-z])");
    private static final Pattern HEADING = Pattern.compile(
            "(?m)^[ \\t>*#|]*(?:\\*\\*)?[ \\t]*(?:I|1|A)[ \\t]*[.)/:][ \\t]*\\S");
    private static final Pattern PARENT_CUE = Pattern.compile("(?:thuc hien|can cu|trien khai|theo|tiep tuc)(?![a-z])");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;]|\\. (?=[a-z])|\\.$");
    private static final Pattern TYPE_WORD_ANY = Pattern.compile(
            "(?<![a-z])(?:bo luat|luat|nghi quyet|nghi dinh|quyet dinh|chi thi|thong tu|ke hoach|cong van|huong dan|thong bao|ket luan|chuong trinh)(?![a-z])");
    private static final Set<String> TITLE_LEAD = Set.of("cua", "hanh", "duyet", "hien", "khai", "ve", "theo");
    private static final Pattern LEVEL_IN_BODY = Pattern.compile(
            "(?<![a-z])(thanh pho|thi xa|thi tran|tinh|huyen|quan|xa|phuong|tp\\.?)(?![a-z])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int FALLBACK_WINDOW = 60;
    private static final int TAIL_WINDOW = 300;

    private final DocumentCatalog catalog;
    private final Pattern names;
    private final List<String> nameKeys;
    private final String[] nameFirstWords;

    public CitationExtractor(DocumentCatalog catalog) {
        this.catalog = catalog;
        // One alternative per distinct name; a name two documents share is resolved by its year.
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
        for (NationalDocument d : catalog.all()) {
            for (String name : DocumentCatalog.names(d)) {
                String key = DocumentCatalog.nameKey(name);
                if (!key.isEmpty()) keys.add(key);
            }
        }
        // Longer names first, so "Luật sửa đổi ... Luật Tổ chức chính quyền địa phương" wins over its tail.
        List<String> ordered = new ArrayList<>(keys);
        ordered.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder re = new StringBuilder("(?<![a-z0-9])(?:");
        java.util.LinkedHashSet<String> firsts = new java.util.LinkedHashSet<>();
        for (int i = 0; i < ordered.size(); i++) {
            String key = ordered.get(i);
            if (i > 0) re.append('|');
            re.append('(').append(String.join("[^a-z0-9]{1,4}", key.split(" "))).append(')');
            firsts.add(key.split(" ")[0]);
        }
        re.append(")(?![a-z0-9])");
        this.nameKeys = List.copyOf(ordered);
        this.nameFirstWords = firsts.toArray(new String[0]);
        this.names = ordered.isEmpty() ? null : Pattern.compile(re.toString());
    }

    private static final class Holder {
        static final CitationExtractor SHARED = new CitationExtractor(DocumentCatalog.shared());
    }

    /** One extractor per JVM over the shared catalogue. */
    public static CitationExtractor shared() {
        return Holder.SHARED;
    }

    /** The distinct documents cited by a plan, in text order. */
    public List<Citation> extract(String text) {
        return extractAll(text).citations();
    }

    /** Citations, the parent plan, the plan's own header number and flags. */
    public CitationExtraction extractAll(String text) {
        if (text == null || text.isEmpty()) return new CitationExtraction(List.of(), null, null, List.of());
        CitationText ct = new CitationText(text);
        String f = ct.folded();
        List<String> flags = new ArrayList<>();
        List<Cand> found = new ArrayList<>();
        String ownNumber = null;

        Matcher m = RegexScan.matcher(REF, f);
        for (int from = 0; RegexScan.find(m, f, from, CitationExtractor::canStartReference); from = m.end()) {
            Cand c = readReference(ct, m, flags);
            if (c == null) continue;
            if (c.header) {
                if (ownNumber == null) ownNumber = c.number + "/" + c.code;
                continue;
            }
            found.add(c);
        }
        if (ownNumber == null) {
            Matcher h = HEADER_BLANK.matcher(f).region(0, Math.min(f.length(), 1600));
            if (h.find() && h.start() < 1500 && isHeaderSo(ct, h.start())) {
                ownNumber = "/" + CitationCodes.canonicalCode(List.of(h.group(1).replace(" ", "").split("-")));
            }
        }
        if (ownNumber != null && !ownNumber.startsWith("/")) {
            // "Kế hoạch 45/KH-UBND năm 2024 ..." above the header of a copied page is the plan itself:
            // its own number and code, with no issuing body and no date of its own.
            int slash = ownNumber.indexOf('/');
            String ownNo = CitationCodes.numberKey(ownNumber.substring(0, slash)), ownCode = ownNumber.substring(slash + 1);
            found.removeIf(c -> c.body == null && c.date == null && ownCode.equals(c.code)
                    && ownNo.equals(CitationCodes.numberKey(c.number)));
        }
        readBareNumbers(ct, found, flags);
        List<Cand> numbered = new ArrayList<>(found);
        if (names != null) readNames(ct, numbered, found);

        List<Citation> out = dedupe(found);
        ParentReference parent = findParent(ct, out);
        return new CitationExtraction(out, parent, ownNumber, flags);
    }

    /** The plan this plan implements, read from citations alone: the first numbered KH cited near the top. */
    public static Optional<Citation> parentPlan(List<Citation> cs) {
        return cs.stream().filter(c -> CitationCodes.KH.equals(c.type()) && !c.named() && c.start() < 3000)
                .min(Comparator.comparingInt(Citation::start));
    }

    // ---------------------------------------------------------------- numbered references

    private static final class Cand {
        String type;
        String number;
        Integer year;
        String code;
        LocalDate date;
        String body;
        String canonicalId;
        int fStart, fEnd; // folded span of the quote
        boolean named;
        boolean header;
        String quote;
        int start, end; // original span

        void locate(CitationText ct) {
            start = ct.origStart(fStart);
            end = ct.origEnd(fEnd);
            quote = ct.source().substring(start, end);
        }
    }

    private Cand readReference(CitationText ct, Matcher m, List<String> flags) {
        String f = ct.folded();
        int numStart = m.start(1);
        // Code tokens with their folded spans.
        int codeStart = m.start(4), codeRegionEnd = m.end(4);
        List<int[]> spans = new ArrayList<>();
        List<Character> seps = new ArrayList<>();
        Matcher t = CODE_TOKEN.matcher(f).region(codeStart, codeRegionEnd);
        int prevEnd = -1;
        while (t.find()) {
            if (prevEnd >= 0) {
                String between = f.substring(prevEnd, t.start()).trim();
                seps.add(between.isEmpty() ? '-' : between.charAt(0));
            }
            spans.add(new int[] {t.start(), t.end()});
            prevEnd = t.end();
        }
        if (spans.isEmpty()) return null;
        // "23/QĐ-TTgngày 07/01/2021": a PDF export glued the next word to the code.
        int[] last = spans.get(spans.size() - 1);
        for (String glued : GLUED) {
            if (last[1] - last[0] > glued.length() && f.startsWith(glued, last[1] - glued.length())
                    && Character.isLowerCase(ct.originalChar(last[1] - glued.length()))) {
                last[1] -= glued.length();
                break;
            }
        }

        // "121/2020/QH 14": a scan split the legislature's term from its letters.
        if (f.startsWith("qh", last[1] - 2) && last[1] - last[0] >= 2 && !Character.isDigit(f.charAt(last[1] - 1))) {
            Matcher term = QH_TERM.matcher(f).region(last[1], f.length());
            if (term.lookingAt()) last[1] = term.end();
        }

        // "23/QĐ.TTg": a dot typed for the dash after the type abbreviation.
        if (spans.size() == 1 && CitationCodes.typeOfCodeToken(ct.original(last[0], last[1])) != null) {
            Matcher dot = DOT_TOKEN.matcher(f).region(last[1], f.length());
            if (dot.lookingAt() && tokenOk(ct.original(dot.start(1), dot.end(1)), false, false)) {
                spans.add(new int[] {dot.start(1), dot.end(1)});
            }
        }

        // What precedes the number: "số", a type word.
        Anchor a = anchorBefore(ct, numStart);
        if (a.typeStart < 0 && a.soStart >= 0 && NOT_DOCUMENT.contains(lastWord(f.substring(Math.max(0, a.soStart - 20), a.soStart)))) {
            return null;
        }
        boolean anchored = a.typeStart >= 0 || a.soStart >= 0;
        boolean allLower = true;
        for (int[] s : spans) {
            String orig = ct.original(s[0], s[1]);
            if (!orig.equals(orig.toLowerCase(java.util.Locale.ROOT))) allLower = false;
        }
        List<String> tokens = new ArrayList<>();
        int codeEnd = codeStart;
        for (int i = 0; i < spans.size(); i++) {
            String orig = SPACES.matcher(ct.original(spans.get(i)[0], spans.get(i)[1])).replaceAll("");
            if (!tokenOk(orig, anchored, allLower)) break;
            tokens.add(orig);
            codeEnd = spans.get(i)[1];
        }
        if (tokens.isEmpty()) return null;
        char sep0 = m.group(2).charAt(0);
        String firstKey = CitationCodes.key(tokens.get(0));
        String codeType = CitationCodes.typeOfCodeToken(tokens.get(0));
        boolean party = sep0 == '-' && tokens.size() >= 2 && seps.get(0) == '/' && codeType != null;
        boolean qh = QH.matcher(firstKey.toLowerCase(java.util.Locale.ROOT)).matches();
        boolean hasYear = m.group(3) != null;
        if (!anchored && codeType == null && !qh && !hasYear) return null;
        if (!anchored && tokens.size() < 2 && !qh && !hasYear) return null; // "5/KH" alone is no reference
        if (a.typeStart < 0 && tokens.size() < 2 && codeType == null && !qh && !hasYear) return null; // "căn hộ số 3/HH"
        if (sep0 == '-' && !party && !anchored) return null;

        Cand c = new Cand();
        c.number = ct.original(m.start(1), m.end(1));
        if (!Character.isDigit(c.number.charAt(0))) {
            // "số l248/QĐ-TTg": OCR read the digit 1 as l or I; only after "số" or a type word.
            if (!anchored || "lI".indexOf(c.number.charAt(0)) < 0) return null;
            c.number = "1" + c.number.substring(1);
        }
        c.year = hasYear ? Integer.valueOf(m.group(3)) : null;
        c.code = CitationCodes.canonicalCode(tokens);
        if (a.typeStart < 0 && a.soStart >= 0 && isHeaderSo(ct, a.soStart)) {
            c.header = true;
            return c;
        }
        c.fStart = a.typeStart >= 0 ? a.typeStart : a.soStart >= 0 ? a.soStart : numStart;
        c.fEnd = codeEnd;

        // Type: the word, else the code.
        String type = a.type;
        if (type == null || type.isEmpty()) {
            if (codeType != null) type = codeType;
            else if (qh) type = null;
            else if ("".equals(a.type) || anchored) type = CitationCodes.CV;
            else type = CitationCodes.OTHER;
        } else if (codeType != null && !codeType.equals(type) && !CitationCodes.OTHER.equals(codeType)
                && !CitationCodes.OTHER.equals(type)) {
            // "Công văn số 12/KH-UBND": the code, written by the issuer, names the type.
            flags.add("citation_type_conflict:" + c.number + "/" + c.code);
            type = codeType;
        }

        // Date, issuing body, date again ("... của UBND huyện ngày 15/4/2021").
        int pos = codeEnd;
        Matcher d = DATE.matcher(f).region(pos, f.length());
        Matcher cell = DATE_CELL.matcher(f).region(pos, f.length());
        if (d.lookingAt()) {
            c.date = date(d, flags, c);
            pos = c.fEnd = d.end();
        } else if (cell.lookingAt()) { // a table row: | Quyết định 23/QĐ-TTg | 07/01/2021 |
            c.date = date(cell, flags, c);
            pos = c.fEnd = cell.end();
        }
        Matcher of = OF.matcher(f).region(pos, f.length());
        if (of.lookingAt()) {
            int bodyEnd = bodyEnd(ct, of.end());
            if (bodyEnd > of.end()) {
                c.body = SPACES.matcher(ct.original(of.end(), bodyEnd)).replaceAll(" ");
                pos = c.fEnd = bodyEnd;
                if (c.date == null) {
                    Matcher d2 = DATE.matcher(f).region(pos, f.length());
                    if (d2.lookingAt()) {
                        c.date = date(d2, flags, c);
                        c.fEnd = d2.end();
                    }
                }
            }
        }
        // "20-CT/TU của Bộ Chính trị" read without diacritics: a central Party body writes TƯ (TW), not TU.
        if (c.body != null && c.code.endsWith("-TU") && CENTRAL_PARTY.matcher(DocumentCatalog.nameKey(c.body)).lookingAt()) {
            c.code = c.code.substring(0, c.code.length() - 2) + "TW";
        }
        while (c.fEnd > c.fStart && (f.charAt(c.fEnd - 1) == ' ' || f.charAt(c.fEnd - 1) == ',')) c.fEnd--;

        Integer lookupYear = c.year != null ? c.year : c.date != null ? Integer.valueOf(c.date.getYear()) : null;
        Optional<NationalDocument> nd = catalog.find(type, c.number, c.code, lookupYear);
        if (type == null) {
            if (nd.isPresent()) type = nd.get().type();
            else {
                type = CitationCodes.OTHER;
                flags.add("citation_type_unknown:" + c.number + "/" + c.code);
            }
        }
        c.type = type;
        c.canonicalId = nd.map(NationalDocument::id).orElse(null);
        c.locate(ct);
        return c;
    }

    private static LocalDate date(Matcher d, List<String> flags, Cand c) {
        try {
            return LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
        } catch (DateTimeException e) {
            flags.add("citation_date_invalid:" + c.number + "/" + c.code);
            return null;
        }
    }

    /** A code token as written is plausible: upper case ("QĐ", "UBND", "TTg"), or any case after "số"/a type word. */
    private static boolean tokenOk(String orig, boolean anchored, boolean allLower) {
        int upper = 0, lower = 0;
        for (int i = 0; i < orig.length(); i++) {
            char ch = orig.charAt(i);
            if (Character.isUpperCase(ch)) upper++;
            else if (Character.isLowerCase(ch)) lower++;
        }
        boolean upperish = upper >= 1 && Character.isUpperCase(orig.charAt(0)) && (lower == 0 || (lower == 1 && upper >= 2));
        if (upperish) return true;
        if (!anchored) return false;
        return allLower || CitationCodes.typeOfCodeToken(orig) != null;
    }

    private static final class Anchor {
        int soStart = -1;
        int typeStart = -1;
        String type;
    }

    /** Reads "Quyết định (định) số", "Luật Trẻ em số", "số" backwards from the number. */
    private static Anchor anchorBefore(CitationText ct, int numStart) {
        String f = ct.folded();
        Anchor a = new Anchor();
        int p = skipBack(f, numStart);
        // "số", "số:", "số." (possibly doubled)
        for (int k = 0; k < 2; k++) {
            int q = p;
            if (q > 0 && (f.charAt(q - 1) == ':' || f.charAt(q - 1) == '.')) q = skipBack(f, q - 1);
            if (q >= 2 && f.startsWith("so", q - 2) && (q == 2 || !Character.isLetterOrDigit(f.charAt(q - 3)))
                    && SO_VOWELS.indexOf(ct.originalChar(q - 1)) >= 0) {
                a.soStart = q - 2;
                p = skipBack(f, q - 2);
            } else {
                break;
            }
        }
        // Up to five syllables before: try the longest run that spells a type word.
        List<int[]> words = new ArrayList<>();
        int q = p;
        while (words.size() < CitationCodes.MAX_TYPE_WORD_SYLLABLES + 1 && q > 0 && Character.isLetter(f.charAt(q - 1))) {
            int e = q;
            while (q > 0 && Character.isLetter(f.charAt(q - 1))) q--;
            words.add(0, new int[] {q, e});
            if (q > 0 && f.charAt(q - 1) == ' ') q--;
            else break;
        }
        for (int k = words.size(); k >= 1; k--) {
            StringBuilder sb = new StringBuilder();
            String prev = null;
            for (int i = words.size() - k; i < words.size(); i++) {
                String w = f.substring(words.get(i)[0], words.get(i)[1]);
                if (!w.equals(prev)) sb.append(w);
                prev = w;
            }
            String type = CitationCodes.typeOfWord(sb.toString());
            if (type != null) {
                a.type = type;
                a.typeStart = words.get(words.size() - k)[0];
                return a;
            }
        }
        // "Luật Trẻ em số 102/2016/QH13": a capitalised type word earlier in the same clause.
        if (a.soStart >= 0) {
            int from = Math.max(0, a.soStart - FALLBACK_WINDOW);
            String window = f.substring(from, a.soStart);
            int cut = -1;
            for (int i = 0; i < window.length(); i++) {
                char ch = window.charAt(i);
                if (ch == ';' || ch == '.' || ch == ',' || ch == '(' || ch == ')' || ch == ':' || Character.isDigit(ch)) cut = i;
            }
            Matcher tw = TYPE_WORD_ANY.matcher(window);
            int best = -1;
            String bestType = null;
            while (tw.find()) {
                if (tw.start() <= cut) continue;
                if (!Character.isUpperCase(ct.originalChar(from + tw.start()))) continue;
                best = from + tw.start();
                bestType = CitationCodes.typeOfWord(tw.group().replace(" ", ""));
            }
            if (best >= 0 && bestType != null) {
                a.typeStart = best;
                a.type = bestType;
            }
        }
        return a;
    }

    private static int skipBack(String f, int p) {
        while (p > 0 && f.charAt(p - 1) == ' ') p--;
        return p;
    }

    /** "Số: 12/KH-UBND" in a header: "Số" followed by a colon, or "Số" opening a line near the top. */
    private static boolean isHeaderSo(CitationText ct, int soStart) {
        String f = ct.folded();
        int after = soStart + 2;
        if (after < f.length() && f.charAt(after) == ' ') after++;
        if (after < f.length() && f.charAt(after) == ':') return true;
        int o = ct.orig(soStart);
        if (o > 1500) return false;
        String src = ct.source();
        for (int i = o - 1; i >= 0; i--) {
            char ch = src.charAt(i);
            if (ch == '\n') return true;
            if (!(ch == ' ' || ch == '\t' || ch == '*' || ch == '#' || ch == '|' || ch == '>' || ch == '_')) return false;
        }
        return true;
    }

    /** End (folded) of an issuing body starting at b ("UBND tỉnh Bình Phước", "Bộ Chính trị"), or b. */
    private static int bodyEnd(CitationText ct, int b) {
        String f = ct.folded();
        Matcher fixed = FIXED_BODY.matcher(f).region(b, f.length());
        if (fixed.lookingAt()) return fixed.end();
        Matcher local = LOCAL_BODY.matcher(f).region(b, f.length());
        if (local.lookingAt()) {
            int end = local.end();
            Matcher lv = LEVEL.matcher(f).region(end, f.length());
            if (lv.lookingAt()) end = lv.end();
            return capitalisedWords(ct, end, 5);
        }
        Matcher org = ORG_BODY.matcher(f).region(b, f.length());
        if (org.lookingAt()) {
            // "ban hành", "bộ ..." : the word after the head must not be a stop word.
            int end = org.end();
            int words = 0;
            int p = end;
            while (words < 12 && p < f.length()) {
                int q = p;
                if (q < f.length() && f.charAt(q) == ' ') q++;
                if (q < f.length() && f.charAt(q) == '-') { // "Lao động - Thương binh"
                    q++;
                    if (q < f.length() && f.charAt(q) == ' ') q++;
                }
                int ws = q;
                while (q < f.length() && (Character.isLetterOrDigit(f.charAt(q)) || f.charAt(q) == '&')) q++;
                if (q == ws) break;
                String w = f.substring(ws, q);
                if (BODY_STOP.contains(w) || hasDigit(w)) break;
                if (w.equals("ban") && f.startsWith(" hanh", q)) break; // "ban hành"
                if (w.equals("thong") && f.startsWith(" qua", q)) break; // "thông qua"
                if (TYPE_WORD_ANY.matcher(f).region(ws, f.length()).lookingAt()) break;
                if (w.equals("va") && !nextWordCapitalised(ct, q)) break;
                end = q;
                p = q;
                words++;
            }
            return words == 0 && org.group().length() <= 3 ? b : end;
        }
        return b;
    }

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) if (Character.isDigit(w.charAt(i))) return true;
        return false;
    }

    private static boolean nextWordCapitalised(CitationText ct, int q) {
        String f = ct.folded();
        if (q < f.length() && f.charAt(q) == ' ') q++;
        return q < f.length() && Character.isLetter(f.charAt(q)) && Character.isUpperCase(ct.originalChar(q));
    }

    /** Extends over up to max following words written with a capital ("Bình Phước", "Bù Gia Mập"). */
    private static int capitalisedWords(CitationText ct, int end, int max) {
        String f = ct.folded();
        for (int n = 0; n < max; n++) {
            int q = end;
            if (q < f.length() && f.charAt(q) == ' ') q++;
            if (q >= f.length() || !Character.isLetter(f.charAt(q)) || !Character.isUpperCase(ct.originalChar(q))) break;
            int ws = q;
            while (q < f.length() && Character.isLetter(f.charAt(q))) q++;
            if (q < f.length() && Character.isDigit(f.charAt(q))) break;
            String w = f.substring(ws, q);
            if (PLACE_STOP.contains(w) || TYPE_WORD_ANY.matcher(f).region(ws, f.length()).lookingAt()) break;
            end = q;
        }
        return end;
    }

    /**
     * Where {@link #REF} can start: a digit, or "l"/"i" (OCR for 1) before one, with no digit just before
     * (neither of its look-behinds allows one).
     */
    private static boolean canStartReference(String f, int i) {
        char c = f.charAt(i);
        boolean start = RegexScan.isAsciiDigit(c)
                || ((c == 'l' || c == 'i') && i + 1 < f.length() && RegexScan.isAsciiDigit(f.charAt(i + 1)));
        return start && (i == 0 || !RegexScan.isAsciiDigit(f.charAt(i - 1)));
    }

    // ---------------------------------------------------------------- "Chỉ thị 20 của Bộ Chính trị"

    /**
     * A type word and a number without its code ("Chỉ thị 20 của Bộ Chính trị", "Nghị quyết số 121
     * ngày 19/6/2020"): a citation only when the catalogue holds exactly one document of that type
     * and number, and the stated issuing body or year of issue agrees with it.
     */
    private void readBareNumbers(CitationText ct, List<Cand> found, List<String> flags) {
        String f = ct.folded();
        Matcher m = RegexScan.matcher(BARE, f);
        for (int from = 0; RegexScan.find(m, f, from, BARE_START); from = m.end()) {
            int s0 = m.start();
            boolean inside = false;
            for (Cand c : found) if (s0 < c.fEnd && m.end() > c.fStart) { inside = true; break; }
            if (inside) continue;
            String type = CitationCodes.typeOfWord(m.group(1).replace(" ", ""));
            String number = m.group(2);
            List<NationalDocument> hits = new ArrayList<>();
            for (NationalDocument d : catalog.all()) {
                if (d.type().equals(type) && CitationCodes.numberKey(d.number()).equals(CitationCodes.numberKey(number))) hits.add(d);
            }
            if (hits.size() != 1) continue;
            NationalDocument d = hits.get(0);
            Cand c = new Cand();
            c.number = number;
            c.code = d.code();
            c.fStart = s0;
            c.fEnd = m.end();
            int pos = m.end();
            Matcher dt = DATE.matcher(f).region(pos, f.length());
            if (dt.lookingAt()) {
                c.date = date(dt, flags, c);
                pos = c.fEnd = dt.end();
            }
            Matcher of = OF.matcher(f).region(pos, f.length());
            String bodyFolded = null;
            if (of.lookingAt()) {
                int be = bodyEnd(ct, of.end());
                if (be > of.end()) {
                    c.body = SPACES.matcher(ct.original(of.end(), be)).replaceAll(" ");
                    bodyFolded = f.substring(of.end(), be);
                    c.fEnd = be;
                }
            }
            boolean yearAgrees = c.date != null && d.year() != null && c.date.getYear() == d.year();
            boolean bodyAgrees = bodyFolded != null && d.issuer() != null
                    && DocumentCatalog.nameKey(d.issuer()).contains(DocumentCatalog.nameKey(c.body));
            boolean contradicts = (c.date != null && !yearAgrees) || (bodyFolded != null && !bodyAgrees);
            if (contradicts || !(yearAgrees || bodyAgrees)) continue;
            c.type = d.type();
            c.year = d.numberYear();
            c.canonicalId = d.id();
            c.locate(ct);
            flags.add("citation_code_from_catalogue:" + number + "/" + d.code());
            found.add(c);
        }
    }

    // ---------------------------------------------------------------- documents named without a number

    private void readNames(CitationText ct, List<Cand> numbered, List<Cand> out) {
        String f = ct.folded();
        Matcher m = names.matcher(f);
        int next = 0;
        while (true) {
            int at = nextNameStart(f, next);
            if (at < 0) break;
            next = at + 1;
            m.region(at, f.length());
            if (!m.lookingAt()) continue;
            next = m.end();
            int g = 1;
            while (g <= m.groupCount() && m.group(g) == null) g++;
            if (g > m.groupCount()) continue;
            List<NationalDocument> docs = catalog.namesakes(nameKeys.get(g - 1));
            if (docs.isEmpty()) continue;
            int start = m.start(), end = m.end();
            // The year that follows the name ("Luật Trẻ em năm 2016") or its date ("... ngày 19 tháng 6 năm 2015").
            Integer stated = null;
            Matcher y = NAME_YEAR.matcher(f).region(end, f.length());
            Matcher dt0 = DATE.matcher(f).region(end, f.length());
            boolean yearWritten = y.lookingAt();
            if (yearWritten) stated = Integer.valueOf(y.group(1));
            else if (dt0.lookingAt()) stated = Integer.valueOf(dt0.group(3));
            NationalDocument d = null;
            if (stated != null) {
                for (NationalDocument x : docs) if (x.year() != null && x.year().intValue() == stated) d = x;
                if (d == null) {
                    // Another version of a law; a programme's year may be its period, so only laws are skipped.
                    if (docs.size() > 1 || CitationCodes.LUAT.equals(docs.get(0).type())) continue;
                    d = docs.get(0);
                } else if (yearWritten) {
                    end = y.end();
                }
            } else if (docs.size() == 1) {
                d = docs.get(0);
            } else {
                continue; // a name several documents share, without a year: not guessed
            }
            if (overlapsOrTitle(f, numbered, start, end)) continue;
            Cand c = new Cand();
            Matcher dt = DATE.matcher(f).region(end, f.length());
            if (dt.lookingAt()) {
                c.number = d.number();
                c.code = d.code();
                c.date = date(dt, new ArrayList<>(), c);
                if (c.date != null) end = dt.end();
            }
            c.type = d.type();
            c.number = d.number();
            c.year = d.numberYear();
            c.code = d.code();
            c.canonicalId = d.id();
            c.named = true;
            c.fStart = start;
            c.fEnd = end;
            c.locate(ct);
            out.add(c);
        }
    }

    /** The next index at or after from where the first word of some catalogue name begins a word. */
    private int nextNameStart(String f, int from) {
        int best = -1;
        for (String w : nameFirstWords) {
            int i = from;
            while (true) {
                i = f.indexOf(w, i);
                if (i < 0 || (best >= 0 && i >= best)) break;
                if (i == 0 || !Character.isLetterOrDigit(f.charAt(i - 1))) {
                    best = i;
                    break;
                }
                i++;
            }
        }
        return best;
    }

    private static final Pattern NAME_YEAR = Pattern.compile(" ?(?:nam |-)?((?:19|20)\\d{2})(?![0-9])");

    /** Inside a numbered reference, or part of the title of one ("... quy định chi tiết ... của Luật Trẻ em"). */
    private static boolean overlapsOrTitle(String f, List<Cand> numbered, int start, int end) {
        for (Cand c : numbered) {
            if (start < c.fEnd && end > c.fStart) return true;
            if (start >= c.fEnd && start - c.fEnd <= TAIL_WINDOW) {
                String gap = f.substring(c.fEnd, start);
                if (CLAUSE_BREAK.matcher(gap).find()) continue;
                boolean laterRef = false;
                for (Cand o : numbered) {
                    if (o.fStart >= c.fEnd && o.fStart < start) { laterRef = true; break; }
                }
                if (laterRef) continue;
                String lead = lastWord(gap);
                if (TITLE_LEAD.contains(lead) || gap.isBlank()) return true;
            }
        }
        return false;
    }

    private static String lastWord(String s) {
        int e = s.length();
        while (e > 0 && s.charAt(e - 1) == ' ') e--;
        int b = e;
        while (b > 0 && Character.isLetter(s.charAt(b - 1))) b--;
        return s.substring(b, e);
    }

    // ---------------------------------------------------------------- merging and the parent plan

    private static List<Citation> dedupe(List<Cand> all) {
        all.sort(Comparator.comparingInt(c -> c.fStart));
        List<List<Cand>> groups = new ArrayList<>();
        outer:
        for (Cand c : all) {
            for (List<Cand> g : groups) {
                Cand h = g.get(0);
                boolean same = c.canonicalId != null && c.canonicalId.equals(h.canonicalId)
                        || (c.type.equals(h.type) && c.code.equals(h.code)
                        && CitationCodes.numberKey(c.number).equals(CitationCodes.numberKey(h.number))
                        && (c.year == null || h.year == null || c.year.equals(h.year)));
                if (same && !datesDiffer(c, g)) {
                    g.add(c);
                    continue outer;
                }
            }
            List<Cand> g = new ArrayList<>();
            g.add(c);
            groups.add(g);
        }
        return groups.stream().map(CitationExtractor::best)
                .sorted(Comparator.comparingInt(c -> c.fStart))
                .map(c -> c.citation).toList();
    }

    /**
     * The KH citation that the opening paragraph says this plan implements ("Thực hiện Kế hoạch số
     * 111/KH-UBND ... của UBND huyện"): the first numbered KH before the first heading that follows
     * a cue (thực hiện, căn cứ, triển khai, theo) in the same sentence.
     */
    private static ParentReference findParent(CitationText ct, List<Citation> cs) {
        String src = ct.source();
        Matcher h = HEADING.matcher(src);
        int preambleEnd = Math.min(src.length(), 4000);
        if (h.find()) preambleEnd = Math.min(preambleEnd, h.start());
        String f = ct.folded();
        for (Citation c : cs) {
            if (c.named() || !CitationCodes.KH.equals(c.type()) || c.start() >= preambleEnd) continue;
            int fs = foldedIndex(ct, c.start());
            int from = Math.max(0, fs - 400);
            String before = f.substring(from, fs);
            int sentence = Math.max(before.lastIndexOf(". "), before.lastIndexOf(':'));
            if (sentence >= 0) before = before.substring(sentence + 1);
            if (!PARENT_CUE.matcher(before).find()) continue;
            return parentOf(c);
        }
        return null;
    }

    private static int foldedIndex(CitationText ct, int orig) {
        int lo = 0, hi = ct.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ct.orig(mid) < orig) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The parent reference of a KH citation: its level word and place read from the issuing body. */
    public static ParentReference parentOf(Citation c) {
        String level = null, place = null;
        if (c.issuingBody() != null) {
            CitationText bt = new CitationText(c.issuingBody());
            // The last level word followed by a capitalised name or ending the body ("xã" of "Xã hội" is not one).
            Matcher lv = LEVEL_IN_BODY.matcher(bt.folded());
            int ls = -1, le = -1;
            while (lv.find()) {
                int after = lv.end(1);
                if (after < bt.length() && bt.folded().charAt(after) == ' ') after++;
                if (after >= bt.length() || Character.isUpperCase(bt.originalChar(after))) {
                    ls = lv.start(1);
                    le = lv.end(1);
                }
            }
            if (ls >= 0) {
                level = bt.original(ls, le);
                String rest = bt.original(le, bt.length()).strip();
                place = rest.isEmpty() ? null : SPACES.matcher(rest).replaceAll(" ");
            }
        }
        return new ParentReference(c.type(), c.number(), c.year(), c.code(), c.issuedDate(), c.issuingBody(),
                level, place, c);
    }

    /** Same number and code but another date of issue or another level of issuer: another document. */
    private static boolean datesDiffer(Cand c, List<Cand> g) {
        String level = levelKey(c.body);
        for (Cand o : g) {
            if (c.date != null && o.date != null && !o.date.equals(c.date)) return true;
            String ol = levelKey(o.body);
            if (level != null && ol != null && !level.equals(ol)) return true;
        }
        return false;
    }

    private static String levelKey(String body) {
        if (body == null) return null;
        Matcher lv = LEVEL_IN_BODY.matcher(DocumentCatalog.nameKey(body));
        String last = null;
        while (lv.find()) last = lv.group(1);
        return last;
    }

    private static final class Chosen {
        final int fStart;
        final Citation citation;

        Chosen(int fStart, Citation citation) {
            this.fStart = fStart;
            this.citation = citation;
        }
    }

    private static Chosen best(List<Cand> g) {
        Cand pick = null;
        for (Cand c : g) if (!c.named && c.date != null) { pick = c; break; }
        if (pick == null) for (Cand c : g) if (!c.named) { pick = c; break; }
        if (pick == null) pick = g.get(0);
        // Fill what the chosen quote lacks from the other quotes of the same document.
        LocalDate date = pick.date;
        String body = pick.body;
        for (Cand c : g) {
            if (date == null && c.date != null) date = c.date;
            if (body == null && c.body != null) body = c.body;
        }
        return new Chosen(pick.fStart, new Citation(pick.type, pick.number, pick.year, pick.code, date, body,
                pick.canonicalId, pick.quote, pick.start, pick.end, pick.named));
    }
}
