package io.planlens.extract;

import io.planlens.eval.GoldDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

/** Locates the sample plans, their gold files and the hand-written test plans. */
public final class TestData {
    private TestData() {}

    public static Path root() {
        return Path.of(System.getProperty("planlens.root", ".."));
    }

    public static Path samplesDir() {
        return root().resolve("data/samples");
    }

    /** The gold files packed with the tests (copies of ../shared/gold). */
    public static Path goldDir() {
        return resource("gold");
    }

    public static Path handwrittenDir() {
        return resource("handwritten");
    }

    public static Path resource(String name) {
        try {
            return Path.of(TestData.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<GoldDocument> gold() {
        return GoldDocument.readAll(goldDir());
    }

    /** A file read as UTF-8 and put in NFC, line ends as they are. */
    public static String read(Path file) {
        try {
            return Normalizer.normalize(Files.readString(file, StandardCharsets.UTF_8), Normalizer.Form.NFC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
