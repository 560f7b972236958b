package io.planlens.cli;

import picocli.CommandLine.Option;

/** Options every Spark command shares. */
public final class SparkOptions {
    @Option(names = "--master", defaultValue = "local[*]",
            description = "Spark master URL: local[*] (default, embedded), spark://host:7077, yarn, k8s://...")
    String master;

    @Option(names = {"-v", "--verbose"}, description = "Show Spark's own INFO logging.")
    boolean verbose;
}
