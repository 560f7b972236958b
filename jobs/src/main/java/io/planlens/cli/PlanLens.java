package io.planlens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bin/planlens} command line: one sub-command per job. */
@Command(name = "planlens", mixinStandardHelpOptions = true, version = "PlanLens 0.1.0",
        description = "Reads Vietnamese child-welfare work plans and turns their targets and citations into comparable tables.",
        subcommands = {PipelineCommand.class, EvaluateCommand.class, ReportCommand.class, GenerateCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class PlanLens implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        int code = new CommandLine(new PlanLens())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    // a clear one-line message for what the user can act on; the trace only with --verbose
                    String msg = e.getMessage() == null ? e.toString() : e.getMessage();
                    cmd.getErr().println("planlens " + cmd.getCommandName() + ": " + msg);
                    if (parsed.hasMatchedOption("--verbose")) e.printStackTrace(cmd.getErr());
                    return e instanceof IllegalStateException || e instanceof IllegalArgumentException ? 3 : 1;
                })
                .execute(args);
        System.exit(code);
    }
}
