package io.planlens.cli;

import io.planlens.jobs.Pipeline;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Runs every stage (ingest, extract, export, compare, adoption, render) on all plan files under --input.",
                "Without arguments it runs on the sample corpus in data/samples and writes to out/samples."})
final class PipelineCommand implements Callable<Integer> {
    @Option(names = "--input", description = "Folder of plan files, searched recursively (any Hadoop path). Default: data/samples")
    String input;

    @Option(names = "--out", description = "Output folder: warehouse/, exports/, charts/, notebooks/. Default: out/samples")
    String out;

    @Option(names = "--max-file-bytes", defaultValue = "67108864",
            description = "Files larger than this are rejected as too_large (default ${DEFAULT-VALUE}).")
    long maxFileBytes;

    @Option(names = "--reextract", description = "Extract targets and citations again for every plan, not only new ones.")
    boolean reextract;

    @Mixin
    SparkOptions spark;

    @Override
    public Integer call() {
        String in = input == null ? Defaults.samples() : input;
        String o = out == null ? Defaults.sampleOut() : out;
        SparkSession session = spark.session();
        try {
            Pipeline.Summary s = Pipeline.run(session, new Pipeline.Options(in, o, maxFileBytes, reextract), System.out);
            System.out.printf("PlanLens: %d files read, %d new plans, %d rejects (%d duplicates), %d targets, %d citations in %.1f s%n",
                    s.ingest().filesRead(), s.ingest().plansAdded(), s.ingest().rejects(), s.ingest().duplicates(),
                    s.extract().targets(), s.extract().citations(), s.totalMillis() / 1000.0);
            if (!s.ingest().rejectsByReason().isEmpty()) {
                System.out.println("  rejects by reason: " + s.ingest().rejectsByReason() + "  (see " + o + "/exports/rejects.csv)");
            }
            System.out.println("  exports: " + o + "/exports/   charts: " + o + "/charts/   notebooks: " + o + "/notebooks/");
            if (input == null && out == null) {
                Gallery.refresh(java.nio.file.Path.of(o), Defaults.home());
                System.out.println("  sample gallery refreshed: charts/ and notebooks-export/");
            }
            return 0;
        } finally {
            session.stop();
        }
    }
}
