package io.planlens.jobs.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Spark standalone master and one worker, each its own JVM on 127.0.0.1, started from the
 * project's own dependency jars (jobs/target/lib): no Spark download, no SPARK_HOME install.
 * The cluster test runs the pipeline on it; the benchmark runs it there to measure the driver
 * process on its own.
 */
public final class StandaloneCluster implements AutoCloseable {
    private final Process master;
    private final Process worker;
    private final String url;
    private final Path logs;

    private StandaloneCluster(Process master, Process worker, String url, Path logs) {
        this.master = master;
        this.worker = worker;
        this.url = url;
        this.logs = logs;
    }

    /** The master's URL, {@code spark://127.0.0.1:PORT}. */
    public String url() {
        return url;
    }

    /** The folder of the master's and worker's logs. */
    public Path logs() {
        return logs;
    }

    /** A worker with 2 cores and 3 GB for executors. */
    public static StandaloneCluster start(Path lib, Path dir) throws IOException, InterruptedException {
        return start(lib, dir, 2, "3g");
    }

    /** A worker offering {@code cores} cores and {@code memory} (e.g. "10g") to executors. */
    public static StandaloneCluster start(Path lib, Path dir, int cores, String memory)
            throws IOException, InterruptedException {
        // Spark's launcher expects SPARK_HOME/jars and a RELEASE marker; point it at the Maven jars.
        Path home = Files.createDirectories(dir.resolve("spark-home"));
        Files.writeString(home.resolve("RELEASE"), "Spark from the PlanLens build's dependencies\n");
        Files.deleteIfExists(home.resolve("jars")); // the link of an earlier run in the same folder
        Files.createSymbolicLink(home.resolve("jars"), lib.toAbsolutePath());
        Path work = Files.createDirectories(dir.resolve("work"));
        int port = freePort();
        String url = "spark://127.0.0.1:" + port;
        Process master = launch(home, dir.resolve("master.log"), List.of("org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort())));
        waitFor(dir.resolve("master.log"), "I have been elected leader", master, Duration.ofSeconds(90));
        Process worker = launch(home, dir.resolve("worker.log"), List.of("org.apache.spark.deploy.worker.Worker",
                "--host", "127.0.0.1", "--cores", String.valueOf(cores), "--memory", memory, "--webui-port", String.valueOf(freePort()),
                "--work-dir", work.toString(), url));
        StandaloneCluster c = new StandaloneCluster(master, worker, url, dir);
        try {
            waitFor(dir.resolve("worker.log"), "Successfully registered with master", worker, Duration.ofSeconds(90));
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private static Map<String, String> env(Path home) {
        return Map.of("SPARK_HOME", home.toString(), "SPARK_LOCAL_IP", "127.0.0.1", "SPARK_SCALA_VERSION", "2.13");
    }

    private static Process launch(Path home, Path log, List<String> mainAndArgs) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.addAll(List.of("--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED"));
        cmd.add("-cp");
        cmd.add(home.resolve("jars") + "/*");
        cmd.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env(home));
        return pb.start();
    }

    private static void waitFor(Path log, String line, Process p, Duration limit) throws IOException, InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(line)) {
                return;
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("process ended early; log: " + Files.readString(log));
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("no '" + line + "' in " + log + " after " + limit.toSeconds() + " s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (Process p : new Process[] {worker, master}) {
            if (p != null) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
    }
}
