package io.planlens.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Scores a run's exports against gold JSON files: target and citation precision, recall, F1, indicator accuracy.")
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, description = "Folder of gold JSON files (format in CONTRACT.md).")
    String gold;

    @Option(names = "--out", description = "The run's output folder (its exports/ are scored). Default: out/samples")
    String out;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("evaluate is wired to the evaluator in io.planlens.eval");
    }
}
