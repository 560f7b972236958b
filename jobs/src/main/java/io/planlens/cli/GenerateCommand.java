package io.planlens.cli;

import io.planlens.generate.CorpusGenerator;
import io.planlens.generate.GenerationSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic corpus in the genre of the real plans: plans under OUT/docs/ and the gold JSON of",
                "every plan under OUT/gold/, so `evaluate` measures accuracy at scale. Deterministic for a seed."})
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--plans", required = true, description = "How many plans to write.")
    int plans;

    @Option(names = "--out", required = true, description = "Folder to write docs/ and gold/ into (a local path).")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        GenerationSummary s = new CorpusGenerator().generate(plans, seed, out);
        System.out.println(s);
        return 0;
    }
}
