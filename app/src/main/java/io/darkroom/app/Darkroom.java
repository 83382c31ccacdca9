package io.darkroom.app;

import io.darkroom.app.cli.AskCommand;
import io.darkroom.app.cli.CatalogCommand;
import io.darkroom.app.cli.DemoCommand;
import io.darkroom.app.cli.DoctorCommand;
import io.darkroom.app.cli.EnrichCommand;
import io.darkroom.app.cli.PipelineCommand;
import io.darkroom.app.cli.ExitCodes;
import io.darkroom.app.cli.ImportCommand;
import io.darkroom.app.cli.IngestCommand;
import io.darkroom.app.cli.InsightsCommand;
import io.darkroom.app.cli.SampleCommand;
import io.darkroom.app.cli.ServeCommand;
import io.darkroom.app.cli.WatchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Arrays;

/** The {@code darkroom} command line. */
@Command(name = "darkroom", mixinStandardHelpOptions = true, version = "darkroom 0.1.0",
        description = "Develops dark data (the files you keep but never analyse) into answers.",
        subcommands = {SampleCommand.class, IngestCommand.class, ImportCommand.class, EnrichCommand.class,
                PipelineCommand.class, InsightsCommand.class, AskCommand.class, CatalogCommand.class, DemoCommand.class,
                ServeCommand.class, io.darkroom.app.cli.SqlCommand.class, DoctorCommand.class, WatchCommand.class,
                CommandLine.HelpCommand.class})
public final class Darkroom implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (0 ok, 1 user error, 2 internal error). */
    public static int run(String... args) {
        // The log level must be set before Spark or Tika create their first logger.
        boolean verbose = Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v");
        System.setProperty("darkroom.log.level", verbose ? "INFO" : System.getProperty("darkroom.log.level", "WARN"));
        CommandLine cli = new CommandLine(new Darkroom());
        cli.setExecutionExceptionHandler(ExitCodes.handler(verbose));
        cli.setExitCodeExceptionMapper(ExitCodes::of);
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
