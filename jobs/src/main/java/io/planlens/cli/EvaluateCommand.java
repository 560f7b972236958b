package io.planlens.cli;

import io.planlens.eval.EvaluationReport;
import io.planlens.eval.Evaluator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores a run's exports against gold JSON files (format in CONTRACT.md): target precision, recall",
                "and F1, indicator-code accuracy, citation precision, recall and F1, metadata accuracy, traps extracted,",
                "and the misses of every document."})
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, description = "Folder of gold JSON files.")
    Path gold;

    @Option(names = "--out", description = "The run's output folder (its exports/ are scored). Default: out/samples")
    Path out;

    @Option(names = "--json", description = "Also write the full report as JSON to this file.")
    Path json;

    @Override
    public Integer call() throws Exception {
        Path o = out == null ? Path.of(Defaults.sampleOut()) : out;
        Path exports = o.resolve("exports");
        if (!Files.isRegularFile(exports.resolve("plans.csv"))) {
            throw new IllegalArgumentException("no " + exports.resolve("plans.csv") + ": run `planlens pipeline --out " + o + "` first");
        }
        EvaluationReport r = new Evaluator().evaluateExports(gold, exports);
        r.print(System.out);
        if (json != null) {
            Files.writeString(json, r.toJson(), StandardCharsets.UTF_8);
        }
        return 0;
    }
}
