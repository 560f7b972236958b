package io.planlens.cli;

import io.planlens.bench.Benchmark;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks PlanLens on generated corpora of the given sizes and prints, in the same run, wall time,",
                "plans/s, MB/s and peak memory of each stage, and the ratios against reading the same bytes, the",
                "single-threaded pure-Java extraction with no Spark, and the peer Python script."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", defaultValue = "1000,10000",
            description = "Corpus sizes in plans (default ${DEFAULT-VALUE}; the README's figures add 100000).")
    List<Integer> sizes;

    @Option(names = "--work", defaultValue = "out/bench", description = "Working folder for corpora and outputs (default ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--peer", description = "The peer script (default: ../shared/bench/peer_baseline.py beside the checkout).")
    Path peer;

    @Option(names = "--seed", defaultValue = "7", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--report", description = "Also write the figures as Markdown to this file.")
    Path report;

    @Option(names = "--cluster-sizes", split = ",", defaultValue = "1000,10000",
            description = {"Sizes also run end to end on a Spark standalone master and worker started on 127.0.0.1, to",
                    "measure the driver process on its own (default ${DEFAULT-VALUE}; 0 for none)."})
    List<Integer> clusterSizes;

    @Option(names = "--passes-only",
            description = "Only the passes over the files (reading, pure Java, Spark, peer script): no end-to-end runs.")
    boolean passesOnly;

    @Mixin
    SparkOptions spark;

    @Override
    public Integer call() throws Exception {
        Path w = work.isAbsolute() ? work : Defaults.home().resolve(work);
        Path p = peer != null ? peer : Defaults.home().resolve("../shared/bench/peer_baseline.py").normalize();
        Benchmark.run(spark.session(), sizes, w, p, seed, report, clusterSizes, passesOnly, System.out);
        return 0;
    }
}
