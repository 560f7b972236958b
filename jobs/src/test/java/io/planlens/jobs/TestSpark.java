package io.planlens.jobs;

import java.nio.file.Path;
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
}
