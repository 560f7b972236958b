package io.planlens.generate;

import io.planlens.text.Vietnamese;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A synthetic administrative world: real provinces with invented districts, communes and schools,
 * and for every unit and year the plan it issues (number, date) and the target levels it sets.
 * Everything is a pure function of the seed, so a commune citing its district's plan gives the
 * same number and date as the district's own plan in the corpus.
 */
final class World {
    static final int FIRST_YEAR = 2021;
    static final int LAST_DISTRICT_YEAR = 2025;
    static final int LAST_YEAR = 2026;

    enum Level { PROVINCE, DISTRICT, COMMUNE, SCHOOL;
        String code() { return name().toLowerCase(Locale.ROOT); }
        char letter() { return "PDCS".charAt(ordinal()); }
    }

    static final class Unit {
        final int id;
        final Level level;
        final String type;     // tỉnh, thành phố, huyện, thị xã, quận, xã, phường, thị trấn, or a school kind
        final String name;     // name without its type word: "Ia Hla", "3", "Hai Bà Trưng"
        final Unit parent;
        final Catalog.Province province;
        final String slug;
        final int lag;         // a district follows its province's targets of the same year (0) or the year before (1)
        int villages;          // communes: number of villages / residential groups

        Unit(int id, Level level, String type, String name, Unit parent, Catalog.Province province, int lag) {
            this.id = id;
            this.level = level;
            this.type = type;
            this.name = name;
            this.parent = parent;
            this.province = province;
            this.lag = lag;
            // a numbered ward ("phường 3") gets its type in the slug: phuong3
            this.slug = !name.isEmpty() && Character.isDigit(name.charAt(0)) ? slug(type + name) : slug(name);
        }

        /** "xã Ia Hla", "thị xã Phước Long", "tỉnh Gia Lai", "Trường Tiểu học Hai Bà Trưng". */
        String full() {
            if (level == Level.SCHOOL) return "Trường " + type + " " + name;
            return type + " " + name;
        }

        String fullIn(int year) {
            if (year > LAST_DISTRICT_YEAR && level == Level.COMMUNE && type.equals("thị trấn")) return "xã " + name;
            return full();
        }

        String issuer(int year) {
            if (level == Level.SCHOOL) return full();
            return "UBND " + fullIn(year);
        }

        Unit district() {
            if (level == Level.DISTRICT) return this;
            if (level == Level.COMMUNE || level == Level.SCHOOL) return parent;
            return null;
        }
    }

    final long seed;
    final Catalog catalog;
    final List<Unit> provinces = new ArrayList<>();
    final List<Unit> districts = new ArrayList<>();
    final List<Unit> communes = new ArrayList<>();
    final List<Unit> schools = new ArrayList<>();
    final Map<String, Unit> provinceByName = new LinkedHashMap<>();
    final Set<String> survivingProvinces = new HashSet<>();

    private static final String[] SYL = {
        "An", "Bình", "Hòa", "Phú", "Tân", "Thạnh", "Long", "Mỹ", "Đông", "Tây", "Nam", "Bắc", "Hưng", "Thuận",
        "Lợi", "Phước", "Lộc", "Thọ", "Xuân", "Quang", "Trung", "Hiệp", "Thành", "Vĩnh", "Hải", "Sơn", "Lâm",
        "Cẩm", "Đức", "Yên", "Nghĩa", "Hồng", "Kim", "Ngọc", "Thắng", "Châu", "Phong", "Hà", "Định", "Khánh",
        "Tiến", "Minh", "Cát", "Thái", "Quảng", "Hợp", "Lạc", "Hội", "Tứ", "Kỳ", "Gia", "Trường", "Thịnh",
        "Tường", "Hậu", "Diễn", "Triệu", "Hương", "Liên", "Đại", "Tam", "Việt", "Thanh", "Đồng", "Phụng"
    };
    private static final String[] HL_PREFIX = {"Ia", "Chư", "Đăk", "Ea", "Krông", "Kon", "Đắk", "Ia", "Ea"};
    private static final String[] HL_SYL = {"Hla", "Dreng", "Le", "Rong", "Blang", "Pông", "Hra", "Pah", "Sao", "Búk",
        "Tơr", "Glai", "Kdang", "Pơng", "Mơ", "Rê", "Tul", "Mlang", "Plông", "Nang", "Sươr", "Kly", "Pưh", "Sê"};
    private static final String[] SCHOOL_PATRONS = {"Hai Bà Trưng", "Nguyễn Du", "Lê Quý Đôn", "Trần Phú", "Kim Đồng",
        "Võ Thị Sáu", "Nguyễn Trãi", "Lý Tự Trọng", "Chu Văn An", "Hùng Vương", "Quang Trung", "Lê Lợi", "Nguyễn Huệ",
        "Phan Bội Châu", "Ngô Quyền", "Trần Hưng Đạo", "Nguyễn Văn Trỗi", "Lê Văn Tám", "Tô Hiệu", "Bế Văn Đàn",
        "Nguyễn Bỉnh Khiêm", "Lương Thế Vinh", "Phan Chu Trinh", "Đinh Tiên Hoàng", "Lê Hồng Phong"};
    private static final String[] SCHOOL_KINDS = {"Tiểu học", "Tiểu học", "THCS", "Trung học cơ sở", "Mầm non", "Tiểu học và THCS"};

