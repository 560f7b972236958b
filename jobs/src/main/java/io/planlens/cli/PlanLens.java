package io.planlens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bin/planlens} command line: one sub-command per job. */
@Command(name = "planlens", mixinStandardHelpOptions = true, version = "PlanLens 0.1.0",
        description = "Reads Vietnamese child-welfare work plans and turns their targets and citations into comparable tables.",
        subcommands = {PipelineCommand.class, EvaluateCommand.class, CommandLine.HelpCommand.class})
public final class PlanLens implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        int code = new CommandLine(new PlanLens()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        System.exit(code);
    }
}
