package io.planlens.cli;

import java.nio.file.Path;

/** Default places, relative to the PlanLens checkout ({@code planlens.home}, set by bin/planlens). */
final class Defaults {
    private Defaults() {}

    static Path home() {
        String h = System.getProperty("planlens.home");
        return h == null ? Path.of("").toAbsolutePath() : Path.of(h);
    }

    static String samples() {
        return home().resolve("data/samples").toString();
    }

    static String sampleOut() {
        return home().resolve("out/samples").toString();
    }
}
