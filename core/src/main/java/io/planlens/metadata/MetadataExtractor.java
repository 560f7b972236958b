package io.planlens.metadata;

import io.planlens.reference.ProvinceCatalog;
import io.planlens.reference.ProvinceCatalog.District;
import io.planlens.reference.ProvinceCatalog.Mention;
import io.planlens.reference.ProvinceCatalog.Province;
import io.planlens.text.RegexScan;
import io.planlens.text.TextNormaliser;
import io.planlens.text.Vietnamese;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a plan says about itself (year, number, date, issuer, level, place, signer, kind) from its
 * normalised text, and what its digital-signature trailer says from the original text. Keywords are matched
 * on a folded copy of the text (same offsets, no diacritics, lower case), so plans typed without diacritics
 * or in capitals read alike; names are taken from the text as written. Nothing is guessed: a value the text
 * does not state stays null, and what a careful reader would notice becomes a {@link QualityFlags} code.
 * Thread-safe; use {@link #shared()}.
 */
public final class MetadataExtractor implements Serializable {
    private static final long serialVersionUID = 1L;
    private static volatile MetadataExtractor shared;

    private static final int HEADER_SCAN_LINES = 25;

    // --- patterns over folded text (lower case, no diacritics, đ -> d) ---
    private static final Pattern TITLE = Pattern.compile(
            "^(ke hoach|bao cao|chuong trinh|quyet dinh|thong bao|huong dan|cong van|to trinh)(?=$|[\\s:.])");
    private static final Pattern TITLE_MIXED = Pattern.compile(
            "^(ke hoach|bao cao|chuong trinh)\\s*(?:$|[:.]?\\s*(?:thuc hien|trien khai|cong tac|hoat dong|bao ve|ve|hanh dong)\\b)");
    private static final Pattern NOT_TITLE_BODY = Pattern.compile("\\bso\\s*\\d|\\d+/[a-z]");
    private static final Pattern TITLE_BLOCK_STOP = Pattern.compile(
            "^(?:can cu|kinh gui|[ivx]{1,5}[.)]\\s|\\d{1,2}[.)]\\s|thuc hien\\s+(?:(?:ke hoach|cong van|quyet dinh|chi thi|nghi quyet|thong tu|huong dan|chuong trinh)\\s+so\\b|y kien|su chi dao|van ban)|de\\s|nham\\s)");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<!\\d)(20\\d{2}|19\\d{2})\\s*[-–—]\\s*(20\\d{2}|19\\d{2})(?!\\d)");
    private static final Pattern YEAR_AFTER_NAM = Pattern.compile("(den\\s+|toi\\s+|het\\s+|vao\\s+|truoc\\s+|sau\\s+|so voi\\s+)?\\bnam\\s+(?:hoc\\s+)?(20\\d{2})(?!\\s*[-–—]\\s*20\\d{2})(?!\\d)");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("\\bnam hoc\\s+(20\\d{2})\\s*[-–—]\\s*(20\\d{2})");
    private static final Pattern SELF_YEAR = Pattern.compile(
            "(?:ban hanh|xay dung|tren day la)\\s+ke hoach(?!\\s+so)[^.;:\\n]{0,120}?(?<!den |toi )\\bnam\\s+(20\\d{2})(?!\\s*[-–—]\\s*20\\d{2})(?!\\d)");
    private static final Pattern DOC_NUMBER = Pattern.compile("(?:^|\\s)so\\s*[:.]?\\s*([^\\s/]{0,12})\\s*/\\s*(?=\\S)");
    private static final Pattern DATE_LINE = Pattern.compile(
            "\\s*,\\s*ngay(?:\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})"
                    + "|[\\s._…-]*(\\d{1,2})?[\\s._…-]*thang[\\s._…-]*(\\d{1,2})?[\\s._…-]*nam[\\s._…-]*(\\d{4})?)");
    private static final Pattern SIGNATURE_VN = Pattern.compile(
            "(?:thoi gian ky|ngay ky|ky ngay|thoi gian)\\s*:?\\s*(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final String UNIT_F = "(thi tran|thi xa|thanh pho|xa|phuong|huyen|quan|tinh|tp\\.?)";
    private static final Pattern COMMITTEE = Pattern.compile(
            "(?<![a-z])(?:uy ban nhan dan|uy ban nhan|ubnd)\\s+" + UNIT_F + "(?![a-z])");
    private static final RegexScan.StartTest COMMITTEE_START = RegexScan.wordStartingWithAny("uy ban nhan", "ubnd");
    private static final Pattern COMMITTEE_ALONE = Pattern.compile("^(?:uy ban nhan dan|ubnd)$");
    private static final Pattern UNIT_LINE = Pattern.compile("^" + UNIT_F + "(?![a-z])");
    private static final Pattern COMMITTEE_ONLY = Pattern.compile("^(?:uy ban nhan dan|ubnd)\\s+" + UNIT_F + "(?:\\s+(.+))?$");
    private static final Pattern SELF_VERB = Pattern.compile(
            "\\s(?:da\\s+|vua\\s+)?(?:xay dung|ban hanh|lap|trien khai xay dung)\\s+(?:ke hoach|chuong trinh)\\b");
    private static final Pattern SCHOOL = Pattern.compile(
            "^truong\\s+(?:mam non|mau giao|tieu hoc|trung hoc co so|trung hoc pho thong|thcs|thpt|th|mn|mg|ptdtbt|ptdtnt|pho thong|lien cap|th&thcs|th va thcs|thcs&thpt|thcs va thpt|tieu hoc va trung hoc co so)"
                    + "(?:\\s+(?:va|&)\\s+(?:thcs|thpt|trung hoc co so))?\\s+[^,;:]{1,60}$");
    private static final Pattern AGENCY = Pattern.compile(
            // not a place-and-date line: "Hội An, ngày 30 tháng 4 năm 2024", "Bố Trạch, ngày ..."
            "^(?![^/]*,\\s*ngay\\b)(so|phong|bo|ban|hoi|doan|trung tam|cong an|thu tuong|chinh phu|uy ban quoc gia|lien doan)\\s[^/]{1,120}$");
    private static final Pattern DISTRICT_MENTION = Pattern.compile("(?<![a-z])(huyen|quan|thi xa|thanh pho)\\s+(?=\\S)");
    private static final RegexScan.StartTest DISTRICT_MENTION_START = RegexScan.wordStartingWithAny("huyen", "quan", "thi xa", "thanh pho");
    private static final Pattern ROLE_LINE = Pattern.compile(
            "(?:^|\\s)(?:chu tich|hieu truong|giam doc|truong phong|truong ban|bi thu|tm\\.|kt\\.|tl\\.|q\\.)(?:\\s|$)");
    private static final Pattern NEWS_MARKER = Pattern.compile(
            "(?:vua ban hanh|da ban hanh|phong vien|\\(pv\\)|tin va anh|theo bao|theo cong|cong thong tin dien tu|bai viet|luot xem|dang ngay|nguon:|\\(bao [a-z]|\\(\\w+\\.vn\\))");
    /**
     * "công tác trẻ em năm 2023" in a 2024 plan. Searched from its year ("năm 2023", a literal start the regex
     * engine finds fast) back to the context words just before it, rather than trying the context words at every
     * character of the plan.
     */
    private static final Pattern STALE_YEAR = Pattern.compile("nam\\s+(20\\d{2})(?!\\s*[-–—]\\s*20\\d{2})(?!\\d)");
    private static final Pattern STALE_CONTEXT_BEFORE = Pattern.compile(
            "(?:cong tac tre em|trung thu|thang hanh dong vi tre em|dien dan tre em|quoc te thieu nhi|trong nam|ke hoach phat trien giao duc)\\s+$");
    /** Longest context words and the white space a line break may leave before "năm". */
    private static final int STALE_CONTEXT_WINDOW = 200;
    private static final Pattern STALE_EXCUSE = Pattern.compile(
            "(?:ket qua|tong ket|danh gia|so voi|bao cao|da thuc hien|dat duoc|so\\s*\\d+\\s*/)[^.;]{0,80}$");
    /** A department written in capitals after a committee's name on the same line: "... SỞ Y TẾ", "... PHÒNG GD&ĐT". */
    private static final Pattern SUB_AGENCY = Pattern.compile("\\s((?:SỞ|PHÒNG|BAN|SO|PHONG)\\s+\\p{Lu}.*)$");
    /** "(cũ)", "cũ" after a unit's name: a unit as it was before the 2025 merger. */
    private static final Pattern FORMER_UNIT = Pattern.compile("\\s*\\(\\s*cu\\s*\\)|\\s+cu(?![a-z])");
    /** A Party committee: "TỈNH ỦY QUẢNG BÌNH", "Ban Thường vụ Huyện ủy", "ĐẢNG ỦY XÃ TÂN PHÚ". */
    private static final Pattern PARTY = Pattern.compile(
            "^(?:ban thuong vu\\s+|ban chap hanh\\s+(?:dang bo\\s+)?|thuong truc\\s+)?(tinh uy|thanh uy|huyen uy|thi uy|quan uy|dang uy\\s+(?:xa|phuong|thi tran))(?![a-z])\\s*(.*)$");
    /** What a news report says about the plan it reports: "vừa ban hành Kế hoạch số 36/KH-UBND ... năm 2024". */
    private static final Pattern NEWS_PLAN_YEAR = Pattern.compile(
            "ban hanh\\s+ke hoach(?:\\s+so)?\\s*\\d{1,5}\\s*[/-]\\s*[a-z0-9/&-]{1,25}(?:\\s+ngay\\s+[0-9/.-]{6,10})?[^.;:\\n]{0,120}?(?<!den |toi )\\bnam\\s+(20\\d{2})(?!\\s*[-–—]\\s*20\\d{2})(?!\\d)");
    private static final Pattern CLOSING = Pattern.compile("tren day la\\s+ke hoach[^\\n]{0,200}?\\bcua\\s+(?=(?:uy ban nhan dan|ubnd)\\s)");

    // --- patterns over the text as written ---
    private static final Pattern NAME = Pattern.compile(
            "\\s*((?:[\\p{Lu}\\d][\\p{L}\\d'’]*)(?:[ -](?:[\\p{Lu}\\d][\\p{L}\\d'’]*)){0,4})");
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "([\\p{Lu}][\\p{L}.'’]*(?:[ -][\\p{Lu}\\d][\\p{L}\\d.'’]*){0,4})\\s*$");
    /** A place left blank before the date: "……, ngày", "..........., ngày". */
    private static final Pattern BLANK_PLACE = Pattern.compile("^.*?(?:^|\\s)[._…]{2,}\\s*$|^\\s*$");
    private static final Pattern DOC_CODE = Pattern.compile(
            "(?:\\d{4}\\s*/\\s*)?[A-ZĐ][A-ZĐa-z0-9&]*(?:\\s?[-–]\\s?[A-ZĐ0-9][A-ZĐa-z0-9&]*){0,3}");
    private static final Pattern REAL_NUMBER = Pattern.compile("\\d{1,6}[a-zA-Z]?");
    /** The vowel of "Số" as written or misread by OCR ("Sô", "Sổ"), not the "ơ" of "sơ". */
    private static final String SO_VOWELS = "oOôÔốỐồỒổỔỗỖộỘóÓòÒỏỎõÕọỌ";
    private static final Pattern PARTY_NUMBER = Pattern.compile("(\\d{1,6})\\s*[-–]\\s*([A-ZĐ][A-ZĐa-z]{0,7})");
    /** A type word right before "số": the number is a cited document's, not the plan's own. */
    private static final Pattern CITED_BEFORE = Pattern.compile(
            "(?:ke hoach|quyet dinh|nghi quyet|nghi dinh|chi thi|thong tu|cong van|van ban|huong dan|thong bao|ket luan|chuong trinh|to trinh|bao cao|cong dien|luat)\\s*$");
    /** "Số: 321/KH-UBND ngày 12/4/2023": the date written on the number line. */
    private static final Pattern NUMBER_LINE_DATE = Pattern.compile(
            "\\s*,?\\s*ngay\\s*(\\d{1,2})\\s*(?:[/.-]|thang)\\s*(\\d{1,2})\\s*(?:[/.-]|nam)\\s*((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern SIGNATURE_ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})[T ]\\d{2}:\\d{2}");
    /** Longest local part (64) or domain (63 + 5 x 64 + 3) of {@link #EMAIL}. */
    private static final int EMAIL_SPAN = 64 + 6 * 64 + 3;
    private static final Pattern EMAIL = Pattern.compile("(?<![A-Za-z0-9._-])([A-Za-z0-9._-]{1,64})@([A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,5}\\.vn)(?![A-Za-z0-9])");
    private static final Pattern CAPS_NAME_STOP = Pattern.compile(
            "\\s+(?:CỘNG|TRƯỜNG|PHÒNG|SỞ|SỐ|Số|KẾ|BAN|HỘI|ĐỘC|Độc|Căn|Thực|Kế|Trên|Về|Để|Trường|Phòng|Ban|Hội|Sở|Đề|Tổ|Đoàn|Công|Thị|Huyện|Xã|Phường|Tỉnh|UBND|CONG|TRUONG|KE|ĐẢNG|Đảng|DANG|PHONG|SO|BAN|HOI|DOC|DOAN)(?:\\s.*)?$");
    private static final Pattern PERSON = Pattern.compile("^[\\p{Lu}][\\p{Ll}]+(?: [\\p{Lu}][\\p{Ll}]*){1,4}$");
    private static final Pattern CAP_WORDS = Pattern.compile("[\\p{Lu}][\\p{L}'’]*(?: [\\p{Lu}][\\p{L}'’]*){0,3}");
    private static final Set<String> BARE_EXCLUDED = Set.of("ho chi minh");

    private static final Map<String, String> UNIT_NAMES = Map.of("thi tran", "thị trấn", "thi xa", "thị xã",
            "thanh pho", "thành phố", "xa", "xã", "phuong", "phường", "huyen", "huyện", "quan", "quận", "tinh", "tỉnh",
            "tp", "thành phố");

    private final ProvinceCatalog catalog;

    public MetadataExtractor(ProvinceCatalog catalog) {
        this.catalog = catalog;
    }

    public static MetadataExtractor shared() {
        MetadataExtractor m = shared;
        if (m == null) {
            synchronized (MetadataExtractor.class) {
                m = shared;
                if (m == null) {
                    m = new MetadataExtractor(ProvinceCatalog.shared());
                    shared = m;
                }
            }
        }
        return m;
    }

    /** Issuer parsed from a phrase: a committee (type + name), a school, or another body. */
    private record Unit(String kind, String type, String name, String written) {}

    /** A text and its folded twin (same length). */
    private record Folded(String text, String f) {
        static Folded of(String s) {
            return new Folded(s, Vietnamese.foldKeepingLength(s));
        }

        Folded sub(int from, int to) {
            return new Folded(text.substring(from, to), f.substring(from, to));
        }
    }

    public PlanMetadata extract(String normalisedText, String originalText) {
        String text = normalisedText == null ? "" : normalisedText;
        String original = originalText == null ? text : originalText;
        Folded all = Folded.of(text);
        List<Folded> lines = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            lines.add(all.sub(pos, end));
            if (nl < 0) break;
            pos = nl + 1;
        }
        Set<String> flags = new LinkedHashSet<>();

        // Title, kind, header region
        int titleIdx = -1;
        String kind = null;
        for (int i = 0; i < Math.min(lines.size(), HEADER_SCAN_LINES); i++) {
            Folded l = lines.get(i);
            Matcher t = TITLE.matcher(l.f());
            if (t.find()) {
                String word = l.text().substring(0, t.end(1));
                boolean caps = word.equals(word.toUpperCase(Locale.ROOT));
                if (caps || (TITLE_MIXED.matcher(l.f()).find() && l.f().length() <= 160
                        && !NOT_TITLE_BODY.matcher(l.f()).find())) {
                    titleIdx = i;
                    kind = kindOfTitle(t.group(1));
                    break;
                }
            }
        }
        int headerEnd = titleIdx >= 0 ? titleIdx : Math.min(lines.size(), 4);
        List<Folded> header = lines.subList(0, headerEnd);
        String titleBlock = titleIdx >= 0 ? titleBlock(lines, titleIdx) : "";

        // Plan year and period
        Integer planYear = null;
        String period = null;
        if (!titleBlock.isEmpty()) {
            Matcher sy = SCHOOL_YEAR.matcher(titleBlock);
            Matcher r = YEAR_RANGE.matcher(titleBlock);
            if (sy.find()) {
                period = sy.group(1) + "-" + sy.group(2);
            } else if (r.find()) {
                period = r.group(1) + "-" + r.group(2);
            }
            Set<Integer> years = new TreeSet<>();
            Matcher y = YEAR_AFTER_NAM.matcher(titleBlock);
            while (y.find()) {
                if (y.group(1) == null) years.add(Integer.parseInt(y.group(2)));
            }
            if (years.size() == 1) {
                planYear = years.iterator().next();
            } else if (years.size() > 1) {
                flags.add(QualityFlags.AMBIGUOUS_PLAN_YEAR);
            }
        }
        if (planYear == null && period == null && !flags.contains(QualityFlags.AMBIGUOUS_PLAN_YEAR)) {
            Set<Integer> years = new TreeSet<>();
            Matcher m = SELF_YEAR.matcher(all.f());
            while (m.find()) years.add(Integer.parseInt(m.group(1)));
            if (years.size() == 1) planYear = years.iterator().next();
            else if (years.size() > 1) flags.add(QualityFlags.AMBIGUOUS_PLAN_YEAR);
        }
        if (planYear == null && period == null) flags.add(QualityFlags.NO_PLAN_YEAR);

        if (kind == null) {
            kind = kindWithoutTitle(all, lines);
        } else if (titleIdx >= 0 && !isCapsTitle(lines.get(titleIdx))
                && NEWS_MARKER.matcher(all.f().substring(0, Math.min(all.f().length(), 600))).find()) {
            kind = "news"; // a headline that names a plan, followed by a news dateline
        }
        if ("news".equals(kind) && planYear == null && period == null && !flags.contains(QualityFlags.AMBIGUOUS_PLAN_YEAR)) {
            // A report on a plan: the year of the plan it says was issued, when it names exactly one.
            Set<Integer> years = new TreeSet<>();
            Matcher m = NEWS_PLAN_YEAR.matcher(all.f());
            while (m.find()) years.add(Integer.parseInt(m.group(1)));
            if (years.size() == 1) {
                planYear = years.iterator().next();
                flags.remove(QualityFlags.NO_PLAN_YEAR);
            }
        }

        // Document number, issue date and place of issue: header lines (or the first lines without a title)
        List<Folded> numberRegion = titleIdx >= 0 ? header : lines.subList(0, Math.min(lines.size(), 6));
        String docNumber = null;
        boolean numberSeen = false;
        LocalDate numberLineDate = null;
        LocalDate issued = null;
        String place = null;
        boolean dateSeen = false;
        for (Folded l : numberRegion) {
            if (!numberSeen) {
                Matcher dn = DOC_NUMBER.matcher(l.f());
                while (dn.find()) {
                    String soWord = l.text().substring(dn.start() == 0 ? 0 : dn.start() + 1).strip();
                    // "Số", "SỐ", "So", OCR "Sô"/"Sổ"; not "sơ" (another word)
                    if (soWord.length() < 2 || "Ss".indexOf(soWord.charAt(0)) < 0 || SO_VOWELS.indexOf(soWord.charAt(1)) < 0
                            || (soWord.charAt(0) == 's' && soWord.charAt(1) != 'ố')) continue;
                    // "Kế hoạch số 36/KH-UBND" in a sentence cites a document; the plan's own number stands alone.
                    if (CITED_BEFORE.matcher(l.f().substring(0, dn.start() + (dn.start() == 0 ? 0 : 1))).find()) continue;
                    Matcher code = DOC_CODE.matcher(l.text()).region(dn.end(), l.text().length());
                    if (!code.lookingAt()) continue;
                    numberSeen = true;
                    String num = l.text().substring(dn.start(1), dn.end(1));
                    Matcher party = PARTY_NUMBER.matcher(num);
                    if (REAL_NUMBER.matcher(num).matches()) {
                        docNumber = num + "/" + code.group().replaceAll("\\s", "").replace('–', '-');
                    } else if (party.matches()) { // "Số 145-KH/TU": a Party body's numbering
                        docNumber = party.group(1) + "-" + party.group(2) + "/" + code.group().replaceAll("\\s", "").replace('–', '-');
                    } else {
                        flags.add(QualityFlags.BLANK_DOC_NUMBER);
                    }
                    if (!dateSeen) numberLineDate = numberLineDate(l.f(), code.end());
                    break;
                }
            }
            if (!dateSeen) {
                Matcher dl = DATE_LINE.matcher(l.f());
                while (dl.find()) {
                    String before = l.text().substring(Math.max(0, dl.start() - 80), dl.start());
                    Matcher nb = NAME_BEFORE.matcher(before);
                    boolean blankPlace = BLANK_PLACE.matcher(before).matches();
                    if (!nb.find() && !blankPlace) continue;
                    dateSeen = true;
                    place = blankPlace ? null : nb.group(1).strip();
                    String d = dl.group(1) != null ? dl.group(1) : dl.group(4);
                    String mo = dl.group(2) != null ? dl.group(2) : dl.group(5);
                    String yr = dl.group(3) != null ? dl.group(3) : dl.group(6);
                    if (d == null || mo == null || yr == null) {
                        flags.add(QualityFlags.BLANK_ISSUED_DATE);
                    } else {
                        try {
                            issued = LocalDate.of(Integer.parseInt(yr), Integer.parseInt(mo), Integer.parseInt(d));
                        } catch (DateTimeException e) {
                            flags.add(QualityFlags.INVALID_ISSUED_DATE);
                        }
                    }
                    break;
                }
            }
        }

        if (issued == null && !dateSeen && numberLineDate != null) issued = numberLineDate;

        // Signature time
        LocalDate signed = signatureDate(original);
        if (issued != null && signed != null && Math.abs(ChronoUnit.DAYS.between(issued, signed)) > 30) {
            flags.add(QualityFlags.ISSUED_DATE_CONTRADICTS_SIGNATURE);
        }
        if (issued != null && planYear != null
                && (issued.getYear() > planYear || issued.isBefore(LocalDate.of(planYear - 1, 1, 1)))) {
            flags.add(QualityFlags.ISSUED_DATE_CONTRADICTS_PLAN_YEAR);
        }

        // Issuer
        Unit unit = selfReference(lines);
        Unit fromHeader = headerUnit(header);
        if (unit != null && "party".equals(unit.kind()) && unit.name() == null && fromHeader != null
                && "party".equals(fromHeader.kind()) && unit.type().equals(fromHeader.type())) {
            unit = fromHeader;
        }
        if (unit == null) unit = fromHeader;
        if (unit == null) unit = closingUnit(all);
        if (unit != null && "committee".equals(unit.kind()) && unit.name() == null) {
            String name = mostFrequentCommitteeName(all, unit.type());
            if (name == null) name = mostFrequentCommitteeName(Folded.of(original), unit.type());
            if (name == null && place != null && isCommuneType(unit.type())) name = place;
            unit = new Unit(unit.kind(), unit.type(), name, unit.written());
        }
        String level = unit == null ? null : levelOf(unit);

        // Places
        List<String[]> mailboxes = mailboxes(original);
        String district = null;
        String commune = null;
        Province p = provinceFromClues(unit, level, all, mailboxes, flags);
        if ("district".equals(level) && unit.name() != null) {
            District d = pickDistrict(unit.name(), p, unit.type());
            district = d != null ? d.name() : unit.name();
            if (p == null && d != null) p = catalog.byCode(d.provinceCode()).orElse(null);
        } else if ("commune".equals(level) || "school".equals(level) || "other".equals(level)) {
            if ("commune".equals(level)) commune = unit.name();
            String[] dm = districtFromClues(all, mailboxes, p, unit, flags);
            if (dm != null) {
                district = dm[0];
                if (p == null && dm[1] != null) p = catalog.byCode(dm[1]).orElse(null);
            }
            if (commune == null && "commune".equals(level)) commune = communeFromMailbox(text, mailboxes);
        }

        // Stale year, OCR residue, replaced bytes
        if (planYear != null && staleYear(all.f(), planYear)) flags.add(QualityFlags.STALE_YEAR_REFERENCE);
        if (TextNormaliser.hasOcrResidue(original)) flags.add(QualityFlags.OCR_RESIDUE);
        if (original.indexOf('\uFFFD') >= 0) flags.add(QualityFlags.INVALID_BYTES);

        String issuer = unit == null ? null : issuerString(unit, district);
        return new PlanMetadata(planYear, period, kind, issuer, level, p == null ? null : p.name(),
                p == null ? null : p.code(), p == null ? null : p.province2025(), district, commune, docNumber, issued,
                signer(lines), List.copyOf(flags));
    }

    private static final Map<String, String> PARTY_UNITS = Map.of("tinh uy", "tỉnh", "thanh uy", "thành phố",
            "huyen uy", "huyện", "thi uy", "thị xã", "quan uy", "quận");

    /** A Party committee phrase as a unit: its government-level word as type, the name after it. */
    private static Unit partyUnit(Folded line) {
        Matcher m = PARTY.matcher(line.f());
        if (!m.matches()) return null;
        String word = m.group(1).replaceAll("\\s+", " ");
        String type = PARTY_UNITS.get(word);
        if (type == null) type = UNIT_NAMES.get(word.substring("dang uy ".length()));
        String name = m.group(2).isEmpty() ? null : nameAt(line.text(), m.start(2));
        return new Unit("party", type, name, titleCaseIfCaps(line.text().strip()));
    }

    /** "SỞ Y TẾ", "Sở Giáo dục": the word of a department, not the "Số" of a number. */
    private static boolean isDepartmentWord(String text) {
        String t = text.strip();
        return t.startsWith("SỞ") || t.startsWith("Sở") || (t.startsWith("SO ") && Vietnamese.isAscii(t));
    }

    private static LocalDate numberLineDate(String folded, int from) {
        Matcher m = NUMBER_LINE_DATE.matcher(folded).region(from, folded.length());
        if (!m.lookingAt()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean isCapsTitle(Folded line) {
        String head = line.text().substring(0, Math.min(line.text().length(), 8));
        return head.equals(head.toUpperCase(Locale.ROOT));
    }

    private static String kindOfTitle(String folded) {
        return switch (folded) {
            case "ke hoach" -> "plan";
            case "bao cao" -> "report";
            case "chuong trinh" -> "programme";
            default -> "other";
        };
    }

    private static String kindWithoutTitle(Folded all, List<Folded> lines) {
        if (NEWS_MARKER.matcher(all.f()).find()) return "news";
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < Math.min(3, lines.size()); i++) head.append(lines.get(i).f()).append(' ');
        if (head.toString().startsWith("chuong trinh")) return "programme";
        if (SELF_YEAR.matcher(all.f()).find() || SELF_VERB.matcher(all.f()).find()) return "plan";
        return "other";
    }

    /** The folded title line and the subtitle lines that follow it. */
    private static String titleBlock(List<Folded> lines, int titleIdx) {
        StringBuilder sb = new StringBuilder(lines.get(titleIdx).f());
        for (int i = titleIdx + 1; i < Math.min(lines.size(), titleIdx + 4); i++) {
            String l = lines.get(i).f();
            if (l.length() > 130 || TITLE_BLOCK_STOP.matcher(l).find() || NOT_TITLE_BODY.matcher(l).find()) break;
            sb.append('\n').append(l);
        }
        return sb.toString();
    }

    private static LocalDate signatureDate(String original) {
        try {
            Matcher m = SIGNATURE_ISO.matcher(original).useTransparentBounds(true);
            // a match has its first '-' four characters in: try the regex only there, not at every character
            for (int dash = original.indexOf('-', 4); dash >= 0; dash = original.indexOf('-', dash + 1)) {
                if (m.region(dash - 4, original.length()).lookingAt()) {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                }
            }
            Matcher v = SIGNATURE_VN.matcher(Vietnamese.foldKeepingLength(original));
            if (v.find()) {
                return LocalDate.of(Integer.parseInt(v.group(3)), Integer.parseInt(v.group(2)), Integer.parseInt(v.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** The body that says it "xây dựng / ban hành Kế hoạch" in the preamble. */
    private Unit selfReference(List<Folded> lines) {
        for (int i = 0; i < Math.min(lines.size(), 40); i++) {
            Folded l = lines.get(i);
            Matcher m = SELF_VERB.matcher(l.f());
            while (m.find()) {
                int end = m.start();
                int start = clauseStart(l.f(), end);
                Unit u = parseUnit(l.sub(start, end));
                if (u != null) return u;
            }
        }
        return null;
    }

    /** Start of the clause ending at {@code end}; a ", tỉnh X" qualifier does not end it. */
    private static int clauseStart(String f, int end) {
        for (int k = end - 1; k >= 0; k--) {
            char c = f.charAt(k);
            if (c == ',' && (f.startsWith(" tinh ", k + 1) || f.startsWith(" thanh pho ", k + 1) || f.startsWith(" tp", k + 1)
                    || f.startsWith("tinh ", k + 1))) {
                continue;
            }
            if (c == '.' || c == ';' || c == ':' || c == ',' || c == '(' || c == ')') return k + 1;
        }
        return 0;
    }

    private Unit parseUnit(Folded phrase) {
        Folded p = trim(phrase);
        int lead = 0; // "(Báo X) - UBND tỉnh ...": the dash of a news dateline
        while (lead < p.text().length() && "-–—•*> ".indexOf(p.text().charAt(lead)) >= 0) lead++;
        if (lead > 0) p = trim(p.sub(lead, p.text().length()));
        if (p.text().isEmpty() || p.text().length() > 160) return null;
        // "UBND huyện X, tỉnh Y": the qualifier is a clue, not part of the name
        int comma = p.f().indexOf(',');
        Folded core = comma > 0 ? trim(p.sub(0, comma)) : p;
        Matcher c = COMMITTEE_ONLY.matcher(core.f());
        if (c.matches()) {
            if (!unitWordOk(core.text().substring(c.start(1), c.end(1)), c.group(1))) return null;
            String rest = c.group(2) == null ? null : core.text().substring(c.start(2));
            String name = null;
            if (rest != null) {
                Matcher n = NAME.matcher(rest);
                if (!n.matches()) return null;
                name = cleanName(n.group(1));
            }
            return new Unit("committee", UNIT_NAMES.get(c.group(1).replace(".", "")), name, p.text());
        }
        Unit party = partyUnit(core);
        if (party != null) return party;
        if (SCHOOL.matcher(core.f()).matches()) {
            return new Unit("school", null, null, titleCaseIfCaps(core.text()));
        }
        Matcher a = AGENCY.matcher(p.f());
        if (a.matches() && !(a.group(1).equals("so") && !p.text().startsWith("Sở") && !p.text().startsWith("SỞ")
                && !Vietnamese.isAscii(p.text()))) {
            return new Unit("agency", a.group(1), null, titleCaseIfCaps(p.text()));
        }
        return null;
    }

    private static Folded trim(Folded x) {
        int s = 0;
        int e = x.text().length();
        while (s < e && Character.isWhitespace(x.text().charAt(s))) s++;
        while (e > s && Character.isWhitespace(x.text().charAt(e - 1))) e--;
        return x.sub(s, e);
    }

    /** A folded keyword matched on the written text: the written word must carry its own diacritics, or none at all. */
    private static boolean unitWordOk(String written, String folded) {
        if (Vietnamese.isAscii(written)) return true;
        String w = written.toLowerCase(Locale.ROOT).replace(".", "");
        String expected = UNIT_NAMES.get(folded.replace(".", ""));
        return w.equals(expected) || w.equals("tp");
    }

    /** The issuing body from the header block ("ỦY BAN NHÂN DÂN XÃ IA HLA", "TRƯỜNG TIỂU HỌC ..."). */
    private Unit headerUnit(List<Folded> header) {
        Unit found = null;
        for (int i = 0; i < header.size(); i++) {
            Folded l = header.get(i);
            Unit u = null;
            if (COMMITTEE_ALONE.matcher(l.f()).matches()) {
                // "ỦY BAN NHÂN DÂN" / (motto column) / "HUYỆN TỨ KỲ": the unit sits on a following line
                for (int k = i + 1; k < Math.min(header.size(), i + 4); k++) {
                    Matcher m = UNIT_LINE.matcher(header.get(k).f());
                    if (m.find() && unitWordOk(header.get(k).text().substring(m.start(1), m.end(1)), m.group(1))) {
                        String name = nameAt(header.get(k).text(), m.end());
                        if (name != null) {
                            u = new Unit("committee", UNIT_NAMES.get(m.group(1).replace(".", "")), name, header.get(k).text());
                        }
                        break;
                    }
                }
                if (u != null) {
                    found = u;
                    continue;
                }
            }
            Unit party = partyUnit(l);
            Matcher c = COMMITTEE.matcher(l.f());
            if (party != null && party.name() != null) {
                u = party;
            } else if (c.find() && c.start() <= 2 && unitWordOk(l.text().substring(c.start(1), c.end(1)), c.group(1))) {
                u = new Unit("committee", UNIT_NAMES.get(c.group(1).replace(".", "")), nameAt(l.text(), c.end()), l.text());
                // "UBND HUYỆN LẬP THẠCH UBND THỊ TRẤN HOA SƠN": stacked header lines joined; the last unit issues.
                while (c.find()) {
                    if (!unitWordOk(l.text().substring(c.start(1), c.end(1)), c.group(1))) continue;
                    String lower = nameAt(l.text(), c.end());
                    if (lower != null) u = new Unit("committee", UNIT_NAMES.get(c.group(1).replace(".", "")), lower, l.text());
                }
                c = COMMITTEE.matcher(l.f());
                c.find();
                // "UBND TỈNH CAO BẰNG SỞ Y TẾ": two header lines joined; the department under the committee issues.
                Matcher sub = SUB_AGENCY.matcher(l.text()).region(c.end(), l.text().length());
                if (u.name() != null && sub.find()) {
                    Folded rest = trim(l.sub(sub.start(1), l.text().length()));
                    if (AGENCY.matcher(rest.f()).matches() && rest.text().length() < 100) {
                        u = new Unit("agency", null, null, titleCaseIfCaps(rest.text()));
                    }
                }
            } else {
                int t = l.f().indexOf("truong ");
                Folded rest = t >= 0 ? trim(l.sub(t, l.text().length())) : null;
                String cut = rest == null ? null : CAPS_NAME_STOP.matcher(rest.text().substring(1)).replaceFirst("");
                if (rest != null && SCHOOL.matcher(rest.f().substring(0, cut.length() + 1)).matches()) {
                    u = new Unit("school", null, null, titleCaseIfCaps(rest.text().substring(0, cut.length() + 1)));
                } else if (AGENCY.matcher(l.f()).matches() && l.text().length() < 100
                        && (!l.f().startsWith("so ") || isDepartmentWord(l.text()))) {
                    u = new Unit("agency", null, null, titleCaseIfCaps(l.text()));
                }
            }
            if (u != null) found = u; // the lowest level in a stacked header is the issuer
        }
        return found;
    }

    private static String nameAt(String text, int from) {
        Matcher n = NAME.matcher(text).region(from, text.length());
        return n.lookingAt() ? cleanName(n.group(1)) : null;
    }

    private Unit closingUnit(Folded all) {
        Matcher m = CLOSING.matcher(all.f());
        if (m.find()) {
            Matcher c = COMMITTEE.matcher(all.f()).region(m.end(), all.f().length());
            if (c.lookingAt()) {
                return new Unit("committee", UNIT_NAMES.get(c.group(1).replace(".", "")), nameAt(all.text(), c.end()),
                        all.text().substring(c.start(), c.end()));
            }
        }
        return null;
    }

    private static String mostFrequentCommitteeName(Folded text, String type) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher c = RegexScan.matcher(COMMITTEE, text.f());
        for (int from = 0; RegexScan.find(c, text.f(), from, COMMITTEE_START); from = c.end()) {
            if (type.equals(UNIT_NAMES.get(c.group(1).replace(".", "")))
                    && unitWordOk(text.text().substring(c.start(1), c.end(1)), c.group(1))) {
                String n = nameAt(text.text(), c.end());
                if (n != null) counts.merge(n, 1, Integer::sum);
            }
        }
        return best(counts);
    }

    private static String best(Map<String, Integer> counts) {
        String best = null;
        int bestN = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestN) {
                best = e.getKey();
                bestN = e.getValue();
                tie = false;
            } else if (e.getValue() == bestN) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static boolean isCommuneType(String type) {
        return "xã".equals(type) || "phường".equals(type) || "thị trấn".equals(type);
    }

    /** A name as written, cut at the first word that starts the next phrase, title-cased when all caps. */
    private static String cleanName(String raw) {
        if (raw == null) return null;
        String n = CAPS_NAME_STOP.matcher(raw).replaceFirst("").strip();
        if (n.isEmpty()) return null;
        return titleCaseIfCaps(n);
    }

    static String titleCaseIfCaps(String s) {
        boolean lower = false;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) lower = true;
            if (Character.isLetter(s.charAt(i))) letters++;
        }
        if (lower || letters < 2) return s;
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                sb.append(start ? c : Character.toLowerCase(c));
                start = false;
            } else {
                sb.append(c);
                start = c == ' ' || c == '-' || c == '(';
            }
        }
        String out = sb.toString();
        for (String abbr : new String[] {"Ubnd", "Thcs", "Thpt", "Ptdtbt", "Ptdtnt", "Gd&đt", "Lđtbxh", "Lđ-tb&xh", "Mn ", "Th "}) {
            out = out.replace(abbr, abbr.toUpperCase(Locale.ROOT));
        }
        return out.replace("Trường Tiểu Học", "Trường Tiểu học").replace("Trường Mầm Non", "Trường Mầm non")
                .replace("Trường Trung Học Cơ Sở", "Trường Trung học cơ sở")
                .replace("Trường Trung Học Phổ Thông", "Trường Trung học phổ thông")
                .replace("Trường Mẫu Giáo", "Trường Mẫu giáo")
                .replace("Ủy Ban Nhân Dân", "Ủy ban nhân dân").replace("Uỷ Ban Nhân Dân", "Ủy ban nhân dân");
    }

    private String levelOf(Unit u) {
        switch (u.kind()) {
            case "school":
                return "school";
            case "committee", "party":
                if (u.type() == null) return null;
                switch (u.type()) {
                    case "xã", "phường", "thị trấn":
                        return "commune";
                    case "huyện", "quận", "thị xã":
                        return "district";
                    case "tỉnh":
                        return "province";
                    case "thành phố": {
                        if (u.name() == null) return null;
                        if (!catalog.findDistricts(u.name(), null, "thành phố").isEmpty()) return "district";
                        Optional<Province> p = catalog.resolve(u.name());
                        if (p.isPresent() && Vietnamese.fold(p.get().name()).equals(Vietnamese.fold(u.name()))) {
                            return "province";
                        }
                        return "district";
                    }
                    default:
                        return null;
                }
            default: {
                String w = Vietnamese.fold(u.written());
                if (w.startsWith("so ")) return "province";
                if (w.startsWith("phong ")) return "district";
                if (w.startsWith("bo ") || w.startsWith("chinh phu") || w.startsWith("thu tuong")
                        || w.startsWith("uy ban quoc gia")) return "national";
                return "other";
            }
        }
    }

    private static String issuerString(Unit u, String district) {
        if ("party".equals(u.kind())) {
            if (u.name() == null) return null;
            String head = switch (u.type()) {
                case "tỉnh" -> "Tỉnh ủy";
                case "thành phố" -> "Thành ủy";
                case "huyện" -> "Huyện ủy";
                case "thị xã" -> "Thị ủy";
                case "quận" -> "Quận ủy";
                default -> "Đảng ủy " + u.type();
            };
            return head + " " + u.name();
        }
        if ("committee".equals(u.kind())) {
            if (u.name() == null) return null;
            String name = u.name();
            if (district != null && Vietnamese.fold(district).equals(Vietnamese.fold(name))) name = district;
            return "UBND " + u.type() + " " + name;
        }
        return u.written();
    }

    /** Mailboxes in the text as {local part, domain}. */
    private static List<String[]> mailboxes(String original) {
        List<String[]> out = new ArrayList<>();
        if (original.indexOf('@') < 0) return out;
        // A mailbox holds one '@' with at most EMAIL_SPAN characters around it: search only there.
        Matcher m = EMAIL.matcher(original).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int at = original.indexOf('@'); at >= 0; at = original.indexOf('@', at + 1)) {
            if (at < from) continue;
            m.region(Math.max(from, at - EMAIL_SPAN), Math.min(original.length(), at + 1 + EMAIL_SPAN));
            if (m.find() && m.start() <= at) {
                out.add(new String[] {m.group(1).toLowerCase(Locale.ROOT), m.group(2).toLowerCase(Locale.ROOT)});
                from = m.end();
            }
        }
        return out;
    }

    private Province provinceFromClues(Unit unit, String level, Folded all, List<String[]> mailboxes, Set<String> flags) {
        Map<String, Integer> score = new TreeMap<>();
        if (unit != null && "province".equals(level) && unit.name() != null) {
            catalog.resolve(unit.name()).ifPresent(p -> score.merge(p.code(), 100, Integer::sum));
        }
        if (unit != null && "agency".equals(unit.kind())) {
            catalog.findAllIn(unit.written()).stream().filter(Mention::prefixed).findFirst()
                    .ifPresent(m -> score.merge(m.province().code(), 100, Integer::sum));
        }
        for (String[] mb : mailboxes) {
            catalog.byMailDomain(mb[1]).ifPresent(p -> score.merge(p.code(), 50, Integer::sum));
        }
        if (unit != null && "district".equals(level) && unit.name() != null) {
            List<District> ds = catalog.findDistricts(unit.name(), null, unit.type());
            if (ds.size() == 1) score.merge(ds.get(0).provinceCode(), 20, Integer::sum);
        }
        for (Mention m : catalog.findAllIn(all.text(), all.f())) {
            // "tỉnh Bình Định (cũ)": a province merged away in 2025 is not where the plan is
            if (FORMER_UNIT.matcher(all.f()).region(m.end(), all.f().length()).lookingAt()) continue;
            if (m.prefixed()) {
                score.merge(m.province().code(), 3, Integer::sum);
            } else if (!BARE_EXCLUDED.contains(all.f().substring(m.start(), m.end()))) {
                score.merge(m.province().code(), 1, Integer::sum);
            }
        }
        String best = null;
        int bestN = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : score.entrySet()) {
            if (e.getValue() > bestN) {
                best = e.getKey();
                bestN = e.getValue();
                tie = false;
            } else if (e.getValue() == bestN) {
                tie = true;
            }
        }
        if (tie) {
            flags.add(QualityFlags.AMBIGUOUS_PROVINCE);
            return null;
        }
        return best == null ? null : catalog.byCode(best).orElse(null);
    }

    private District pickDistrict(String name, Province p, String type) {
        List<District> ds = catalog.findDistricts(name, p == null ? null : p.code(), type);
        if (ds.isEmpty() && type != null) ds = catalog.findDistricts(name, p == null ? null : p.code(), null);
        return ds.size() == 1 ? ds.get(0) : null;
    }

    /** {name, provinceCode} of the parent district of a commune or school, or null. */
    private String[] districtFromClues(Folded all, List<String[]> mailboxes, Province p, Unit unit, Set<String> flags) {
        boolean haveCatalogue = !catalog.districts().isEmpty();
        for (String[] mb : mailboxes) { // commune.district@province.gov.vn
            Optional<Province> mp = catalog.byMailDomain(mb[1]);
            if (mp.isEmpty() || (p != null && !p.code().equals(mp.get().code()))) continue;
            for (String tok : mb[0].split("[._-]")) {
                List<District> ds = catalog.findDistricts(tok, mp.get().code(), null);
                if (ds.size() == 1) return new String[] {ds.get(0).name(), ds.get(0).provinceCode()};
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> types = new HashMap<>();
        Matcher m = RegexScan.matcher(DISTRICT_MENTION, all.f());
        for (int from = 0; RegexScan.find(m, all.f(), from, DISTRICT_MENTION_START); from = m.end()) {
            if (!unitWordOk(all.text().substring(m.start(1), m.end(1)), m.group(1))) continue;
            String name = nameAt(all.text(), m.end());
            if (name == null) continue;
            String type = UNIT_NAMES.get(m.group(1));
            if ("thành phố".equals(type)) {
                Optional<Province> asProvince = catalog.resolve(name);
                if (asProvince.isPresent() && Vietnamese.fold(asProvince.get().name()).equals(Vietnamese.fold(name))
                        && catalog.findDistricts(name, null, "thành phố").isEmpty()) {
                    continue;
                }
            }
            counts.merge(name, 1, Integer::sum);
            types.putIfAbsent(name, type);
        }
        if (counts.isEmpty()) return null;
        if (!haveCatalogue) {
            String b = best(counts);
            return b == null ? null : new String[] {b, null};
        }
        Map<String, Integer> valid = new LinkedHashMap<>();
        Map<String, District> resolved = new HashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            District d = pickDistrict(e.getKey(), p, types.get(e.getKey()));
            if (d != null) {
                valid.merge(d.name(), e.getValue(), Integer::sum);
                resolved.put(d.name(), d);
            }
        }
        if (valid.isEmpty()) {
            flags.add(QualityFlags.UNKNOWN_DISTRICT);
            return null;
        }
        String b = best(valid);
        return b == null ? null : new String[] {b, resolved.get(b).provinceCode()};
    }

    /** A commune name from a mailbox local part, only when the text spells that name with its diacritics. */
    private static String communeFromMailbox(String text, List<String[]> mailboxes) {
        for (String[] mb : mailboxes) {
            String tok = mb[0].split("[._-]")[0];
            Matcher m = CAP_WORDS.matcher(text);
            while (m.find()) {
                String[] words = m.group().split(" ");
                for (int n = 1; n <= words.length; n++) {
                    String cand = String.join(" ", Arrays.copyOfRange(words, 0, n));
                    if (Vietnamese.fold(cand).replace(" ", "").equals(tok)) return cand;
                }
            }
        }
        return null;
    }

    private static boolean staleYear(String folded, int planYear) {
        Matcher y = STALE_YEAR.matcher(folded);
        Matcher context = STALE_CONTEXT_BEFORE.matcher(folded);
        while (y.find()) {
            if (Integer.parseInt(y.group(1)) != planYear - 1) continue;
            context.region(Math.max(0, y.start() - STALE_CONTEXT_WINDOW), y.start());
            if (!context.find()) continue;
            int start = context.start();
            String before = folded.substring(Math.max(0, start - 100), start);
            int nl = before.lastIndexOf('\n');
            if (nl >= 0) before = before.substring(nl + 1);
            if (!STALE_EXCUSE.matcher(before).find()) return true;
        }
        return false;
    }

    /** The signer: a person's name on one of the last lines, after a role line (CHỦ TỊCH, HIỆU TRƯỞNG, KT., ...). */
    private static String signer(List<Folded> lines) {
        int from = Math.max(0, lines.size() - 20);
        int roleAt = -1;
        for (int i = from; i < lines.size(); i++) {
            Folded l = lines.get(i);
            if (ROLE_LINE.matcher(l.f()).find() && l.text().length() < 80) roleAt = i;
            if (roleAt >= 0 && i > roleAt && i - roleAt <= 6 && PERSON.matcher(l.text()).matches() && l.text().length() <= 40) {
                return l.text();
            }
        }
        return null;
    }
}
