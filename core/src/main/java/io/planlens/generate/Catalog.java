package io.planlens.generate;

import io.planlens.reference.ReferenceFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reference facts the generator draws on: indicators with their phrasings, national documents, provinces. */
final class Catalog {

    /** One phrasing of an indicator (see {@link Phrases}). */
    static final class Form {
        final String code;
        final String levels;
        final char kind;
        final String text;
        final List<String> alt;

        Form(String code, String levels, char kind, String text, List<String> alt) {
            this.code = code;
            this.levels = levels;
            this.kind = kind;
            this.text = text;
            this.alt = alt;
        }

        boolean usableAt(char level) {
            return levels.indexOf(level) >= 0;
        }
    }

    static final class Indicator {
        final int index;
        final String code;
        final String group;
        final String unit;
        final String direction;
        final String labelEn;
        final Double nat2025;
        final Double nat2030;
        final List<Form> forms = new ArrayList<>();

        Indicator(int index, Map<String, String> row) {
            this.index = index;
            this.code = row.get("code");
            this.group = row.get("group");
            this.unit = row.get("unit");
            this.direction = row.get("direction");
            this.labelEn = row.get("label_en");
            this.nat2025 = num(row.get("national_2025"));
            this.nat2030 = num(row.get("national_2030"));
        }

        boolean isMax() {
            return "max".equals(direction);
        }

        boolean hasFormAt(char level) {
            for (Form f : forms) {
                if (f.usableAt(level)) return true;
            }
            return false;
        }
    }

    static final class NatDoc {
        final String id;
        final String type;
        final String number;
        final String numberDigits;
        final Integer numYear;
        final String code;
        final String issuer;
        final LocalDate date;
        final String title;

        NatDoc(Map<String, String> row) {
            this.id = row.get("id");
            this.type = row.get("type");
            this.number = row.get("number");
            this.issuer = row.get("issuer");
            this.date = LocalDate.parse(row.get("issued_date"));
            this.title = row.get("title_vi");
            String n = number;
            int i = 0;
            while (i < n.length() && Character.isDigit(n.charAt(i))) i++;
            this.numberDigits = n.substring(0, i);
            String rest = n.substring(i);
            Integer y = null;
            if (rest.matches("^/\\d{4}/.*")) {
                y = Integer.parseInt(rest.substring(1, 5));
                rest = rest.substring(6);
            } else if (rest.startsWith("/") || rest.startsWith("-")) {
                rest = rest.substring(1);
            }
            this.numYear = y;
            // "CT/TW" (from 20-CT/TW) is normalised to "CT-TW"
            this.code = rest.replace('/', '-');
        }
    }

    static final class Province {
        final String code;
        final String name;
        final String type;
        final String region;
        final String ascii;
        final String name2025;

        Province(Map<String, String> row) {
            this.code = row.get("code");
            this.name = row.get("name");
            this.type = row.get("type");
            this.region = row.get("region");
            this.ascii = row.get("name_ascii");
            this.name2025 = row.get("province_2025");
        }

        boolean isCity() {
            return type.startsWith("thành phố");
        }
    }

    final List<Indicator> indicators;
    final Map<String, Indicator> byCode;
    final List<NatDoc> docs;
    final Map<String, NatDoc> docById;
    final List<Province> provinces;

    private Catalog(List<Indicator> indicators, List<NatDoc> docs, List<Province> provinces) {
        this.indicators = Collections.unmodifiableList(indicators);
        Map<String, Indicator> m = new LinkedHashMap<>();
        for (Indicator i : indicators) m.put(i.code, i);
        this.byCode = m;
        this.docs = docs;
        Map<String, NatDoc> d = new LinkedHashMap<>();
        for (NatDoc n : docs) d.put(n.id, n);
        this.docById = d;
        this.provinces = provinces;
    }

    static Catalog load() {
        List<Indicator> inds = new ArrayList<>();
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        for (Map<String, String> row : ReferenceFiles.rows("indicators.csv")) {
            Indicator ind = new Indicator(inds.size(), row);
            inds.add(ind);
            byCode.put(ind.code, ind);
        }
        for (String line : Phrases.ROWS) {
            String[] p = line.split("\\|", -1);
            Indicator ind = byCode.get(p[0]);
            if (ind == null) continue; // phrasing for an indicator no longer in the catalogue
            List<String> alt = p[4].isEmpty() ? List.of() : Arrays.asList(p[4].split(","));
            ind.forms.add(new Form(p[0], p[1], p[2].charAt(0), p[3], alt));
        }
        List<Indicator> usable = new ArrayList<>();
        for (Indicator i : inds) {
            if (!i.forms.isEmpty()) usable.add(i);
        }
        List<NatDoc> docs = new ArrayList<>();
        for (Map<String, String> row : ReferenceFiles.rows("national-documents.csv")) docs.add(new NatDoc(row));
        List<Province> provs = new ArrayList<>();
        for (Map<String, String> row : ReferenceFiles.rows("provinces.csv")) provs.add(new Province(row));
        return new Catalog(usable, docs, provs);
    }

    private static Double num(String s) {
        if (s == null || s.isBlank()) return null;
        return Double.parseDouble(s.trim());
    }
}
