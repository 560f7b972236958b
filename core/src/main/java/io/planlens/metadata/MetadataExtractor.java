package io.planlens.metadata;

import io.planlens.reference.ProvinceCatalog;
import io.planlens.reference.ProvinceCatalog.District;
import io.planlens.reference.ProvinceCatalog.Mention;
import io.planlens.reference.ProvinceCatalog.Province;
import io.planlens.text.TextNormaliser;
import io.planlens.text.Vietnamese;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a plan says about itself (year, number, date, issuer, level, place, signer, kind) from its
 * normalised text, and what its digital-signature trailer says from the original text. Nothing is guessed:
 * a value the text does not state stays null, and what a careful reader would notice becomes a
 * {@link QualityFlags} code. Thread-safe; use {@link #shared()}.
 */
public final class MetadataExtractor implements Serializable {
    private static final long serialVersionUID = 1L;
    private static volatile MetadataExtractor shared;

    private static final int HEADER_SCAN_LINES = 25;

    private static final Pattern TITLE_CAPS = Pattern.compile(
            "^(KẾ HOẠCH|BÁO CÁO|CHƯƠNG TRÌNH|QUYẾT ĐỊNH|THÔNG BÁO|HƯỚNG DẪN|CÔNG VĂN|TỜ TRÌNH)(?=$|[\\s:.]).*");
    private static final Pattern TITLE_MIXED = Pattern.compile("^(Kế hoạch|Báo cáo|Chương trình)\\s*(?:$|[:.]?\\s*(?:thực hiện|triển khai|công tác|hoạt động|bảo vệ|về|hành động).*)");
    private static final Pattern NOT_TITLE_BODY = Pattern.compile("\\bsố\\s*\\d|\\d+/[A-ZĐ]");
    private static final Pattern TITLE_BLOCK_STOP = Pattern.compile(
            "^(?:Căn cứ|CĂN CỨ|Kính gửi|[IVX]{1,5}[.)]\\s|\\d{1,2}[.)]\\s|Thực hiện\\s+(?:Kế hoạch|Công văn|Quyết định|Chỉ thị|Nghị quyết|Thông tư|Hướng dẫn|Chương trình|ý kiến|sự chỉ đạo|văn bản)|Để\\s|Nhằm\\s)");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<!\\d)(20\\d{2}|19\\d{2})\\s*[-–—]\\s*(20\\d{2}|19\\d{2})(?!\\d)");
    private static final Pattern YEAR_AFTER_NAM = Pattern.compile("(?iu)(đến\\s+|tới\\s+|hết\\s+)?năm\\s+(?:học\\s+)?(20\\d{2})(?!\\s*[-–—]\\s*20\\d{2})(?!\\d)");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(?iu)năm học\\s+(20\\d{2})\\s*[-–—]\\s*(20\\d{2})");
    private static final Pattern SELF_YEAR = Pattern.compile(
            "(?:ban hành|xây dựng|Trên đây là|trên đây là)\\s+(?:Kế hoạch|kế hoạch|KẾ HOẠCH)(?!\\s+số)[^.;:\\n]{0,120}?(?<!đến |tới )năm\\s+(20\\d{2})(?!\\s*[-–—]\\s*20\\d{2})(?!\\d)");

    private static final Pattern DOC_NUMBER = Pattern.compile(
            "(?:^|\\s)(?:Số|SỐ|So)\\s*[:.]?\\s*([^\\s/]{0,12})\\s*/\\s*((?:\\d{4}\\s*/\\s*)?[A-ZĐ][A-ZĐa-z0-9&]*(?:\\s?[-–]\\s?[A-ZĐ0-9][A-ZĐa-z0-9&]*){0,3})");
    private static final Pattern REAL_NUMBER = Pattern.compile("\\d{1,6}[a-zA-Z]?");
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?:^|\\s)([\\p{Lu}][\\p{L}.'’]*(?:[ -][\\p{Lu}\\d][\\p{L}\\d.'’]*){0,4})\\s*,\\s*(?:ngày|Ngày|NGÀY)"
                    + "(?:\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})"
                    + "|[\\s._…-]*(\\d{1,2})?[\\s._…-]*(?:tháng|Tháng|THÁNG)[\\s._…-]*(\\d{1,2})?[\\s._…-]*(?:năm|Năm|NĂM)[\\s._…-]*(\\d{4})?)");
    private static final Pattern SIGNATURE_ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})[T ]\\d{2}:\\d{2}");
    private static final Pattern SIGNATURE_VN = Pattern.compile(
            "(?:Thời gian ký|Ngày ký|Ký ngày|THỜI GIAN KÝ|NGÀY KÝ|Thời gian|Ngày ký số)\\s*:?\\s*(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern EMAIL = Pattern.compile("([A-Za-z0-9._-]+)@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.vn)(?![A-Za-z0-9])");

    private static final String NAME = "((?:[\\p{Lu}\\d][\\p{L}\\d'’]*)(?:[ -](?:[\\p{Lu}\\d][\\p{L}\\d'’]*)){0,4})";
    private static final String UNIT = "(?:thị trấn|thị xã|thành phố|xã|phường|huyện|quận|tỉnh|Thị trấn|Thị xã|Thành phố|Xã|Phường|Huyện|Quận|Tỉnh"
            + "|THỊ TRẤN|THỊ XÃ|THÀNH PHỐ|XÃ|PHƯỜNG|HUYỆN|QUẬN|TỈNH|TP\\.?|Tp\\.?)";
    private static final Pattern COMMITTEE = Pattern.compile(
            "(?:Ủy ban nhân dân|Uỷ ban nhân dân|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|Ủy Ban nhân dân|Ủy ban nhân|Uỷ ban nhân|UBND)\\s+(" + UNIT + ")(?:\\s+" + NAME + ")?");
    private static final Pattern COMMITTEE_ONLY = Pattern.compile(
            "^(?:Ủy ban nhân dân|Uỷ ban nhân dân|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)\\s+(" + UNIT + ")(?:\\s+" + NAME + ")?$");
    private static final Pattern SELF_VERB = Pattern.compile(
            "\\s(?:đã\\s+|vừa\\s+)?(?:xây dựng|ban hành|lập|triển khai xây dựng)\\s+(?:Kế hoạch|kế hoạch|KẾ HOẠCH|Chương trình|chương trình)");
    private static final Pattern SCHOOL = Pattern.compile(
            "^(?iu:trường)\\s+(?iu:mầm non|mẫu giáo|tiểu học|trung học cơ sở|trung học phổ thông|THCS|THPT|TH|MN|MG|PTDTBT|PTDTNT|phổ thông|liên cấp|TH&THCS|TH và THCS|THCS&THPT|THCS và THPT|tiểu học và trung học cơ sở)"
                    + "(?:\\s+(?:và|&)\\s+(?iu:THCS|THPT|trung học cơ sở))?\\s+.{1,60}$");
    private static final Pattern AGENCY = Pattern.compile(
            "^(Sở|SỞ|Phòng|PHÒNG|Bộ|BỘ|Ban|BAN|Hội|HỘI|Đoàn|ĐOÀN|Trung tâm|TRUNG TÂM|Công an|CÔNG AN|Thủ tướng|THỦ TƯỚNG|Chính phủ|CHÍNH PHỦ|Ủy ban quốc gia|Liên đoàn)(\\s.{1,120})?$");
    private static final Pattern DISTRICT_MENTION = Pattern.compile("(?<![\\p{L}])(huyện|quận|thị xã|thành phố|Huyện|Quận|Thị xã|Thành phố|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ)\\s+" + NAME);
    private static final Pattern CAPS_NAME_STOP = Pattern.compile(
            "\\s+(?:CỘNG|TRƯỜNG|PHÒNG|SỞ|SỐ|Số|KẾ|BAN|HỘI|ĐỘC|Độc|Căn|Thực|Kế|Trên|Về|Để|Trường|Phòng|Ban|Hội|Sở|Đề|Tổ|Đoàn|Công|Thị|Huyện|Xã|Phường|Tỉnh)(?:\\s.*)?$");
    private static final Pattern PERSON = Pattern.compile("^[\\p{Lu}][\\p{Ll}]+(?: [\\p{Lu}][\\p{Ll}]*){1,4}$");
    private static final Pattern ROLE_LINE = Pattern.compile(
            "(?iu)(?:^|\\s)(?:chủ tịch|hiệu trưởng|giám đốc|trưởng phòng|trưởng ban|bí thư|tm\\.|kt\\.|tl\\.|q\\.)(?:\\s|$)");
    private static final Pattern NEWS_MARKER = Pattern.compile(
            "(?:vừa ban hành|đã ban hành|[Pp]hóng viên|\\(PV\\)|[Tt]in và ảnh|[Tt]heo [Bb]áo|[Tt]heo [Cc]ổng|[Cc]ổng thông tin điện tử|[Bb]ài viết|[Ll]ượt xem|[Đđ]ăng ngày|[Nn]guồn:|\\([Bb]áo [\\p{Lu}]|\\(\\w+\\.vn\\))");
    private static final Pattern STALE_CONTEXT = Pattern.compile(
            "(?:công tác trẻ em|[Tt]rung thu|TRUNG THU|[Tt]háng hành động vì trẻ em|[Dd]iễn đàn trẻ em|[Qq]uốc tế [Tt]hiếu nhi|trong năm|[Kk]ế hoạch phát triển giáo dục)\\s+năm\\s+(20\\d{2})(?!\\s*[-–—]\\s*20\\d{2})(?!\\d)");
    private static final Pattern STALE_EXCUSE = Pattern.compile(
            "(?:[Kk]ết quả|[Tt]ổng kết|[Đđ]ánh giá|[Ss]o với|[Bb]áo cáo|đã thực hiện|đạt được|[Ss]ố\\s*\\d+\\s*/)[^.;]{0,80}$");
    private static final Pattern BARE_EXCLUDED = Pattern.compile("Hồ Chí Minh");

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

    public PlanMetadata extract(String normalisedText, String originalText) {
        String text = normalisedText == null ? "" : normalisedText;
        String original = originalText == null ? text : originalText;
        List<String> lines = List.of(text.split("\n"));
        Set<String> flags = new LinkedHashSet<>();

        // Title, kind, header region
        int titleIdx = -1;
        String kind = null;
        for (int i = 0; i < Math.min(lines.size(), HEADER_SCAN_LINES); i++) {
            String l = lines.get(i);
            Matcher caps = TITLE_CAPS.matcher(l);
            if (caps.matches()) {
                titleIdx = i;
                kind = kindOfTitle(caps.group(1));
                break;
            }
            Matcher mixed = TITLE_MIXED.matcher(l);
            if (mixed.matches() && l.length() <= 160 && !NOT_TITLE_BODY.matcher(l).find()) {
                titleIdx = i;
                kind = kindOfTitle(mixed.group(1).toUpperCase(Locale.ROOT));
                break;
            }
        }
        int headerEnd = titleIdx >= 0 ? titleIdx : Math.min(lines.size(), 4);
        String header = String.join("\n", lines.subList(0, headerEnd));
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
            Matcher m = SELF_YEAR.matcher(text);
            while (m.find()) years.add(Integer.parseInt(m.group(1)));
            if (years.size() == 1) planYear = years.iterator().next();
            else if (years.size() > 1) flags.add(QualityFlags.AMBIGUOUS_PLAN_YEAR);
        }
        if (planYear == null && period == null) flags.add(QualityFlags.NO_PLAN_YEAR);

        if (kind == null) kind = kindWithoutTitle(text, lines);

        // Document number
        String docNumber = null;
        String numberRegion = titleIdx >= 0 ? header : String.join("\n", lines.subList(0, Math.min(lines.size(), 6)));
        Matcher dn = DOC_NUMBER.matcher(numberRegion);
        if (dn.find()) {
            String num = dn.group(1);
            String code = dn.group(2).replaceAll("\\s", "").replace('–', '-');
            if (REAL_NUMBER.matcher(num).matches()) {
                docNumber = num + "/" + code;
            } else {
                flags.add(QualityFlags.BLANK_DOC_NUMBER);
            }
        }

        // Issue date and place of issue
        LocalDate issued = null;
        String place = null;
        Matcher dl = DATE_LINE.matcher(titleIdx >= 0 ? header : numberRegion);
        if (dl.find()) {
            place = dl.group(1).strip();
            String d = dl.group(2) != null ? dl.group(2) : dl.group(5);
            String mo = dl.group(3) != null ? dl.group(3) : dl.group(6);
            String yr = dl.group(4) != null ? dl.group(4) : dl.group(7);
            if (d == null || mo == null || yr == null) {
                flags.add(QualityFlags.BLANK_ISSUED_DATE);
            } else {
                try {
                    issued = LocalDate.of(Integer.parseInt(yr), Integer.parseInt(mo), Integer.parseInt(d));
                } catch (DateTimeException e) {
                    flags.add(QualityFlags.INVALID_ISSUED_DATE);
                }
            }
        }

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
        if (unit == null) unit = headerUnit(header);
        if (unit == null) unit = closingUnit(text);
        if (unit != null && "committee".equals(unit.kind()) && unit.name() == null) {
            String name = mostFrequentCommitteeName(text, unit.type());
            if (name == null) name = mostFrequentCommitteeName(original, unit.type());
            if (name == null && place != null && isCommuneType(unit.type())) name = place;
            unit = new Unit(unit.kind(), unit.type(), name, unit.written());
        }
        String level = unit == null ? null : levelOf(unit);

        // Places
        List<String[]> mailboxes = mailboxes(original);
        String province = null;
        String district = null;
        String commune = null;
        Province p = provinceFromClues(unit, level, text, mailboxes, flags);
        if ("district".equals(level) && unit.name() != null) {
            District d = pickDistrict(unit.name(), p, unit.type());
            district = d != null ? d.name() : unit.name();
            if (p == null && d != null) p = catalog.byCode(d.provinceCode()).orElse(null);
        } else if ("commune".equals(level) || "school".equals(level) || "other".equals(level)) {
            if ("commune".equals(level)) commune = unit.name();
            String[] dm = districtFromClues(text, header, mailboxes, p, unit, flags);
            if (dm != null) {
                district = dm[0];
                if (p == null && dm[1] != null) p = catalog.byCode(dm[1]).orElse(null);
            }
            if (commune == null && "commune".equals(level)) commune = communeFromMailbox(text, mailboxes);
        }
        if (p != null) province = p.name();

        // Stale year, OCR residue, replaced bytes
        if (planYear != null && staleYear(text, planYear)) flags.add(QualityFlags.STALE_YEAR_REFERENCE);
        if (TextNormaliser.hasOcrResidue(original)) flags.add(QualityFlags.OCR_RESIDUE);
        if (original.indexOf('\uFFFD') >= 0) flags.add(QualityFlags.INVALID_BYTES);

        String issuer = unit == null ? null : issuerString(unit, district);
        return new PlanMetadata(planYear, period, kind, issuer, level, province, p == null ? null : p.code(),
                p == null ? null : p.province2025(), district, commune, docNumber, issued, signer(lines),
                List.copyOf(flags));
    }

    private static String kindOfTitle(String word) {
        return switch (word) {
            case "KẾ HOẠCH" -> "plan";
            case "BÁO CÁO" -> "report";
            case "CHƯƠNG TRÌNH" -> "programme";
            default -> "other";
        };
    }

    private static String kindWithoutTitle(String text, List<String> lines) {
        String head = String.join(" ", lines.subList(0, Math.min(3, lines.size())));
        if (NEWS_MARKER.matcher(text).find()) return "news";
        if (head.contains("CHƯƠNG TRÌNH") || head.startsWith("Chương trình")) return "programme";
        if (SELF_YEAR.matcher(text).find() || SELF_VERB.matcher(text).find()) return "plan";
        return "other";
    }

    /** The title line (without its keyword) and the subtitle lines that follow it. */
    private static String titleBlock(List<String> lines, int titleIdx) {
        StringBuilder sb = new StringBuilder(lines.get(titleIdx));
        for (int i = titleIdx + 1; i < Math.min(lines.size(), titleIdx + 4); i++) {
            String l = lines.get(i);
            if (l.length() > 200 || TITLE_BLOCK_STOP.matcher(l).find() || NOT_TITLE_BODY.matcher(l).find()) break;
            sb.append('\n').append(l);
        }
        return sb.toString();
    }

    private static LocalDate signatureDate(String original) {
        Matcher m = SIGNATURE_ISO.matcher(original);
        try {
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            Matcher v = SIGNATURE_VN.matcher(original);
            if (v.find()) {
                return LocalDate.of(Integer.parseInt(v.group(3)), Integer.parseInt(v.group(2)), Integer.parseInt(v.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** The body that says it "xây dựng / ban hành Kế hoạch" in the preamble. */
    private Unit selfReference(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), 40); i++) {
            String l = lines.get(i);
            Matcher m = SELF_VERB.matcher(l);
            while (m.find()) {
                int end = m.start();
                int start = 0;
                for (int k = end - 1; k >= 0; k--) {
                    char c = l.charAt(k);
                    if (c == '.' || c == ';' || c == ':' || c == ',' || c == '(' || c == ')') {
                        start = k + 1;
                        break;
                    }
                }
                Unit u = parseUnit(l.substring(start, end).strip());
                if (u != null) return u;
            }
        }
        return null;
    }

    private Unit parseUnit(String phrase) {
        if (phrase.isEmpty() || phrase.length() > 160) return null;
        Matcher c = COMMITTEE_ONLY.matcher(phrase);
        if (c.matches()) {
            return new Unit("committee", unitType(c.group(1)), cleanName(c.group(2)), phrase);
        }
        if (SCHOOL.matcher(phrase).matches()) {
            return new Unit("school", null, null, titleCaseIfCaps(phrase));
        }
        Matcher a = AGENCY.matcher(phrase);
        if (a.matches()) {
            return new Unit("agency", a.group(1), null, titleCaseIfCaps(phrase));
        }
        return null;
    }

    /** The issuing body from the header block ("ỦY BAN NHÂN DÂN XÃ IA HLA", "TRƯỜNG TIỂU HỌC ..."). */
    private Unit headerUnit(String header) {
        Unit found = null;
        for (String l : header.split("\n")) {
            String line = CAPS_NAME_STOP.matcher(l).replaceFirst("");
            Unit u = null;
            Matcher c = COMMITTEE.matcher(l);
            if (c.find() && c.start() <= 2) {
                u = new Unit("committee", unitType(c.group(1)), cleanName(c.group(2)), l);
            } else {
                int t = l.toUpperCase(Locale.ROOT).indexOf("TRƯỜNG ");
                if (t >= 0 && SCHOOL.matcher(l.substring(t)).matches()) {
                    u = new Unit("school", null, null, titleCaseIfCaps(l.substring(t)));
                } else if (AGENCY.matcher(line).matches() && line.length() < 100) {
                    Matcher a = AGENCY.matcher(line);
                    a.matches();
                    u = new Unit("agency", a.group(1), null, titleCaseIfCaps(line));
                }
            }
            if (u != null) found = u; // the lowest level in a stacked header is the issuer
        }
        return found;
    }

    private static final Pattern CLOSING = Pattern.compile(
            "(?:Trên đây là|trên đây là)\\s+(?:Kế hoạch|kế hoạch)[^\\n]{0,200}?\\bcủa\\s+((?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\\s+" + UNIT + "(?:\\s+" + NAME + ")?)");

    private Unit closingUnit(String text) {
        Matcher m = CLOSING.matcher(text);
        if (m.find()) {
            Matcher c = COMMITTEE.matcher(m.group(1));
            if (c.find()) return new Unit("committee", unitType(c.group(1)), cleanName(c.group(2)), m.group(1));
        }
        return null;
    }

    private static String mostFrequentCommitteeName(String text, String type) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher c = COMMITTEE.matcher(text);
        while (c.find()) {
            if (type.equals(unitType(c.group(1))) && c.group(2) != null) {
                String n = cleanName(c.group(2));
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

    private static String unitType(String raw) {
        String t = raw.toLowerCase(Locale.ROOT).replace("uỷ", "ủy");
        if (t.startsWith("tp")) return "thành phố";
        return t;
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
        // keep well-known abbreviations upper case
        for (String abbr : new String[] {"Ubnd", "Thcs", "Thpt", "Ptdtbt", "Ptdtnt", "Gd&đt", "Lđtbxh", "Lđ-tb&xh"}) {
            out = out.replace(abbr, abbr.toUpperCase(Locale.ROOT));
        }
        return lowerCommonWords(out);
    }

    private static String lowerCommonWords(String s) {
        return s.replace("Trường Tiểu Học", "Trường Tiểu học").replace("Trường Mầm Non", "Trường Mầm non")
                .replace("Trường Trung Học Cơ Sở", "Trường Trung học cơ sở")
                .replace("Trường Trung Học Phổ Thông", "Trường Trung học phổ thông")
                .replace("Trường Mẫu Giáo", "Trường Mẫu giáo")
                .replace("Ủy Ban Nhân Dân", "Ủy ban nhân dân").replace("Uỷ Ban Nhân Dân", "Ủy ban nhân dân");
    }

    private String levelOf(Unit u) {
        switch (u.kind()) {
            case "school":
                return "school";
            case "committee":
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
        Matcher m = EMAIL.matcher(original);
        while (m.find()) out.add(new String[] {m.group(1).toLowerCase(Locale.ROOT), m.group(2).toLowerCase(Locale.ROOT)});
        return out;
    }

    private Province provinceFromClues(Unit unit, String level, String text, List<String[]> mailboxes, Set<String> flags) {
        Map<String, Integer> score = new HashMap<>();
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
        for (Mention m : catalog.findAllIn(text)) {
            if (m.prefixed()) {
                score.merge(m.province().code(), 3, Integer::sum);
            } else if (!BARE_EXCLUDED.matcher(text.substring(m.start(), m.end())).matches()) {
                score.merge(m.province().code(), 1, Integer::sum);
            }
        }
        String best = null;
        int bestN = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(score).entrySet()) {
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
    private String[] districtFromClues(String text, String header, List<String[]> mailboxes, Province p, Unit unit,
                                       Set<String> flags) {
        boolean haveCatalogue = !catalog.districts().isEmpty();
        // mailbox: commune.district@province.gov.vn
        for (String[] mb : mailboxes) {
            Optional<Province> mp = catalog.byMailDomain(mb[1]);
            if (mp.isEmpty() || (p != null && !p.code().equals(mp.get().code()))) continue;
            for (String tok : mb[0].split("[._-]")) {
                List<District> ds = catalog.findDistricts(tok, mp.get().code(), null);
                if (ds.size() == 1) return new String[] {ds.get(0).name(), ds.get(0).provinceCode()};
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> types = new HashMap<>();
        Matcher m = DISTRICT_MENTION.matcher(header + "\n" + text);
        while (m.find()) {
            String name = cleanName(m.group(2));
            if (name == null) continue;
            String type = m.group(1).toLowerCase(Locale.ROOT);
            if ("thành phố".equals(type)) {
                Optional<Province> asProvince = catalog.resolve(name);
                if (asProvince.isPresent() && Vietnamese.fold(asProvince.get().name()).equals(Vietnamese.fold(name))
                        && catalog.findDistricts(name, null, "thành phố").isEmpty()) {
                    continue;
                }
            }
            if (unit != null && unit.name() != null && "commune".equals(levelOf(unit))
                    && Vietnamese.fold(name).equals(Vietnamese.fold(unit.name())) && !haveCatalogue) {
                continue;
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
        if (b == null) return null;
        return new String[] {b, resolved.get(b).provinceCode()};
    }

    /** A commune name from a mailbox local part, only when the text spells that name with its diacritics. */
    private static final Pattern CAP_WORDS = Pattern.compile("[\\p{Lu}][\\p{L}'’]*(?: [\\p{Lu}][\\p{L}'’]*){0,3}");

    private static String communeFromMailbox(String text, List<String[]> mailboxes) {
        for (String[] mb : mailboxes) {
            String tok = mb[0].split("[._-]")[0];
            Matcher m = CAP_WORDS.matcher(text);
            while (m.find()) {
                String[] words = m.group().split(" ");
                for (int n = 1; n <= words.length; n++) {
                    String cand = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
                    if (Vietnamese.fold(cand).replace(" ", "").equals(tok)) return cand;
                }
            }
        }
        return null;
    }

    private static boolean staleYear(String text, int planYear) {
        Matcher m = STALE_CONTEXT.matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != planYear - 1) continue;
            int from = Math.max(0, m.start() - 100);
            String before = text.substring(from, m.start());
            int nl = before.lastIndexOf('\n');
            if (nl >= 0) before = before.substring(nl + 1);
            if (!STALE_EXCUSE.matcher(before).find()) return true;
        }
        return false;
    }

    /** The signer: a person's name on one of the last lines, after a role line (CHỦ TỊCH, HIỆU TRƯỞNG, KT., ...). */
    private static String signer(List<String> lines) {
        int from = Math.max(0, lines.size() - 20);
        int roleAt = -1;
        for (int i = from; i < lines.size(); i++) {
            String l = lines.get(i);
            if (ROLE_LINE.matcher(l).find() && l.length() < 80) roleAt = i;
            if (roleAt >= 0 && i > roleAt && i - roleAt <= 6 && PERSON.matcher(l).matches() && l.length() <= 40) {
                return l;
            }
        }
        return null;
    }
}
