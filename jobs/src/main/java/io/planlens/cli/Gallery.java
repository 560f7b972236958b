package io.planlens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The project's gallery: the sample corpus's charts in the top-level {@code charts/} folder and its
 * notebooks in {@code notebooks-export/}, replaced as a whole by each default run.
 */
final class Gallery {
    private Gallery() {}

    static void refresh(Path runOut, Path home) {
        copy(runOut.resolve("charts"), home.resolve("charts"));
        copy(runOut.resolve("notebooks"), home.resolve("notebooks-export"));
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to);
            try (Stream<Path> old = Files.list(to)) {
                for (Path p : old.filter(Files::isRegularFile).toList()) {
                    if (!p.getFileName().toString().equals("README.md")) Files.delete(p);
                }
            }
            if (!Files.isDirectory(from)) return;
            try (Stream<Path> s = Files.walk(from)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    String name = p.getFileName().toString();
                    if (name.startsWith(".")) continue;
                    Path rel = from.relativize(p);
                    Path dest = to.resolve(rel.toString());
                    Files.createDirectories(dest.getParent());
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot refresh the gallery in " + to, e);
        }
    }
}
