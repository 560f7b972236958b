package io.planlens.jobs.render;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens an exported HTML notebook in headless Chromium: the page shows (a non-blank screenshot)
 * and a plan whose text holds a script shows it as text and runs nothing. Without Chromium the
 * test fails on CI (CI is set) and is skipped elsewhere.
 */
class HtmlNotebookBrowserTest {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    @TempDir
    static Path tmp;
    static Path page;

    @BeforeAll
    static void page() throws IOException {
        if (!Files.isExecutable(CHROMIUM)) {
            String msg = "Chromium is not installed at " + CHROMIUM + " (apt-get install -y chromium)";
            if (System.getenv("CI") != null) {
                fail(msg + ": the HTML notebooks cannot be checked in a browser");
            }
            Assumptions.abort(msg);
        }
        page = tmp.resolve("notebook.html");
        Files.write(page, NotebookTest.sample().html());
    }

    static String run(String... extra) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "profile"), "--window-size=1200,900",
                "--virtual-time-budget=3000"));
        cmd.addAll(List.of(extra));
        cmd.add(page.toUri().toString());
        Path log = Files.createTempFile(tmp, "chromium", ".log");
        Path stdout = Files.createTempFile(tmp, "chromium", ".out");
        Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).redirectOutput(stdout.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in 120 s: " + Files.readString(log));
        }
        assertEquals(0, p.exitValue(), () -> {
            try {
                return "chromium failed: " + Files.readString(log);
            } catch (IOException e) {
                return "chromium failed";
            }
        });
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    @Test
    void scriptInPlanTextRunsNothingAndIsShownAsText() throws Exception {
        String dom = run("--dump-dom");
        assertTrue(dom.contains("UBND huyện Bảo Yên"), "the table rendered: " + dom.substring(0, Math.min(400, dom.length())));
        // the payload's own effects: a changed title and an attribute whose value it builds at run time
        assertFalse(dom.contains("ran42"), "the script in the plan text ran");
        assertFalse(dom.contains("XSS-RAN"), "the script in the plan text ran");
        assertTrue(dom.contains("<title>Sổ thử / test &lt;b&gt;notebook&lt;/b&gt;</title>"), "title unchanged");
        // shown as text: the serialised DOM escapes it again, and no element came from it
        assertTrue(dom.contains("&lt;script&gt;document.title='X'+'SS-RAN'"), "payload shown as text");
        assertFalse(dom.contains("<script"), "no script element in the page");
        assertFalse(dom.contains("<img src=\"x\""), "no image element from plan text");
    }

    @Test
    void screenshotShowsThePage() throws Exception {
        Path shot = tmp.resolve("shot.png");
        run("--screenshot=" + shot);
        assertTrue(Files.size(shot) > 5_000, "screenshot size " + Files.size(shot));
        BufferedImage img = ImageIO.read(shot.toFile());
        assertEquals(1200, img.getWidth());
        assertTrue(ChartRenderTest.variance(img) > 50, "variance " + ChartRenderTest.variance(img));
        assertTrue(ChartRenderTest.nonWhiteShare(img) > 0.01, "ink " + ChartRenderTest.nonWhiteShare(img));
    }
}
