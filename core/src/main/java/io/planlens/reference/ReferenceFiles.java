package io.planlens.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Opens the reference CSV files kept under {@code data/reference/}. They are also packed into the
 * jar (as {@code planlens/reference/NAME}) so executors on a cluster read the same files; a
 * directory given with the system property {@code planlens.reference} (or
 * {@link #setOverrideDir(Path)}) wins over the packed copy, so a policy officer can try an edited
 * file without a rebuild.
 */
public final class ReferenceFiles {
    private static volatile Path overrideDir =
            System.getProperty("planlens.reference") == null ? null : Path.of(System.getProperty("planlens.reference"));

    private ReferenceFiles() {}

    public static void setOverrideDir(Path dir) {
        overrideDir = dir;
    }

    /** Every row of a reference CSV as a header-keyed map, in file order. */
    public static List<Map<String, String>> rows(String name) {
        try (Reader reader = open(name);
             CSVParser parser = CSVFormat.RFC4180.builder()
                     .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).get()
                     .parse(reader)) {
            List<Map<String, String>> out = new ArrayList<>();
            for (CSVRecord r : parser) {
                out.add(r.toMap());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference file " + name, e);
        }
    }

    private static Reader open(String name) throws IOException {
        Path dir = overrideDir;
        if (dir != null && Files.isRegularFile(dir.resolve(name))) {
            return Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8);
        }
        InputStream in = ReferenceFiles.class.getClassLoader().getResourceAsStream("planlens/reference/" + name);
        if (in == null) {
            throw new IOException("reference file " + name + " is neither in " + dir + " nor packed in the jar");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
