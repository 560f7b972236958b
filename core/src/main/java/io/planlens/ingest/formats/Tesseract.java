package io.planlens.ingest.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The {@code tesseract} command line OCR engine, run as a separate process with an argument list (never a
 * shell) and a time limit.
 */
final class Tesseract {
    private static final ConcurrentHashMap<String, Boolean> AVAILABLE = new ConcurrentHashMap<>();
    static final String INSTALL_HINT = "install OCR: apt-get install -y tesseract-ocr tesseract-ocr-vie";

    private Tesseract() {}

    /** True when {@code command --list-langs} runs and lists {@code lang}; the answer is cached per command. */
    static boolean available(String command, String lang) {
        return AVAILABLE.computeIfAbsent(command + "\u0000" + lang, k -> probe(command, lang));
    }

    private static boolean probe(String command, String lang) {
        try {
            Result r = run(List.of(command, "--list-langs"), Duration.ofSeconds(20));
            if (r == null || r.exit != 0) return false;
            for (String line : (r.stdout + "\n" + r.stderr).split("\\R")) {
                if (line.strip().equals(lang)) return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** OCR text of one PNG image, or null when the engine failed or ran out of time. */
    static String ocr(String command, String lang, Path png, Duration limit) throws InterruptedException {
        try {
            Result r = run(List.of(command, png.toString(), "stdout", "-l", lang), limit);
            if (r == null || r.exit != 0) return null;
            return r.stdout;
        } catch (IOException e) {
            return null;
        }
    }

    private record Result(int exit, String stdout, String stderr) {}

    private static Result run(List<String> args, Duration limit) throws IOException, InterruptedException {
        Path err = Files.createTempFile("planlens-ocr", ".err");
        Process p = null;
        try {
            ProcessBuilder pb = new ProcessBuilder(args);
            pb.redirectError(err.toFile());
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            p = pb.start();
            p.getOutputStream().close();
            Process proc = p;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thread pump = new Thread(() -> {
                try (InputStream in = proc.getInputStream()) {
                    in.transferTo(out);
                } catch (IOException ignored) {
                    // the process was stopped; what was read so far is discarded below
                }
            }, "planlens-ocr-out");
            pump.setDaemon(true);
            pump.start();
            if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return null;
            }
            pump.join(5_000);
            String stderr = new String(Files.readAllBytes(err), StandardCharsets.UTF_8);
            return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8), stderr);
        } finally {
            if (p != null && p.isAlive()) p.destroyForcibly();
            Files.deleteIfExists(err);
        }
    }
}