    World(long seed, int plans, Catalog catalog) {
        this.seed = seed;
        this.catalog = catalog;
        Rnd r = new Rnd(Rnd.mix(seed, 0x57A7E));
        int nProv = Math.min(catalog.provinces.size(), Math.max(1, (plans + 159) / 160));
        // spread the chosen provinces over the whole list so every region appears
        List<Catalog.Province> chosen = new ArrayList<>();
        int total = catalog.provinces.size();
        int offset = r.nextInt(total);
        for (int k = 0; k < nProv; k++) {
            chosen.add(catalog.provinces.get((offset + (int) ((long) k * total / nProv)) % total));
        }
        double districtsPerProvince = 6.5;
        int communesPerDistrict = (int) Math.max(4, Math.ceil(0.30 * plans / (nProv * districtsPerProvince)));
        int schoolsPerDistrict = (int) Math.max(1, Math.ceil(0.08 * plans / (nProv * districtsPerProvince)));
        int id = 0;
        for (Catalog.Province p : chosen) {
            Unit pu = new Unit(id++, Level.PROVINCE, p.isCity() ? "thành phố" : "tỉnh", p.name, null, p, 0);
            provinces.add(pu);
            provinceByName.put(p.name, pu);
            boolean highlands = p.region.contains("Tây Nguyên");
            Set<String> used = new HashSet<>();
            int nd = r.between(4, 9);
            for (int d = 0; d < nd; d++) {
                String dtype;
                if (d == 0) dtype = p.isCity() ? "quận" : "thành phố";
                else if (p.isCity()) dtype = r.chance(0.5) ? "quận" : "huyện";
                else dtype = r.chance(0.12) ? "thị xã" : "huyện";
                String dname = (d == 0 && !p.isCity()) ? uniqueName(r, used, highlands) : uniqueName(r, used, highlands);
                Unit du = new Unit(id++, Level.DISTRICT, dtype, dname, pu, p, r.chance(0.4) ? 1 : 0);
                districts.add(du);
                boolean urban = !dtype.equals("huyện");
                int nc = Math.max(2, (int) Math.round(communesPerDistrict * r.uniform(0.6, 1.4)));
                Set<String> cused = new HashSet<>();
                int wardNo = 1;
                for (int c = 0; c < nc; c++) {
                    String ctype;
                    String cname;
                    if (urban && r.chance(0.7)) {
                        ctype = "phường";
                        cname = r.chance(0.3) ? Integer.toString(wardNo++) : uniqueName(r, cused, highlands);
                    } else if (!urban && c == 0) {
                        ctype = "thị trấn";
                        cname = uniqueName(r, cused, highlands);
                    } else {
                        ctype = "xã";
                        cname = uniqueName(r, cused, highlands);
                    }
                    Unit cu = new Unit(id++, Level.COMMUNE, ctype, cname, du, p, 0);
                    cu.villages = r.between(4, 18);
                    communes.add(cu);
                }
                int ns = Math.max(1, (int) Math.round(schoolsPerDistrict * r.uniform(0.5, 1.5)));
                Set<String> sused = new HashSet<>();
                for (int s = 0; s < ns; s++) {
                    String kind = r.pick(SCHOOL_KINDS);
                    String sname = r.chance(0.6) ? r.pick(SCHOOL_PATRONS) : uniqueName(r, cused, highlands);
                    if (!sused.add(kind + sname)) continue;
                    schools.add(new Unit(id++, Level.SCHOOL, kind, sname, du, p, 0));
                }
            }
        }
        for (Unit pu : provinces) {
            if (pu.province.name.equals(pu.province.name2025)) survivingProvinces.add(pu.province.name);
        }
    }

