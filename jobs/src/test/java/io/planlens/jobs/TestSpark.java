package io.planlens.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * One local SparkSession for the whole test run (Spark takes seconds to start): every test class
 * shares it; it stops when the JVM exits.
 */
public final class TestSpark {
    private static SparkSession session;

    private TestSpark() {}

    public static synchronized SparkSession get() {
        if (session == null) {
            session = Sessions.create("local[2]", false);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> session.stop()));
        }
        return session;
    }

    /** The repository root (set by surefire). */
    public static Path root() {
        return Path.of(System.getProperty("planlens.root", "..")).toAbsolutePath().normalize();
    }

    public static Path samples() {
        return root().resolve("data/samples");
    }

    /** The sample plans that are plain text files, in name order. */
    public static List<Path> sampleTexts() throws IOException {
        try (Stream<Path> s = Files.list(samples())) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
