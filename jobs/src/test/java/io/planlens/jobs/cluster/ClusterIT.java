package io.planlens.jobs.cluster;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same {@code bin/planlens pipeline} on a real Spark standalone cluster (master and worker as
 * separate processes on 127.0.0.1) and on the embedded local Spark: the exports must be identical.
 */
class ClusterIT {
    static Path root = Path.of(System.getProperty("planlens.root", "..")).toAbsolutePath().normalize();
    static StandaloneCluster cluster;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void startCluster() throws Exception {
        Path lib = root.resolve("jobs/target/lib");
        assertTrue(Files.isDirectory(lib), "run after `mvn package`: " + lib);
        cluster = StandaloneCluster.start(lib, Files.createDirectories(tmp.resolve("cluster")));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) cluster.close();
    }

    static void planlens(Path log, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(root.resolve("bin/planlens").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("PLANLENS_DRIVER_MEMORY", "2g");
        Process p = pb.start();
        assertTrue(p.waitFor(20, TimeUnit.MINUTES), "planlens finished in time");
        assertEquals(0, p.exitValue(), () -> "planlens " + String.join(" ", args) + " failed:\n" + read(log));
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    static TreeMap<String, String> exports(Path out) throws IOException {
        TreeMap<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(out.resolve("exports"))) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".csv")).toList()) {
                m.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    void sameExportsLocalAndCluster(Path input, String name) throws Exception {
        Path local = tmp.resolve(name + "-local");
        Path onCluster = tmp.resolve(name + "-cluster");
        planlens(tmp.resolve(name + "-local.log"), "pipeline", "--input", input.toString(), "--out", local.toString());
        planlens(tmp.resolve(name + "-cluster.log"), "pipeline", "--master", cluster.url(),
                "--input", input.toString(), "--out", onCluster.toString(),
                "--conf", "spark.driver.host=127.0.0.1",
                "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.executor.memory=1g",
                "--conf", "spark.cores.max=2",
                "--conf", "spark.executor.extraClassPath=" + root.resolve("jobs/target/planlens.jar"));
        assertTrue(read(tmp.resolve(name + "-cluster.log")).contains("PlanLens:"), "the cluster run printed its summary");
        TreeMap<String, String> a = exports(local);
        TreeMap<String, String> b = exports(onCluster);
        assertTrue(a.containsKey("plans.csv") && a.containsKey("targets.csv") && a.containsKey("citations.csv"));
        assertEquals(a.keySet(), b.keySet());
        for (String f : a.keySet()) {
            assertEquals(a.get(f), b.get(f), f + " is identical on the cluster and locally");
        }
        assertTrue(a.get("plans.csv").lines().count() > 1, "plans were exported");
    }

    @Test
    void samplesGiveIdenticalExportsOnAClusterAndLocally() throws Exception {
        sameExportsLocalAndCluster(root.resolve("data/samples"), "samples");
    }

    @Test
    void aGeneratedMultiProvinceCorpusGivesIdenticalExportsOnAClusterAndLocally() throws Exception {
        Path corpus = tmp.resolve("generated");
        new io.planlens.generate.CorpusGenerator().generate(300, 11, corpus);
        sameExportsLocalAndCluster(corpus.resolve("docs"), "generated");
    }
}