    private static String uniqueName(Rnd r, Set<String> used, boolean highlands) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String n;
            if (highlands && r.chance(0.55)) {
                n = r.pick(HL_PREFIX) + " " + r.pick(HL_SYL);
            } else {
                String a = r.pick(SYL);
                String b = r.pick(SYL);
                if (a.equals(b)) continue;
                n = a + " " + b;
            }
            if (used.add(n)) return n;
        }
        String n = r.pick(SYL) + " " + r.pick(SYL) + " " + used.size();
        used.add(n);
        return n;
    }

    static String slug(String name) {
        String f = Vietnamese.fold(name);
        StringBuilder sb = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) sb.append(c);
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- plans issued by units

    /** The plan number of a unit's annual plan (digits only). */
    String planNumber(Unit u, int year) {
        Rnd r = new Rnd(Rnd.mix(seed, u.id, year, 0xB0B));
        switch (u.level) {
            case PROVINCE: return Integer.toString(r.between(12, 380));
            case DISTRICT: return Integer.toString(r.between(15, 320));
            case SCHOOL: return pad2(r.between(1, 60));
            default: {
                int n = r.between(1, 160);
                return n < 10 && r.chance(0.7) ? pad2(n) : Integer.toString(n);
            }
        }
    }

    /** The real issue date of a unit's annual plan: provinces first, then districts, then communes and schools. */
    LocalDate planDate(Unit u, int year) {
        Rnd r = new Rnd(Rnd.mix(seed, u.id, year, 0xDA7E));
        switch (u.level) {
            case PROVINCE: return LocalDate.of(year, 1, 5).plusDays(r.between(0, 80));
            case DISTRICT: return planDate(u.parent, year).plusDays(r.between(6, 50));
            case SCHOOL: return planDate(u.parent, year).plusDays(r.between(5, 60));
            default: {
                Unit parent = parentPlanUnit(u, year);
                return planDate(parent, year).plusDays(r.between(4, 40));
            }
        }
    }

    /** The unit whose plan of that year a unit follows (district, or after 2025 the merged province). */
    Unit parentPlanUnit(Unit u, int year) {
        if (u.level == Level.COMMUNE && year > LAST_DISTRICT_YEAR) return provinceByName.getOrDefault(u.province.name2025, u.parent.parent);
        return u.parent;
    }

    /** The unit's multi-year programme plan of 2021 (number and date), cited by later plans. */
    String programmeNumber(Unit u) {
        return Integer.toString(new Rnd(Rnd.mix(seed, u.id, 0x9806)).between(60, 260));
    }

    LocalDate programmeDate(Unit u) {
        return LocalDate.of(2021, 4, 1).plusDays(new Rnd(Rnd.mix(seed, u.id, 0x9807)).between(0, 150));
    }

    /** A province's own resolution on child protection (NQ-HĐND), if it passed one. */
    boolean hasResolution(Unit province) {
        return Rnd.unit(Rnd.mix(seed, province.id, 0x4E51)) < 0.35;
    }

    String resolutionNumber(Unit province) {
        return Integer.toString(new Rnd(Rnd.mix(seed, province.id, 0x4E52)).between(8, 45));
    }

    LocalDate resolutionDate(Unit province) {
        return LocalDate.of(2021, 11, 20).plusDays(new Rnd(Rnd.mix(seed, province.id, 0x4E53)).between(0, 30));
    }

    String provinceHotline(Catalog.Province p) {
        Rnd r = new Rnd(Rnd.mix(seed, Rnd.hash(p.code), 0x7E1));
        return "02" + r.between(0, 9) + r.between(10, 99) + "." + r.between(100, 999) + "." + r.between(100, 999);
    }

    // ---------------------------------------------------------------- target levels

    /** Whether a unit sets a target for the indicator in that year (inherited down the hierarchy). */
    boolean sets(Unit u, Catalog.Indicator ind, int year) {
        long h = Rnd.mix(seed, u.id, ind.index, 0x5E7);
        switch (u.level) {
            case PROVINCE:
                return Rnd.unit(h) < 0.75 && Rnd.unit(Rnd.mix(h, year)) < 0.92;
            case DISTRICT:
                return sets(u.parent, ind, Math.max(FIRST_YEAR, year - u.lag)) && Rnd.unit(h) < 0.8
                        || Rnd.unit(Rnd.mix(h, year, 2)) < 0.08;
            case COMMUNE: {
                Unit parent = parentPlanUnit(u, year);
                return sets(parent, ind, year) && Rnd.unit(h) < 0.8 || Rnd.unit(Rnd.mix(h, year, 3)) < 0.05;
            }
            default:
                return sets(u.parent, ind, year) && Rnd.unit(h) < 0.85 || Rnd.unit(Rnd.mix(h, year, 4)) < 0.3;
        }
    }

    /** The level a unit sets for an indicator in a year, in the indicator's unit. */
    double level(Unit u, Catalog.Indicator ind, int year) {
        long h = Rnd.mix(seed, u.id, ind.index, 0x1E7E1);
        switch (u.level) {
            case PROVINCE:
                return provinceLevel(u, ind, year);
            case DISTRICT: {
                double inherited = level(u.parent, ind, Math.max(FIRST_YEAR, year - u.lag));
                return Rnd.unit(Rnd.mix(h, year)) < 0.15 ? ownVariant(ind, inherited, Rnd.mix(h, year, 1)) : inherited;
            }
            case COMMUNE: {
                double inherited = level(parentPlanUnit(u, year), ind, year);
                return Rnd.unit(Rnd.mix(h, year)) < 0.1 ? ownVariant(ind, inherited, Rnd.mix(h, year, 1)) : inherited;
            }
            default:
                return level(u.parent, ind, year);
        }
    }

    /** The 2030 level that goes with a unit's 2025 level ("đạt 90% vào năm 2025 và 95% vào năm 2030"). */
    double level2030(Unit u, Catalog.Indicator ind) {
        double v25 = level(u, ind, 2025);
        if (ind.nat2025 == null || ind.nat2030 == null) {
            return ind.isMax() ? round(ind, v25 * 0.9) : Math.min(100, round(ind, v25 + 3));
        }
        double step = ind.nat2030 - ind.nat2025;
        double v = v25 + step;
        if (!ind.isMax()) v = Math.min(100, Math.max(v, v25));
        else v = Math.max(0, Math.min(v, v25));
        return round(ind, v);
    }

    private double provinceLevel(Unit p, Catalog.Indicator ind, int year) {
        long h = Rnd.mix(seed, p.id, ind.index, 0x9A0);
        double yearsIn = year - FIRST_YEAR;
        double yr = Rnd.unit(Rnd.mix(h, year));
        if ("count".equals(ind.unit) || "zero".equals(ind.direction)) return 0;
        double base = baseline(ind);
        double v;
        if (!ind.isMax()) {
            if (base >= 100) {
                return yr < 0.85 ? 100 : new double[] {95, 98, 99}[(int) (yr * 1000) % 3];
            }
            double off = -6 + 9 * Rnd.unit(h);
            double step = 1.5 * Rnd.unit(Rnd.mix(h, 1));
            v = base + off + step * yearsIn + (yr < 0.1 ? -2 : 0) + (yr > 0.85 ? 1 : 0);
            v = Math.min(100, Math.max(base - 15, v));
        } else {
            double off = -0.2 + 0.35 * Rnd.unit(h);
            double step = 0.04 * Rnd.unit(Rnd.mix(h, 1));
            v = base * (1 + off - step * yearsIn + (yr < 0.1 ? 0.05 : 0));
            v = Math.max(0, v);
        }
        return round(ind, v);
    }

    static double baseline(Catalog.Indicator ind) {
        if (ind.nat2025 != null) return ind.nat2025;
        if (ind.nat2030 != null) return ind.nat2030;
        if (ind.isMax()) return 5;
        return ind.code.startsWith("EXT-INJ") || ind.code.startsWith("EXT-U5M") ? 80 : 100;
    }

    private static double ownVariant(Catalog.Indicator ind, double v, long h) {
        double u = Rnd.unit(h);
        if (ind.isMax()) return round(ind, v * (u < 0.6 ? 0.92 : 1.06));
        if (v >= 100) return u < 0.5 ? 98 : 95;
        return round(ind, Math.min(100, v + (u < 0.6 ? 2 : -3)));
    }

    /** Rounds a level the way plans write it: whole percents, one decimal for small rates, two for tiny ones. */
    static double round(Catalog.Indicator ind, double v) {
        double base = baseline(ind);
        if ("per_100k".equals(ind.unit)) return Math.max(1, Math.round(v));
        if ("per_mille".equals(ind.unit)) return Math.round(v * 10) / 10.0;
        if (ind.isMax()) {
            if (base < 1) return Math.round(v * 100) / 100.0;
            if (base < 20) return Math.round(v * 10) / 10.0;
            return Math.round(v);
        }
        if (base != Math.floor(base)) return Math.min(100, Math.round(v * 10) / 10.0);
        return Math.min(100, Math.round(v));
    }

    /** A count target (safe homes, safe schools, safe communities) scaled to the unit. */
    int countTarget(Unit u, Catalog.Indicator ind, int year) {
        Rnd r = new Rnd(Rnd.mix(seed, u.id, ind.index, year));
        boolean prov = u.level == Level.PROVINCE;
        switch (ind.code) {
            case "EXT-INJ-SAFEHOME": return prov ? r.between(30, 400) * 100 + (r.chance(0.5) ? 0 : 50) : r.between(100, 1500);
            case "EXT-INJ-SAFESCHOOL": return prov ? r.between(20, 150) : r.between(2, 12);
            default: return prov ? r.between(3, 25) : r.between(1, 5);
        }
    }

    static String pad2(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
