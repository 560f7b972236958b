package io.planlens.generate;

import io.planlens.generate.World.Level;
import io.planlens.generate.World.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes one plan and its gold. Content choices (which targets, which citations, how they are
 * phrased) come from the content random source of the (unit, content year) pair; the header (number,
 * date, blanks) from the (unit, printed year) pair. A near-copy is the same content printed under the
 * next year, which reproduces how a commune re-issues last year's plan with the year changed.
 */
final class Renderer {

    /** The text and gold of one generated document. */
    static final class Result {
        final String text;
        final Gold gold;

        Result(String text, Gold gold) {
            this.text = text;
            this.gold = gold;
        }
    }

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    private static final String[] GROUP_TITLES = {
        "health", "Về phát triển toàn diện, chăm sóc sức khỏe, dinh dưỡng cho trẻ em",
        "protection", "Về bảo vệ trẻ em",
        "education_culture", "Về giáo dục, văn hóa, vui chơi, giải trí cho trẻ em",
        "participation", "Về sự tham gia của trẻ em vào các vấn đề về trẻ em",
        "governance", "Về quản lý nhà nước và tổ chức thực hiện",
    };
    private static final String[] HOTLINES = {
        "Tổng đài điện thoại quốc gia bảo vệ trẻ em (số 111)",
        "Tổng đài điện thoại quốc gia bảo vệ trẻ em 111",
        "Tổng đài Quốc gia bảo vệ trẻ em (111)",
        "Tổng đài điện thoại Quốc gia bảo vệ trẻ em (số 111)",
    };

    private final World world;
    private final Catalog catalog;

    Renderer(World world) {
        this.world = world;
        this.catalog = world.catalog;
    }

    // ------------------------------------------------------------------ per-document state

    private static final class Ctx {
        Unit u;
        Level level;
        int py;          // printed plan year
        int cy;          // content year (differs for a near-copy)
        LocalDate contentDate;
        Rnd r;           // content choices
        Rnd hr;          // header choices
        Layout doc = new Layout();
        Gold gold = new Gold();
        Map<String, Gold.GoldCitation> cited = new LinkedHashMap<>();
        boolean mentionsProvince;
        boolean mentionsDistrict;
        String mailbox;
        int section;
        boolean markdown;
        boolean typos;

        String roman() {
            return ROMAN[section++];
        }
    }

    Result render(Unit u, int printYear, int contentYear, long seed) {
        Ctx c = new Ctx();
        c.u = u;
        c.level = u.level;
        c.py = printYear;
        c.cy = contentYear;
        c.contentDate = world.planDate(u, contentYear);
        c.r = new Rnd(Rnd.mix(seed, u.id, contentYear, 0xC0DE));
        c.hr = new Rnd(Rnd.mix(seed, u.id, printYear, 0x4EAD));
        Layout.Style style;
        double s = c.r.uniform(0, 1);
        style = s < 0.45 ? Layout.Style.PDF : s < 0.7 ? Layout.Style.PLAIN : Layout.Style.MARKDOWN;
        c.markdown = style == Layout.Style.MARKDOWN;
        c.typos = c.r.chance(0.2);

        Gold g = c.gold;
        g.planYear = printYear;
        g.level = u.level.code();
        g.issuer = u.issuer(printYear);
        g.commune = u.level == Level.COMMUNE ? u.name : null;

        header(c);
        title(c);
        intro(c);
        if (c.r.chance(0.6)) purpose(c);
        if (c.r.chance(0.35) && c.cy > World.FIRST_YEAR) pastResults(c);
        goals(c);
        tasks(c);
        funding(c);
        organisation(c);
        trailer(c);

        // named laws mentioned anywhere (also inside the titles of other documents)
        String logical = c.doc.logicalText();
        namedLaw(c, logical, "LUAT-102-2016-QH13", "Luật Trẻ em");
        namedLaw(c, logical, "LUAT-60-2014-QH13", "Luật Hộ tịch");
        g.citations.addAll(c.cited.values());

        // where the unit sits: only what the text or the signer mailbox makes derivable
        Unit district = u.district();
        boolean after = printYear > World.LAST_DISTRICT_YEAR;
        String provinceName = after ? u.province.name2025 : u.province.name;
        boolean mailbox = c.mailbox != null;
        g.province = (u.level == Level.PROVINCE || c.mentionsProvince || mailbox) ? provinceName : null;
        if (u.level == Level.DISTRICT) g.district = u.name;
        else if (district != null && !after) g.district = (c.mentionsDistrict || mailbox) ? district.name : null;
        boolean provinceByMail = mailbox && u.level != Level.PROVINCE && !c.mentionsProvince;
        boolean districtByMail = mailbox && !after && (u.level == Level.COMMUNE || u.level == Level.SCHOOL) && !c.mentionsDistrict;
        if (provinceByMail && districtByMail) {
            g.qualityNotes.add("district and province are not named in the body; they follow from the signer mailbox " + c.mailbox);
        } else if (provinceByMail) {
            g.qualityNotes.add("the province is not named in the body; it follows from the signer mailbox " + c.mailbox);
        } else if (districtByMail) {
            g.qualityNotes.add("the district is not named in the body; it follows from the signer mailbox " + c.mailbox);
        }

        // the layout has its own random source so header-only differences never shift it
        String text = c.doc.render(style, new Rnd(Rnd.mix(seed, u.id, contentYear, 0x1A70)));
        if (c.hr.chance(0.02) && (u.level == Level.COMMUNE || u.level == Level.SCHOOL)) {
            text = Diacritics.strip(text);
            stripGold(g);
            g.qualityNotes.add("the text is written without Vietnamese diacritics");
        }
        if (c.hr.chance(0.03)) text = text.replace("\n", "\r\n");
        return new Result(text, g);
    }

    private static void stripGold(Gold g) {
        for (Gold.GoldTarget t : g.targets) t.quote = Diacritics.strip(t.quote);
        for (Gold.GoldCitation t : g.citations) t.quote = Diacritics.strip(t.quote);
        g.traps.replaceAll(Diacritics::strip);
        g.qualitative.replaceAll(Diacritics::strip);
    }

    // ------------------------------------------------------------------ header and title

