package io.planlens.reference;

import io.planlens.extract.citation.CitationCodes;
import io.planlens.text.Vietnamese;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The catalogue of national documents ({@code data/reference/national-documents.csv}), looked up
 * by reference (type, number, code) or by the name a plan uses when it gives no number
 * ("Luật Trẻ em", "Chương trình hành động quốc gia vì trẻ em giai đoạn 2021-2030"). Immutable and
 * thread-safe once built.
 */
public final class DocumentCatalog implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern CODE_SPLIT = Pattern.compile("\\s*[-/]\\s*");
    private static final Pattern ALIAS_SPLIT = Pattern.compile("\\|");
    private static final Pattern NAME_NOISE = Pattern.compile("[^a-z0-9]+");
    private static final Pattern TITLE_VERB = Pattern.compile("^(?:phê duyệt|ban hành)\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TRAILING_YEAR = Pattern.compile(" (?:nam )?((?:19|20)\\d{2})$");

    private final List<NationalDocument> documents;
    private final Map<String, List<NationalDocument>> byReference = new HashMap<>();
    private final Map<String, NationalDocument> byId = new HashMap<>();
    /** name key -> every document cited by that name (two versions of a law share one). */
    private final Map<String, List<NationalDocument>> byName = new LinkedHashMap<>();

    public DocumentCatalog(List<NationalDocument> documents) {
        this.documents = List.copyOf(documents);
        for (NationalDocument d : this.documents) {
            byId.put(d.id(), d);
            byReference.computeIfAbsent(refKey(d.type(), d.number(), d.code()), k -> new ArrayList<>()).add(d);
            for (String name : names(d)) {
                List<NationalDocument> l = byName.computeIfAbsent(nameKey(name), k -> new ArrayList<>());
                if (!l.contains(d)) l.add(d);
            }
        }
    }

    /** Reads {@code national-documents.csv} through {@link ReferenceFiles}. */
    public static DocumentCatalog load() {
        List<NationalDocument> docs = new ArrayList<>();
        for (Map<String, String> row : ReferenceFiles.rows("national-documents.csv")) {
            docs.add(fromRow(row));
        }
        return new DocumentCatalog(docs);
    }

    private static final class Holder {
        static final DocumentCatalog SHARED = load();
    }

    /** The catalogue read once per JVM. */
    public static DocumentCatalog shared() {
        return Holder.SHARED;
    }

    static NationalDocument fromRow(Map<String, String> row) {
        String full = blankToNull(row.get("number"));
        CitationCodes.Reference ref = CitationCodes.parse(full);
        String yearText = blankToNull(row.get("year"));
        LocalDate issued = null;
        String date = blankToNull(row.get("issued_date"));
        if (date != null) {
            try {
                issued = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                issued = null;
            }
        }
        List<String> aliases = new ArrayList<>();
        String a = row.get("aliases");
        if (a != null) {
            for (String s : ALIAS_SPLIT.split(a)) {
                if (!s.isBlank()) aliases.add(s.strip());
            }
        }
        return new NationalDocument(row.get("id"), row.get("type"), full,
                ref == null ? full : ref.number(), ref == null ? null : ref.year(), ref == null ? null : ref.code(),
                yearText == null ? null : Integer.valueOf(yearText), blankToNull(row.get("issuer")), issued,
                blankToNull(row.get("title_vi")), blankToNull(row.get("title_en")), aliases);
    }

    public List<NationalDocument> all() {
        return documents;
    }

    public Optional<NationalDocument> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Lookup by (type, number, code), e.g. ("QĐ", "23", "QĐ-TTg"); code in any spelling. */
    public Optional<NationalDocument> find(String type, String number, String code) {
        return find(type, number, code, null);
    }

    /**
     * Lookup by (type, number, code) and, when known, the year (of the number or of the date of
     * issue): the same number and code recur every year ("23/QĐ-TTg"), so a stated year that
     * differs from the catalogue's rules the entry out. Type may be null (any type).
     */
    public Optional<NationalDocument> find(String type, String number, String code, Integer year) {
        if (number == null || code == null) return Optional.empty();
        String canonical = CitationCodes.canonicalCode(List.of(CODE_SPLIT.split(code)));
        for (String t : type == null ? typesOf(number, canonical) : List.of(type)) {
            List<NationalDocument> hits = byReference.getOrDefault(refKey(t, number, canonical), List.of());
            for (NationalDocument d : hits) {
                if (year == null || d.year() == null || year.equals(d.year())
                        || (d.numberYear() != null && year.equals(d.numberYear()))) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    private List<String> typesOf(String number, String code) {
        List<String> out = new ArrayList<>();
        for (NationalDocument d : documents) {
            if (refKey(d.type(), number, code).equals(refKey(d.type(), d.number(), d.code())) && !out.contains(d.type())) {
                out.add(d.type());
            }
        }
        return out;
    }

    /**
     * Lookup by a name given without a number: an alias, the title, or the title without its
     * leading verb ("Phê duyệt ..."). A trailing year ("Luật Trẻ em năm 2016") must be the
     * document's year. Case, diacritics, dashes and spacing do not matter. A name shared by two
     * documents (the 2015 and the 2025 "Luật Tổ chức chính quyền địa phương") finds one only with its year.
     */
    public Optional<NationalDocument> findByName(String name) {
        if (name == null) return Optional.empty();
        String key = nameKey(name);
        List<NationalDocument> ds = byName.get(key);
        if (ds != null && ds.size() == 1) return Optional.of(ds.get(0));
        if (ds != null) return Optional.empty();
        java.util.regex.Matcher m = TRAILING_YEAR.matcher(key);
        if (m.find()) {
            return byNameAndYear(key.substring(0, m.start()), Integer.parseInt(m.group(1)));
        }
        return Optional.empty();
    }

    /** The documents cited by a name key (see {@link #nameKey}), in catalogue order; empty when none. */
    public List<NationalDocument> namesakes(String key) {
        return Collections.unmodifiableList(byName.getOrDefault(key, List.of()));
    }

    /** The one document of a name key issued in the given year, or empty. */
    public Optional<NationalDocument> byNameAndYear(String key, int year) {
        NationalDocument found = null;
        for (NationalDocument d : byName.getOrDefault(key, List.of())) {
            if (d.year() != null && d.year() == year) {
                if (found != null) return Optional.empty();
                found = d;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Every name a document can be cited by without its number (aliases, title, title without verb). */
    public static List<String> names(NationalDocument d) {
        List<String> out = new ArrayList<>(d.aliases());
        if (d.titleVi() != null) {
            String t = d.titleVi().replace("\"", "").replace("“", "").replace("”", "");
            if (t.regionMatches(true, 0, "Luật", 0, 4)) out.add(t);
            java.util.regex.Matcher m = TITLE_VERB.matcher(t);
            if (m.find()) out.add(t.substring(m.end()));
        }
        return Collections.unmodifiableList(out);
    }

    /** Folded name with punctuation and dashes collapsed to single spaces. */
    public static String nameKey(String name) {
        return NAME_NOISE.matcher(Vietnamese.fold(name.replace('Ð', 'Đ').replace('ð', 'đ'))).replaceAll(" ").strip();
    }

    private static String refKey(String type, String number, String code) {
        return type + "|" + CitationCodes.numberKey(number) + "|" + code;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
