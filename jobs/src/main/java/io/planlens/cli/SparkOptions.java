package io.planlens.cli;

import picocli.CommandLine.Option;

/** Options every Spark command shares. */
public final class SparkOptions {
    @Option(names = "--master",
            description = {"Spark master URL: local[*] (default, embedded), spark://host:7077, yarn, k8s://...",
                    "Under spark-submit, the master spark-submit was given."})
    String master;

    @Option(names = {"-v", "--verbose"}, description = "Show Spark's own INFO logging.")
    boolean verbose;

    @Option(names = "--conf", paramLabel = "KEY=VALUE",
            description = "A Spark setting, as with spark-submit (repeatable), e.g. --conf spark.executor.memory=4g")
    java.util.Map<String, String> conf = new java.util.LinkedHashMap<>();

    org.apache.spark.sql.SparkSession session() {
        return io.planlens.jobs.Sessions.create(master, verbose, conf);
    }
}