    private void header(Ctx c) {
        Unit u = c.u;
        Rnd h = c.hr;
        Gold g = c.gold;
        LocalDate date = world.planDate(u, c.py);
        String number = world.planNumber(u, c.py);
        String suffix = u.level == Level.SCHOOL ? "KH-" + schoolAbbr(u) : "KH-UBND";
        boolean blankNumber = h.chance(u.level == Level.PROVINCE ? 0.04 : 0.18);
        int dateMode = h.chance(0.8) ? 0 : h.chance(0.5) ? 1 : 2; // 0 full, 1 day blank, 2 day and month blank
        boolean contradict = dateMode == 0 && h.chance(0.025);
        if (contradict) date = date.minusYears(1);
        String place = placeName(u);
        int layout = h.between(0, 9); // 0-2 full block, 3-5 single line, 6-8 two lines, 9 none
        if (layout == 9) {
            g.docNumber = null;
            g.issuedDate = null;
            g.qualityNotes.add("no number, place or date header in the extracted text");
            return;
        }
        String numStr = blankNumber ? (h.chance(0.5) ? "    /" : " /") + suffix : number + (h.chance(0.15) ? " /" : "/") + suffix;
        if (!blankNumber && layout != 9) g.traps.add(numStr);
        String dateStr;
        if (dateMode == 0) {
            dateStr = "ngày " + (h.chance(0.5) ? World.pad2(date.getDayOfMonth()) : Integer.toString(date.getDayOfMonth()))
                    + " tháng " + (h.chance(0.5) && date.getMonthValue() < 3 ? World.pad2(date.getMonthValue()) : Integer.toString(date.getMonthValue()))
                    + " năm " + date.getYear();
        } else if (dateMode == 1) {
            dateStr = "ngày    tháng " + date.getMonthValue() + " năm " + date.getYear();
        } else {
            dateStr = "ngày    tháng    năm " + date.getYear();
        }
        g.docNumber = blankNumber ? null : number + "/" + suffix;
        g.issuedDate = dateMode == 0 ? date.toString() : null;
        if (blankNumber && dateMode != 0) g.qualityNotes.add("number and date left blank (Số: /" + suffix + ", " + dateStr + ")");
        else if (blankNumber) g.qualityNotes.add("number left blank (Số: /" + suffix + ")");
        else if (dateMode != 0) g.qualityNotes.add("day of issue left blank (" + dateStr + ")");
        if (contradict) {
            g.qualityNotes.add("issue date " + date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear()
                    + " written in the header precedes the plan year " + c.py);
        }
        Layout d = c.doc;
        if (layout <= 2) {
            String[] left = headerLeft(c);
            String gap = "                    ";
            d.raw(left[0] + gap + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            d.raw(left[1] + gap + "Độc lập - Tự do - Hạnh phúc");
            if (left.length > 2) d.raw(left[2]);
            d.blank();
            d.raw("Số: " + numStr + gap + place + ", " + dateStr);
        } else if (layout <= 5) {
            d.raw("             Số: " + numStr + "                          " + place + ", " + dateStr + " ");
        } else {
            d.raw("Số: " + numStr);
            d.blank();
            d.raw(place + ", " + dateStr);
        }
        d.blank();
    }

    private String[] headerLeft(Ctx c) {
        Unit u = c.u;
        boolean after = c.py > World.LAST_DISTRICT_YEAR;
        switch (u.level) {
            case PROVINCE:
                return new String[] {"ỦY BAN NHÂN DÂN", upper(u.full())};
            case DISTRICT:
                return new String[] {"ỦY BAN NHÂN DÂN", upper(u.full())};
            case SCHOOL:
                c.mentionsDistrict = true;
                return new String[] {"PHÒNG GD&ĐT " + upper(u.parent.full()), upper(u.full())};
            default:
                if (after) {
                    c.mentionsProvince = true;
                    return new String[] {"ỦY BAN NHÂN DÂN", upper(u.fullIn(c.py)), "TỈNH " + upper(u.province.name2025)};
                }
                if (c.hr.chance(0.6)) {
                    c.mentionsDistrict = true;
                    return new String[] {"UBND " + upper(u.parent.full()), "ỦY BAN NHÂN DÂN " + upper(u.full())};
                }
                return new String[] {"ỦY BAN NHÂN DÂN", upper(u.full())};
        }
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    private static String placeName(Unit u) {
        if (u.level == Level.SCHOOL) return u.parent.name;
        if (u.level == Level.COMMUNE && Character.isDigit(u.name.charAt(0))) return u.parent.name;
        return u.name;
    }

    private static String schoolAbbr(Unit u) {
        String kind;
        switch (u.type) {
            case "Mầm non": kind = "MN"; break;
            case "THCS":
            case "Trung học cơ sở": kind = "THCS"; break;
            case "Tiểu học và THCS": kind = "TH&THCS"; break;
            default: kind = "TH";
        }
        StringBuilder sb = new StringBuilder(kind);
        for (String w : u.name.split(" ")) {
            if (!w.isEmpty()) sb.append(Character.toUpperCase(Diacritics.strip(w).charAt(0)));
        }
        return sb.toString();
    }

    private void title(Ctx c) {
        Rnd r = c.r;
        String[] forms = {
            "Thực hiện công tác trẻ em năm " + c.py,
            "Triển khai thực hiện công tác trẻ em năm " + c.py,
            "Thực hiện công tác trẻ em năm " + c.py + " trên địa bàn " + c.u.fullIn(c.py),
            "Công tác bảo vệ, chăm sóc trẻ em năm " + c.py,
            "Thực hiện nhiệm vụ bảo vệ, chăm sóc và giáo dục trẻ em năm " + c.py,
        };
        String t = r.pick(forms);
        if (r.chance(0.15)) t = t + ".";
        if (c.markdown) {
            c.doc.raw("**KẾ HOẠCH**  ");
            c.doc.raw("**" + t + "**");
            c.doc.blank();
        } else if (r.chance(0.3)) {
            c.doc.raw("KẾ HOẠCH " + t);
            c.doc.blank();
        } else {
            c.doc.raw("KẾ HOẠCH ");
            c.doc.raw(t);
            c.doc.blank();
        }
    }

    // ------------------------------------------------------------------ citations

    private String dateText(Rnd r, LocalDate d) {
        double x = r.uniform(0, 1);
        if (x < 0.6) return World.pad2(d.getDayOfMonth()) + "/" + World.pad2(d.getMonthValue()) + "/" + d.getYear();
        if (x < 0.8) return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
        return World.pad2(d.getDayOfMonth()) + " tháng " + World.pad2(d.getMonthValue()) + " năm " + d.getYear();
    }

    /** "Kế hoạch số 111/KH-UBND ngày 15/4/2021 của UBND huyện Chư Pưh" for a unit's plan. */
    private String citeLocalPlan(Ctx c, Unit issuer, String number, LocalDate date, boolean nameIt) {
        Rnd r = c.r;
        String who = (r.chance(0.5) ? "UBND " : "Ủy ban nhân dân ") + (nameIt ? issuer.full() : issuer.type);
        if (nameIt) {
            if (issuer.level == Level.PROVINCE) c.mentionsProvince = true;
            if (issuer.level == Level.DISTRICT) c.mentionsDistrict = true;
        }
        String quote = "Kế hoạch số " + number + "/KH-UBND ngày " + dateText(r, date) + " của " + who;
        addCitation(c, "KH:" + issuer.id + ":" + number, new Gold.GoldCitation(quote, "KH", number, null, "KH-UBND", date.toString(), false));
        return quote;
    }

    private void addCitation(Ctx c, String key, Gold.GoldCitation cit) {
        c.cited.putIfAbsent(key, cit);
    }

    private static final Map<String, String> TYPE_WORD = new HashMap<>();

    static {
        TYPE_WORD.put("Luật", "Luật");
        TYPE_WORD.put("NQ", "Nghị quyết");
        TYPE_WORD.put("NĐ", "Nghị định");
        TYPE_WORD.put("QĐ", "Quyết định");
        TYPE_WORD.put("CT", "Chỉ thị");
        TYPE_WORD.put("TT", "Thông tư");
        TYPE_WORD.put("CV", "Công văn");
    }

    /** A national document as the plans cite it, with the spelling variants they use. */
    private String citeNational(Ctx c, Catalog.NatDoc d, boolean withTitle) {
        Rnd r = c.r;
        if (d.type.equals("Luật")) {
            String name = d.title;
            String text;
            boolean named = true;
            String date = null;
            double x = r.uniform(0, 1);
            if (x < 0.45) text = name;
            else if (x < 0.7) text = name + " năm " + d.date.getYear();
            else if (x < 0.85) {
                text = name + " ngày " + World.pad2(d.date.getDayOfMonth()) + " tháng " + d.date.getMonthValue() + " năm " + d.date.getYear();
                date = d.date.toString();
            } else {
                text = name + " số " + d.number;
                named = false;
            }
            addCitation(c, d.id, new Gold.GoldCitation(text, "Luật", d.numberDigits, d.numYear, d.code, date, named));
            return text;
        }
        String num = d.number;
        if (d.type.equals("QĐ") && r.chance(0.12)) num = num.replace("QĐ-", "QD-");
        if (d.type.equals("NĐ") && r.chance(0.1)) num = num.replace("NĐ-", "ND-");
        if (d.type.equals("TT") && r.chance(0.3)) num = num.replace("BLĐTBXH", "BLDTBXH");
        if (d.type.equals("CT") && num.contains("-CT/TW") && r.chance(0.3)) num = num.replace("-CT/TW", "/CT-TW");
        String quote = TYPE_WORD.get(d.type) + (r.chance(0.85) ? " số " : " ") + num;
        String date = null;
        if (r.chance(0.85)) {
            quote += " ngày " + dateText(r, d.date);
            date = d.date.toString();
        }
        addCitation(c, d.id, new Gold.GoldCitation(quote, d.type, d.numberDigits, d.numYear, d.code, date, false));
        if (!withTitle) return quote;
        return quote + " " + issuerOf(d) + " " + titleOf(d);
    }

    private static String issuerOf(Catalog.NatDoc d) {
        String i = d.issuer;
        if (i.startsWith("Quốc hội")) return "của Quốc hội";
        if (i.startsWith("Bộ Chính trị")) return "của Bộ Chính trị";
        if (i.startsWith("Bộ Lao động")) return d.type.equals("TT") ? "của Bộ trưởng Bộ Lao động - Thương binh và Xã hội" : "của Bộ Lao động – Thương binh và Xã hội";
        return "của " + i;
    }

    private static String titleOf(Catalog.NatDoc d) {
        String t = d.title;
        int q = t.indexOf('"');
        if (q >= 0) {
            t = t.substring(0, q) + "“" + t.substring(q + 1);
            t = t.replace("\"", "”");
        }
        for (String p : new String[] {"Chỉ thị ", "Nghị quyết ", "Nghị định "}) {
            if (t.startsWith(p)) t = t.substring(p.length());
        }
        if (t.startsWith("V/v ")) t = "về việc " + t.substring(4);
        if (!t.isEmpty()) t = Character.toLowerCase(t.charAt(0)) + t.substring(1);
        return t;
    }

    private void namedLaw(Ctx c, String logical, String id, String name) {
        if (c.cited.containsKey(id)) return;
        if (!logical.contains(name)) return;
        Catalog.NatDoc d = catalog.docById.get(id);
        if (d == null) return;
        c.cited.put(id, new Gold.GoldCitation(name, "Luật", d.numberDigits, d.numYear, d.code, null, true));
    }

    /** The national documents a plan of this content date may cite. */
    private List<Catalog.NatDoc> availableDocs(Ctx c) {
        List<Catalog.NatDoc> out = new ArrayList<>();
        for (Catalog.NatDoc d : catalog.docs) {
            if (!d.date.isBefore(c.contentDate.minusDays(20))) continue;
            if (d.type.equals("CV") && d.date.getYear() != c.cy) continue;
            if (d.id.startsWith("LUAT-60")) continue;
            if (d.date.getYear() < 2017 && !d.type.equals("Luật") && !d.id.startsWith("CT-20") && !d.id.startsWith("ND-123") && !c.r.chance(0.1)) continue;
            if (d.id.startsWith("CT-20") && c.cy >= 2024 && c.r.chance(0.7)) continue;
            out.add(d);
        }
        return out;
    }

    private List<Catalog.NatDoc> chooseDocs(Ctx c, int min, int max) {
        List<Catalog.NatDoc> avail = availableDocs(c);
        int k = Math.min(avail.size(), c.r.between(min, max));
        List<Catalog.NatDoc> out = new ArrayList<>();
        List<Catalog.NatDoc> pool = new ArrayList<>(avail);
        // the guidance letter of the year and the national programme come first when available
        for (Catalog.NatDoc d : avail) {
            if ((d.type.equals("CV") || d.id.equals("QD-23-2021-TTg")) && out.size() < k && c.r.chance(0.7)) {
                out.add(d);
                pool.remove(d);
            }
        }
        while (out.size() < k && !pool.isEmpty()) out.add(pool.remove(c.r.nextInt(pool.size())));
        out.sort((a, b) -> a.date.compareTo(b.date));
        return out;
    }

    // ------------------------------------------------------------------ introduction

    private void intro(Ctx c) {
        Rnd r = c.r;
        Unit u = c.u;
        StringBuilder sb = new StringBuilder();
        int y = c.cy;
        switch (u.level) {
            case PROVINCE: {
                List<Catalog.NatDoc> docs = chooseDocs(c, 2, 5);
                sb.append(r.chance(0.5) ? "Căn cứ " : "Thực hiện ");
                for (int i = 0; i < docs.size(); i++) {
                    if (i > 0) sb.append(r.chance(0.5) ? "; " : "; căn cứ ");
                    sb.append(citeNational(c, docs.get(i), true));
                }
                if (docs.isEmpty()) sb.append("tình hình thực tế của địa phương");
                sb.append(". Ủy ban nhân dân ").append(u.full()).append(" ban hành Kế hoạch thực hiện công tác trẻ em năm ")
                        .append(c.py).append(" như sau:");
                break;
            }
            case DISTRICT: {
                Unit p = u.parent;
                sb.append(r.chance(0.5) ? "Căn cứ " : "Thực hiện ");
                List<Catalog.NatDoc> docs = chooseDocs(c, 0, 2);
                for (Catalog.NatDoc d : docs) {
                    if (d.type.equals("CV")) sb.append(citeNational(c, d, true)).append("; ");
                }
                sb.append(citeLocalPlan(c, p, world.planNumber(p, y), world.planDate(p, y), r.chance(0.85)));
                sb.append(" về việc thực hiện công tác trẻ em năm ").append(y).append("; ");
                sb.append(r.chance(0.5) ? "Ủy ban nhân dân " : "UBND ").append(u.full())
                        .append(" xây dựng Kế hoạch thực hiện công tác trẻ em năm ").append(c.py).append(" với các nội dung chính như sau:");
                break;
            }
            case SCHOOL: {
                Unit d = u.parent;
                sb.append("Thực hiện ");
                sb.append(citeLocalPlan(c, d, world.planNumber(d, y), world.planDate(d, y), r.chance(0.8)));
                sb.append(" về việc thực hiện công tác trẻ em năm ").append(y);
                if (y >= 2022 && r.chance(0.5)) {
                    sb.append("; ").append(citeLocalPlan(c, d, world.programmeNumber(d), world.programmeDate(d), false))
                            .append(" về việc triển khai thực hiện Chương trình hành động vì trẻ em giai đoạn 2021-2030");
                }
                sb.append(". Để triển khai thực hiện hiệu quả các mục tiêu, nhiệm vụ về công tác trẻ em trong năm ").append(c.py)
                        .append(", ").append(u.full()).append(" ban hành Kế hoạch thực hiện công tác trẻ em năm ").append(c.py).append(" như sau:");
                break;
            }
            default: {
                Unit parent = world.parentPlanUnit(u, y);
                sb.append(r.chance(0.6) ? "Thực hiện " : "Căn cứ ");
                boolean nameIt = r.chance(0.75);
                sb.append(citeLocalPlan(c, parent, world.planNumber(parent, y), world.planDate(parent, y), nameIt));
                sb.append(" về việc triển khai thực hiện công tác trẻ em năm ").append(y).append(". ");
                sb.append(r.chance(0.5) ? "Ủy ban nhân dân " : "UBND ").append(u.type);
                if (r.chance(0.4)) sb.append(' ').append(u.name);
                if (parent.level == Level.DISTRICT && r.chance(0.3)) {
                    sb.append(" (").append(parent.full()).append(", tỉnh ").append(u.province.name).append(")");
                    c.mentionsDistrict = true;
                    c.mentionsProvince = true;
                }
                sb.append(" xây dựng Kế hoạch thực hiện công tác trẻ em năm ").append(c.py).append(", cụ thể như sau:");
            }
        }
        c.doc.para(sb.toString());
        if (u.level == Level.DISTRICT && y >= 2022 && r.chance(0.4)) {
            c.doc.para("Từng bước hoàn thành các mục tiêu, chỉ tiêu của "
                    + citeLocalPlan(c, u, world.programmeNumber(u), world.programmeDate(u), false)
                    + " về thực hiện Chương trình hành động quốc gia vì trẻ em " + u.full() + " giai đoạn 2021 - 2030.");
        }
    }

    private String fill(Ctx c, String t) {
        Unit u = c.u;
        String cap = u.level == Level.SCHOOL ? "trường" : u.type;
        String sub;
        switch (u.level) {
            case PROVINCE: sub = "UBND các huyện, thị xã, thành phố"; break;
            case DISTRICT: sub = "UBND các xã, thị trấn"; break;
            case SCHOOL: sub = "các tổ chuyên môn, các lớp"; break;
            default: sub = "các thôn, tổ dân phố";
        }
        String ubnd = u.level == Level.SCHOOL ? "Nhà trường" : "UBND " + u.type;
        StringBuilder sb = new StringBuilder(t.length() + 40);
        int i = 0;
        while (i < t.length()) {
            char ch = t.charAt(i);
            if (ch == '{') {
                int j = t.indexOf('}', i);
                String key = t.substring(i + 1, j);
                switch (key) {
                    case "unit": sb.append(u.fullIn(c.py)); break;
                    case "cap": sb.append(cap); break;
                    case "sub": sb.append(sub); break;
                    case "ubnd": sb.append(ubnd); break;
                    case "year": sb.append(c.py); break;
                    case "prev": sb.append(c.py - 1); break;
                    case "dv": sb.append(u.level == Level.COMMUNE ? u.type : "đơn vị"); break;
                    case "Dv": {
                        String w = u.level == Level.COMMUNE ? u.type : "đơn vị";
                        sb.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
                        break;
                    }
                    default: sb.append('{').append(key).append('}');
                }
                i = j + 1;
            } else {
                sb.append(ch);
                i++;
            }
        }
        return sb.toString();
    }

    private static final String[][] TYPOS = {
        {"tăng cường", "tăng csường"}, {"thống kê", "thống kế"}, {"bổn phận", "bốn phận"}, {"đăng ký", "đăng kí"},
        {"các thôn", "accs thôn"}, {"Quỹ", "Qũy"}, {"phát triển", "phát triẻn"}, {"trách nhiệm", "trách nhiêm"},
{"xâm hại", "xâm hai"},
    };

    /** A stock paragraph, now and then with the typing slips real plans have (never inside a target or citation). */
    private String noisy(Ctx c, String text) {
        if (!c.typos || !c.r.chance(0.25)) return text;
        String[] t = TYPOS[c.r.nextInt(TYPOS.length)];
        int i = text.indexOf(t[0]);
        return i < 0 ? text : text.substring(0, i) + t[1] + text.substring(i + t[0].length());
    }

    private void heading(Ctx c, String text, int level) {
        c.doc.head(text, level);
    }

    private void purpose(Ctx c) {
        Rnd r = c.r;
        heading(c, c.roman() + ". " + (r.chance(0.6) ? "MỤC ĐÍCH, YÊU CẦU" : "Mục đích, yêu cầu"), 1);
        heading(c, "1. Mục đích", 2);
        int n = r.between(1, 3);
        for (int i = 0; i < n; i++) c.doc.para(bullet(r, noisy(c, fill(c, r.pick(Filler.PURPOSE)))));
        heading(c, "2. Yêu cầu", 2);
        n = r.between(1, 3);
        for (int i = 0; i < n; i++) c.doc.para(bullet(r, fill(c, r.pick(Filler.REQUIRE))));
    }

    private static String bullet(Rnd r, String s) {
        return r.chance(0.4) ? "- " + s : s;
    }

    // ------------------------------------------------------------------ past results (traps)

    private void pastResults(Ctx c) {
        Rnd r = c.r;
        int prev = c.py - 1;
        List<String> clauses = new ArrayList<>();
        for (String row : Phrases.PAST) {
            String[] p = row.split("\\|");
            Catalog.Indicator ind = catalog.byCode.get(p[0]);
            if (ind == null || !r.chance(0.5)) continue;
            double v = World.baseline(ind) >= 100 ? (r.chance(0.6) ? 100 : r.between(95, 99))
                    : World.round(ind, world.level(c.u, ind, Math.max(World.FIRST_YEAR, c.cy - 1)) + r.uniform(-2, 2));
            clauses.add(p[1] + " " + fmt(r, v) + "%");
        }
        if (clauses.isEmpty()) return;
        StringBuilder sb = new StringBuilder();
        String lead = "Năm " + prev + ", ";
        sb.append(lead);
        for (int i = 0; i < clauses.size(); i++) {
            if (i > 0) sb.append("; ");
            sb.append(clauses.get(i));
            c.gold.traps.add(i == 0 ? lead + clauses.get(i) : clauses.get(i));
        }
        int abuse = r.between(0, 6);
        if (abuse > 0) {
            String t = "xảy ra " + World.pad2(abuse) + " vụ trẻ em bị xâm hại";
            sb.append("; ").append(t);
            c.gold.traps.add(t);
        }
        sb.append(".");
        heading(c, c.roman() + ". " + (r.chance(0.5) ? "KẾT QUẢ THỰC HIỆN NĂM " : "Kết quả thực hiện công tác trẻ em năm ") + prev, 1);
        c.doc.para(sb.toString());
    }

    // ------------------------------------------------------------------ goals and targets

    private static final class Stmt {
        final String text;
        final Catalog.Indicator ind;
        final List<Gold.GoldTarget> targets = new ArrayList<>();
        String label;          // for tables: the label, or null when the statement cannot be tabulated
        String unitCol;
        String cell;
        String cell2030;
        final List<String> traps = new ArrayList<>();
        boolean inTable;

        Stmt(String text, Catalog.Indicator ind) {
            this.text = text;
            this.ind = ind;
        }
    }

    private void goals(Ctx c) {
        Rnd r = c.r;
        heading(c, c.roman() + ". " + r.pick(new String[] {"MỤC TIÊU", "MỤC TIÊU, CHỈ TIÊU THỰC HIỆN", "Mục tiêu", "MỤC TIÊU VÀ CHỈ TIÊU"}), 1);
        if (r.chance(0.7)) {
            heading(c, "1. Mục tiêu chung", 2);
            c.doc.para(fill(c, r.pick(Filler.GENERAL_GOAL)));
            heading(c, "2. " + r.pick(new String[] {"Mục tiêu cụ thể", "Chỉ tiêu cụ thể", "Các chỉ tiêu cụ thể"}), 2);
        }
        List<Stmt> stmts = buildStatements(c);
        List<String> qual = qualitative(c);
        if (stmts.isEmpty() && qual.isEmpty()) {
            c.doc.para("Phấn đấu hoàn thành các mục tiêu, chỉ tiêu về trẻ em theo kế hoạch của cấp trên giao.");
            return;
        }
        if (r.chance(0.3)) {
            c.doc.para("Phấn đấu đến hết năm " + c.py + " đạt được các chỉ tiêu sau:");
        }
        boolean twoYearTable = false;
        int styleRoll = r.between(0, 9);
        if (c.markdown && styleRoll >= 7) {
            twoYearTable = c.cy <= 2023 && c.level != Level.COMMUNE && c.level != Level.SCHOOL && r.chance(0.5);
            table(c, stmts, twoYearTable);
        } else if (styleRoll <= 2) {
            chiTieu(c, stmts);
        } else if (styleRoll <= 4) {
            String marker = r.pick(new String[] {"-", "+", "–", "•", "-"});
            for (Stmt s : stmts) c.doc.para(marker + " " + s.text + (r.chance(0.7) ? "." : ";"));
        } else if (styleRoll <= 5) {
            char letter = 'a';
            for (Stmt s : stmts) {
                c.doc.para(letter + ") " + s.text + ";");
                letter = letter == 'z' ? 'a' : (char) (letter + 1);
            }
        } else {
            // several statements to a paragraph, joined by semicolons
            int i = 0;
            String marker = r.pick(new String[] {"– ", "- ", ""});
            while (i < stmts.size()) {
                int k = Math.min(stmts.size() - i, r.between(1, 3));
                StringBuilder sb = new StringBuilder(marker);
                for (int j = 0; j < k; j++) {
                    String t = stmts.get(i + j).text;
                    if (j > 0) {
                        sb.append("; ");
                        t = lowerTyLe(t);
                        retarget(stmts.get(i + j), t);
                    }
                    sb.append(t);
                }
                sb.append('.');
                c.doc.para(sb.toString());
                i += k;
            }
        }
        for (Stmt s : stmts) {
            c.gold.targets.addAll(s.targets);
            if (!s.inTable) c.gold.traps.addAll(s.traps);
        }
        for (String q : qual) {
            c.doc.para("- " + q + ".");
            c.gold.qualitative.add(q);
        }
    }

    /** Re-points the quotes of a statement written in lower case inside a longer sentence. */
    private static void retarget(Stmt s, String lowered) {
        if (lowered.equals(s.text)) return;
        for (Gold.GoldTarget t : s.targets) {
            if (t.quote.startsWith(s.text.substring(0, Math.min(2, s.text.length())))) t.quote = lowerTyLe(t.quote);
        }
    }

    private static String lowerTyLe(String t) {
        if (t.startsWith("Tỷ lệ") || t.startsWith("Tỷ suất")) return "t" + t.substring(1);
        return t;
    }

    private void chiTieu(Ctx c, List<Stmt> stmts) {
        Rnd r = c.r;
        int n = 1;
        int goal = 1;
        String group = null;
        boolean grouped = r.chance(0.7);
        for (int i = 0; i < stmts.size(); i++) {
            Stmt s = stmts.get(i);
            if (grouped && !s.ind.group.equals(group)) {
                group = s.ind.group;
                String title = groupTitle(group);
                heading(c, (goal) + ". Mục tiêu " + goal + ": " + title, 3);
                goal++;
            }
            String text = s.text;
            // two statements of the same group sometimes share one "Chỉ tiêu"
            if (i + 1 < stmts.size() && stmts.get(i + 1).ind.group.equals(s.ind.group) && r.chance(0.2)) {
                Stmt s2 = stmts.get(i + 1);
                String t2 = lowerTyLe(s2.text);
                retarget(s2, t2);
                text = text + "; " + t2;
                i++;
            }
            c.doc.para("- Chỉ tiêu " + n + ": " + text + ".");
            n++;
        }
    }

    private static String groupTitle(String group) {
        for (int i = 0; i < GROUP_TITLES.length; i += 2) {
            if (GROUP_TITLES[i].equals(group)) return GROUP_TITLES[i + 1];
        }
        return "Các chỉ tiêu khác";
    }

    private void table(Ctx c, List<Stmt> stmts, boolean twoYear) {
        Rnd r = c.r;
        List<Stmt> rest = new ArrayList<>();
        List<Stmt> rows = new ArrayList<>();
        for (Stmt s : stmts) {
            if (s.label != null && (!twoYear || s.cell2030 != null)) rows.add(s);
            else rest.add(s);
        }
        if (twoYear && rows.isEmpty()) twoYear = false;
        if (!twoYear) {
            rows.clear();
            rest.clear();
            for (Stmt s : stmts) (s.label != null ? rows : rest).add(s);
        }
        if (twoYear) {
            c.doc.raw("| TT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2030 |");
            c.doc.raw("|---|---|---|---|---|");
        } else {
            c.doc.raw("| TT | Chỉ tiêu | Đơn vị tính | " + (r.chance(0.5) ? "Kế hoạch năm " : "Chỉ tiêu năm ") + c.py + " |");
            c.doc.raw("|---|---|---|---|");
        }
        int n = 1;
        for (Stmt s : rows) {
            s.inTable = true;
            String base = s.label + " | " + s.unitCol + " | " + s.cell;
            s.targets.clear();
            if (twoYear) {
                String full = base + " | " + s.cell2030;
                c.doc.raw("| " + n + " | " + full + " |");
                tableTargets(c, s, base, full);
            } else {
                c.doc.raw("| " + n + " | " + base + " |");
                tableTargets(c, s, base, null);
            }
            n++;
        }
        c.doc.blank();
        if (!rest.isEmpty()) {
            c.doc.para("Ngoài ra:");
            for (Stmt s : rest) c.doc.para("- " + s.text + ".");
        }
    }

    /** Targets read from a table row: the cell decides the comparator. */
    private void tableTargets(Ctx c, Stmt s, String quote, String quote2030) {
        Catalog.Indicator ind = s.ind;
        String[] cells = quote2030 == null ? new String[] {s.cell} : new String[] {s.cell, s.cell2030};
        for (int k = 0; k < cells.length; k++) {
            String cell = cells[k];
            String cmp;
            double v;
            String unit = ind.unit;
            if (cell.equals("Đạt")) {
                cmp = "=";
                v = 1;
                unit = "boolean";
            } else {
                String num = cell;
                if (num.startsWith("≥ ") || num.startsWith("đạt ")) { cmp = ">="; num = num.substring(num.indexOf(' ') + 1); }
                else if (num.startsWith("≤ ") || num.startsWith("không quá ")) { cmp = "<="; num = num.substring(num.startsWith("≤") ? 2 : 10); }
                else if (num.startsWith("< ") || num.startsWith("dưới ")) { cmp = "<"; num = num.substring(num.indexOf(' ') + 1); }
                else cmp = s.unitCol.equals("vụ") ? "=" : ind.isMax() ? "<=" : ">=";
                v = parse(num);
                if (s.unitCol.equals("vụ")) unit = "count";
            }
            Integer year = quote2030 == null ? null : (k == 0 ? 2025 : 2030);
            Catalog.Form f = null;
            List<String> alt = List.of();
            for (Catalog.Form x : ind.forms) if (x.text.equals(s.label)) f = x;
            if (f != null) alt = f.alt;
            s.targets.add(new Gold.GoldTarget(k == 0 ? quote : quote2030, ind.labelEn, cmp, v, unit, year, ind.code, alt));
        }
    }

    private static double parse(String num) {
        return Double.parseDouble(num.replace(".", "").replace(',', '.'));
    }

    private List<Stmt> buildStatements(Ctx c) {
        Rnd r = c.r;
        char lv = c.level.letter();
        int max;
        double none;
        switch (c.level) {
            case PROVINCE: max = 30; none = 0.02; break;
            case DISTRICT: max = 26; none = 0.05; break;
            case SCHOOL: max = 9; none = 0.25; break;
            default: max = 24; none = 0.07;
        }
        List<Stmt> out = new ArrayList<>();
        if (r.chance(none)) return out;
        List<Catalog.Indicator> chosen = new ArrayList<>();
        for (Catalog.Indicator ind : catalog.indicators) {
            if (ind.hasFormAt(lv) && world.sets(c.u, ind, c.cy)) chosen.add(ind);
        }
        while (chosen.size() > max) chosen.remove(r.nextInt(chosen.size()));
        if (r.chance(0.25)) {
            // some plans list targets in their own order
            for (int i = chosen.size() - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                Catalog.Indicator t = chosen.get(i);
                chosen.set(i, chosen.get(j));
                chosen.set(j, t);
            }
        }
        boolean impossibleDone = false;
        for (Catalog.Indicator ind : chosen) {
            List<Catalog.Form> forms = new ArrayList<>();
            for (Catalog.Form f : ind.forms) if (f.usableAt(lv)) forms.add(f);
            Catalog.Form f = r.pick(forms);
            boolean impossible = !impossibleDone && c.level == Level.COMMUNE && ind.isMax() && f.kind == 'L' && r.chance(0.006);
            Stmt s = statement(c, ind, f, impossible);
            if (impossible) {
                impossibleDone = true;
                c.gold.qualityNotes.add("impossible ceiling: \"" + s.text + "\"");
            }
            out.add(s);
        }
        return out;
    }

    private String pct(Rnd r, double v) {
        return fmt(r, v) + (r.chance(0.05) ? " %" : "%");
    }

    /** A number as plans write it: decimal comma (rarely a dot), no trailing zeros. */
    private static String fmt(Rnd r, double v) {
        if (v == Math.rint(v)) return Long.toString((long) v);
        String s = stripZeros(String.format(Locale.ROOT, "%.2f", v));
        return r.chance(0.04) ? s : s.replace('.', ',');
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) return s;
        int e = s.length();
        while (s.charAt(e - 1) == '0') e--;
        if (s.charAt(e - 1) == '.') e--;
        return s.substring(0, e);
    }

    /** A count with thousands dots and, for small counts, often a leading zero ("05"). */
    private static String count(Rnd r, int n) {
        if (n < 10) return r.chance(0.6) ? World.pad2(n) : Integer.toString(n);
        if (n < 1000) return Integer.toString(n);
        String s = Integer.toString(n);
        StringBuilder sb = new StringBuilder();
        int first = s.length() % 3 == 0 ? 3 : s.length() % 3;
        sb.append(s, 0, first);
        for (int i = first; i < s.length(); i += 3) sb.append('.').append(s, i, i + 3);
        return sb.toString();
    }

    private String valueText(Rnd r, Catalog.Indicator ind, double v, String label) {
        switch (ind.unit) {
            case "per_mille": {
                double x = r.uniform(0, 1);
                if (x < 0.55) return fmt(r, v) + "‰";
                if (x < 0.7) return fmt(r, v) + " ‰";
                if (x < 0.85 || label.contains("1.000")) return fmt(r, v) + " phần nghìn";
                return fmt(r, v) + "/1.000 trẻ đẻ sống";
            }
            case "per_100k":
                return fmt(r, v) + (r.chance(0.7) ? "/100.000 trẻ em" : " trên 100.000 trẻ em");
            default:
                return pct(r, v);
        }
    }

    private Stmt statement(Ctx c, Catalog.Indicator ind, Catalog.Form f, boolean impossible) {
        String text = fill(c, f.text);
        String villageTrap = null;
        if (text.contains("{villages}")) {
            villageTrap = World.pad2(Math.max(2, c.u.villages)) + " thôn, làng";
            text = text.replace("{villages}", villageTrap);
        }
        if (villageTrap != null) {
            Stmt s = statementOf(c, ind, f, text, impossible);
            s.traps.add(villageTrap);
            s.label = null;
            return s;
        }
        return statementOf(c, ind, f, text, impossible);
    }

    private Stmt statementOf(Ctx c, Catalog.Indicator ind, Catalog.Form f, String text, boolean impossible) {
        Rnd r = c.r;
        String subject = ind.labelEn;
        List<String> alt = f.alt;
        switch (f.kind) {
            case 'Z': {
                Stmt s = new Stmt(text, ind);
                s.targets.add(new Gold.GoldTarget(text, subject, "=", 0, "count", null, ind.code, alt));
                s.label = text;
                s.unitCol = "vụ";
                s.cell = "0";
                return s;
            }
            case 'B': {
                String t = r.chance(0.2) && c.level == Level.COMMUNE ? text + " năm " + c.py : text;
                Stmt s = new Stmt(t, ind);
                s.targets.add(new Gold.GoldTarget(t, subject, "=", 1, "boolean", null, ind.code, alt));
                s.label = text;
                s.unitCol = c.level == Level.COMMUNE ? u(c) : "Trường";
                s.cell = "Đạt";
                return s;
            }
            case 'N': {
                int n = world.countTarget(c.u, ind, c.cy);
                String t = text.replace("{n}", count(r, n));
                Stmt s = new Stmt(t, ind);
                s.targets.add(new Gold.GoldTarget(t, subject, ">=", n, "count", null, ind.code, alt));
                return s;
            }
            case 'R':
            case 'I': {
                double v = f.kind == 'I' ? r.between(5, 15) : Math.max(1, Math.round(world.level(c.u, ind, c.cy)));
                String t = text.replace("{v}", pct(r, v));
                Stmt s = new Stmt(t, ind);
                s.targets.add(new Gold.GoldTarget(t, subject, f.kind == 'R' ? "reduce_by" : "increase_by", v, "percent", null, ind.code, alt));
                return s;
            }
            case 'V': {
                double v = world.level(c.u, ind, c.cy);
                String prefix = r.chance(0.6) ? "" : r.pick(new String[] {"Phấn đấu ", "Đảm bảo ", "Duy trì "});
                String t = prefix + text.replace("{v}", pct(r, v));
                Stmt s = new Stmt(t, ind);
                s.targets.add(new Gold.GoldTarget(t, subject, ">=", v, "percent", null, ind.code, alt));
                return s;
            }
            default:
                return labelled(c, ind, f, text, impossible);
        }
    }

    private static String u(Ctx c) {
        String t = c.u.type;
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private Stmt labelled(Ctx c, Catalog.Indicator ind, Catalog.Form f, String label, boolean impossible) {
        Rnd r = c.r;
        String subject = ind.labelEn;
        List<String> alt = f.alt;
        double v = impossible ? 0 : world.level(c.u, ind, c.cy);
        boolean twoYear = !impossible && c.cy <= 2024 && c.py <= 2025 && (c.level == Level.PROVINCE || c.level == Level.DISTRICT || r.chance(0.2))
                && r.chance(0.2);
        String unitCol = ind.unit.equals("per_mille") ? "‰" : ind.unit.equals("per_100k") ? "/100.000 trẻ em" : "%";
        String lc = lowerTyLe(label);
        Stmt s;
        if (!ind.isMax()) {
            if (twoYear) {
                double v25 = world.level(c.u, ind, 2025);
                double v30 = world.level2030(c.u, ind);
                String a = pct(r, v25);
                String b = pct(r, v30);
                String q1;
                String full;
                if (r.chance(0.6)) {
                    q1 = label + " đạt " + a + " vào năm 2025";
                    full = q1 + " và " + b + " vào năm 2030";
                } else {
                    q1 = label + " đến năm 2025 đạt " + a;
                    full = q1 + ", đến năm 2030 đạt " + b;
                }
                s = new Stmt(full, ind);
                s.targets.add(new Gold.GoldTarget(q1, subject, ">=", v25, ind.unit, 2025, ind.code, alt));
                s.targets.add(new Gold.GoldTarget(full, subject, ">=", v30, ind.unit, 2030, ind.code, alt));
                s.label = label;
                s.unitCol = unitCol;
                s.cell = fmt0(v25);
                s.cell2030 = fmt0(v30);
                return s;
            }
            String vt = pct(r, v);
            double x = r.uniform(0, 1);
            String t;
            String cmp = ">=";
            if (x < 0.35) t = label + " đạt " + vt;
            else if (x < 0.5) t = label + " đạt " + vt + " trở lên";
            else if (x < 0.6) t = label + " đạt từ " + vt + " trở lên";
            else if (x < 0.7) t = label + ": " + vt;
            else if (x < 0.85) t = "Phấn đấu " + lc + " đạt " + vt;
            else if (x < 0.93) t = label + " duy trì ở mức " + vt;
            else {
                t = label + " đạt trên " + vt;
                cmp = ">";
            }
            s = new Stmt(t, ind);
            s.targets.add(new Gold.GoldTarget(t, subject, cmp, v, ind.unit, null, ind.code, alt));
            s.label = label;
            s.unitCol = unitCol;
            s.cell = r.pick(new String[] {"", "≥ ", "đạt "}) + fmt0(v);
            if (cmp.equals(">")) s.label = null;
            return s;
        }
        // a ceiling: "dưới", "không quá", "giảm ... xuống còn"
        if (ind.code.equals("NAP-06") && r.chance(0.4)) {
            String t = label + " là 0%";
            s = new Stmt(t, ind);
            s.targets.add(new Gold.GoldTarget(t, subject, "=", 0, "percent", null, ind.code, alt));
            return s;
        }
        if (twoYear) {
            double v25 = world.level(c.u, ind, 2025);
            double v30 = world.level2030(c.u, ind);
            String q1 = label + " dưới " + valueText(r, ind, v25, label) + " vào năm 2025";
            String full = q1 + " và dưới " + valueText(r, ind, v30, label) + " vào năm 2030";
            s = new Stmt(full, ind);
            s.targets.add(new Gold.GoldTarget(q1, subject, "<", v25, ind.unit, 2025, ind.code, alt));
            s.targets.add(new Gold.GoldTarget(full, subject, "<", v30, ind.unit, 2030, ind.code, alt));
            s.label = label;
            s.unitCol = unitCol;
            s.cell = "< " + fmt0(v25);
            s.cell2030 = "< " + fmt0(v30);
            return s;
        }
        String vt = valueText(r, ind, v, label);
        double x = r.uniform(0, 1);
        String t;
        String cmp;
        if (x < 0.4) { t = label + " dưới " + vt; cmp = "<"; }
        else if (x < 0.55) { t = label + " không quá " + vt; cmp = "<="; }
        else if (x < 0.62) { t = label + " không vượt quá " + vt; cmp = "<="; }
        else if (x < 0.78) { t = "Giảm " + lc + " xuống còn " + vt; cmp = "<="; }
        else if (x < 0.88) { t = "Giảm " + lc + " xuống dưới " + vt; cmp = "<"; }
        else { t = label + " ở mức dưới " + vt; cmp = "<"; }
        s = new Stmt(t, ind);
        s.targets.add(new Gold.GoldTarget(t, subject, cmp, v, ind.unit, null, ind.code, alt));
        if (label.contains("trên 1.000 trẻ đẻ sống")) s.traps.add("trên 1.000 trẻ đẻ sống");
        if (vt.contains("1.000 trẻ đẻ sống")) s.traps.add("1.000 trẻ đẻ sống");
        if (vt.contains("100.000")) s.traps.add(vt.contains("/100.000") ? "/100.000 trẻ em" : "trên 100.000 trẻ em");
        s.label = label;
        s.unitCol = unitCol;
        s.cell = cmp.equals("<") ? r.pick(new String[] {"< ", "dưới "}) + fmt0(v) : r.pick(new String[] {"≤ ", "không quá ", ""}) + fmt0(v);
        return s;
    }

    private static String fmt0(double v) {
        if (v == Math.rint(v)) return Long.toString((long) v);
        return stripZeros(String.format(Locale.ROOT, "%.2f", v)).replace('.', ',');
    }

    private List<String> qualitative(Ctx c) {
        Rnd r = c.r;
        List<String> out = new ArrayList<>();
        String[] pool = {
            "Giảm trẻ em bị tai nạn thương tích, trẻ em bị xâm hại so với năm " + (c.py - 1),
            "Tăng dần tỷ lệ học sinh tiểu học, trung học cơ sở được học bơi, biết bơi",
            "Giảm dần số trẻ em có hoàn cảnh đặc biệt trên địa bàn",
            "Hạn chế thấp nhất tình trạng trẻ em bị bạo lực, xâm hại",
            "Nâng cao chất lượng hoạt động của đội ngũ cộng tác viên bảo vệ trẻ em",
            "Tỷ lệ trường học có dịch vụ hỗ trợ tâm lý trẻ em: thực hiện trên cơ sở hướng dẫn của ngành cấp trên (nếu có)",
        };
        int n = r.chance(0.5) ? r.between(1, 2) : 0;
        for (int i = 0; i < n; i++) {
            String q = r.pick(pool);
            if (!out.contains(q)) out.add(q);
        }
        return out;
    }

    // ------------------------------------------------------------------ tasks

    private void tasks(Ctx c) {
        Rnd r = c.r;
        heading(c, c.roman() + ". " + r.pick(new String[] {"NHIỆM VỤ VÀ GIẢI PHÁP", "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", "NỘI DUNG HOẠT ĐỘNG", "NHIỆM VỤ CỤ THỂ"}), 1);
        int nTasks = r.between(c.level == Level.SCHOOL ? 4 : 6, Filler.TASK_HEADS.length);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < Filler.TASK_HEADS.length; i++) order.add(i);
        // keep task 0 and 1 (policies and communication) and draw the rest
        List<Integer> picked = new ArrayList<>(List.of(0, 1));
        List<Integer> rest = new ArrayList<>(order.subList(2, order.size()));
        while (picked.size() < nTasks && !rest.isEmpty()) picked.add(rest.remove(r.nextInt(rest.size())));
        picked.sort(Integer::compare);
        int num = 1;
        for (int t : picked) {
            heading(c, num + ". " + Filler.TASK_HEADS[t], 2);
            num++;
            String[] bodies = Filler.TASK_BODIES[t];
            int nb = r.between(1, bodies.length);
            String marker = r.chance(0.5) ? "- " : "";
            if (t == 0) {
                List<Catalog.NatDoc> docs = chooseDocs(c, c.level == Level.COMMUNE ? 0 : 2, c.level == Level.COMMUNE ? 4 : 8);
                if (!docs.isEmpty()) {
                    StringBuilder sb = new StringBuilder(marker + "Tổ chức triển khai thực hiện hiệu quả ");
                    boolean lawListed = false;
                    for (Catalog.NatDoc x : docs) lawListed |= x.type.equals("Luật");
                    if (r.chance(0.5) && !lawListed) sb.append("Luật Trẻ em, ");
                    for (int i = 0; i < docs.size(); i++) {
                        if (i > 0) sb.append("; ");
                        sb.append(citeNational(c, docs.get(i), r.chance(0.8)));
                    }
                    sb.append(" và các chương trình, đề án, kế hoạch về trẻ em giai đoạn 2021-2025, định hướng đến năm 2030.");
                    c.doc.para(sb.toString());
                }
            }
            for (int b = 0; b < nb; b++) c.doc.para(marker + noisy(c, fill(c, bodies[b])));
            if (t == 1) {
                String hot = r.pick(HOTLINES);
                StringBuilder sb = new StringBuilder(marker + "Tích cực tuyên truyền, phổ biến rộng rãi về đường dây nóng tiếp nhận thông tin, hỗ trợ xử lý các vấn đề về trẻ em (" + hot);
                c.gold.traps.add(hot);
                if (r.chance(0.5)) {
                    String phone = world.provinceHotline(c.u.province);
                    String t2 = "đường dây nóng bảo vệ trẻ em tỉnh (" + phone + ")";
                    sb.append(" và ").append(t2);
                    c.gold.traps.add(t2);
                }
                sb.append(") để người dân liên hệ khi có nhu cầu được tư vấn, trợ giúp.");
                c.doc.para(sb.toString());
                actionMonth(c, marker);
            }
            if (t == 9 && c.cy <= 2022 && r.chance(0.6)) {
                c.doc.para(marker + "Triển khai các biện pháp bảo vệ trẻ em trong bối cảnh dịch Covid-19, bảo đảm an toàn cho trẻ em trong đại dịch.");
                c.gold.traps.add("Covid-19");
            }
        }
    }

    private void actionMonth(Ctx c, String marker) {
        Rnd r = c.r;
        // printed with the content year: a near-copy keeps last year's festival year
        int festYear = c.cy;
        String month = "Tháng hành động vì trẻ em (từ ngày 01/6 đến ngày 30/6)";
        StringBuilder sb = new StringBuilder(marker + "Tổ chức tốt các hoạt động của " + month + ", Diễn đàn trẻ em, Tết Trung thu năm " + festYear);
        c.gold.traps.add("(từ ngày 01/6 đến ngày 30/6)");
        if (c.level == Level.COMMUNE && c.u.villages > 0 && r.chance(0.7)) {
            String v = World.pad2(c.u.villages) + " thôn, làng";
            sb.append(" tại ").append(v);
            c.gold.traps.add(v);
        }
        if (r.chance(0.4)) {
            int gifts = r.between(20, 400);
            String g = "tặng " + gifts + " suất quà, mỗi suất trị giá " + r.pick(new String[] {"200.000", "300.000", "500.000"}) + " đồng";
            sb.append("; ").append(g);
            c.gold.traps.add(g);
        }
        sb.append(" với chủ đề “Chung tay bảo đảm thực hiện quyền trẻ em, bảo vệ trẻ em”.");
        c.doc.para(sb.toString());
    }

    private void funding(Ctx c) {
        Rnd r = c.r;
        heading(c, c.roman() + ". " + (r.chance(0.6) ? "KINH PHÍ THỰC HIỆN" : "Kinh phí thực hiện"), 1);
        int n = r.between(1, 2);
        for (int i = 0; i < n; i++) c.doc.para((n > 1 ? (i + 1) + ". " : "") + fill(c, Filler.FUNDING[(i + r.nextInt(2)) % Filler.FUNDING.length]));
    }

    private void organisation(Ctx c) {
        Rnd r = c.r;
        heading(c, c.roman() + ". " + (r.chance(0.6) ? "TỔ CHỨC THỰC HIỆN" : "Tổ chức thực hiện"), 1);
        String[][] pool = c.level == Level.SCHOOL ? Filler.ORG_SCHOOL : c.level == Level.COMMUNE ? Filler.ORG_COMMUNE : Filler.ORG_UPPER;
        int n = r.between(Math.min(4, pool.length), pool.length);
        for (int i = 0; i < n; i++) {
            String agency = fill(c, pool[i][0]);
            if (c.level == Level.PROVINCE && agency.startsWith("Phòng ")) agency = "Sở " + agency.substring(6);
            heading(c, (i + 1) + ". " + agency, 2);
            c.doc.para((r.chance(0.5) ? "- " : "") + noisy(c, fill(c, pool[i][1])));
        }
        String parent = c.level == Level.PROVINCE ? "Bộ Lao động – Thương binh và Xã hội" : world.parentPlanUnit(c.u, c.py).issuer(c.py);
        if (r.chance(0.6)) {
            String dl = "trước ngày " + r.pick(new String[] {"15/6", "10/6", "20/6"}) + " và " + r.pick(new String[] {"15/12", "10/12", "05/12"});
            c.doc.para("Định kỳ báo cáo kết quả thực hiện 6 tháng, cả năm về " + parent + " " + dl + " hằng năm để tổng hợp, báo cáo theo quy định.");
            c.gold.traps.add(dl);
        }
        if (c.level == Level.SCHOOL && r.chance(0.6)) {
            String phone = "Số điện thoại: 09" + r.between(10, 99) + "." + r.between(100, 999) + "." + r.between(100, 999);
            c.doc.para("Mọi thông tin phản ánh về các vụ việc liên quan đến học sinh, đề nghị liên hệ trực tiếp Ban Giám hiệu nhà trường. " + phone + ".");
            c.gold.traps.add(phone);
        }
        c.doc.para(fill(c, r.pick(Filler.CLOSING)));
    }

    // ------------------------------------------------------------------ signature and trailer

    private void trailer(Ctx c) {
        Rnd r = c.r;
        Rnd h = c.hr;
        Unit u = c.u;
        String name = r.pick(Filler.NAMES_FAMILY) + " " + r.pick(Filler.NAMES_MIDDLE) + " " + r.pick(Filler.NAMES_GIVEN);
        Layout d = c.doc;
        String[] recv;
        String[] sign;
        if (u.level == Level.SCHOOL) {
            recv = new String[] {"- Phòng GD&ĐT (b/c);", "- Các tổ chuyên môn;", "- Lưu: VT."};
            sign = new String[] {"HIỆU TRƯỞNG", "", "", name};
        } else {
            String parent = u.level == Level.PROVINCE ? "- Bộ LĐTBXH (b/c);" : "- " + world.parentPlanUnit(u, c.py).issuer(c.py) + " (b/c);";
            recv = new String[] {parent, "- Chủ tịch, các PCT UBND " + u.type + ";", "- Các cơ quan, đơn vị liên quan;", "- Lưu: VT."};
            sign = r.chance(0.5) ? new String[] {"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", name}
                    : new String[] {"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", name};
        }
        if (r.chance(0.5)) {
            int n = Math.max(recv.length, sign.length);
            d.raw((r.chance(0.5) ? " Nơi nhận:" : "Nơi nhận:") + "                                                 " + sign[0]);
            for (int i = 0; i < n - 1; i++) {
                String left = i < recv.length ? recv[i] : "";
                String right = i + 1 < sign.length ? sign[i + 1] : "";
                d.raw(left + "                                        " + right);
            }
        } else {
            d.raw(c.markdown ? "***Nơi nhận:***" : "Nơi nhận:");
            for (String x : recv) d.raw(x);
            d.blank();
            for (String x : sign) d.raw(c.markdown && !x.isEmpty() ? "**" + x + "**" : x);
        }
        if (h.chance(0.05)) {
            d.raw(h.pick(new String[] {"0 ĐC RÚC TÙ BÀT P.T", "ỦY BAN NHÀN DÂN * Ư.B.N.D", "TRƯỜNG * T.H *"}));
            c.gold.qualityNotes.add("OCR residue of a stamp inside the text");
        }
        if (h.chance(0.5) && u.level != Level.PROVINCE || h.chance(0.3)) {
            String pslug = World.slug(c.py > World.LAST_DISTRICT_YEAR ? u.province.name2025 : u.province.name);
            String mail;
            String org;
            switch (u.level) {
                case PROVINCE: mail = "vanthu@" + pslug + ".gov.vn"; org = "Ủy ban nhân dân " + u.full(); break;
                case DISTRICT: mail = "ubnd" + u.slug + "@" + pslug + ".gov.vn"; org = "Ủy ban nhân dân " + u.full(); break;
                case SCHOOL: mail = World.slug(u.type) + u.slug + "." + u.parent.slug + "@" + pslug + ".edu.vn"; org = u.full(); break;
                default:
                    mail = c.py > World.LAST_DISTRICT_YEAR ? u.slug + "@" + pslug + ".gov.vn" : u.slug + "." + u.parent.slug + "@" + pslug + ".gov.vn";
                    org = (h.chance(0.1) ? "Ủy ban nhân " : "Ủy ban nhân dân ") + u.fullIn(c.py);
            }
            c.mailbox = mail;
            LocalDate signed = world.planDate(u, c.py).plusDays(h.between(0, 12));
            int copies = h.chance(0.5) ? 2 : 1;
            int hh = h.between(7, 16);
            int mm = h.between(0, 59);
            int ss = h.between(0, 50);
            d.blank();
            d.blank();
            for (int i = 0; i < copies; i++) {
                d.blank();
                d.raw("\t\t" + signed + "T" + World.pad2(hh) + ":" + World.pad2(mm) + ":" + World.pad2(ss + i * 8) + "+0700");
                d.raw("\tViệt Nam");
                d.raw("\t" + org + "<" + mail + "> đã ký lên văn bản này!");
                d.blank();
            }
        }
    }
}
